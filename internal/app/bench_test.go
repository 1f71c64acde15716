package app_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"syscall"
	"testing"
	"time"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/store"
)

const eventsWithHosts = `{ events(first: 100) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
	id title { text } startsAt endsAt venue { name { text } prefecture } seatsRemaining
	host { code name { text } } coHosts { code name { text } } campaign { fiscalYear eraName } } } } }`

// BenchmarkEventsFirst100 measures the public event list with nested hosts, co-hosts and campaign
// through the real HTTP handler on a real database: ns/op, allocs/op and SQL statements per request.
func BenchmarkEventsFirst100(b *testing.B) {
	s := apptest.New(b, apptest.Options{Seed: true})
	body, _ := json.Marshal(map[string]string{"query": eventsWithHosts})
	var statements int64
	b.ReportAllocs()
	cpuBefore := cpuTime(b)
	b.ResetTimer()
	for b.Loop() {
		req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		ctx, counter := store.CountStatements(req.Context())
		rec := httptest.NewRecorder()
		s.App.Handler.ServeHTTP(rec, req.WithContext(ctx))
		if rec.Code != http.StatusOK || bytes.Contains(rec.Body.Bytes(), []byte(`"errors"`)) {
			b.Fatalf("status %d: %s", rec.Code, rec.Body.String())
		}
		statements += counter.Count()
	}
	b.ReportMetric(float64(statements)/float64(b.N), "statements/op")
	b.ReportMetric(float64((cpuTime(b)-cpuBefore).Microseconds())/float64(b.N), "cpu-µs/op")
}

// cpuTime is the CPU time the process has used so far.
func cpuTime(b *testing.B) time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		b.Fatal(err)
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}
