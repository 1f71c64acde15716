// Package examples_test runs the TypeScript partner examples (examples/typescript) against a test
// server with the demo data: graphql-codegen's typed documents under tsc --strict, relay-compiler on
// our connections, urql sending every query as GET, and Apollo Client's PersistedQueryLink. A
// change to the schema that breaks these clients fails here. They need Node and npm, and
// `npm ci` in examples/typescript: without them the tests skip, except in CI (CI set), where
// they fail.
package examples_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"os/exec"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/pgtest"
	"github.com/teleworkmonth/platform/internal/telework"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

const tsDir = "typescript"

// requireNode skips the test when Node, npm or the example's packages are missing, or fails it in CI.
func requireNode(t *testing.T) {
	t.Helper()
	missing := ""
	if _, err := exec.LookPath("npm"); err != nil {
		missing = "npm is not installed"
	} else if _, err := os.Stat(tsDir + "/node_modules/.bin/tsc"); err != nil {
		missing = "the packages of examples/typescript are not installed (run npm ci there)"
	}
	if missing == "" {
		return
	}
	if os.Getenv("CI") != "" {
		t.Fatalf("%s: the partner examples cannot run", missing)
	}
	t.Skipf("%s: the TypeScript partner examples are skipped", missing)
}

// npm runs an npm script of the TypeScript example with extra environment variables, and answers
// its standard output; the test fails with both outputs when the script fails.
func npm(t *testing.T, script string, env ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "npm", "run", "--silent", script)
	cmd.Dir = tsDir
	cmd.Env = append(os.Environ(), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("npm run %s: %v\n%s\n%s", script, err, stdout.Bytes(), stderr.Bytes())
	}
	return stdout.Bytes()
}

// TestTypedDocuments: graphql-codegen's typed documents are current for schema.graphqls and the
// portal compiles with them under tsc --strict.
func TestTypedDocuments(t *testing.T) {
	t.Parallel()
	requireNode(t)
	npm(t, "typecheck")
}

// TestRelayCompiler: relay-compiler accepts @connection and @refetchable on our lists (it refuses
// a PageInfo without hasPreviousPage and startCursor), and its committed artifacts are current.
func TestRelayCompiler(t *testing.T) {
	t.Parallel()
	requireNode(t)
	npm(t, "relay:check")
}

// TestURQLPortal runs the portal (urql, preferGetMethod) against the server through a proxy that
// records each request: it reads every published event page by page, and every request was a GET
// with the partner key.
func TestURQLPortal(t *testing.T) {
	t.Parallel()
	requireNode(t)
	s := apptest.New(t, apptest.Options{Seed: true})
	key := partnerKey(t, s)
	rec := newRecorder(t, s.URL)
	const pageSize = 10
	out := npm(t, "portal", "TELEWORK_API_URL="+rec.url+"/graphql", "TELEWORK_API_KEY="+key,
		"TELEWORK_FISCAL_YEAR=2026", "TELEWORK_PAGE_SIZE=10")

	var report struct {
		Campaign struct{ EraName string }
		Events   struct {
			TotalCount, Pages int
			Items             []struct{ ID string }
		}
		Detail      *struct{ ID, Status string }
		Registrants struct{ Count int }
		Requests    map[string]int
	}
	if err := json.Unmarshal(out, &report); err != nil {
		t.Fatalf("the portal printed no report: %v\n%s", err, out)
	}
	want := ids(t, s, `{ events(filter: {fiscalYear: 2026, status: PUBLISHED}, first: 100) { edges { node { id } } } }`, "events")
	got := make([]string, len(report.Events.Items))
	for i, e := range report.Events.Items {
		got[i] = e.ID
	}
	if !slices.Equal(got, want) || report.Events.TotalCount != len(want) {
		t.Errorf("the portal read %d of %d events %v; the server lists %v", len(got), report.Events.TotalCount, got, want)
	}
	if pages := (len(want) + pageSize - 1) / pageSize; report.Events.Pages != pages || pages < 2 {
		t.Errorf("the portal read %d pages; want %d (at least 2)", report.Events.Pages, pages)
	}
	if report.Campaign.EraName != "令和8年度" || report.Detail == nil || report.Detail.ID != want[0] || report.Detail.Status != "PUBLISHED" {
		t.Errorf("campaign %+v, detail %+v; want 令和8年度 and the first event", report.Campaign, report.Detail)
	}
	promoting := ids(t, s, `{ registrants(filter: {fiscalYear: 2026, activity: PROMOTING}, first: 100) { edges { node { id } } } }`, "registrants")
	if report.Registrants.Count != len(promoting) {
		t.Errorf("the portal read %d registrants; the server lists %d", report.Registrants.Count, len(promoting))
	}

	seen := rec.requests()
	if len(seen) == 0 || report.Requests["GET"] != len(seen) || len(report.Requests) != 1 {
		t.Errorf("the portal counted %v; the server saw %d requests", report.Requests, len(seen))
	}
	for i, r := range seen {
		if r.method != http.MethodGet || !r.withKey || r.status != http.StatusOK {
			t.Errorf("request %d: %+v; want a GET with the partner key, answered 200", i, r)
		}
	}
}

// TestApolloPersistedQueries runs Apollo Client with PersistedQueryLink (automatic persisted
// queries, hashes sent as GET) against the server: the first read registers the query after
// PersistedQueryNotFound, the second sends its hash alone.
func TestApolloPersistedQueries(t *testing.T) {
	t.Parallel()
	requireNode(t)
	s := apptest.New(t, apptest.Options{Seed: true})
	rec := newRecorder(t, s.URL)
	out := npm(t, "apq", "TELEWORK_API_URL="+rec.url+"/graphql", "TELEWORK_FISCAL_YEAR=2026")
	var report struct{ EraNames []string }
	if err := json.Unmarshal(out, &report); err != nil || !slices.Equal(report.EraNames, []string{"令和8年度", "令和8年度"}) {
		t.Fatalf("the Apollo client read %+v (%v)\n%s", report, err, out)
	}
	seen := rec.requests()
	if last := seen[len(seen)-1]; last.method != http.MethodGet || last.withQuery {
		t.Errorf("the second read was %+v; want a GET with the hash alone", last)
	}
}

// partnerKey makes a partner API key through the API, as the secretariat does.
func partnerKey(t *testing.T, s *apptest.Server) string {
	t.Helper()
	sec := s.Staff("secretariat@examples.example.jp", telework.RoleSecretariat, "")
	r := s.QueryAs(sec, `mutation { createApiKey(input: {name: "都道府県ポータル"}) { key } }`, nil)
	var data struct{ CreateAPIKey struct{ Key string } }
	if r.Decode(t, &data); len(r.Errors) > 0 || data.CreateAPIKey.Key == "" {
		t.Fatalf("createApiKey: %s", r.Body)
	}
	return data.CreateAPIKey.Key
}

// ids lists the IDs of the nodes of the connection field of a one-page query.
func ids(t *testing.T, s *apptest.Server, query, field string) []string {
	t.Helper()
	r := s.Query(query, nil)
	var data map[string]struct {
		Edges []struct{ Node struct{ ID string } }
	}
	if r.Decode(t, &data); len(r.Errors) > 0 {
		t.Fatalf("%s: %s", query, r.Body)
	}
	var out []string
	for _, e := range data[field].Edges {
		out = append(out, e.Node.ID)
	}
	return out
}

// recorder is a reverse proxy on loopback in front of the test server that records what reaches
// /graphql, as the server sees it.
type recorder struct {
	url  string
	mu   sync.Mutex
	seen []seen
}

type seen struct {
	method    string
	withKey   bool
	withQuery bool
	status    int
}

func newRecorder(t *testing.T, target string) *recorder {
	t.Helper()
	u, err := url.Parse(target)
	if err != nil {
		t.Fatal(err)
	}
	proxy := httputil.NewSingleHostReverseProxy(u)
	rec := &recorder{}
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(r.Body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		proxy.ServeHTTP(sw, r)
		if r.URL.Path != "/graphql" {
			return
		}
		var posted struct{ Query string }
		_ = json.Unmarshal(body, &posted) // a GET has no body
		withQuery := r.URL.Query().Get("query") != "" || posted.Query != ""
		rec.mu.Lock()
		rec.seen = append(rec.seen, seen{r.Method, r.Header.Get("Authorization") != "", withQuery, sw.status})
		rec.mu.Unlock()
	}))
	t.Cleanup(ts.Close)
	rec.url = ts.URL
	return rec
}

func (rec *recorder) requests() []seen {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	return slices.Clone(rec.seen)
}

type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	w.status = code
	w.ResponseWriter.WriteHeader(code)
}
