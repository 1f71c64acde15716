package server_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"syscall"
	"testing"
	"time"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/server"
)

// BenchmarkRefuseHostileDocuments sends each hostile document of the probe through the real handler,
// with the default limits, and reports what refusing it costs: the process's CPU time (user and
// system, all goroutines) and the bytes allocated per refusal, and the size of the answer.
func BenchmarkRefuseHostileDocuments(b *testing.B) {
	s := apptest.New(b, apptest.Options{})
	for _, d := range hostileDocuments(s.App.Config.MaxTokens, server.MaxSameName, int(s.App.Config.MaxBodyBytes)) {
		b.Run(d.name, func(b *testing.B) {
			body, _ := json.Marshal(map[string]any{"query": d.query})
			var answer int
			b.ReportAllocs()
			cpuBefore := cpuTime(b)
			b.ResetTimer()
			for b.Loop() {
				req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
				req.Header.Set("Content-Type", "application/json")
				rec := httptest.NewRecorder()
				s.App.Handler.ServeHTTP(rec, req)
				if rec.Code == http.StatusRequestEntityTooLarge || !bytes.Contains(rec.Body.Bytes(), []byte(`"errors"`)) {
					b.Fatalf("not refused: status %d: %.300s", rec.Code, rec.Body.String())
				}
				answer = rec.Body.Len()
			}
			b.ReportMetric(float64((cpuTime(b)-cpuBefore).Microseconds())/1000/float64(b.N), "cpu-ms/op")
			b.ReportMetric(float64(answer), "answer-bytes")
		})
	}
}

// cpuTime is the CPU time the process has used so far.
func cpuTime(b *testing.B) time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		b.Fatal(err)
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}
