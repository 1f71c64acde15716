package main

import (
	"strings"
	"testing"
	"time"
)

func TestParseRequestLine(t *testing.T) {
	line := `{"level":"info","request_id":"d4k2","method":"POST","path":"/graphql","status":200,"bytes":1234,"duration":12.5,"sql_statements":3,"time":"2026-11-24T10:00:00.123456789Z","message":"request"}`
	got, ok := parseRequestLine([]byte(line))
	want := time.Date(2026, 11, 24, 10, 0, 0, 123456789, time.UTC)
	if !ok || got.statements != 3 || !got.at.Equal(want) {
		t.Errorf("parseRequestLine = %+v, %v", got, ok)
	}
	for _, other := range []string{
		`{"level":"info","addr":"127.0.0.1:8080","time":"2026-11-24T10:00:00Z","message":"serving"}`,
		`{"level":"info","sql_statements":3,"time":"2026-11-24T10:00:00Z","message":"other"}`,
		`{"level":"info","path":"/graphql","time":"2026-11-24T10:00:00Z","message":"request"}`,
		`{"level":"info","sql_statements":3,"message":"request"}`,
		`not json "sql_statements"`,
	} {
		if _, ok := parseRequestLine([]byte(other)); ok {
			t.Errorf("parseRequestLine(%s) took it for a request line", other)
		}
	}
}

func TestServerLogStatements(t *testing.T) {
	at := func(s int) string { return time.Date(2026, 11, 24, 10, 0, s, 0, time.UTC).Format(time.RFC3339Nano) }
	var b strings.Builder
	for s, n := range []int{1, 2, 3, 4, 5} { // requests at seconds 0 … 4 with 1 … 5 statements
		b.WriteString(`{"level":"info","path":"/graphql","sql_statements":` + string(rune('0'+n)) + `,"time":"` + at(s) + `","message":"request"}` + "\n")
		b.WriteString(`{"level":"warn","time":"` + at(s) + `","message":"something else"}` + "\n")
	}
	l := readServerLog(strings.NewReader(b.String()))
	<-l.done
	from, to := time.Date(2026, 11, 24, 10, 0, 1, 0, time.UTC), time.Date(2026, 11, 24, 10, 0, 4, 0, time.UTC)
	if n, statements := l.statements(from, to); n != 3 || statements != 2+3+4 {
		t.Errorf("statements in [1 s, 4 s) = %d requests, %d statements; want 3, 9", n, statements)
	}
	if tail := l.lastLines(); strings.Count(tail, "something else") != 5 || strings.Contains(tail, `"request"`) {
		t.Errorf("lastLines = %q", tail)
	}
}
