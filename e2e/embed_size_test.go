//go:build browser

package e2e

import (
	"regexp"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// embedSnippets reads the two snippets the trade view offers for its
// turnover chart: the frame and the resize listener.
func embedSnippets(t *testing.T) (frame, listener string, height int) {
	t.Helper()
	tb := newTab(t, 60*time.Second)
	if err := chromedp.Run(tb.ctx, chromedp.Navigate(baseURL+"/trade")); err != nil {
		t.Fatal(err)
	}
	if err := tb.waitReady("trade", readyTimeout); err != nil {
		t.Fatal(err)
	}
	var codes []string
	tb.eval(t, `[...document.querySelectorAll("#turnover .embed-code pre")].map((e) => e.textContent)`, &codes)
	if len(codes) != 2 {
		t.Fatalf("%d embed snippets for the turnover chart, want the frame and the listener", len(codes))
	}
	m := regexp.MustCompile(`height="(\d+)"`).FindStringSubmatch(codes[0])
	if m == nil {
		t.Fatalf("the frame snippet names no height: %s", codes[0])
	}
	height, _ = strconv.Atoi(m[1])
	return codes[0], codes[1], height
}

// TestEmbedFitsItsFrame opens the embed as the snippet frames it, 600 px
// wide at the snippet's own height, without script on the host: the source
// line is inside the frame, and so is all of the content.
func TestEmbedFitsItsFrame(t *testing.T) {
	frame, _, height := embedSnippets(t)
	src := regexp.MustCompile(`src="([^"]+)"`).FindStringSubmatch(frame)
	if src == nil {
		t.Fatalf("no src in %s", frame)
	}
	u := regexp.MustCompile(`&amp;`).ReplaceAllString(src[1], "&")
	tb := newTab(t, 60*time.Second)
	if err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(600, int64(height)), chromedp.Navigate(u)); err != nil {
		t.Fatal(err)
	}
	if err := tb.waitReady("embed", readyTimeout); err != nil {
		t.Fatal(err)
	}
	var st struct {
		CiteBottom float64 `json:"citeBottom"`
		Content    float64 `json:"content"`
		Inner      float64 `json:"inner"`
	}
	tb.eval(t, `({citeBottom: document.querySelector('.citation a[href^="https://caliber.az"]').getBoundingClientRect().bottom,
		content: document.body.offsetHeight, inner: innerHeight})`, &st)
	if st.CiteBottom > st.Inner {
		t.Errorf("the source line ends at %.0f px in a frame %.0f px tall", st.CiteBottom, st.Inner)
	}
	if st.Content > st.Inner {
		t.Errorf("the embed is %.0f px tall in its %.0f px frame: the snippet's height cuts it", st.Content, st.Inner)
	}
	tb.viewportShot(t, "embed-600")
	checkConsoleAndOrigin(t, tb)
}

// TestEmbedListenerResizes frames the embed in a page of another origin with
// the documented listener: the frame takes the height the embed posts, and a
// message from anywhere else is ignored.
func TestEmbedListenerResizes(t *testing.T) {
	frame, listener, height := embedSnippets(t)
	host := serveForeignPage(t, `<!doctype html><title>host</title><body style="margin:0"><div style="width:600px">`+
		frame+`</div>`+listener+`<script>
			window.__heights = [];
			addEventListener("message", (e) => { if (e.data && e.data.height) window.__heights.push(e.data.height); });
			</script>`)
	tb := newTab(t, 60*time.Second)
	if err := chromedp.Run(tb.ctx, chromedp.Navigate(host)); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Style   string `json:"style"`
		Heights []int  `json:"heights"`
	}
	read := `({style: document.querySelector("iframe").style.height, heights: window.__heights || []})`
	for deadline := time.Now().Add(readyTimeout); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		tb.eval(t, read, &got)
		if got.Style != "" {
			break
		}
	}
	if got.Style == "" || len(got.Heights) == 0 {
		t.Fatalf("the frame was never resized (style %q, messages %v)", got.Style, got.Heights)
	}
	last := got.Heights[len(got.Heights)-1]
	if got.Style != strconv.Itoa(last)+"px" || last < 300 || last > height+200 {
		t.Errorf("frame height %q after messages %v (the snippet's own is %d)", got.Style, got.Heights, height)
	}
	// A message of the right shape from another origin (this page) moves nothing.
	tb.eval(t, `postMessage({type: "bilateral:ready", height: 9999}, "*"); 0`, nil)
	time.Sleep(300 * time.Millisecond)
	var after string
	tb.eval(t, `document.querySelector("iframe").style.height`, &after)
	if after != got.Style {
		t.Errorf("a message from another origin resized the frame to %q", after)
	}
}
