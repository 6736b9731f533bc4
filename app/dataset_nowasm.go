//go:build !wasm

package app

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// requestDataset does nothing on the server: it sets the dataset with
// SetDataset before it serves a page.
func requestDataset(goapp.Context, func(goapp.Context)) {}

// loadDatasetFirst does nothing on the server, which has its dataset before
// it serves.
func loadDatasetFirst() {}
