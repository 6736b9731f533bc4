package charts

// Palette is Okabe and Ito's colour-blind-safe set, in the order series use
// it, with their black turned mid grey so it shows on the dark theme too.
var Palette = []any{"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#8C8C8C"}

// Primary is the colour of a single-series chart.
const Primary = "#0072B2"
