// How wide text is when the server draws (goja has no canvas to measure
// with). zrender's fallback knows the widths of ASCII letters only and takes
// every other character as a whole em, so Russian and Azerbaijani text came
// out ~1.7 times too wide: labels broke mid-word in boxes their words fit in
// (with build.mjs's patch, which measures such letters one by one) and were
// placed for a width the browser does not draw. Widths are Arial's (em),
// like zrender's own ASCII table: close to the sans-serif a reader's browser
// draws with. The browser's build measures with this table too, not with
// its canvas, so a chart it draws is laid out exactly as the server's
// drawing it replaces (a label wraps at the same word, a pill is as wide).
import { setPlatformAPI } from "echarts/core";

// ASCII, as zrender encodes it: one character per code point from 32.
const ascii = "007LLmW'55;N0500LLLLLLLLLL00NNNLzWW\\\\WQb\\0FWLg\\bWb\\WQ\\WrWWQ000CL5LLFLL0LL**F*gLLLL5F0LF\\FFF5.5N";
const widths = {};
for (let i = 0; i < ascii.length; i++) {
  widths[String.fromCharCode(i + 32)] = (ascii.charCodeAt(i) - 20) / 100;
}

// Cyrillic, upper and lower case in alphabet order (ё and Ё after).
const upper = "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ";
const upperW = [.667, .656, .667, .542, .677, .667, .923, .604, .719, .719, .583, .656, .833, .719, .778, .719,
  .667, .722, .611, .635, .760, .667, .740, .667, .917, .938, .792, .885, .656, .719, 1.010, .719];
const lower = "абвгдежзийклмнопрстуфхцчшщъыьэюя";
const lowerW = [.556, .573, .531, .365, .583, .556, .669, .458, .559, .559, .438, .583, .688, .552, .556, .542,
  .556, .500, .458, .500, .823, .500, .573, .521, .802, .823, .625, .719, .521, .510, .750, .542];
for (let i = 0; i < upper.length; i++) {
  widths[upper[i]] = upperW[i];
  widths[lower[i]] = lowerW[i];
}
widths["Ё"] = widths["Е"];
widths["ё"] = widths["е"];

// Azerbaijani's letters beyond ASCII are as wide as the letter they mark.
const like = { "ə": "e", "Ə": "E", "ğ": "g", "Ğ": "G", "ı": "i", "İ": "I", "ş": "s", "Ş": "S", "ç": "c",
  "Ç": "C", "ö": "o", "Ö": "O", "ü": "u", "Ü": "U" };
for (const c in like) widths[c] = widths[like[c]];

// Spaces and punctuation our formats write.
Object.assign(widths, {
  "\u00a0": .278, "\u202f": .2, "\u2009": .2, "–": .556, "—": 1, "−": .584, "«": .556, "»": .556,
  "“": .333, "”": .333, "„": .333, "‘": .222, "’": .222, "…": 1, "×": .584, "№": 1.0, "₼": .6, "€": .556,
});

setPlatformAPI({
  measureText(text, font) {
    text = text || "";
    const m = /((?:\d+)?\.?\d*)px/.exec(font || "");
    const size = (m && +m[1]) || 12;
    // Bold runs a little wider than the regular widths above.
    const bold = /\b(bold|[6-9]00)\b/.test(font || "") ? 1.06 : 1;
    let w = 0;
    for (const c of text) {
      const known = widths[c];
      w += known == null ? size : known * size;
    }
    return { width: w * bold };
  },
});
