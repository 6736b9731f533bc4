//go:build !wasm

package site

import (
	"html"
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
// version being the handler's, which follows the build and the dataset
// (pages name it without; previewMeta adds it).
func routePreviews(mux *http.ServeMux, pages *goapp.Handler) {
	app.PreviewImage = preview.Link
	mux.Handle("GET "+preview.Prefix, preview.New(func() string { return pages.Version }))
}

var (
	// go-app writes attributes in map order, so match them in either order.
	ogImage  = regexp.MustCompile(`<meta (?:property="og:image" content="([^"]*)"|content="([^"]*)" property="og:image")>`)
	twImage  = regexp.MustCompile(`<meta (?:name="twitter:image" content="[^"]*"|content="[^"]*" name="twitter:image")>`)
	twImgAlt = regexp.MustCompile(`<meta (?:name="twitter:image:alt" content="([^"]*)"|content="([^"]*)" name="twitter:image:alt")>`)
)

// previewMeta completes a page whose og:image is its preview picture:
// the address gets the version, and the tags go-app's page API cannot
// write say the picture's size, type and alt text (the same words as
// twitter:image:alt); twitter:image gets the same address as og:image.
func previewMeta(page []byte, version string) []byte {
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
	src = preview.Versioned(src, html.EscapeString(version))
	alt := ""
	if m := twImgAlt.FindSubmatch(page); m != nil {
		alt = string(m[1]) + string(m[2])
	}
	tags := `<meta property="og:image" content="` + src + `">` +
		`<meta property="og:image:width" content="` + strconv.Itoa(preview.Width) + `">` +
		`<meta property="og:image:height" content="` + strconv.Itoa(preview.Height) + `">` +
		`<meta property="og:image:type" content="image/png">` +
		`<meta property="og:image:alt" content="` + alt + `">`
	out := make([]byte, 0, len(page)+len(tags))
	out = append(out, page[:img[0]]...)
	out = append(out, tags...)
	out = append(out, page[img[1]:]...)
	return twImage.ReplaceAllLiteral(out, []byte(`<meta name="twitter:image" content="`+src+`">`))
}

// PreviewPictures are the addresses ("/preview/…png") of the pictures the
// pages name in og:image, each once: an export writes them beside the pages
// so a link to the static site unfurls as its picture. The icon, and a
// picture of a state a static host cannot tell apart (a query), are left
// out.
func PreviewPictures(pages [][]byte) []string {
	var pics []string
	done := map[string]bool{}
	for _, page := range pages {
		m := ogImage.FindSubmatch(page)
		if m == nil {
			continue
		}
		src := html.UnescapeString(string(m[1]) + string(m[2]))
		i := strings.Index(src, preview.Prefix)
		if i < 0 || strings.Contains(src, "?") || done[src[i:]] {
			continue
		}
		done[src[i:]] = true
		pics = append(pics, src[i:])
	}
	return pics
}
