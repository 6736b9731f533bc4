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
