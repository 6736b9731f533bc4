//go:build browser

package e2e

import (
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestFramedEmbedInstallsNoWorker: an embed framed in another page
// registers no service worker. The browser keeps a framed site's storage
// apart for each site that frames it, so an embed's worker served that
// article's frame alone, and its install downloaded the offline app (every
// view's page, the dataset, ECharts) for a reader who came to see one chart.
//
// The frame's start script registers the worker in its first idle period
// after load (go-app patch 6), which a frame on a busy machine may not get
// for longer than any wait here: a first version of this test waited for it
// and failed in a CI run. So the article is on the embed's own
// origin, where the test can reach into the frame, and calls the frame's
// registration itself: a framed page says no (patch 26), whatever the time.
func TestFramedEmbedInstallsNoWorker(t *testing.T) {
	var mu sync.Mutex
	var asked []string
	proxy := suiteProxy(t)
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/e2e-article" {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write([]byte(`<!doctype html><title>An article</title><p>An article.</p>` +
				`<iframe src="/embed/trade?chart=trade-turnover" width="900" height="620"></iframe>`))
			return
		}
		mu.Lock()
		asked = append(asked, r.URL.Path)
		mu.Unlock()
		proxy.ServeHTTP(w, r)
	}))
	defer site.Close()

	tb := newTab(t, 60*time.Second)
	if err := chromedp.Run(tb.ctx, chromedp.Navigate(site.URL+"/e2e-article")); err != nil {
		t.Fatal(err)
	}
	loaded := false
	for deadline := time.Now().Add(30 * time.Second); !loaded && time.Now().Before(deadline); {
		time.Sleep(100 * time.Millisecond)
		_ = chromedp.Run(tb.ctx, chromedp.Evaluate(`!!(frames[0] && typeof frames[0].goappInitServiceWorker === "function")`, &loaded))
	}
	if !loaded {
		t.Fatal("the framed embed's start script did not load within 30 s")
	}
	var registrations int
	if err := chromedp.Run(tb.ctx, evalAwait(`frames[0].goappInitServiceWorker()
		.then(() => new Promise((resolve) => setTimeout(resolve, 500)))
		.then(() => navigator.serviceWorker.getRegistrations())
		.then((rs) => rs.length)`, &registrations)); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	if registrations != 0 || contains(asked, "/app-worker.js") {
		t.Errorf("the framed embed registered the offline worker: %d registrations (asked: %v)", registrations, asked)
	}
}
