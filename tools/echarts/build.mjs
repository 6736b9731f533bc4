// Bundles one ECharts build with the pinned esbuild:
//   node tools/echarts/build.mjs <entry.js> <outfile> <es target> [server]
// It is a script, not esbuild's command line, for patches to zrender
// (ECharts' renderer) that the command line cannot make: see textPatches.
// "server" is the build the Go server draws with: ECharts' development
// checks kept, so tests see its warnings, and text measured the same way
// however long measuring takes.
import { build } from "esbuild";
import { readFile } from "node:fs/promises";

const [entry, outfile, target, mode] = process.argv.slice(2);
if (!entry || !outfile || !target || (mode !== undefined && mode !== "server")) {
  console.error("usage: node tools/echarts/build.mjs <entry.js> <outfile> <es target> [server]");
  process.exit(2);
}
const server = mode === "server";

// zrender 6.1 breaks a label that overflows its width ("overflow: break")
// by adding up character widths, and takes every character past ASCII as
// wide as "国", a whole em. Cyrillic letters are about half that, so a
// Russian label broke mid-word ("доллар|ов", "Товарообо|рот") in boxes
// its words fit in, in the browser and on the server alike. The patch
// measures such a character once per font instead, with text-width.js.
//
// Both builds measure text with text-width.js (a table lookup), so the
// browser lays a chart out exactly as the server drew it. And zrender stops
// building a font's table of ASCII widths, for good, once building one took
// over 16 ms (or five took over 2 ms) by the clock, and then takes every
// ASCII letter as wide as "a". In goja, under load or a collection, that
// happened between the light and the dark drawing of one chart, which then
// wrapped differently and were refused as one themed SVG (the page went out
// without that chart); in a browser busy starting the Wasm it would lay the
// chart out unlike the server's drawing. Measuring is a table lookup, so
// the clock is taken out of it in both builds.
//
// The build fails if zrender's code is no longer what it patches.
function replaceOnce(src, path, from, to) {
  if (!src.includes(from)) {
    throw new Error(`${path}: "${from}" not found; zrender changed, revisit tools/echarts/build.mjs`);
  }
  return src.replace(from, to);
}

const textPatches = {
  name: "zrender-text-measuring",
  setup(b) {
    b.onLoad({ filter: /zrender[\\/]lib[\\/]contain[\\/]text\.js$/ }, async (args) => {
      let src = await readFile(args.path, "utf8");
      src = replaceOnce(src, args.path, "var cost = +(new Date()) - start;", "var cost = 0;");
      const patched = replaceOnce(src, args.path, ": fontMeasureInfo.stWideCharWidth;",
        ": measureWideChar(fontMeasureInfo, charCode);") + `
function measureWideChar(info, code) {
    if (code >= 0xD800 && code <= 0xDFFF) {
        return info.stWideCharWidth; // half a surrogate pair has no width of its own
    }
    var widths = info.wideCharWidths || (info.wideCharWidths = {});
    var w = widths[code];
    if (w == null) {
        w = widths[code] = platformApi.measureText(String.fromCharCode(code), info.font).width;
    }
    return w;
}
`;
      return { contents: patched, loader: "js" };
    });
  },
};

await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  minify: true,
  format: "iife",
  target,
  legalComments: "none",
  logLevel: "warning",
  define: server ? { "process.env.NODE_ENV": '"development"' } : {},
  plugins: [textPatches],
});
