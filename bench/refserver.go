//go:build !wasm

package main

import (
	"bytes"
	_ "embed"
	"fmt"
	"net"
	"net/http"
	"os"
	"strings"
	"time"
)

//go:embed ref.html
var refHTML string

// refServer serves the reference pages on its own loopback port:
// /ref/<view>.html, /echarts.min.js (from node_modules) and
// /data/relations.json (the bytes the app server serves).
type refServer struct {
	*http.Server
	base string
}

func startRefServer(echartsPath string, dataset []byte) (*refServer, error) {
	echarts, err := os.ReadFile(echartsPath)
	if err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	serve := func(name, ctype string, body []byte) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", ctype)
			w.Header().Set("Cache-Control", "no-cache")
			http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(body))
		}
	}
	mux.Handle("GET /echarts.min.js", serve("echarts.min.js", "text/javascript; charset=utf-8", echarts))
	mux.Handle("GET /data/relations.json", serve("relations.json", "application/json; charset=utf-8", dataset))
	for _, v := range views {
		page := []byte(strings.ReplaceAll(refHTML, "{{VIEW}}", v.Name))
		mux.Handle("GET /ref/"+v.Name+".html", serve(v.Name+".html", "text/html; charset=utf-8", page))
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	s := &refServer{
		Server: &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second},
		base:   fmt.Sprintf("http://%s", ln.Addr()),
	}
	go s.Serve(ln)
	return s, nil
}

func (s *refServer) url(v view) string { return s.base + "/ref/" + v.Name + ".html" }
