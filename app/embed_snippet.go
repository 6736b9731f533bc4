package app

import (
	"html"
	"strconv"
	"strings"
)

// embedChrome is what an embed shows besides its chart at about 600 px
// wide: title, caption and notes, downloads, the link back and the source
// line. The frame's script-free height is the chart's plus this, so the
// source line shows without the resize listener.
const embedChrome = 300

// embedHeightMax bounds the height the listener accepts from a frame, so a
// page of another origin posting a huge number cannot stretch the host's.
const embedHeightMax = 4000

// EmbedOriginMark stands for the site's own address in the embed code of a
// page the server renders, which does not know the address the reader
// reached it by. A snippet with a root-relative frame address and an empty
// origin for its listener, copied before the program ran, worked on no
// other site.
const EmbedOriginMark = "https://bilateral-origin.invalid"

// embedSnippet is the <iframe> that embeds src (an absolute /embed/ URL of
// origin) with the script-free height for a chart of chartHeight pixels.
func embedSnippet(src, title string, chartHeight int) string {
	return `<iframe src="` + html.EscapeString(src) + `" title="` + html.EscapeString(title) +
		`" width="100%" height="` + strconv.Itoa(chartHeight+embedChrome) +
		`" loading="lazy" style="border:0;max-width:960px"></iframe>`
}

// embedListener is the script a host page adds once so every frame of
// origin grows or shrinks to the height it posts. It trusts a message only
// from origin, of the shape the embed sends ({type: "bilateral:ready" or
// "bilateral:resize", height: a number}), and only for the frame that sent
// it; the height is clamped.
func embedListener(origin string) string {
	o := strconv.Quote(origin) // a JS string literal: origin holds no quote or newline here
	o = strings.ReplaceAll(o, "</", `<\/`)
	return `<script>
addEventListener("message", function (e) {
  var d = e.data;
  if (e.origin !== ` + o + ` || !d || (d.type !== "bilateral:ready" && d.type !== "bilateral:resize") ||
      typeof d.height !== "number" || !(d.height > 0)) return;
  document.querySelectorAll("iframe").forEach(function (f) {
    if (f.contentWindow === e.source) f.style.height = Math.min(Math.ceil(d.height), ` + strconv.Itoa(embedHeightMax) + `) + "px";
  });
});
</script>`
}
