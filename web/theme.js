// Applies the reader's remembered theme before the first paint, so a dark
// reader never sees a light flash while the Wasm loads.
(function () {
  try {
    var t = localStorage.getItem("bilateral.theme");
    if (t === "dark" || t === "light") document.documentElement.setAttribute("data-theme", t);
  } catch (e) { /* storage may be disabled: follow the system theme */ }
})();
