package components

// The preferences charts follow, and the actions that announce a change.
const (
	ThemeChanged    = "bilateral.theme-changed"
	PatternsChanged = "bilateral.patterns-changed"
)

// darkQuery is the system's dark preference, the theme's default.
const darkQuery = "(prefers-color-scheme: dark)"

// Theme is the ECharts theme matching the page: "dark" when the page is dark,
// otherwise ECharts' default (nil).
func Theme() any {
	if prefValue("theme", darkQuery, "dark") == "dark" {
		return "dark"
	}
	return nil
}

// DarkQuery is the media query the theme follows until the reader chooses.
func DarkQuery() string { return darkQuery }

// patternsOn reports whether charts should draw decal patterns (hatching,
// dots) on top of colours, for readers who tell series apart by texture.
func patternsOn() bool { return prefValue("patterns", "", "on") == "on" }
