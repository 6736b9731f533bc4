package app

import "bilateral/app/i18n"

// View is one page of the dashboard: where it lives and what it is called.
// The name is also the readiness value tests and benchmarks wait for.
type View struct {
	Name string // "trade": the readiness value and the i18n key suffix
	Path string // "/trade"
}

// Views lists the pages in navigation order.
var Views = []View{
	{"overview", "/"},
	{"legal", "/legal"},
	{"trade", "/trade"},
	{"energy", "/energy"},
	{"diplomacy", "/diplomacy"},
	{"timeline", "/timeline"},
	{"sources", "/sources"},
}

// NotFound is the view shown for any other path.
var NotFound = View{Name: "notfound"}

// Title is the view's heading in lang.
func (v View) Title(lang string) string { return i18n.T(lang, "view."+v.Name) }

// Lead is the sentence under the view's heading.
func (v View) Lead(lang string) string { return i18n.T(lang, "lead."+v.Name) }

// Known reports whether path is one of the views, so the server can answer
// 404 for everything else while still rendering the in-app not-found view.
func Known(path string) bool {
	for _, v := range Views {
		if v.Path == path || path == EmbedPrefix+v.Name {
			return true
		}
	}
	return false
}

// ViewOfSection maps an article section to the view that shows it, so a
// figure card can link to where its figure is explained.
func ViewOfSection(section string) View {
	switch section {
	case "legal", "trade", "energy", "diplomacy":
		for _, v := range Views {
			if v.Name == section {
				return v
			}
		}
	}
	return Views[0]
}
