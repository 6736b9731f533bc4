// The ECharts build the server draws charts with (server/chartsvg): the same
// parts as entry.js, the browser's build (parts.js), but only the SVG
// renderer, since a server-side drawing is an SVG string. Bundled by `make`
// with the pinned esbuild into server/chartsvg/bundle/echarts-ssr.js, which
// the Go server embeds and runs in goja.
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { parts } from "./parts.js";
import "./text-width.js";

echarts.use([...parts, SVGRenderer]);

globalThis.echarts = echarts;
