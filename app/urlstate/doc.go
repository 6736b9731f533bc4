// Package urlstate turns a view's query string into its state struct and back.
//
// Every screen of Bilateral is a shareable URL, so each view keeps everything a
// reader can change in one struct and this package is the only place that
// reads or writes the query. Parsing is tolerant: a link that was mangled by a
// chat client, hand-edited or crafted must still open the view, so nothing the
// package cannot use is fatal; it is dropped and reported as a Notice that the
// view may show. Formatting is canonical, so one state has exactly one URL and
// that URL parses back, without notices, to the same state.
//
// One reflection-based codec serves every view: a struct field's `url` tag
// names its parameter and field order is parameter order. The field's type
// picks the rules: string fields are ids (slugs), []string fields are sets of
// slugs, int fields are bounded numbers (`min` and `max` tags, and `le` naming
// the parameter they must not exceed), and types with a fixed set of values
// (Tab) are enums whose first value is the default.
package urlstate
