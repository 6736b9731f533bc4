// The chart types and components Bilateral's options use (see app/charts),
// listed once for both ECharts builds: entry.js (the browser's) and
// ssr-entry.js (the server's, run in goja). One list keeps them in step: a
// chart the browser can draw and the server cannot would reach the reader
// blank. A part missing here shows up as an error in the browser suite and
// in server/chartsvg's tests, which draw every chart.
import { BarChart, LineChart, ScatterChart } from "echarts/charts";
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

export const parts = [
  BarChart, LineChart, ScatterChart,
  AriaComponent, GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent,
  MarkPointComponent, TitleComponent, TooltipComponent,
  LabelLayout,
];
