// Bundles one ECharts build with the pinned esbuild:
//   node tools/echarts/build.mjs <entry.js> <outfile> <es target> [development]
// It is a script, not esbuild's command line, for one patch to zrender
// (ECharts' renderer) that the command line cannot make: see wideChars.
import { build } from "esbuild";
import { readFile } from "node:fs/promises";

const [entry, outfile, target, mode] = process.argv.slice(2);
if (!entry || !outfile || !target) {
  console.error("usage: node tools/echarts/build.mjs <entry.js> <outfile> <es target> [development]");
  process.exit(2);
}

// zrender 6.1 breaks a label that overflows its width ("overflow: break")
// by adding up character widths, and takes every character past ASCII as
// wide as "国", a whole em. Cyrillic letters are about half that, so a
// Russian label broke mid-word ("доллар|ов", "Товарообо|рот") in boxes
// its words fit in, in the browser and on the server alike. The patch
// measures such a character once per font instead: the browser with its
// canvas, the server with text-width.js. It fails the build if zrender's
// code is no longer what it patches.
const wideChars = {
  name: "zrender-wide-chars",
  setup(b) {
    b.onLoad({ filter: /zrender[\\/]lib[\\/]contain[\\/]text\.js$/ }, async (args) => {
      const src = await readFile(args.path, "utf8");
      const from = ": fontMeasureInfo.stWideCharWidth;";
      if (!src.includes(from)) {
        throw new Error(`${args.path}: "${from}" not found; zrender changed, revisit tools/echarts/build.mjs`);
      }
      const patched = src.replace(from, ": measureWideChar(fontMeasureInfo, charCode);") + `
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
  define: mode === "development" ? { "process.env.NODE_ENV": '"development"' } : {},
  plugins: [wideChars],
});
