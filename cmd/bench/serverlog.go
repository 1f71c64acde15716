package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"strings"
	"sync"
	"time"
)

// serverLog reads a server's standard error, where it logs one JSON line per request (see the
// access log of internal/server: "message":"request", "time", "sql_statements"), and keeps what
// the report needs: when each request was logged and how many SQL statements it ran. The baseline
// logs the same line, so that both are counted alike. Other lines are kept, the last few, to show
// when a server fails to start.
type serverLog struct {
	mu       sync.Mutex
	requests []loggedRequest
	tail     []string
	done     chan struct{}
}

// loggedRequest is one request line of the log.
type loggedRequest struct {
	at         time.Time
	statements int64
}

const tailLines = 20

// readServerLog starts reading r until it ends.
func readServerLog(r io.Reader) *serverLog {
	l := &serverLog{done: make(chan struct{})}
	go func() {
		defer close(l.done)
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		for sc.Scan() {
			line := sc.Bytes()
			req, ok := parseRequestLine(line)
			l.mu.Lock()
			if ok {
				l.requests = append(l.requests, req)
			} else {
				l.tail = append(l.tail, string(line))
				if len(l.tail) > tailLines {
					l.tail = l.tail[1:]
				}
			}
			l.mu.Unlock()
		}
		// A line longer than the buffer ends the reading: drain the rest so the server never
		// blocks on a full pipe.
		_, _ = io.Copy(io.Discard, r)
	}()
	return l
}

// parseRequestLine reads a request line of the log: its time and SQL statements. Other lines, and
// request lines without the statement count, report false.
func parseRequestLine(line []byte) (loggedRequest, bool) {
	if !bytes.Contains(line, []byte(`"sql_statements"`)) {
		return loggedRequest{}, false
	}
	var v struct {
		Message    string    `json:"message"`
		Time       time.Time `json:"time"`
		Statements *int64    `json:"sql_statements"`
	}
	if err := json.Unmarshal(line, &v); err != nil || v.Message != "request" || v.Statements == nil || v.Time.IsZero() {
		return loggedRequest{}, false
	}
	return loggedRequest{at: v.Time, statements: *v.Statements}, true
}

// statements returns how many requests were logged in [from, to) and the SQL statements they ran.
func (l *serverLog) statements(from, to time.Time) (requests, statements int64) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return countStatements(l.requests, from, to)
}

func countStatements(reqs []loggedRequest, from, to time.Time) (requests, statements int64) {
	for _, r := range reqs {
		if !r.at.Before(from) && r.at.Before(to) {
			requests++
			statements += r.statements
		}
	}
	return requests, statements
}

// lastLines returns the last lines of the log that were not request lines.
func (l *serverLog) lastLines() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return strings.Join(l.tail, "\n")
}
