package server_test

import (
	"encoding/json"
	"math/rand/v2"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/server"
	"github.com/teleworkmonth/platform/internal/telework"
)

// wantRefusal fails unless the response refuses the operation with exactly one BAD_USER_INPUT
// error naming field, and no data.
func wantRefusal(t *testing.T, r apptest.Response, field string) {
	t.Helper()
	wantCodes(t, r, "BAD_USER_INPUT")
	if len(r.Errors) == 1 && r.Errors[0].Extensions["field"] != field {
		t.Errorf("field %v, want %q; body %.300s", r.Errors[0].Extensions["field"], field, r.Body)
	}
}

// TestLongEmailAtLogin: a 3,000-character email at login is the caller's error, naming the
// argument; it was INTERNAL when the database refused to index the attempt.
func TestLongEmailAtLogin(t *testing.T) {
	t.Parallel()
	s := apptest.New(t, apptest.Options{})
	email := incompressible(3000-len("@example.jp")) + "@example.jp"

	r := post(t, s, mediaJSON, `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
		map[string]any{"e": email, "p": "a-test-password-of-some-length"})
	wantRefusal(t, r, "email")

	r = post(t, s, mediaJSON, `mutation { login(email: "`+email+`", password: "a-test-password-of-some-length") { token } }`, nil)
	wantRefusal(t, r, "email")
}

// incompressible returns n letters and digits that PostgreSQL cannot compress (unlike a run of one
// letter, which an index stores in a few bytes), always the same ones.
func incompressible(n int) string {
	const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
	rng := rand.New(rand.NewPCG(14, 11))
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[rng.IntN(len(alphabet))]
	}
	return string(b)
}

// TestBoundsWherever: a string is held to its bound wherever the operation gives it, counted in
// characters rather than bytes, and a string within its bound passes.
func TestBoundsWherever(t *testing.T) {
	t.Parallel()
	s := apptest.New(t, apptest.Options{})
	over := incompressible(server.DefaultMaxLength + 1)
	tests := []struct {
		name      string
		query     string
		variables map[string]any
		field     string // "" when the operation passes the bounds
	}{
		{"in a fragment", `query { ...F } fragment F on Query { ministry(code: "` + over + `") { code } }`, nil, "code"},
		{"in a fragment spread twice", `query { ...F a: viewer { kind } ...F } fragment F on Query { ministry(code: "` + over + `") { code } }`,
			nil, "code"},
		{"in an inline fragment", `{ ... on Query { ministry(code: "` + over + `") { code } } }`, nil, "code"},
		{"in a directive's argument", `{ ... @defer(label: "` + over + `") { viewer { kind } } }`, nil, "label"},
		{"in an introspection argument", `{ __type(name: "` + over + `") { name } }`, nil, "name"},
		{"in a variable's default", `query($c: String! = "` + over + `") { ministry(code: $c) { code } }`, nil, "code"},
		{"an ID sent as a number", `query($id: ID!) { node(id: $id) { id } }`,
			map[string]any{"id": json.RawMessage(strings.Repeat("7", server.DefaultMaxLength+1))}, "id"},
		{"in a nested field's argument", `{ campaigns { events(after: "` + over + `") { totalCount } } }`, nil, "after"},
		{"characters, not bytes: at the bound", `query($c: String!) { ministry(code: $c) { code } }`,
			map[string]any{"c": strings.Repeat("省", server.DefaultMaxLength)}, ""},
		{"characters, not bytes: over it", `query($c: String!) { ministry(code: $c) { code } }`,
			map[string]any{"c": strings.Repeat("省", server.DefaultMaxLength+1)}, "code"},
		{"an email at 254 characters", `mutation($e: String!) { login(email: $e, password: "a-test-password-of-some-length") { token } }`,
			map[string]any{"e": incompressible(254-len("@example.jp")) + "@example.jp"}, ""},
		{"an email at 255 characters", `mutation($e: String!) { login(email: $e, password: "a-test-password-of-some-length") { token } }`,
			map[string]any{"e": incompressible(255-len("@example.jp")) + "@example.jp"}, "email"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := post(t, s, mediaJSON, tt.query, tt.variables)
			if tt.field != "" {
				wantRefusal(t, r, tt.field)
				return
			}
			for _, e := range r.Errors {
				if e.Code() == "INTERNAL" || e.Extensions["field"] != nil && e.Code() == "BAD_USER_INPUT" {
					t.Errorf("refused within the bounds: %.300s", r.Body)
				}
			}
		})
	}

	t.Run("text that is not UTF-8, in a GET request's document", func(t *testing.T) {
		r := get(t, s, url.Values{"query": {`{ ministry(code: "M` + "\xff" + `C") { code } }`}}, nil)
		wantRefusal(t, r, "code")
	})
}

// TestAPIKeyNameField: the domain's refusal of a key's name names the input field, as the schema's
// bound does (it named "name").
func TestAPIKeyNameField(t *testing.T) {
	t.Parallel()
	s := apptest.New(t, apptest.Options{})
	token := s.Staff("keys@example.jp", telework.RoleSecretariat, "")
	r := s.QueryAs(token, `mutation { createApiKey(input: {name: "   "}) { id } }`, nil)
	checkResponse(t, r)
	wantRefusal(t, r, "input.name")
}

// TestLogoLinkBounds: the logo's download path and its parameters, the server's one input outside
// GraphQL, refuse values of any length as a bad link (403) or an unknown file (404).
func TestLogoLinkBounds(t *testing.T) {
	t.Parallel()
	s := apptest.New(t, apptest.Options{})
	long := strings.Repeat("7", 10_000)
	for _, tt := range []struct {
		name, path string
		want       int
	}{
		{"registrant", "/logo/telework-month-logo.svg?r=" + long + "&exp=1&sig=00", http.StatusForbidden},
		{"expiry", "/logo/telework-month-logo.svg?r=1&exp=" + long + "&sig=00", http.StatusForbidden},
		{"signature", "/logo/telework-month-logo.png?r=1&exp=1&sig=" + long, http.StatusForbidden},
		{"file name", "/logo/" + incompressible(10_000) + ".svg?r=1&exp=1&sig=00", http.StatusNotFound},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := send(t, s, http.MethodGet, tt.path, nil, nil)
			wantStatus(t, r, tt.want)
		})
	}
}
