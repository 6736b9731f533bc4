package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app/i18n"
	"bilateral/data"
)

// assessmentsBlock shows the article's own judgements on one of its sections
// ("equally robust", "modest") as what they are: its words, in quotation
// marks, labelled as its view and placed apart from the figures, so that its
// framing is neither lost nor mistaken for our finding. Every view that has
// such judgements calls it once; nil when the section has none.
func assessmentsBlock(d *data.Dataset, section, lang string) goapp.UI {
	var as []data.Assessment
	for _, a := range d.Assessments {
		if a.Section == section {
			as = append(as, a)
		}
	}
	if len(as) == 0 {
		return nil
	}
	return block("article-view", i18n.T(lang, "h.assessments"),
		goapp.P().Class("assessment-lead").Text(i18n.T(lang, "assess.lead")),
		goapp.Ul().Class("assessments").Body(goapp.Range(as).Slice(func(i int) goapp.UI {
			a := as[i]
			return goapp.Li().ID("assessment-"+a.ID).Body(
				// The quote is the article's English words in every language
				// (lang="en" so a screen reader says them as English); our
				// translation follows, labelled as ours.
				goapp.Blockquote().Cite("%s", d.Source.URL).Lang("%s", data.SourceLanguage).Body(
					goapp.P().Text(i18n.T(lang, "quote.open")+a.Quote.Original()+i18n.T(lang, "quote.close")),
				),
				translation(a, lang),
				goapp.P().Class("assessment-about").Body(
					goapp.Span().Class("assessment-on").Text(i18n.T(lang, "assess.about")+" "),
					goapp.Text(a.About.In(lang)),
				),
			)
		})),
		// One source line for the block: every quote in it is from one section.
		goapp.P().Class("card-source").Text(i18n.T(lang, "assess.source")+" · "+sourceLine(d, section, lang)),
	)
}

// translation is our translation of a's quote into lang, or nil in English
// (and in a language the dataset does not carry).
func translation(a data.Assessment, lang string) goapp.UI {
	tr := a.Translation[lang]
	if lang == data.SourceLanguage || tr == "" {
		return nil
	}
	return goapp.P().Class("assessment-translation").Body(
		goapp.Span().Class("assessment-on").Text(i18n.T(lang, "assess.translation")+" "),
		goapp.Text(i18n.T(lang, "quote.open")+tr+i18n.T(lang, "quote.close")),
	)
}
