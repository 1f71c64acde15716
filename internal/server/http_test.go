package server_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// The media types a client may ask for.
const (
	mediaJSON            = "application/json"
	mediaGraphQLResponse = "application/graphql-response+json"
)

// post sends a GraphQL request over POST, asking for the media type accept ("" sends no Accept).
func post(t *testing.T, s *apptest.Server, accept, query string, variables map[string]any) apptest.Response {
	t.Helper()
	h := http.Header{}
	if accept != "" {
		h.Set("Accept", accept)
	}
	r := s.Do(apptest.Request{Query: query, Variables: variables, Header: h})
	checkResponse(t, r)
	return r
}

// send sends a raw HTTP request to path with the given headers.
func send(t *testing.T, s *apptest.Server, method, path string, body io.Reader, header map[string]string) apptest.Response {
	t.Helper()
	req, err := http.NewRequest(method, s.URL+path, body)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	r := s.Raw(req)
	checkResponse(t, r)
	return r
}

// get sends a GraphQL request over GET.
func get(t *testing.T, s *apptest.Server, params url.Values, header map[string]string) apptest.Response {
	t.Helper()
	return send(t, s, http.MethodGet, "/graphql?"+params.Encode(), nil, header)
}

// checkResponse checks what every answer must satisfy: a request id, and no database driver's text
// in any error message.
func checkResponse(t *testing.T, r apptest.Response) {
	t.Helper()
	if r.Header.Get("X-Request-Id") == "" {
		t.Errorf("status %d: no X-Request-Id header", r.Status)
	}
	for _, e := range r.Errors {
		if strings.Contains(e.Message, "pq:") || strings.Contains(e.Message, "sql:") {
			t.Errorf("error message shows the driver's text: %q", e.Message)
		}
	}
	if bytes.Contains(r.Body, []byte("pq:")) || bytes.Contains(r.Body, []byte("sql:")) {
		t.Errorf("response shows the driver's text: %s", r.Body)
	}
}

// hasData reports whether the response body has a "data" entry at all (null included).
func hasData(t *testing.T, r apptest.Response) bool {
	t.Helper()
	var body map[string]json.RawMessage
	if err := json.Unmarshal(r.Body, &body); err != nil {
		t.Fatalf("status %d: the body is not a JSON object: %s", r.Status, r.Body)
	}
	_, ok := body["data"]
	return ok
}

func mediaType(r apptest.Response) string {
	ct := r.Header.Get("Content-Type")
	if i := strings.IndexByte(ct, ';'); i >= 0 {
		ct = ct[:i]
	}
	return strings.TrimSpace(ct)
}

// wantCodes fails unless the response's error codes are exactly want.
func wantCodes(t *testing.T, r apptest.Response, want ...string) {
	t.Helper()
	got := r.Codes()
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("error codes %v, want %v; body %s", got, want, r.Body)
	}
}

func wantStatus(t *testing.T, r apptest.Response, want int) {
	t.Helper()
	if r.Status != want {
		t.Errorf("status %d, want %d; body %s", r.Status, want, r.Body)
	}
}

// TestPOSTMediaTypes: the answer's media type follows Accept, and a request error answers 400 under
// application/graphql-response+json, 200 under application/json, without data either way.
func TestPOSTMediaTypes(t *testing.T) {
	t.Parallel()
	s := apptest.New(t, apptest.Options{})

	const ok = `{ events(first: 1) { totalCount } }`
	tests := []struct {
		name       string
		accept     string
		query      string
		variables  map[string]any
		wantStatus int
		wantMedia  string
		wantCode   string // "" for an answer without errors
	}{
		{"json", mediaJSON, ok, nil, 200, mediaJSON, ""},
		{"graphql-response+json", mediaGraphQLResponse, ok, nil, 200, mediaGraphQLResponse, ""},
		{"no Accept", "", ok, nil, 200, mediaJSON, ""},
		{"any type", "*/*", ok, nil, 200, mediaJSON, ""},
		{"browser", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", ok, nil, 200, mediaJSON, ""},
		{"both, json preferred", mediaGraphQLResponse + ";q=0.5, " + mediaJSON, ok, nil, 200, mediaJSON, ""},
		{"both, equal", mediaJSON + ", " + mediaGraphQLResponse, ok, nil, 200, mediaGraphQLResponse, ""},

		{"validation, json", mediaJSON, `{ noSuchField }`, nil, 200, mediaJSON, "GRAPHQL_VALIDATION_FAILED"},
		{"validation, graphql-response+json", mediaGraphQLResponse, `{ noSuchField }`, nil, 400, mediaGraphQLResponse, "GRAPHQL_VALIDATION_FAILED"},
		{"parse, json", mediaJSON, `{ events(first: 1) {`, nil, 200, mediaJSON, "GRAPHQL_PARSE_FAILED"},
		{"parse, graphql-response+json", mediaGraphQLResponse, `{ events(first: 1) {`, nil, 400, mediaGraphQLResponse, "GRAPHQL_PARSE_FAILED"},
		{"variables, json", mediaJSON, `query($n: Int!) { events(first: $n) { totalCount } }`, map[string]any{"n": "ten"}, 200, mediaJSON, "GRAPHQL_VALIDATION_FAILED"},
		{"variables, graphql-response+json", mediaGraphQLResponse, `query($n: Int!) { events(first: $n) { totalCount } }`, map[string]any{"n": nil}, 400, mediaGraphQLResponse, "GRAPHQL_VALIDATION_FAILED"},
		{"no such operation", mediaGraphQLResponse, `query A { __typename } query B { __typename }`, nil, 400, mediaGraphQLResponse, "GRAPHQL_VALIDATION_FAILED"},
		{"subscription", mediaGraphQLResponse, `subscription { eventSeatsChanged(eventId: "x") { id } }`, nil, 400, mediaGraphQLResponse, "GRAPHQL_VALIDATION_FAILED"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := post(t, s, tt.accept, tt.query, tt.variables)
			wantStatus(t, r, tt.wantStatus)
			if got := mediaType(r); got != tt.wantMedia {
				t.Errorf("Content-Type %q, want %s", r.Header.Get("Content-Type"), tt.wantMedia)
			}
			if tt.wantCode == "" {
				wantCodes(t, r)
				if len(r.Data) == 0 || string(r.Data) == "null" {
					t.Errorf("no data: %s", r.Body)
				}
				return
			}
			wantCodes(t, r, tt.wantCode)
			if hasData(t, r) {
				t.Errorf("a request error has a data entry: %s", r.Body)
			}
		})
	}
}

// TestMalformedRequests: what is not a well-formed GraphQL-over-HTTP request answers 4xx whatever
// the Accept header, before any GraphQL runs.
func TestMalformedRequests(t *testing.T) {
	t.Parallel()
	s := apptest.New(t, apptest.Options{})

	tests := []struct {
		name        string
		method      string
		contentType string
		body        string
		wantStatus  int
	}{
		{"malformed JSON", "POST", mediaJSON, `{"query": "{ __typename }"`, 400},
		{"not an object", "POST", mediaJSON, `["{ __typename }"]`, 400},
		{"null", "POST", mediaJSON, `null`, 400},
		{"two objects", "POST", mediaJSON, `{"query": "{ __typename }"} {}`, 400},
		{"empty body", "POST", mediaJSON, ``, 400},
		{"missing query", "POST", mediaJSON, `{"qeury": "{ __typename }"}`, 400},
		{"null query", "POST", mediaJSON, `{"query": null}`, 400},
		{"query not a string", "POST", mediaJSON, `{"query": {"kind": "Document"}}`, 400},
		{"operationName not a string", "POST", mediaJSON, `{"query": "{ __typename }", "operationName": 1}`, 400},
		{"variables not an object", "POST", mediaJSON, `{"query": "{ __typename }", "variables": "{}"}`, 400},
		{"extensions not an object", "POST", mediaJSON, `{"query": "{ __typename }", "extensions": []}`, 400},
		{"no Content-Type", "POST", "", `{"query": "{ __typename }"}`, 415},
		{"form", "POST", "application/x-www-form-urlencoded", `query=%7B__typename%7D`, 415},
		{"not UTF-8", "POST", mediaJSON + "; charset=latin1", `{"query": "{ __typename }"}`, 415},
		{"PUT", "PUT", mediaJSON, `{"query": "{ __typename }"}`, 405},
		{"DELETE", "DELETE", "", ``, 405},
	}
	for _, tt := range tests {
		for _, accept := range []string{mediaJSON, mediaGraphQLResponse} {
			t.Run(tt.name+", "+accept, func(t *testing.T) {
				h := map[string]string{"Accept": accept}
				if tt.contentType != "" {
					h["Content-Type"] = tt.contentType
				}
				r := send(t, s, tt.method, "/graphql", strings.NewReader(tt.body), h)
				wantStatus(t, r, tt.wantStatus)
				wantCodes(t, r, "BAD_USER_INPUT")
				if hasData(t, r) {
					t.Errorf("data entry in %s", r.Body)
				}
				if tt.wantStatus == 405 && r.Header.Get("Allow") != "GET, POST" {
					t.Errorf("Allow %q, want GET, POST", r.Header.Get("Allow"))
				}
			})
		}
	}

	t.Run("valid, extra whitespace and charset", func(t *testing.T) {
		r := send(t, s, "POST", "/graphql", strings.NewReader(" {\"query\": \"{ __typename }\", \"variables\": null, \"operationName\": null, \"extensions\": null}\n"),
			map[string]string{"Content-Type": "application/json; charset=UTF-8"})
		wantStatus(t, r, 200)
		wantCodes(t, r)
	})
	t.Run("nothing acceptable", func(t *testing.T) {
		r := send(t, s, "POST", "/graphql", strings.NewReader(`{"query": "{ __typename }"}`),
			map[string]string{"Content-Type": mediaJSON, "Accept": "text/html"})
		wantStatus(t, r, http.StatusNotAcceptable)
	})
}

// TestGET: GET runs queries; a mutation (or subscription) answers 405 with Allow: POST and runs
// nothing.
func TestGET(t *testing.T) {
	t.Parallel()
	s := apptest.New(t, apptest.Options{})

	t.Run("query", func(t *testing.T) {
		r := get(t, s, url.Values{"query": {`{ events(first: 1) { totalCount } }`}}, nil)
		wantStatus(t, r, 200)
		wantCodes(t, r)
		if r.Statements == 0 {
			t.Error("the query ran no SQL")
		}
	})
	t.Run("variables and operationName", func(t *testing.T) {
		r := get(t, s, url.Values{
			"query":         {`query A { __typename } query B($n: Int) { events(first: $n) { totalCount } }`},
			"operationName": {"B"},
			"variables":     {`{"n": 2}`},
		}, map[string]string{"Accept": mediaGraphQLResponse})
		wantStatus(t, r, 200)
		wantCodes(t, r)
		if mediaType(r) != mediaGraphQLResponse {
			t.Errorf("Content-Type %q", r.Header.Get("Content-Type"))
		}
	})
	t.Run("validation failure", func(t *testing.T) {
		r := get(t, s, url.Values{"query": {`{ noSuchField }`}}, map[string]string{"Accept": mediaGraphQLResponse})
		wantStatus(t, r, 400)
		wantCodes(t, r, "GRAPHQL_VALIDATION_FAILED")
	})

	bad := []struct {
		name   string
		params url.Values
	}{
		{"no query", url.Values{}},
		{"variables not JSON", url.Values{"query": {`{ __typename }`}, "variables": {`{n: 1}`}}},
		{"variables not an object", url.Values{"query": {`{ __typename }`}, "variables": {`[1]`}}},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			r := get(t, s, tt.params, nil)
			wantStatus(t, r, 400)
			wantCodes(t, r, "BAD_USER_INPUT")
		})
	}

	// The schema has no mutations yet: these documents parse, and GET refuses them before
	// validation would.
	mutations := []struct {
		name   string
		params url.Values
	}{
		{"mutation", url.Values{"query": {`mutation { login(email: "a@example.jp", password: "x") { token } }`}}},
		{"mutation by operationName", url.Values{
			"query":         {`query Q { __typename } mutation M { logout { ok } }`},
			"operationName": {"M"},
		}},
		{"subscription", url.Values{"query": {`subscription { eventSeatsChanged(eventId: "x") { id } }`}}},
	}
	for _, tt := range mutations {
		for _, accept := range []string{mediaJSON, mediaGraphQLResponse} {
			t.Run(tt.name+", "+accept, func(t *testing.T) {
				r := get(t, s, tt.params, map[string]string{"Accept": accept})
				wantStatus(t, r, http.StatusMethodNotAllowed)
				if got := r.Header.Get("Allow"); got != "POST" {
					t.Errorf("Allow %q, want POST", got)
				}
				wantCodes(t, r, "BAD_USER_INPUT")
				if r.Statements != 0 {
					t.Errorf("%d SQL statements ran", r.Statements)
				}
			})
		}
	}
	t.Run("query by operationName beside a mutation", func(t *testing.T) {
		r := get(t, s, url.Values{
			"query":         {`query Q { __typename } mutation M { logout }`},
			"operationName": {"Q"},
		}, nil)
		// Not refused as a mutation: the operation chosen is the query.
		wantStatus(t, r, 200)
		if len(r.Errors) != 0 || !strings.Contains(string(r.Data), `"Query"`) {
			t.Errorf("answer %s", r.Body)
		}
	})
}

// TestBodyLimit: a body over MAX_BODY_BYTES (1 MiB by default) answers 413, whether its length is
// announced or it arrives chunked; a body of exactly the limit is read.
func TestBodyLimit(t *testing.T) {
	t.Parallel()
	s := apptest.New(t, apptest.Options{})

	const limit = 1 << 20
	// A valid request padded with trailing whitespace, which JSON allows, to size bytes.
	body := func(size int) []byte {
		b := []byte(`{"query": "{ __typename }"}`)
		return append(b, bytes.Repeat([]byte(" "), size-len(b))...)
	}
	tests := []struct {
		name       string
		size       int
		chunked    bool
		wantStatus int
	}{
		{"at the limit", limit, false, 200},
		{"at the limit, chunked", limit, true, 200},
		{"over the limit", limit + 1, false, http.StatusRequestEntityTooLarge},
		{"over the limit, chunked", limit + 1, true, http.StatusRequestEntityTooLarge},
		{"far over the limit", 8 * limit, false, http.StatusRequestEntityTooLarge},
		{"far over the limit, chunked", 8 * limit, true, http.StatusRequestEntityTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var rd io.Reader = bytes.NewReader(body(tt.size))
			if tt.chunked {
				rd = io.MultiReader(rd) // hides the length: the client sends it chunked
			}
			req, err := http.NewRequest(http.MethodPost, s.URL+"/graphql", rd)
			if err != nil {
				t.Fatal(err)
			}
			req.Header.Set("Content-Type", mediaJSON)
			if tt.chunked {
				req.ContentLength = -1
			}
			r := s.Raw(req)
			checkResponse(t, r)
			wantStatus(t, r, tt.wantStatus)
			if tt.wantStatus == 200 {
				wantCodes(t, r)
			} else {
				wantCodes(t, r, "BAD_USER_INPUT")
			}
		})
	}
}
