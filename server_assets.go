//go:build !wasm

package main

import (
	"io/fs"
	"net/http"
	"strings"
)

// embeddedResources serves go-app's /web/ resources from the binary itself,
// so bin/bilateral copied alone to another machine serves the whole app.
type embeddedResources struct {
	http.Handler
}

// Resolve keeps /web/ paths as they are: assets live on our own origin.
func (embeddedResources) Resolve(location string) string {
	if location == "" || location == "/" {
		return "/"
	}
	if strings.HasPrefix(location, "http://") || strings.HasPrefix(location, "https://") {
		return location
	}
	return "/" + strings.TrimPrefix(location, "/")
}

// noDirs hides directories, so /web/ and /web/icons/ answer 404 instead of a
// listing of our files.
type noDirs struct{ fs.FS }

func (n noDirs) Open(name string) (fs.File, error) {
	f, err := n.FS.Open(name)
	if err != nil {
		return nil, err
	}
	if st, err := f.Stat(); err != nil || st.IsDir() {
		f.Close()
		return nil, fs.ErrNotExist
	}
	return f, nil
}
