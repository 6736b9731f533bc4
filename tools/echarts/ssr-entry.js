// The ECharts build the server draws charts with (server/chartsvg): the same
// chart types and components as entry.js, the browser's build, but only the
// SVG renderer, since a server-side drawing is an SVG string. Bundled by
// `make` with the pinned esbuild into server/chartsvg/echarts-ssr.js, which
// the Go server embeds and runs in goja. Keep the two lists in step: a chart
// the browser can draw and the server cannot would reach the reader blank.
import * as echarts from "echarts/core";
import { BarChart, LineChart, ScatterChart, GraphChart } from "echarts/charts";
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  MarkPointComponent,
  TitleComponent,
  TooltipComponent,
} from "echarts/components";
import { LabelLayout } from "echarts/features";
import { SVGRenderer } from "echarts/renderers";

echarts.use([
  BarChart, LineChart, ScatterChart, GraphChart,
  AriaComponent, GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent,
  MarkPointComponent, TitleComponent, TooltipComponent,
  LabelLayout, SVGRenderer,
]);

globalThis.echarts = echarts;
