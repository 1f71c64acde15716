package server_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/pgtest"
	"github.com/teleworkmonth/platform/internal/server"
)

// defaultMaxTokens is the default of GRAPHQL_MAX_TOKENS.
const defaultMaxTokens = 2000

// TestHostileDocuments: the documents of the probe that cost the server seconds of CPU or
// megabytes of answer are refused as request errors with a small answer: the code, no data, no
// SQL, one error (or at most MaxResponseErrors and the one that counts the rest). Those of the
// limits checked before validation are refused with one error, where validation would have
// reported many.
func TestHostileDocuments(t *testing.T) {
	t.Parallel()
	// The token limit of before, under which the documents reach the limits after parsing.
	tokens15000 := map[string]string{"GRAPHQL_MAX_TOKENS": "15000"}
	const capped = server.MaxResponseErrors + 1
	tests := []struct {
		name       string
		env        map[string]string
		query      string
		wantCode   string
		wantErrors int
	}{
		{"10,000 __typename", nil, typenames(10_000), "GRAPHQL_PARSE_FAILED", 1},
		{"14,000 __typename", nil, typenames(14_000), "GRAPHQL_PARSE_FAILED", 1},
		{"10,000 __typename and two unknown fields", tokens15000,
			strings.TrimSuffix(typenames(10_000), "}") + "nope1 nope2 }", "GRAPHQL_VALIDATION_FAILED", 1},
		{"__typename once more than one name may be selected", nil, typenames(server.MaxSameName + 1), "GRAPHQL_VALIDATION_FAILED", 1},
		{"300 same name, other arguments", tokens15000, sameNameOtherArguments(300), "GRAPHQL_VALIDATION_FAILED", 1},
		{"666 same name, other arguments", tokens15000, sameNameOtherArguments(666), "GRAPHQL_VALIDATION_FAILED", 1},
		{"same name, other arguments, through fragments", nil, sameNameInFragments(server.MaxSameName + 1), "GRAPHQL_VALIDATION_FAILED", 1},
		{"same name, other arguments, below fields that merge", nil, sameNameBelowMerged(server.MaxSameName/2 + 1), "GRAPHQL_VALIDATION_FAILED", 1},
		{"7,000 unknown directives", nil, unknownDirectives(7_000), "GRAPHQL_PARSE_FAILED", 1},
		{"7,000 unknown directives within the token limit", tokens15000, unknownDirectives(7_000), "GRAPHQL_VALIDATION_FAILED", capped},
		{"unknown directives to the token limit", nil, unknownDirectives((defaultMaxTokens - 3) / 2), "GRAPHQL_VALIDATION_FAILED", capped},
		{"conflicts within the limits", nil, conflicts(defaultMaxTokens, server.MaxSameName), "GRAPHQL_VALIDATION_FAILED", capped},
	}
	db := pgtest.NewURL(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := apptest.New(t, apptest.Options{URL: db, Env: tt.env})
			r := post(t, s, mediaGraphQLResponse, tt.query, nil)
			wantStatus(t, r, http.StatusBadRequest)
			wantRefused(t, r.Body, r.Errors, tt.wantCode, tt.wantErrors)
			if hasData(t, r) || r.Statements != 0 {
				t.Errorf("refused, yet data or SQL: %.300s", r.Body)
			}
		})
	}
}

// wantRefused checks the errors of a refused document: all of code, wantErrors of them, the last
// counting those dropped when they are capped, in a small answer.
func wantRefused(t *testing.T, body []byte, errs []apptest.Error, code string, wantErrors int) {
	t.Helper()
	if len(body) > 16<<10 {
		t.Errorf("an answer of %d bytes", len(body))
	}
	if len(errs) != wantErrors {
		t.Fatalf("%d errors, want %d: %.500s", len(errs), wantErrors, body)
	}
	for _, e := range errs {
		if e.Code() != code {
			t.Errorf("code %s, want %s: %.300s", e.Code(), code, body)
		}
	}
	if wantErrors > server.MaxResponseErrors {
		if dropped, _ := errs[len(errs)-1].Extensions["dropped"].(float64); dropped < 1 {
			t.Errorf("the last error does not count those dropped: %v", errs[len(errs)-1])
		}
	}
}

// TestHostileDocumentsOverWebSocket: a document refused before validation is refused over
// WebSocket as over HTTP, with one error.
func TestHostileDocumentsOverWebSocket(t *testing.T) {
	t.Parallel()
	s := apptest.New(t, apptest.Options{Env: map[string]string{"GRAPHQL_MAX_TOKENS": "15000"}})
	c, _, err := server.DialWS(t, s.URL, nil)
	if err != nil {
		t.Fatal(err)
	}
	c.Init(nil)
	c.Subscribe("1", sameNameOtherArguments(300), nil)
	m := c.ReadOf("1", 10*time.Second)
	if m.Type != "error" {
		t.Fatalf("received %s %.300s, want error", m.Type, m.Payload)
	}
	var errs []apptest.Error
	if err := json.Unmarshal(m.Payload, &errs); err != nil {
		t.Fatal(err)
	}
	wantRefused(t, m.Payload, errs, "GRAPHQL_VALIDATION_FAILED", 1)
}

// TestExecutionErrorsCapped: errors of execution are capped as those of validation are: a page
// of registrants whose contact (personal data) the public may not read has data for every item,
// and MaxResponseErrors FORBIDDEN errors, then one that counts the rest.
func TestExecutionErrorsCapped(t *testing.T) {
	t.Parallel()
	s := apptest.New(t, apptest.Options{Seed: true})
	r := post(t, s, mediaJSON, `{ registrants(first: 100) { edges { node { name contact { email } } } } }`, nil)
	wantStatus(t, r, http.StatusOK)
	var data struct {
		Registrants struct {
			Edges []struct{ Node struct{ Name string } }
		}
	}
	r.Decode(t, &data)
	items := len(data.Registrants.Edges)
	if items <= server.MaxResponseErrors {
		t.Fatalf("%d registrants: too few for the test", items)
	}
	wantRefused(t, r.Body, r.Errors, "FORBIDDEN", server.MaxResponseErrors+1)
	if dropped := r.Errors[len(r.Errors)-1].Extensions["dropped"]; dropped != float64(items-server.MaxResponseErrors) {
		t.Errorf("dropped %v, want %d", dropped, items-server.MaxResponseErrors)
	}
}

// hostileDocument is a document of the probe of the server from outside.
type hostileDocument struct {
	name  string
	query string
}

// hostileDocuments are the documents that cost the server seconds of CPU or megabytes of answer
// before they were refused, the costliest of at most maxTokens tokens that we know of, and one as
// large as a request body may be (maxBody bytes).
func hostileDocuments(maxTokens, sameName, maxBody int) []hostileDocument {
	return []hostileDocument{
		{"10,000 __typename", typenames(10_000)},
		{"14,000 __typename", typenames(14_000)},
		{"300 same name, other arguments", sameNameOtherArguments(300)},
		{"666 same name, other arguments", sameNameOtherArguments(666)},
		{"7,000 unknown directives", unknownDirectives(7_000)},
		{"__typename to the token limit", typenames(maxTokens - 2)},
		{"unknown directives to the token limit", unknownDirectives((maxTokens - 3) / 2)},
		{"conflicts within the limits", conflicts(maxTokens, sameName)},
		// {"query":"{ __typename … }"}: 11 bytes a __typename, 16 around them.
		{"__typename to the body limit", typenames((maxBody - 16) / 11)},
	}
}

// conflicts is a document of at most maxTokens tokens with the most pairs of selections that
// cannot merge within the limits checked before validation: each root field with arguments
// selected as many times as one response name may be (sameName), each time with other arguments,
// 9 tokens a time.
func conflicts(maxTokens, sameName int) string {
	fields := []string{"events(first: %d) { totalCount }", "registrants(first: %d) { totalCount }",
		"auditLog(first: %d) { totalCount }", "campaign(fiscalYear: %d) { id }", "awardPrograms(fiscalYear: %d) { id }",
		"node(id: \"%d\") { id }", "event(id: \"%d\") { id }", "registrant(id: \"%d\") { id }",
		"awardProgram(id: \"%d\") { id }", "ministry(code: \"%d\") { code }"}
	var b strings.Builder
	b.WriteString("{")
	tokens := 2
	for _, f := range fields {
		for i := range sameName {
			if tokens+9 > maxTokens {
				break
			}
			tokens += 9
			fmt.Fprintf(&b, " "+f, i+1)
		}
	}
	b.WriteString(" }")
	return b.String()
}

// typenames is { __typename __typename … }: n + 2 tokens.
func typenames(n int) string { return "{" + strings.Repeat(" __typename", n) + " }" }

// sameNameOtherArguments selects events n times under the same response name, each with another
// page size: 9n + 2 tokens.
func sameNameOtherArguments(n int) string {
	var b strings.Builder
	b.WriteString("{")
	for i := range n {
		fmt.Fprintf(&b, " events(first: %d) { totalCount }", i+1)
	}
	b.WriteString(" }")
	return b.String()
}

// sameNameInFragments selects events n times under the same response name, each in a fragment of
// its own with another page size.
func sameNameInFragments(n int) string {
	var b strings.Builder
	b.WriteString("{")
	for i := range n {
		fmt.Fprintf(&b, " ...F%d", i)
	}
	b.WriteString(" }")
	for i := range n {
		fmt.Fprintf(&b, " fragment F%d on Query { events(first: %d) { totalCount } }", i, i+1)
	}
	return b.String()
}

// sameNameBelowMerged selects events twice, with the same arguments, so that their selections
// merge, and below each the applications of an event n times with other page sizes: 2n of them
// in one selection set of the response.
func sameNameBelowMerged(n int) string {
	var b strings.Builder
	b.WriteString("{")
	for range 2 {
		b.WriteString(" events(first: 1) { edges { node {")
		for i := range n {
			fmt.Fprintf(&b, " applications(first: %d) { totalCount }", i+1)
		}
		b.WriteString(" } } }")
	}
	b.WriteString(" }")
	return b.String()
}

// unknownDirectives puts n directives the schema does not know on one field: 2n + 3 tokens.
func unknownDirectives(n int) string {
	var b strings.Builder
	b.WriteString("{ __typename")
	for i := range n {
		fmt.Fprintf(&b, " @d%d", i)
	}
	b.WriteString(" }")
	return b.String()
}
