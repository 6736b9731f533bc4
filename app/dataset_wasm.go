//go:build wasm

package app

import (
	"errors"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/components"
	"bilateral/data"
)

// loadDatasetFirst fetches and decodes the dataset before go-app starts, so
// the client's first render is the page the server sent rather than a
// loading notice that wipes it (a layout shift of the whole <main>). It
// blocks the main goroutine; the JavaScript fetch resolves meanwhile, since
// a blocked Go program hands the event loop back to the browser. The
// service worker normally has it (it precaches the dataset at install).
func loadDatasetFirst() {
	if d, err := loadDataset(); err != nil {
		setLoadError(err)
	} else {
		markPhase("dataset-decoded")
		SetDataset(d)
	}
	// go-app's first render is the longest part of the start; begun in a
	// task of its own it does not add to the decode's, so the browser can
	// answer input between the two.
	yieldToBrowser()
}

// yieldToBrowser blocks the calling goroutine until the browser has run a
// task of its own (setTimeout 0): a blocked Go program hands the event loop
// back.
func yieldToBrowser() {
	done := make(chan struct{})
	components.SetTimeout(0, func() { close(done) })
	<-done
}

// requestDataset is the fallback should loadDatasetFirst not have run: it
// fetches the dataset, re-renders the asking view when it arrives and then
// calls then.
func requestDataset(ctx goapp.Context, then func(goapp.Context)) {
	if d, err := Dataset(); d != nil || err != nil {
		return
	}
	ctx.Async(func() {
		d, err := loadDataset()
		ctx.Dispatch(func(ctx goapp.Context) {
			if err != nil {
				setLoadError(err)
				return
			}
			SetDataset(d)
			then(ctx)
		})
	})
}

// loadDataset fetches and decodes the dataset the server serves (which may
// be a -data file).
func loadDataset() (*data.Dataset, error) {
	b, err := fetchBytes(Prefixed(DatasetPath))
	if err != nil {
		return nil, err
	}
	return data.Decode(DatasetPath, b)
}

// fetchBytes is a blocking fetch for a goroutine other than the UI's (or
// for main before go-app starts).
//
// It calls the browser's fetch through syscall/js rather than net/http:
// the same function on http.Get made the Wasm 5.39 MB larger raw and 810 kB
// larger in brotli (9.05 → 14.44 MB; 1.726 → 2.536 MB; GOOS=js go build
// -trimpath -ldflags "-s -w", brotli quality 11, 3 December 2026). go-app
// links net/http already, but only a client pulls in its transport.
func fetchBytes(url string) ([]byte, error) {
	type result struct {
		b   []byte
		err error
	}
	done := make(chan result, 1)
	var onBody, onResp, onFail goapp.Func
	onFail = goapp.FuncOf(func(_ goapp.Value, args []goapp.Value) any {
		msg := "network error"
		if len(args) > 0 && args[0].Truthy() {
			msg = args[0].Call("toString").String()
		}
		done <- result{err: errors.New("fetching " + url + ": " + msg)}
		return nil
	})
	onBody = goapp.FuncOf(func(_ goapp.Value, args []goapp.Value) any {
		u8 := goapp.Window().Get("Uint8Array").New(args[0])
		b := make([]byte, u8.Length())
		goapp.CopyBytesToGo(b, u8)
		done <- result{b: b}
		return nil
	})
	onResp = goapp.FuncOf(func(_ goapp.Value, args []goapp.Value) any {
		resp := args[0]
		if !resp.Get("ok").Bool() {
			done <- result{err: errors.New("fetching " + url + ": HTTP " + resp.Get("status").String())}
			return nil
		}
		resp.Call("arrayBuffer").Call("then", onBody, onFail)
		return nil
	})
	goapp.Window().Call("fetch", url).Call("then", onResp, onFail)
	r := <-done
	onBody.Release()
	onResp.Release()
	onFail.Release()
	return r.b, r.err
}
