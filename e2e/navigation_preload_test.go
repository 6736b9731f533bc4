//go:build browser

package e2e

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/serviceworker"
	"github.com/chromedp/chromedp"
)

// TestNavigationPreload: once the service worker is active, a navigation's
// request leaves as the browser starts the worker (navigation preload),
// and the worker answers with that very request rather than asking the
// server again. The worker is stopped before the navigation, as it is for
// a reader coming back after a while, so the browser must start it.
func TestNavigationPreload(t *testing.T) {
	const link = "/energy?tab=table"
	var mu sync.Mutex
	var seen []string // the preload header of each request for link
	proxy := suiteProxy(t)
	host := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.RequestURI() == link {
			mu.Lock()
			seen = append(seen, r.Header.Get("Service-Worker-Navigation-Preload"))
			mu.Unlock()
		}
		proxy.ServeHTTP(w, r)
	}))
	defer host.Close()

	tb := newTab(t, 2*time.Minute)
	defer tb.writeLog(t, "navigation-preload")
	visitControlled(t, tb, host.URL+"/", "overview")

	var enabled bool
	if err := chromedp.Run(tb.ctx, evalAwait(`navigator.serviceWorker.ready
		.then((r) => r.navigationPreload.getState()).then((s) => s.enabled)`, &enabled)); err != nil {
		t.Fatal(err)
	}
	if !enabled {
		t.Error("the active service worker has not enabled navigation preload")
	}

	if err := chromedp.Run(tb.ctx, serviceworker.Enable(), serviceworker.StopAllWorkers(),
		chromedp.Navigate(host.URL+link)); err != nil {
		t.Fatal(err)
	}
	if err := tb.waitReady("energy", readyTimeout); err != nil {
		t.Fatal(err)
	}
	var controlled bool
	if err := chromedp.Run(tb.ctx, chromedp.Evaluate(`!!navigator.serviceWorker.controller`, &controlled)); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	if !controlled {
		t.Error("the page opened after the worker was stopped has no service worker controller")
	}
	if len(seen) != 1 || seen[0] != "true" {
		t.Errorf("the server was asked for %s %d times, with Service-Worker-Navigation-Preload %q; "+
			"want once, by the navigation preload (\"true\")", link, len(seen), strings.Join(seen, ","))
	}
}
