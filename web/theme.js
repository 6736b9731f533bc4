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
