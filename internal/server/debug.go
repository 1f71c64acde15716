package server

import (
	"net/http"
	"net/http/pprof"
)

// Debug returns the handler of the debugging listener (DEBUG_ADDR): the Go profiler under
// /debug/pprof/, as net/http/pprof serves it, and nothing else. It is never mounted on the public
// handler: profiles and goroutine dumps show the program's internals.
func Debug() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/cmdline", pprof.Cmdline)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
	mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	return mux
}
