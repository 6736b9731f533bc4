//go:build !wasm

package site

import (
	"fmt"
	"io/fs"
	"strings"

	"bilateral/web"
)

// Files of web/ each page carries in its <head> rather than links to: the
// stylesheets and the script that applies the reader's theme before the
// first paint. Linked, each was a request the first paint waited for; on
// Lighthouse's slow-4G phone about 300 ms each on the largest paint.
// Pages are made once per address and kept (server/pagecache), so the
// copies cost nothing to make; they add about 7 kB of brotli to a page.
var (
	inlineStyles = []string{"/web/bilateral.css", pwaStylesheet}
	inlineScript = "/web/theme.js"
)

// inlineHead is the <style> and <script> elements that carry them, in the
// order the stylesheets cascade. A file that could end its element early
// is refused: these are our own files, so that is a bug to fix there.
func inlineHead() ([]string, error) {
	var out []string
	for _, f := range append(append([]string(nil), inlineStyles...), inlineScript) {
		b, err := fs.ReadFile(web.FS(), strings.TrimPrefix(f, "/web/"))
		if err != nil {
			return nil, fmt.Errorf("inlining %s: %w", f, err)
		}
		tag := "style"
		if f == inlineScript {
			tag = "script"
		}
		if strings.Contains(strings.ToLower(string(b)), "</"+tag) {
			return nil, fmt.Errorf("inlining %s: it contains </%s", f, tag)
		}
		out = append(out, "<"+tag+">"+string(b)+"</"+tag+">")
	}
	return out, nil
}

// mustInlineHead is inlineHead for the handler, which cannot go on without
// its stylesheets: they are part of the binary, so failing is a bug.
func mustInlineHead() []string {
	head, err := inlineHead()
	if err != nil {
		panic("bilateral: " + err.Error())
	}
	return head
}
