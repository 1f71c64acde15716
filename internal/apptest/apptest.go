// Package apptest runs the whole application for end-to-end tests: the real HTTP handler on a
// real PostgreSQL database of the test's own (cloned from the migrated template), optionally with
// the demo data, and a small GraphQL client to drive it.
package apptest

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/jmoiron/sqlx"
	"github.com/rs/zerolog"

	"github.com/teleworkmonth/platform/internal/app"
	"github.com/teleworkmonth/platform/internal/config"
	"github.com/teleworkmonth/platform/internal/pgtest"
	"github.com/teleworkmonth/platform/internal/seed"
	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
	"github.com/teleworkmonth/platform/internal/user"
)

// Options change how the application under test is set up.
type Options struct {
	Seed bool              // load the demo data
	Env  map[string]string // extra environment variables, e.g. APP_ENV=production
	URL  string            // an existing database to use instead of a fresh one
}

// Server is the application under test, listening on a loopback port.
type Server struct {
	URL string // base URL, e.g. http://127.0.0.1:12345
	DB  *sqlx.DB
	App *app.App
	tb  testing.TB

	counts sync.Map // request id → SQL statements
	nextID atomic.Int64
}

// New starts the application for the test; it stops when the test ends.
func New(tb testing.TB, opt Options) *Server {
	tb.Helper()
	url := opt.URL
	if url == "" {
		url = pgtest.NewURL(tb)
	}
	env := map[string]string{"APP_ENV": config.Test, "DATABASE_URL": url, "LOG_LEVEL": "warn"}
	for k, v := range opt.Env {
		env[k] = v
	}
	if env["APP_ENV"] == config.Production && env["CONSOLE_URL"] == "" {
		env["CONSOLE_URL"] = "https://telework.example.jp/admin/" // required in production
	}
	cfg, err := config.Load(func(k string) string { return env[k] })
	if err != nil {
		tb.Fatalf("apptest: %v", err)
	}
	a, err := app.New(context.Background(), cfg, zerolog.New(zerolog.NewTestWriter(tb)).Level(cfg.LogLevel))
	if err != nil {
		tb.Fatalf("apptest: %v", err)
	}
	tb.Cleanup(func() { a.Close() })
	background, stop := context.WithCancel(context.Background())
	wait := a.Background(background)
	// Stop the LISTEN connections before the database goes: dropping it under them would cut them.
	tb.Cleanup(func() { stop(); wait() })
	if opt.Seed {
		if _, err := seed.Demo(context.Background(), a.DB); err != nil {
			tb.Fatalf("apptest: seed: %v", err)
		}
	}
	s := &Server{DB: a.DB, App: a, tb: tb}
	ts := httptest.NewServer(s.counting(a.Handler))
	tb.Cleanup(ts.Close)
	s.URL = ts.URL
	return s
}

const requestHeader = "X-Apptest-Request"

// counting counts the SQL statements of each request the test client sends, by a header of its own.
func (s *Server) counting(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.Header.Get(requestHeader)
		if id == "" {
			next.ServeHTTP(w, r)
			return
		}
		ctx, c := store.CountStatements(r.Context())
		next.ServeHTTP(w, r.WithContext(ctx))
		s.counts.Store(id, c.Count())
	})
}

// Error is one GraphQL error of a response.
type Error struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

// Code is the error's extensions.code.
func (e Error) Code() string { s, _ := e.Extensions["code"].(string); return s }

// Response is a GraphQL response with its HTTP status and headers.
type Response struct {
	Status int
	Header http.Header
	Body   []byte
	// Statements is the number of SQL statements the request ran.
	Statements int64
	Data       json.RawMessage `json:"data"`
	Errors     []Error         `json:"errors"`
}

// Codes lists the error codes of the response, in order.
func (r Response) Codes() []string {
	codes := make([]string, len(r.Errors))
	for i, e := range r.Errors {
		codes[i] = e.Code()
	}
	return codes
}

// Decode unmarshals the response's data into v.
func (r Response) Decode(tb testing.TB, v any) {
	tb.Helper()
	if err := json.Unmarshal(r.Data, v); err != nil {
		tb.Fatalf("decode data %s: %v", r.Data, err)
	}
}

// Request describes a GraphQL request over POST.
type Request struct {
	Query     string
	Variables map[string]any
	Header    http.Header
}

// Query posts a GraphQL request and reads the answer.
func (s *Server) Query(query string, variables map[string]any) Response {
	s.tb.Helper()
	return s.Do(Request{Query: query, Variables: variables})
}

// Do posts a GraphQL request with its headers and reads the answer.
func (s *Server) Do(req Request) Response {
	s.tb.Helper()
	body, err := json.Marshal(map[string]any{"query": req.Query, "variables": req.Variables})
	if err != nil {
		s.tb.Fatal(err)
	}
	r, err := http.NewRequest(http.MethodPost, s.URL+"/graphql", bytes.NewReader(body))
	if err != nil {
		s.tb.Fatal(err)
	}
	r.Header.Set("Content-Type", "application/json")
	for k, v := range req.Header {
		r.Header[k] = v
	}
	return s.send(r)
}

// Raw sends an HTTP request to the server and reads the answer as a GraphQL response when it is one.
func (s *Server) Raw(r *http.Request) Response {
	s.tb.Helper()
	return s.send(r)
}

func (s *Server) send(r *http.Request) Response {
	s.tb.Helper()
	id := strconv.FormatInt(s.nextID.Add(1), 10)
	r.Header.Set(requestHeader, id)
	resp, err := http.DefaultClient.Do(r)
	if err != nil {
		s.tb.Fatalf("request: %v", err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		s.tb.Fatalf("read response: %v", err)
	}
	out := Response{Status: resp.StatusCode, Header: resp.Header, Body: b}
	if n, ok := s.counts.LoadAndDelete(id); ok {
		out.Statements = n.(int64)
	}
	_ = json.Unmarshal(b, &out) // not every answer is JSON (the playground, a 404)
	return out
}

// QueryAs posts a GraphQL request with a bearer token ("" for none).
func (s *Server) QueryAs(token, query string, variables map[string]any) Response {
	s.tb.Helper()
	h := http.Header{}
	if token != "" {
		h.Set("Authorization", "Bearer "+token)
	}
	return s.Do(Request{Query: query, Variables: variables, Header: h})
}

// Staff creates a staff account with a role (none when role is "") and signs it in through the
// API's login; it returns the session token.
func (s *Server) Staff(email string, role telework.Role, ministryCode string) string {
	s.tb.Helper()
	const password = "a-test-password-of-some-length"
	ctx := context.Background()
	if _, err := user.NewService(s.DB).Create(ctx, user.NewUser{Email: email, DisplayName: email, Password: password, Role: role, MinistryCode: ministryCode}); err != nil {
		s.tb.Fatalf("apptest: create %s: %v", email, err)
	}
	if err := s.App.Policy.Reload(ctx); err != nil {
		s.tb.Fatalf("apptest: reload policy: %v", err)
	}
	r := s.Query(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, map[string]any{"e": email, "p": password})
	var data struct{ Login struct{ Token string } }
	r.Decode(s.tb, &data)
	if data.Login.Token == "" {
		s.tb.Fatalf("apptest: login %s: %s", email, r.Body)
	}
	return data.Login.Token
}
