//go:build !wasm

package site

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"strconv"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app"
	"bilateral/app/i18n"
	"bilateral/app/urlstate"
)

// shortcutViews are offered as shortcuts on the installed app's icon.
var shortcutViews = app.Shortcuts()

// manifest is the web app manifest (https://www.w3.org/TR/appmanifest/).
type manifest struct {
	ID              string             `json:"id"`
	Name            string             `json:"name"`
	ShortName       string             `json:"short_name"`
	Description     string             `json:"description"`
	Lang            string             `json:"lang"`
	Dir             string             `json:"dir"`
	StartURL        string             `json:"start_url"`
	Scope           string             `json:"scope"`
	Display         string             `json:"display"`
	ThemeColor      string             `json:"theme_color"`
	BackgroundColor string             `json:"background_color"`
	Icons           []manifestIcon     `json:"icons"`
	Shortcuts       []manifestShortcut `json:"shortcuts"`
}

type manifestIcon struct {
	Src     string `json:"src"`
	Sizes   string `json:"sizes"`
	Type    string `json:"type"`
	Purpose string `json:"purpose,omitempty"`
}

type manifestShortcut struct {
	Name      string         `json:"name"`
	ShortName string         `json:"short_name,omitempty"`
	URL       string         `json:"url"`
	Icons     []manifestIcon `json:"icons,omitempty"`
}

func buildManifest(h *goapp.Handler, prefix, lang string) manifest {
	root := prefix + "/"
	name, short, description := h.Name, h.ShortName, h.Description
	if lang != i18n.Default {
		name, short, description = i18n.T(lang, "app.name"), i18n.T(lang, "app.name"), i18n.T(lang, "app.description")
	}
	ulang := lang // as a URL writes it: nothing for the default language
	if lang == i18n.Default {
		ulang = ""
	}
	small := manifestIcon{Src: prefix + app.BrandIcon, Sizes: "192x192", Type: "image/png", Purpose: "any"}
	m := manifest{
		ID:              root,
		Name:            name,
		ShortName:       short,
		Description:     description,
		Lang:            lang,
		Dir:             "ltr",
		StartURL:        prefix + urlstate.WithLang(ulang, "/"),
		Scope:           root,
		Display:         "standalone",
		ThemeColor:      themeColor,
		BackgroundColor: backgroundColor,
		Icons: []manifestIcon{
			small,
			{Src: prefix + icon512, Sizes: "512x512", Type: "image/png", Purpose: "any"},
			{Src: prefix + iconMaskable, Sizes: "512x512", Type: "image/png", Purpose: "maskable"},
			{Src: prefix + iconSVG, Sizes: "any", Type: "image/svg+xml", Purpose: "any"},
		},
	}
	for _, name := range shortcutViews {
		for _, v := range app.Views {
			if v.Name == name {
				m.Shortcuts = append(m.Shortcuts, manifestShortcut{
					Name:  v.Title(lang),
					URL:   prefix + urlstate.WithLang(ulang, v.Path),
					Icons: []manifestIcon{small},
				})
			}
		}
	}
	return m
}

func manifestHandler(m manifest) http.Handler {
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		panic(err) // a struct of strings always encodes
	}
	sum := sha256.Sum256(b)
	etag := `"` + hex.EncodeToString(sum[:8]) + `"`
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Type", "application/manifest+json")
		h.Set("Cache-Control", "no-cache")
		h.Set("ETag", etag)
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		h.Set("Content-Length", strconv.Itoa(len(b)))
		w.Write(b)
	})
}
