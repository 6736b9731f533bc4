//go:build !wasm

// Package harness starts what the browser suite (e2e) and the benchmark
// (bench) drive: the built server binary on a loopback port, and headless
// Chromium with a fresh profile. Both must run the app the same way, or the
// bench would measure something the suite does not test; so the start-up is
// written once, here. Missing binaries are errors that say how to get them:
// neither caller may quietly skip.
package harness

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"
)

// ServerStartTimeout is how long StartServer waits for /healthz: a bound
// for a server that will never answer, generous because the suite shares a
// busy machine (15 s was exceeded at a load average of 15 on 2 cores).
const ServerStartTimeout = 60 * time.Second

// RepoRoot is the directory of the nearest go.mod at or above the working
// directory: tests run in their package's folder, the bench at the root.
func RepoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod at or above the working directory")
		}
		dir = parent
	}
}

// ServerBinary is the absolute path of the built server: path if given,
// else bin/bilateral at the repository root. It must exist.
func ServerBinary(path string) (string, error) {
	if path == "" {
		root, err := RepoRoot()
		if err != nil {
			return "", err
		}
		path = filepath.Join(root, "bin", "bilateral")
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	if fi, err := os.Stat(abs); err != nil || fi.IsDir() {
		return "", fmt.Errorf("no server binary at %s: run make build first", abs)
	}
	return abs, nil
}

// FreeAddr asks the kernel for a free loopback port and releases it,
// returning "127.0.0.1:PORT".
func FreeAddr() (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer l.Close()
	return l.Addr().String(), nil
}

// ServerOptions says how to run the server.
type ServerOptions struct {
	Bin  string   // the binary (see ServerBinary); required
	Addr string   // host:port to listen on; "" is a free loopback port
	Args []string // flags after -addr
	Log  string   // file for the server's stdout and stderr; required
}

// Server is one running server process.
type Server struct {
	Addr    string // host:port it listens on
	URL     string // "http://" + Addr
	LogPath string

	cmd      *exec.Cmd
	log      *os.File
	exited   chan struct{} // closed when the process has exited
	waitErr  error
	stopOnce sync.Once
}

// StartServer runs the binary and waits until GET /healthz answers. If the
// process exits first, or does not answer within ServerStartTimeout or
// before ctx ends, it is stopped and the error carries its log's tail.
func StartServer(ctx context.Context, o ServerOptions) (*Server, error) {
	if o.Bin == "" || o.Log == "" {
		return nil, errors.New("harness: ServerOptions needs Bin and Log")
	}
	addr := o.Addr
	if addr == "" {
		var err error
		if addr, err = FreeAddr(); err != nil {
			return nil, err
		}
	}
	logFile, err := os.Create(o.Log)
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(o.Bin, append([]string{"-addr", addr}, o.Args...)...)
	cmd.Stdout, cmd.Stderr = logFile, logFile
	if err := cmd.Start(); err != nil {
		logFile.Close()
		return nil, fmt.Errorf("start %s: %w", o.Bin, err)
	}
	s := &Server{Addr: addr, URL: "http://" + addr, LogPath: o.Log, cmd: cmd, log: logFile, exited: make(chan struct{})}
	go func() {
		s.waitErr = cmd.Wait()
		close(s.exited)
	}()

	what := strings.Join(cmd.Args, " ")
	client := &http.Client{Timeout: time.Second}
	deadline := time.Now().Add(ServerStartTimeout)
	for {
		select {
		case <-s.exited:
			s.Stop()
			return nil, fmt.Errorf("%s exited before serving (%v); %s ends:\n%s", what, s.waitErr, o.Log, Tail(o.Log, 20))
		default:
		}
		resp, err := client.Get(s.URL + "/healthz")
		if err == nil {
			resp.Body.Close()
			return s, nil
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			s.Stop()
			return nil, fmt.Errorf("%s did not answer GET /healthz within %s (last error: %v); %s ends:\n%s",
				what, ServerStartTimeout, err, o.Log, Tail(o.Log, 20))
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// PID is the server's process id.
func (s *Server) PID() int { return s.cmd.Process.Pid }

// Stop ends the server gracefully (SIGTERM, then SIGKILL after 5 s) and
// returns once it has exited, so its port is free. Calling it again is a
// no-op.
func (s *Server) Stop() {
	s.stopOnce.Do(func() {
		select {
		case <-s.exited:
		default:
			_ = s.cmd.Process.Signal(syscall.SIGTERM)
			select {
			case <-s.exited:
			case <-time.After(5 * time.Second):
				_ = s.cmd.Process.Kill()
				<-s.exited
			}
		}
		s.log.Close()
	})
}

// Tail returns the last n lines of a file, for error messages.
func Tail(path string, n int) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return "(" + err.Error() + ")"
	}
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}
