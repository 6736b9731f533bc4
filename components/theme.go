package components

// Theme is the ECharts theme matching the page: "dark" when the page is dark,
// otherwise ECharts' default (nil).
func Theme() any {
	if currentTheme() == "dark" {
		return "dark"
	}
	return nil
}
