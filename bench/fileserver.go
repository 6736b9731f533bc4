//go:build !wasm

package main

import (
	"bufio"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"time"
)

// The yardstick for serving the dataset: Go's plain http.FileServer
// serving the same file, identity encoding, with an access log line per
// request as bilateral writes one. It runs in a process of its own, as the
// server does (the bench runs itself again with fileServerDir set), so
// neither shares a scheduler with the load's clients.
const (
	fileServerDir = "BILATERAL_BENCH_FILESERVER_DIR"
	fileServerLog = "BILATERAL_BENCH_FILESERVER_LOG"
)

// serveFilesIfAsked is the yardstick's process: it never returns when the
// bench started it.
func serveFilesIfAsked() {
	dir := os.Getenv(fileServerDir)
	if dir == "" {
		return
	}
	out, err := os.Create(os.Getenv(fileServerLog))
	if err != nil {
		fail(err)
	}
	access := log.New(bufio.NewWriter(out), "", log.LstdFlags|log.Lmicroseconds)
	files := http.FileServer(http.Dir(dir))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fail(err)
	}
	fmt.Println("http://" + ln.Addr().String())
	fail(http.Serve(ln, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		files.ServeHTTP(w, r)
		access.Printf("%s %s %s %s", r.RemoteAddr, r.Method, r.URL.Path, time.Since(start))
	})))
}

// startFileServer runs the yardstick over dir; stop ends it.
func startFileServer(dir, logPath string) (base string, stop func(), err error) {
	exe, err := os.Executable()
	if err != nil {
		return "", nil, err
	}
	cmd := exec.Command(exe)
	cmd.Env = append(os.Environ(), fileServerDir+"="+dir, fileServerLog+"="+logPath)
	cmd.Stderr = os.Stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return "", nil, err
	}
	if err := cmd.Start(); err != nil {
		return "", nil, err
	}
	stop = func() { cmd.Process.Kill(); cmd.Wait() }
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil {
		stop()
		return "", nil, fmt.Errorf("the file server said nothing: %w", err)
	}
	return strings.TrimSpace(line), stop, nil
}
