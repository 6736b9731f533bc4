//go:build browser

package e2e

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestFramedEmbedInstallsNoWorker: an embed framed in another site's page
// registers no service worker. The browser keeps a framed site's storage
// apart for each site that frames it, so an embed's worker served that
// article's frame alone, and its install downloaded the offline app (every
// view's page, the dataset, ECharts) for a reader who came to see one chart.
func TestFramedEmbedInstallsNoWorker(t *testing.T) {
	var mu sync.Mutex
	var asked []string
	proxy := suiteProxy(t)
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		asked = append(asked, r.URL.Path)
		mu.Unlock()
		proxy.ServeHTTP(w, r)
	}))
	defer site.Close()
	embed := site.URL + "/embed/trade?chart=trade-turnover"
	// Another site: the same machine by another name.
	article := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(`<!doctype html><title>An article</title><p>An article.</p>` +
			`<iframe src="` + embed + `" width="900" height="620"></iframe>`))
	}))
	defer article.Close()
	articleURL := strings.Replace(article.URL, "127.0.0.1", "localhost", 1)

	tb := newTab(t, 60*time.Second)
	if err := chromedp.Run(tb.ctx, chromedp.Navigate(articleURL)); err != nil {
		t.Fatal(err)
	}
	has := func(p string) bool {
		mu.Lock()
		defer mu.Unlock()
		return contains(asked, p)
	}
	// The worker is registered when the page has loaded and the browser
	// is idle, as the Wasm's compile begins: once the Wasm is asked for,
	// a registration would follow at once.
	deadline := time.Now().Add(30 * time.Second)
	for !has("/web/app.wasm") && time.Now().Before(deadline) {
		time.Sleep(100 * time.Millisecond)
	}
	if !has("/web/app.wasm") {
		t.Fatalf("the framed embed never asked for its Wasm (asked: %v)", asked)
	}
	time.Sleep(3 * time.Second)
	mu.Lock()
	defer mu.Unlock()
	for _, p := range asked {
		if p == "/app-worker.js" || p == "/trade" || p == "/" {
			t.Errorf("the embed framed in another site asked for %s: it registered the offline worker (asked: %v)", p, asked)
			break
		}
	}
}
