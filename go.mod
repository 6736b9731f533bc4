module bilateral

go 1.26.8

require (
	github.com/andybalholm/brotli v1.2.0
	github.com/dop251/goja v0.0.0-20260311135729-065cd970411c
	github.com/go-echarts/go-echarts/v2 v2.6.7
	github.com/maxence-charriere/go-app/v10 v10.1.11
	golang.org/x/image v0.47.0
	golang.org/x/net v0.62.0
)

require (
	github.com/dlclark/regexp2 v1.11.4 // indirect
	github.com/go-sourcemap/sourcemap v2.1.3+incompatible // indirect
	github.com/google/pprof v0.0.0-20230207041349-798e818bf904 // indirect
)

require (
	github.com/chromedp/cdproto v0.0.0-20250724212937-08a3db8b4327
	github.com/chromedp/chromedp v0.14.2
	github.com/chromedp/sysutil v1.1.0 // indirect
	github.com/go-json-experiment/json v0.0.0-20250725192818-e39067aee2d2 // indirect
	github.com/gobwas/httphead v0.1.0 // indirect
	github.com/gobwas/pool v0.2.1 // indirect
	github.com/gobwas/ws v1.4.0 // indirect
	github.com/google/uuid v1.6.0 // indirect
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.2
	golang.org/x/sys v0.49.0
	golang.org/x/text v0.43.0 // indirect
)

// go-app v10.1.11 with HTML-escaped attribute values and without its
// network proxy: see third_party/go-app/PATCHES.md. Drop when upstream fixes it.
replace github.com/maxence-charriere/go-app/v10 => ./third_party/go-app

// go-echarts v2.6.7's opts, types and util without the regexps opts compiled
// at init: see third_party/go-echarts/PATCHES.md. Drop when upstream does.
replace github.com/go-echarts/go-echarts/v2 => ./third_party/go-echarts
