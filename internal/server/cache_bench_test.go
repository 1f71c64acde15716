package server_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"

	"github.com/teleworkmonth/platform/internal/apptest"
)

// publicEventsPage is the public event list of the benchmark command (a page of 50 with venue, seats,
// host and co-hosts).
const publicEventsPage = `{ events(first: 50) { pageInfo { hasNextPage endCursor } edges { cursor node {
	id title { text } startsAt endsAt feeYen capacity seatsRemaining
	venue { name { text } prefecture } host { code name { text } } coHosts { code } } } } }`

// BenchmarkConditionalGET compares, through the real handler on the demo data, what the public
// event list costs answered whole over POST (private, no ETag: what every answer cost before
// caching), answered whole over GET (with its ETag, a SHA-256 of the answer), and answered 304 Not
// Modified to a GET whose If-None-Match names that ETag. It reports the process's CPU time and the
// allocations per request, and the bytes of the answer: its headers and body.
func BenchmarkConditionalGET(b *testing.B) {
	s := apptest.New(b, apptest.Options{Seed: true})
	target := "/graphql?" + url.Values{"query": {publicEventsPage}}.Encode()
	body, _ := json.Marshal(map[string]any{"query": publicEventsPage})
	first := httptest.NewRecorder()
	s.App.Handler.ServeHTTP(first, httptest.NewRequest(http.MethodGet, target, nil))
	etag := first.Header().Get("ETag")
	if first.Code != http.StatusOK || etag == "" {
		b.Fatalf("status %d, ETag %q: %.300s", first.Code, etag, first.Body.String())
	}
	for _, c := range []struct {
		name string
		req  func() *http.Request
		want int
	}{
		{"POST", func() *http.Request {
			r := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
			r.Header.Set("Content-Type", "application/json")
			return r
		}, http.StatusOK},
		{"GET-200", func() *http.Request { return httptest.NewRequest(http.MethodGet, target, nil) }, http.StatusOK},
		{"GET-304", func() *http.Request {
			r := httptest.NewRequest(http.MethodGet, target, nil)
			r.Header.Set("If-None-Match", etag)
			return r
		}, http.StatusNotModified},
	} {
		b.Run(c.name, func(b *testing.B) {
			var answer int
			b.ReportAllocs()
			cpuBefore := cpuTime(b)
			b.ResetTimer()
			for b.Loop() {
				rec := httptest.NewRecorder()
				s.App.Handler.ServeHTTP(rec, c.req())
				if rec.Code != c.want {
					b.Fatalf("status %d, want %d: %.300s", rec.Code, c.want, rec.Body.String())
				}
				answer = rec.Body.Len()
			}
			b.ReportMetric(float64((cpuTime(b)-cpuBefore).Microseconds())/float64(b.N), "cpu-µs/op")
			b.ReportMetric(float64(answer), "body-bytes")
			rec := httptest.NewRecorder()
			s.App.Handler.ServeHTTP(rec, c.req())
			b.ReportMetric(float64(headerBytes(rec.Result())), "header-bytes")
		})
	}
}

// headerBytes is the size of a response's status line and headers as HTTP/1.1 sends them, less
// the Date header, which the recorder does not set.
func headerBytes(r *http.Response) int {
	var n countingWriter
	io.WriteString(&n, "HTTP/1.1 "+r.Status+"\r\n")
	r.Header.Write(&n)
	return int(n) + 2
}

type countingWriter int

func (c *countingWriter) Write(p []byte) (int, error) {
	*c += countingWriter(len(p))
	return len(p), nil
}
