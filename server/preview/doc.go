//go:build !wasm

// Package preview draws the link-preview picture of a view's state: the
// 1200×630 PNG that messengers and social sites show for a shared link
// (og:image), and serves it at /preview/<version>/<view>.png?<state>.
//
// The picture is drawn from the same chart options and table as the page
// (app.PreviewOf builds them with the views' own chart builders; plot.go
// reads the option's categories, values and styles): a view's main chart
// under its title; a figure large, as the source hedges it, with its
// period, above its chart with that bar highlighted; an event's date and
// title above its timeline; the link's filters applied and named. Every
// picture carries the source line and the site's name, in a fixed light
// style. What the picture says is a Card; Draw lays it out and records
// every text it draws (after wrapping or shortening), so tests can read it.
//
// Drawing route, chosen by measurement (README, "Link previews"):
// golang.org/x/image's opentype faces and vector rasteriser straight onto
// an image.RGBA, with DejaVu Sans cut down to Latin, Azerbaijani and
// Cyrillic (fonts/). Against github.com/fogleman/gg (last release 2019, on
// the unmaintained golang/freetype) drawing the same card, x/image made a
// binary 139 kB smaller, allocated 4.7 MB instead of 29.7 MB per picture
// (220,000 allocations fewer) and ran in about half the time. No SVG is
// rasterised: the server-drawn SVG charts are not ready yet.
//
// Only the server imports this package (wasm_deps_test.go keeps it, its fonts
// and x/image out of the Wasm).
package preview
