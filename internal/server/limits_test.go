package server_test

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/pgtest"
	"github.com/teleworkmonth/platform/internal/server"
)

// TestOperationLimits: an operation over one of the limits is refused as a request error (no
// data, 400 under application/graphql-response+json, 200 under application/json) before any
// resolver runs, and an operation just within the limit runs.
func TestOperationLimits(t *testing.T) {
	t.Parallel()

	// fields expands to 13 fields (7 + twice the fragment's 3), though the document names 10.
	const fields = `{ events(first: 1) { edges { node { ...E host { events(first: 1) { edges { node { ...E } } } } } } } }
		fragment E on Event { id status feeYen }`
	const fieldsWithin = `{ events(first: 1) { edges { node { ...E host { events(first: 1) { edges { node { id } } } } } } } }
		fragment E on Event { id status feeYen }`
	// complexity: 100 events, each with its co-hosts' 100 events: 30,401 against 20,000.
	const complexity = `{ events(first: 100) { edges { node { coHosts { events(first: 100) { edges { node { id } } } } } } } }`
	const complexityWithin = `{ events(first: 100) { edges { node { coHosts { events(first: 50) { edges { node { id } } } } } } } }`

	tests := []struct {
		name     string
		env      map[string]string
		over     string
		within   string
		wantCode string
	}{
		{
			name:     "depth",
			env:      map[string]string{"GRAPHQL_MAX_DEPTH": "4"},
			over:     `{ events(first: 1) { edges { node { host { code } } } } }`,
			within:   `{ events(first: 1) { edges { node { id } } } }`,
			wantCode: "GRAPHQL_VALIDATION_FAILED",
		},
		{
			name:     "depth through fragments",
			env:      map[string]string{"GRAPHQL_MAX_DEPTH": "4"},
			over:     `{ events(first: 1) { ...C } } fragment C on EventConnection { edges { ... on EventEdge { node { host { code } } } } }`,
			within:   `{ events(first: 1) { ...C } } fragment C on EventConnection { edges { ... on EventEdge { node { id } } } }`,
			wantCode: "GRAPHQL_VALIDATION_FAILED",
		},
		{
			name:     "aliases",
			env:      map[string]string{"GRAPHQL_MAX_ALIASES": "2"},
			over:     `{ a: events(first: 1) { totalCount } b: events(first: 2) { totalCount } c: events(first: 3) { totalCount } }`,
			within:   `{ a: events(first: 1) { totalCount } b: events(first: 2) { totalCount } }`,
			wantCode: "GRAPHQL_VALIDATION_FAILED",
		},
		{
			name:     "fields, fragments expanded",
			env:      map[string]string{"GRAPHQL_MAX_FIELDS": "12"},
			over:     fields,
			within:   fieldsWithin,
			wantCode: "GRAPHQL_VALIDATION_FAILED",
		},
		{
			name:     "complexity",
			over:     complexity,
			within:   complexityWithin,
			wantCode: "GRAPHQL_VALIDATION_FAILED",
		},
		{
			name:     "complexity, page size from a variable",
			env:      map[string]string{"GRAPHQL_MAX_COMPLEXITY": "100"},
			over:     `query($n: Int = 50) { events(first: $n) { edges { node { id } } } }`,
			within:   `query($n: Int = 20) { events(first: $n) { edges { node { id } } } }`,
			wantCode: "GRAPHQL_VALIDATION_FAILED",
		},
		{
			// Validation compares the selections of one response name pairwise.
			name:     "selections of one response name",
			over:     "{" + strings.Repeat(" events(first: 1) { totalCount }", server.MaxSameName+1) + " }",
			within:   "{" + strings.Repeat(" events(first: 1) { totalCount }", server.MaxSameName) + " }",
			wantCode: "GRAPHQL_VALIDATION_FAILED",
		},
		{
			// 15 × 9 tokens against 100; 10 × 9 within.
			name:     "parser tokens",
			env:      map[string]string{"GRAPHQL_MAX_TOKENS": "100"},
			over:     "{" + strings.Repeat(" events(first: 1) { totalCount }", 15) + " }",
			within:   "{" + strings.Repeat(" events(first: 1) { totalCount }", 10) + " }",
			wantCode: "GRAPHQL_PARSE_FAILED",
		},
	}
	// One database for all: every case runs a server of its own, with its own limits, on it.
	db := pgtest.NewURL(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := apptest.New(t, apptest.Options{URL: db, Env: tt.env})
			for _, accept := range []string{mediaJSON, mediaGraphQLResponse} {
				r := post(t, s, accept, tt.over, nil)
				want := http.StatusOK
				if accept == mediaGraphQLResponse {
					want = http.StatusBadRequest
				}
				wantStatus(t, r, want)
				wantCodes(t, r, tt.wantCode)
				if hasData(t, r) {
					t.Errorf("%s: a refused operation has a data entry: %s", accept, r.Body)
				}
				if r.Statements != 0 {
					t.Errorf("%s: a refused operation ran %d SQL statements", accept, r.Statements)
				}
			}
			r := post(t, s, mediaGraphQLResponse, tt.within, nil)
			wantStatus(t, r, http.StatusOK)
			wantCodes(t, r)
			if r.Statements == 0 {
				t.Error("the operation within the limit ran no SQL")
			}
		})
	}
}

// TestDocumentSizeLimit: the whole document, every operation of it included and not only the one
// run, is validated, so that its size counts: at most 20 times GRAPHQL_MAX_FIELDS selections.
func TestDocumentSizeLimit(t *testing.T) {
	t.Parallel()
	s := apptest.New(t, apptest.Options{Env: map[string]string{"GRAPHQL_MAX_FIELDS": "5"}})
	// operations is a document of n operations of 2 fields each.
	operations := func(n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "query Q%d { events(first: 1) { totalCount } }\n", i)
		}
		return b.String()
	}
	for _, tt := range []struct {
		operations int
		refused    bool
	}{{50, false}, {51, true}} {
		r := get(t, s, url.Values{"query": {operations(tt.operations)}, "operationName": {"Q0"}},
			map[string]string{"Accept": mediaGraphQLResponse})
		if !tt.refused {
			wantStatus(t, r, http.StatusOK)
			wantCodes(t, r)
			continue
		}
		wantStatus(t, r, http.StatusBadRequest)
		wantCodes(t, r, "GRAPHQL_VALIDATION_FAILED")
	}
}

// TestLimitsRememberOnlyWhatPassed: an operation that passed is not costed again, but the same
// document with other variables is, and one refused stays refused.
func TestLimitsRememberOnlyWhatPassed(t *testing.T) {
	t.Parallel()
	s := apptest.New(t, apptest.Options{Env: map[string]string{"GRAPHQL_MAX_COMPLEXITY": "100"}})
	const query = `query($n: Int!) { events(first: $n) { edges { node { id } } } }`
	for _, step := range []struct {
		n       int
		refused bool
	}{{20, false}, {20, false}, {50, true}, {50, true}, {20, false}} {
		r := post(t, s, mediaGraphQLResponse, query, map[string]any{"n": step.n})
		if step.refused {
			wantStatus(t, r, http.StatusBadRequest)
			wantCodes(t, r, "GRAPHQL_VALIDATION_FAILED")
		} else {
			wantStatus(t, r, http.StatusOK)
			wantCodes(t, r)
		}
	}
}

// TestPageSizeOverTheCap: a page larger than the cap is priced at the cap, so that the resolver
// refuses it with an error naming the argument rather than the complexity limit.
func TestPageSizeOverTheCap(t *testing.T) {
	t.Parallel()
	s := apptest.New(t, apptest.Options{})
	r := post(t, s, mediaJSON, `{ events(first: 100000) { edges { node { coHosts { code } } } } }`, nil)
	wantStatus(t, r, http.StatusOK)
	wantCodes(t, r, "BAD_USER_INPUT")
	if len(r.Errors) == 1 && r.Errors[0].Extensions["field"] != "first" {
		t.Errorf("field %v, want first", r.Errors[0].Extensions["field"])
	}
}

// introspectionQuery is graphql-js's getIntrospectionQuery with every option on, as the playground
// and code generators send it.
const introspectionQuery = `query IntrospectionQuery {
  __schema {
    description
    queryType { name kind }
    mutationType { name kind }
    subscriptionType { name kind }
    types { ...FullType }
    directives {
      name description isRepeatable locations
      args(includeDeprecated: true) { ...InputValue }
    }
  }
}
fragment FullType on __Type {
  kind name description specifiedByURL isOneOf
  fields(includeDeprecated: true) {
    name description
    args(includeDeprecated: true) { ...InputValue }
    type { ...TypeRef }
    isDeprecated deprecationReason
  }
  inputFields(includeDeprecated: true) { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ...TypeRef }
}
fragment InputValue on __InputValue {
  name description type { ...TypeRef } defaultValue isDeprecated deprecationReason
}
fragment TypeRef on __Type {
  kind name ofType { name kind ofType { name kind ofType { name kind ofType { name kind ofType {
  name kind ofType { name kind ofType { name kind ofType { name kind ofType { name kind } } } } } } } } }
}`

// TestEnvironments: production turns off introspection, field suggestions and the playground
// unless asked for; elsewhere they are on, and the full introspection query passes the limits.
func TestEnvironments(t *testing.T) {
	t.Parallel()

	// Each of these draws a "Did you mean …?" when suggestions are on: a field, a nested field,
	// an argument, an input field, an enum value, a type.
	misspelled := []string{
		`{ evnts(first: 1) { totalCount } }`,
		`{ events(first: 1) { totalCont } }`,
		`{ events(frist: 1) { totalCount } }`,
		`{ events(first: 1, filter: { knd: SYMPOSIUM }) { totalCount } }`,
		`{ events(first: 1, filter: { kind: SYMPOSIU }) { totalCount } }`,
		`{ events(first: 1) { ...F } } fragment F on EventConection { totalCount }`,
	}
	introspection := []string{
		introspectionQuery,
		`{ __type(name: "Event") { name fields { name } } }`,
		`{ ...Q } fragment Q on Query { __schema { queryType { name } } }`,
		`{ events(first: 1) { totalCount } __schema { types { name } } }`,
	}

	tests := []struct {
		name                                   string
		env                                    map[string]string
		introspection, suggestions, playground bool
	}{
		{"test", nil, true, true, true},
		{"development", map[string]string{"APP_ENV": "development"}, true, true, true},
		{"production", map[string]string{"APP_ENV": "production", "CONSOLE_URL": "https://telework.example.go.jp/admin/", "LOGO_SIGNING_KEY": "a-test-logo-signing-key-of-32-bytes!"}, false, false, false},
		{"production with introspection", map[string]string{"APP_ENV": "production", "CONSOLE_URL": "https://telework.example.go.jp/admin/", "LOGO_SIGNING_KEY": "a-test-logo-signing-key-of-32-bytes!", "INTROSPECTION": "true"}, true, false, false},
		{"production with suggestions and playground", map[string]string{"APP_ENV": "production", "CONSOLE_URL": "https://telework.example.go.jp/admin/", "LOGO_SIGNING_KEY": "a-test-logo-signing-key-of-32-bytes!", "FIELD_SUGGESTIONS": "true", "PLAYGROUND": "true"}, false, true, true},
	}
	db := pgtest.NewURL(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := apptest.New(t, apptest.Options{URL: db, Env: tt.env})

			for i, q := range introspection {
				r := post(t, s, mediaGraphQLResponse, q, nil)
				if tt.introspection {
					wantStatus(t, r, http.StatusOK)
					wantCodes(t, r)
					continue
				}
				wantStatus(t, r, http.StatusBadRequest)
				wantCodes(t, r, "GRAPHQL_VALIDATION_FAILED")
				if hasData(t, r) || r.Statements != 0 {
					t.Errorf("introspection %d: refused, yet data or SQL: %s", i, r.Body)
				}
			}
			// __typename is not introspection of the schema: it always works.
			r := post(t, s, mediaJSON, `{ __typename }`, nil)
			wantCodes(t, r)

			for _, q := range misspelled {
				r := post(t, s, mediaJSON, q, nil)
				if len(r.Errors) == 0 {
					t.Errorf("%s: no error", q)
				}
				suggests := false
				for _, e := range r.Errors {
					if e.Code() != "GRAPHQL_VALIDATION_FAILED" {
						t.Errorf("%s: code %s, want GRAPHQL_VALIDATION_FAILED", q, e.Code())
					}
					suggests = suggests || strings.Contains(e.Message, "Did you mean")
				}
				if suggests != tt.suggestions {
					t.Errorf("%s: suggestion %v, want %v: %s", q, suggests, tt.suggestions, r.Errors)
				}
			}

			for _, path := range []string{"/", "/playground/"} {
				r := send(t, s, http.MethodGet, path, nil, nil)
				switch {
				case !tt.playground:
					wantStatus(t, r, http.StatusNotFound)
				case path == "/":
					wantStatus(t, r, http.StatusOK)
					if mediaType(r) != "text/html" || !strings.Contains(strings.ToLower(string(r.Body)), "<html") {
						t.Errorf("the playground is not an HTML page: %s %.200s", r.Header.Get("Content-Type"), r.Body)
					}
				}
			}
		})
	}
}
