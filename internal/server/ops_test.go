package server_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/pgtest"
)

// TestHealth: /healthz answers while the process lives; /readyz only when the database answers and
// every migration is applied.
func TestHealth(t *testing.T) {
	t.Parallel()

	migrated := pgtest.NewURL(t)
	tests := []struct {
		name        string
		url         func(tb testing.TB) string
		closeDB     bool
		wantHealthz int
		wantReadyz  int
	}{
		{"migrated", func(testing.TB) string { return migrated }, false, 200, 200},
		{"database closed", func(testing.TB) string { return migrated }, true, 200, 503},
		{"no migration applied", pgtest.NewEmptyURL, false, 200, 503},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := apptest.New(t, apptest.Options{URL: tt.url(t)})
			if tt.closeDB {
				s.DB.Close()
			}
			wantStatus(t, send(t, s, http.MethodGet, "/healthz", nil, nil), tt.wantHealthz)
			r := send(t, s, http.MethodGet, "/readyz", nil, nil)
			wantStatus(t, r, tt.wantReadyz)
			if mediaType(r) != mediaJSON {
				t.Errorf("/readyz Content-Type %q", r.Header.Get("Content-Type"))
			}
		})
	}
}

// TestRequestID: every answer carries a request id, errors and pages outside GraphQL included, and
// each request has its own.
func TestRequestID(t *testing.T) {
	t.Parallel()
	s := apptest.New(t, apptest.Options{})

	big := strings.NewReader(`{"query": "{ __typename }"}` + strings.Repeat(" ", 2<<20))
	requests := []struct {
		name   string
		method string
		path   string
		body   *strings.Reader
		header map[string]string
	}{
		{"POST", "POST", "/graphql", strings.NewReader(`{"query": "{ __typename }"}`), map[string]string{"Content-Type": mediaJSON}},
		{"GET", "GET", "/graphql?" + url.Values{"query": {"{ __typename }"}}.Encode(), nil, nil},
		{"validation failure", "POST", "/graphql", strings.NewReader(`{"query": "{ nope }"}`), map[string]string{"Content-Type": mediaJSON}},
		{"malformed", "POST", "/graphql", strings.NewReader(`{`), map[string]string{"Content-Type": mediaJSON}},
		{"GET mutation", "GET", "/graphql?" + url.Values{"query": {"mutation { logout { ok } }"}}.Encode(), nil, nil},
		{"too large", "POST", "/graphql", big, map[string]string{"Content-Type": mediaJSON}},
		{"method", "PATCH", "/graphql", nil, nil},
		{"healthz", "GET", "/healthz", nil, nil},
		{"readyz", "GET", "/readyz", nil, nil},
		{"playground", "GET", "/", nil, nil},
		{"not found", "GET", "/no/such/page", nil, nil},
	}
	seen := map[string]string{}
	for _, tt := range requests {
		t.Run(tt.name, func(t *testing.T) {
			var r apptest.Response
			if tt.body != nil {
				r = send(t, s, tt.method, tt.path, tt.body, tt.header)
			} else {
				r = send(t, s, tt.method, tt.path, nil, tt.header)
			}
			id := r.Header.Get("X-Request-Id") // checkResponse has checked it is there
			if other, ok := seen[id]; ok && id != "" {
				t.Errorf("request id %s also answered %s", id, other)
			}
			seen[id] = tt.name
		})
	}
}

// TestInternalError: a failure inside the server (here, its database gone) answers INTERNAL with
// the message "internal error": no driver text, no SQL; argument values a scalar refuses remain the
// caller's errors, with their message.
func TestInternalError(t *testing.T) {
	t.Parallel()
	s := apptest.New(t, apptest.Options{})

	t.Run("bad scalar value is the caller's", func(t *testing.T) {
		for _, q := range []struct {
			query     string
			variables map[string]any
		}{
			{`{ events(first: 1, filter: { startsAfter: "yesterday" }) { totalCount } }`, nil},
			{`query($t: Time) { events(first: 1, filter: { startsAfter: $t }) { totalCount } }`, map[string]any{"t": "2023-13-45"}},
		} {
			r := post(t, s, mediaJSON, q.query, q.variables)
			wantStatus(t, r, http.StatusOK)
			wantCodes(t, r, "BAD_USER_INPUT")
			if len(r.Errors) == 1 && r.Errors[0].Message == "internal error" {
				t.Errorf("no message for the caller: %s", r.Body)
			}
		}
	})

	t.Run("database closed", func(t *testing.T) {
		if err := s.DB.Close(); err != nil {
			t.Fatal(err)
		}
		queries := []string{
			`{ events(first: 1) { totalCount } }`,
			`{ campaigns { fiscalYear } }`,
			`{ ministries { code } }`,
			`{ registrants(first: 1) { totalCount } }`,
		}
		for _, q := range queries {
			for _, accept := range []string{mediaJSON, mediaGraphQLResponse} {
				r := post(t, s, accept, q, nil)
				wantStatus(t, r, http.StatusOK)
				if len(r.Errors) == 0 {
					t.Fatalf("%s: no error: %s", q, r.Body)
				}
				for _, e := range r.Errors {
					if e.Code() != "INTERNAL" || e.Message != "internal error" {
						t.Errorf("%s: error %q %v, want INTERNAL \"internal error\"", q, e.Message, e.Extensions)
					}
					if len(e.Extensions) != 1 {
						t.Errorf("%s: extensions %v show more than the code", q, e.Extensions)
					}
				}
				if strings.Contains(strings.ToLower(string(r.Body)), "database") {
					t.Errorf("%s: the answer speaks of the database: %s", q, r.Body)
				}
			}
		}
	})
}
