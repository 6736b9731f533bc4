// The ECharts build Bilateral serves: only the chart types, components and
// renderers its options use (see app/charts), bundled by `make` with esbuild
// from the pinned npm package. A chart type or component missing here shows
// up as an error in the browser suite, which draws every chart.
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
import { CanvasRenderer, SVGRenderer } from "echarts/renderers";

echarts.use([
  BarChart, LineChart, ScatterChart, GraphChart,
  AriaComponent, GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent,
  MarkPointComponent, TitleComponent, TooltipComponent,
  LabelLayout, CanvasRenderer, SVGRenderer,
]);

window.echarts = echarts;
