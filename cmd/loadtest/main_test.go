package main

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"
)

// fakeServer answers the tool's two operations as the server would for an event with capacity
// seats: seats first, the waitlist after, and the same application for a repeated key.
type fakeServer struct {
	capacity int
	delay    time.Duration
	mu       sync.Mutex
	keys     map[string]string
	taken    int
	waiting  int
	from     map[string]bool // the X-Forwarded-For of the sign-ups
}

func (s *fakeServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Query     string                     `json:"query"`
		Variables map[string]json.RawMessage `json:"variables"`
	}
	if r.Header.Get("Content-Type") != "application/json" || json.NewDecoder(r.Body).Decode(&req) != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	time.Sleep(s.delay)
	s.mu.Lock()
	defer s.mu.Unlock()
	w.Header().Set("Content-Type", "application/graphql-response+json")
	if strings.Contains(req.Query, "applyToEvent") {
		if s.from != nil {
			s.from[r.Header.Get("X-Forwarded-For")] = true
		}
		var in struct {
			Key string `json:"idempotencyKey"`
		}
		json.Unmarshal(req.Variables["input"], &in)
		status, ok := s.keys[in.Key]
		if !ok {
			status = "CONFIRMED"
			if s.taken < s.capacity {
				s.taken++
			} else {
				status = "WAITLISTED"
				s.waiting++
			}
			s.keys[in.Key] = status
		}
		io.WriteString(w, `{"data":{"applyToEvent":{"application":{"id":"x","status":"`+status+`"},"token":"t"}}}`)
		return
	}
	remaining := s.capacity - s.taken
	json.NewEncoder(w).Encode(map[string]any{"data": map[string]any{"event": map[string]any{
		"status": "PUBLISHED", "capacity": s.capacity, "seatsRemaining": remaining, "waitlistLength": s.waiting,
	}}})
}

func optionsFor(t *testing.T, srv *httptest.Server, n, concurrency int, timeout time.Duration) options {
	t.Helper()
	u, err := url.Parse(srv.URL + "/graphql")
	if err != nil {
		t.Fatal(err)
	}
	return options{url: u, eventID: "RXZlbnQ6MQ", n: n, concurrency: concurrency, timeout: timeout, attendance: "IN_PERSON"}
}

func TestRun(t *testing.T) {
	fake := &fakeServer{capacity: 30, keys: map[string]string{}, delay: time.Millisecond, from: map[string]bool{}}
	srv := httptest.NewServer(fake)
	defer srv.Close()
	var out strings.Builder
	if err := run(t.Context(), optionsFor(t, srv, 50, 8, 20*time.Second), &out); err != nil {
		t.Fatal(err)
	}
	report := out.String()
	for _, want := range []string{
		"| burst | sent | ok | confirmed | waitlisted | failed | time | sign-ups/s | p50 | p99 | max |",
		"| first burst | 50 | 50 | 30 | 20 | 0 |",
		"| seats gone: waitlist only | 50 | 50 | 0 | 50 | 0 |",
		"Event before: PUBLISHED, 30 of 30 seats free, 0 waiting; after the first burst: PUBLISHED, 0 of 30 seats free, 20 waiting; at the end: PUBLISHED, 0 of 30 seats free, 70 waiting.",
	} {
		if !strings.Contains(report, want) {
			t.Errorf("report lacks %q:\n%s", want, report)
		}
	}
}

// Every sign-up of a run comes from an address of its own, in the benchmarks' network.
func TestSignUpsComeFromAddressesOfTheirOwn(t *testing.T) {
	fake := &fakeServer{capacity: 30, keys: map[string]string{}, from: map[string]bool{}}
	srv := httptest.NewServer(fake)
	defer srv.Close()
	if err := run(t.Context(), optionsFor(t, srv, 50, 8, 20*time.Second), io.Discard); err != nil {
		t.Fatal(err)
	}
	if len(fake.from) != 100 {
		t.Errorf("%d distinct addresses for 100 sign-ups", len(fake.from))
	}
	for a := range fake.from {
		if addr, err := netip.ParseAddr(a); err != nil || !benchmarkNet.Contains(addr) {
			t.Errorf("sign-up from %q, not an address of %v", a, benchmarkNet)
		}
	}
	for n, want := range map[int]string{0: "198.18.0.0", 257: "198.18.1.1", 10_000: "198.18.39.16", 65_536: "198.19.0.0", 131_071: "198.19.255.255"} {
		if got := signUpAddress(n); got != want {
			t.Errorf("signUpAddress(%d) = %s, want %s", n, got, want)
		}
	}
}

// TestRunStopsByItself: a server that never answers cannot hold the tool past its time limit.
func TestRunStopsByItself(t *testing.T) {
	block := make(chan struct{})
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.Contains(r.URL.RawQuery+readAll(r), "applyToEvent") {
			select {
			case <-block:
			case <-r.Context().Done():
			}
			return
		}
		io.WriteString(w, `{"data":{"event":{"status":"PUBLISHED","capacity":null,"seatsRemaining":null,"waitlistLength":0}}}`)
	}))
	defer slow.Close()
	defer close(block)
	var out strings.Builder
	began := time.Now()
	if err := run(t.Context(), optionsFor(t, slow, 100, 4, 300*time.Millisecond), &out); err != nil {
		t.Fatal(err)
	}
	if took := time.Since(began); took > 5*time.Second {
		t.Errorf("run took %v with a time limit of 300ms", took)
	}
	if !strings.Contains(out.String(), "The run stopped at its time limit") || !strings.Contains(out.String(), "transport ×4") {
		t.Errorf("report:\n%s", out.String())
	}
}

func readAll(r *http.Request) string {
	b, _ := io.ReadAll(r.Body)
	return string(b)
}

func TestFlags(t *testing.T) {
	tests := []struct {
		args    []string
		wantErr string
	}{
		{[]string{"-event", "RXZlbnQ6MQ"}, ""},
		{[]string{"-event", "RXZlbnQ6MQ", "-url", "http://[::1]:8080/graphql", "-n", "10000", "-concurrency", "256", "-timeout", "10m"}, ""},
		{[]string{"-event", "RXZlbnQ6MQ", "-url", "http://localhost:8080/graphql"}, ""},
		{[]string{}, "-event is required"},
		{[]string{"-event", "x", "-url", "http://192.0.2.1:8080/graphql"}, "must point to this machine"},
		{[]string{"-event", "x", "-url", "http://telework.example.jp/graphql"}, "must point to this machine"},
		{[]string{"-event", "x", "-url", "ftp://127.0.0.1/graphql"}, "not an http(s) URL"},
		{[]string{"-event", "x", "-n", "10001"}, "-n must be"},
		{[]string{"-event", "x", "-n", "0"}, "-n must be"},
		{[]string{"-event", "x", "-concurrency", "257"}, "-concurrency must be"},
		{[]string{"-event", "x", "-timeout", "11m"}, "-timeout must be"},
		{[]string{"-event", "x", "-attendance", "BY_PIGEON"}, "-attendance must be"},
	}
	for _, tt := range tests {
		_, err := parseFlags(tt.args, io.Discard)
		if tt.wantErr == "" && err != nil || tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
			t.Errorf("parseFlags(%q) = %v, want %q", tt.args, err, tt.wantErr)
		}
	}
}

func TestPercentile(t *testing.T) {
	var ds []time.Duration
	for i := 1; i <= 100; i++ {
		ds = append(ds, time.Duration(i)*time.Millisecond)
	}
	if p := percentile(ds, 50); p != 50*time.Millisecond {
		t.Errorf("p50 = %v", p)
	}
	if p := percentile(ds, 99); p != 99*time.Millisecond {
		t.Errorf("p99 = %v", p)
	}
	if p := percentile(ds[:1], 99); p != time.Millisecond {
		t.Errorf("p99 of one = %v", p)
	}
	if p := percentile(nil, 50); p != 0 {
		t.Errorf("p50 of none = %v", p)
	}
}
