//go:build !wasm

package main

import (
	"net/http"
	"regexp"
	"strconv"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app"
	"bilateral/server/preview"
)

// routePreviews serves the link-preview pictures (server/preview) and has
// every page name its own: /preview/<version>/<view>.png?<state>, the
// version being the handler's, which follows the build and the dataset.
func routePreviews(mux *http.ServeMux, pages *goapp.Handler) *preview.Handler {
	previews := preview.New(func() string { return pages.Version })
	app.PreviewImage = previews.Link
	mux.Handle("GET "+preview.Prefix, previews)
	return previews
}

var (
	// go-app writes attributes in map order, so match them in either order.
	ogImage  = regexp.MustCompile(`<meta (?:property="og:image" content="([^"]*)"|content="([^"]*)" property="og:image")>`)
	twImage  = regexp.MustCompile(`<meta (?:name="twitter:image" content="[^"]*"|content="[^"]*" name="twitter:image")>`)
	twImgAlt = regexp.MustCompile(`<meta (?:name="twitter:image:alt" content="([^"]*)"|content="([^"]*)" name="twitter:image:alt")>`)
)

// previewMeta completes a page whose og:image is its preview picture with
// what go-app's page API cannot say: the picture's size, type and alt text
// (the same words as twitter:image:alt), and gives twitter:image the same
// absolute address as og:image.
func previewMeta(page []byte) []byte {
	img := ogImage.FindSubmatchIndex(page)
	if img == nil {
		return page
	}
	src := ""
	for g := 2; g < len(img); g += 2 {
		if img[g] >= 0 { // the group of the order go-app wrote
			src += string(page[img[g]:img[g+1]])
		}
	}
	if !strings.Contains(src, preview.Prefix) {
		return page
	}
	alt := ""
	if m := twImgAlt.FindSubmatch(page); m != nil {
		alt = string(m[1]) + string(m[2])
	}
	extra := `<meta property="og:image:width" content="` + strconv.Itoa(preview.Width) + `">` +
		`<meta property="og:image:height" content="` + strconv.Itoa(preview.Height) + `">` +
		`<meta property="og:image:type" content="image/png">` +
		`<meta property="og:image:alt" content="` + alt + `">`
	out := make([]byte, 0, len(page)+len(extra))
	out = append(out, page[:img[1]]...)
	out = append(out, extra...)
	out = append(out, page[img[1]:]...)
	return twImage.ReplaceAllLiteral(out, []byte(`<meta name="twitter:image" content="`+src+`">`))
}
