// The static export's 404.html starts its program as the page loads
// (server/export, startAtLoad). A static host answers every missing address
// with that one page, drawn for /404.html in the default language: only the
// program shows the address asked for, in its language. The readers' start
// policy waits for a click, and go-app takes a page with no canonical link,
// as this one, for the address's own. A page's opener that chose a policy
// (the browser suite, the bench) keeps it.
//
// A file of its own rather than an inline script: a host sending our
// Content-Security-Policy (script-src 'self') runs it without a hash that
// only this page would need. Loaded deferred just before app.js, which
// reads the policy when it runs.
globalThis.goappWasmStart = globalThis.goappWasmStart || "load";
