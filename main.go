// Command bilateral is both halves of Bilateral: compiled to WebAssembly it
// is the client; compiled natively it is the server that prerenders pages and
// serves the assets and the dataset (server.go, built only natively, so none
// of the server reaches the Wasm).
package main

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app"
)

func main() {
	app.Register()
	goapp.RunWhenOnBrowser()
	serve()
}
