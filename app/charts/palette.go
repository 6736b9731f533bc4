package charts

// Palette is Okabe and Ito's colour-blind-safe set, in the order series use it.
var Palette = []any{"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"}

// Primary is the colour of a single-series chart.
const Primary = "#0072B2"
