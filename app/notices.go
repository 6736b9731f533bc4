package app

import (
	"strconv"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app/i18n"
	"bilateral/app/urlstate"
	"bilateral/data"
)

// urlNotices tells the reader, politely and as plain text, which parts of the
// link could not be used; the view still shows the nearest valid state.
func urlNotices(notices []urlstate.Notice, v View, lang string) goapp.UI {
	if len(notices) == 0 {
		return nil
	}
	return goapp.Div().Class("notice url-notice").Attr("role", "status").Body(
		goapp.P().Text(i18n.T(lang, "url.notice")),
		goapp.Ul().Body(goapp.Range(notices).Slice(func(i int) goapp.UI {
			n := notices[i]
			text := i18n.T(lang, "reason."+n.Reason)
			if n.Param != "" {
				text = n.Param + "=" + n.Value + ": " + text
			}
			return goapp.Li().Text(text)
		})),
		goapp.A().Href(Href(lang, v.Path)).Text(i18n.T(lang, "url.reset")),
	)
}

// unknownID says an id in the link names nothing in the dataset, and links to
// where the valid ones are listed.
func unknownID(param, id, listHref, lang string) goapp.UI {
	if id == "" {
		return nil
	}
	return goapp.Div().Class("notice url-notice").Attr("role", "status").Body(
		goapp.P().Body(
			goapp.Text(i18n.T(lang, "url.unknown."+param)+" "),
			goapp.Code().Text(id),
			goapp.Text(". "),
			goapp.A().Href(Href(lang, listHref)).Text(i18n.T(lang, "url.list."+param)),
		),
	)
}

// reasonUnknownCategory is a category the link names that the view has no
// dated events of; the filter goes on without it.
const reasonUnknownCategory = "unknown category"

// dataNotices names what a link asked for that the dataset cannot give, and
// that the view changed without a word otherwise: a year outside the years
// there is data for (the nearest is used), a category with nothing to show
// (it is left out). urlstate cannot know these; it does not see the data.
func dataNotices(from, to, lo, hi int, cats []string, known map[string]bool) []urlstate.Notice {
	var out []urlstate.Notice
	for _, y := range []struct {
		name string
		year int
	}{{"from", from}, {"to", to}} {
		if y.year != 0 && (y.year < lo || y.year > hi) {
			out = append(out, urlstate.Notice{Param: y.name, Value: strconv.Itoa(y.year), Reason: urlstate.ReasonClamped})
		}
	}
	for _, c := range cats {
		if !known[c] {
			out = append(out, urlstate.Notice{Param: "cat", Value: c, Reason: reasonUnknownCategory})
		}
	}
	return out
}

// knownCategories are the categories with dated events among events: the
// ones a filter can show anything of.
func knownCategories(events []data.Event) map[string]bool {
	known := map[string]bool{}
	for _, e := range events {
		if _, _, ok := e.Years(); ok {
			known[e.Category] = true
		}
	}
	return known
}

// unnoted is notices less the clamped years whose parameter the link's own
// notices (urlstate's) name already: a year beyond what a link may say is
// noted there and taken as the nearest it may ("to=1800" as 1900), and
// noting that year again against the data named one the reader never wrote.
func unnoted(notices, noted []urlstate.Notice) []urlstate.Notice {
	var out []urlstate.Notice
	for _, n := range notices {
		if n.Reason != urlstate.ReasonClamped {
			out = append(out, n)
			continue
		}
		named := false
		for _, m := range noted {
			named = named || m.Param == n.Param
		}
		if !named {
			out = append(out, n)
		}
	}
	return out
}
