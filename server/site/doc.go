//go:build !wasm

// Package site is Bilateral's HTTP handler (New): the routes (mux.go), the
// pages go-app prerenders with their URLs, ETags and preview tags completed
// (pages.go, previews.go, notfound.go), go-app's handler with our name,
// colours and assets (goapp.go), the PWA: service worker and offline
// cache (pwa.go), manifest (manifest.go), serving under a path prefix
// (prefix.go), the data files (datafiles.go) and the server-drawn charts
// (charts.go). The generic machinery it is built on lives beside it:
// server/assets, server/encoding, server/security.
package site
