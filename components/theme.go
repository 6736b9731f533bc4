package components

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// Theme is the ECharts theme matching the page: "dark" when the page is dark,
// otherwise ECharts' default (nil).
func Theme() any {
	root := goapp.Window().Get("document").Get("documentElement")
	if root.Truthy() && root.Call("getAttribute", "data-theme").String() == "dark" {
		return "dark"
	}
	return nil
}
