// The ECharts build Bilateral serves: only the parts its options use
// (parts.js) and both renderers, bundled by `make` with esbuild from the
// pinned npm package.
import * as echarts from "echarts/core";
import { CanvasRenderer, SVGRenderer } from "echarts/renderers";
import { parts } from "./parts.js";

echarts.use([...parts, CanvasRenderer, SVGRenderer]);

window.echarts = echarts;
