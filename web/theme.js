// Applies the reader's remembered theme and chart patterns before the first
// paint, so a dark reader never sees a light flash while the Wasm loads.
(function () {
  try {
    var t = localStorage.getItem("bilateral.theme");
    if (t === "dark" || t === "light") document.documentElement.setAttribute("data-theme", t);
    var p = localStorage.getItem("bilateral.patterns");
    if (p === "on" || p === "off") document.documentElement.setAttribute("data-patterns", p);
  } catch (e) { /* storage may be disabled: follow the system theme */ }
})();

// A link to a selected figure or event opens at it, as the app opens one
// (app/readiness.go, scrollToSelection): the page the server sent already
// shows the selection, and the Wasm may not run before the reader acts.
// The app's first navigation then leaves the scroll to the reader.
document.addEventListener("DOMContentLoaded", function () {
  var el = document.querySelector(".selected");
  if (el) {
    el.scrollIntoView({ block: "center" });
    window.bilateralScrolled = true;
  }
});

// A framed embed tells the page that frames it its height (the listener
// app/embed_snippet.go gives hosts), now and whenever it changes: the page
// the server sent is already drawn, so the frame fits while the program
// waits for the reader, as on every page (go-app patch 9), and it keeps
// fitting once the program runs (its body stays; go-app replaces what is
// in it). The program adds "bilateral:ready" when it is in charge.
document.addEventListener("DOMContentLoaded", function () {
  if (window.parent === window || !window.ResizeObserver || !document.querySelector("main.embed")) return;
  var last = 0;
  new ResizeObserver(function () {
    var h = document.body.offsetHeight;
    if (h === last) return;
    last = h;
    window.parent.postMessage({ type: "bilateral:resize", height: h }, "*");
  }).observe(document.body);
});

// A chart's embed code names this site's address. The server writes it when
// it knows it (-domain, -allowed-hosts); otherwise the page does, once
// parsed, as the program does (app.EmbedOriginMark, app/chart_block.go).
document.addEventListener("DOMContentLoaded", function () {
  var mark = "https://bilateral-origin.invalid";
  document.querySelectorAll(".snippet code").forEach(function (c) {
    if (c.textContent.indexOf(mark) >= 0) c.textContent = c.textContent.split(mark).join(location.origin);
  });
});
