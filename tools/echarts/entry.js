// The ECharts build Bilateral serves: only the parts its options use
// (parts.js), the SVG renderer charts are drawn with and the canvas one a
// PNG download is drawn with (components/downloads.go), bundled by `make`
// with esbuild from the pinned npm package. It measures text as the
// server's build does (text-width.js), so a chart drawn in the browser is
// laid out exactly as the server's drawing it replaces.
import * as echarts from "echarts/core";
import { CanvasRenderer, SVGRenderer } from "echarts/renderers";
import { parts } from "./parts.js";
import "./text-width.js";

echarts.use([...parts, CanvasRenderer, SVGRenderer]);

window.echarts = echarts;
