package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app/i18n"
	"bilateral/app/urlstate"
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
