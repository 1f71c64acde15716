package server_test

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/teleworkmonth/platform/internal/apptest"
)

func sha(document string) string {
	sum := sha256.Sum256([]byte(document))
	return hex.EncodeToString(sum[:])
}

// apolloExtensions is extensions.persistedQuery as Apollo's PersistedQueryLink sends it.
func apolloExtensions(hash string) map[string]any {
	return map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hash}}
}

// postBody posts a raw JSON body to /graphql with the Accept header given.
func postBody(t *testing.T, s *apptest.Server, accept string, body any) apptest.Response {
	t.Helper()
	b, err := json.Marshal(body)
	if err != nil {
		t.Fatal(err)
	}
	return send(t, s, http.MethodPost, "/graphql", strings.NewReader(string(b)),
		map[string]string{"Content-Type": mediaJSON, "Accept": accept})
}

// apqGET sends a GET as Apollo's link does with useGETForHashedQueries: operationName, variables
// and extensions as JSON in the query string, and the query only when given.
func apqGET(t *testing.T, s *apptest.Server, accept, operationName, query, hash string) apptest.Response {
	t.Helper()
	ext, _ := json.Marshal(apolloExtensions(hash))
	params := url.Values{"operationName": {operationName}, "variables": {"{}"}, "extensions": {string(ext)}}
	if query != "" {
		params.Set("query", query)
	}
	return get(t, s, params, map[string]string{"Accept": accept})
}

// wantData fails unless the response ran with data and no error.
func wantData(t *testing.T, r apptest.Response) {
	t.Helper()
	wantStatus(t, r, http.StatusOK)
	wantCodes(t, r)
	if len(r.Data) == 0 || string(r.Data) == "null" {
		t.Errorf("no data: %s", r.Body)
	}
}

// wantNotFound fails unless the response is Apollo's PersistedQueryNotFound, which the links look
// for by message and by code, with the status of a request error under accept.
func wantNotFound(t *testing.T, r apptest.Response, accept string) {
	t.Helper()
	status := http.StatusOK
	if accept == mediaGraphQLResponse {
		status = http.StatusBadRequest
	}
	wantStatus(t, r, status)
	wantCodes(t, r, "PERSISTED_QUERY_NOT_FOUND")
	if len(r.Errors) == 1 && r.Errors[0].Message != "PersistedQueryNotFound" {
		t.Errorf("message %q, want PersistedQueryNotFound", r.Errors[0].Message)
	}
	if hasData(t, r) {
		t.Errorf("a request error has a data entry: %s", r.Body)
	}
}

// TestAPQApolloProtocol: the exact requests of Apollo's PersistedQueryLink, over POST and over GET
// (useGETForHashedQueries), with either Accept: the hash alone is not found, the query with its
// hash runs and is remembered, and the hash alone then runs.
func TestAPQApolloProtocol(t *testing.T) {
	t.Parallel()
	s := apptest.New(t, apptest.Options{})
	for i, method := range []string{http.MethodPost, http.MethodGet} {
		for j, accept := range []string{"*/*", mediaGraphQLResponse} {
			t.Run(method+" "+accept, func(t *testing.T) {
				// A document of its own per case, so that the cases do not see each other's.
				name := fmt.Sprintf("Campaigns%d%d", i, j)
				query := fmt.Sprintf("query %s { campaigns { fiscalYear } }", name)
				hash := sha(query)
				hashOnly := func() apptest.Response {
					if method == http.MethodGet {
						return apqGET(t, s, accept, name, "", hash)
					}
					return postBody(t, s, accept, map[string]any{"operationName": name, "variables": map[string]any{},
						"extensions": apolloExtensions(hash)})
				}
				wantNotFound(t, hashOnly(), accept)

				// The link's retry: always POST, the query with the extensions.
				r := postBody(t, s, accept, map[string]any{"operationName": name, "variables": map[string]any{},
					"extensions": apolloExtensions(hash), "query": query})
				wantData(t, r)
				if method == http.MethodGet {
					// A GET may register too.
					wantData(t, apqGET(t, s, accept, name, query, hash))
				}
				wantData(t, hashOnly())
			})
		}
	}
}

// TestAPQRefusals: a hash that is not the query's, a version other than 1, a malformed hash; a
// document that a limit refuses, or that does not validate, is refused through APQ as when sent
// whole, and is not remembered.
func TestAPQRefusals(t *testing.T) {
	t.Parallel()
	s := apptest.New(t, apptest.Options{Env: map[string]string{"GRAPHQL_MAX_DEPTH": "3", "GRAPHQL_MAX_COMPLEXITY": "50"}})
	ok := `{ campaigns { fiscalYear } }`
	deep := `{ events(first: 1) { edges { node { host { name { ja } } } } } }`
	costly := `{ events(first: 100) { edges { node { id } } } }`
	invalid := `{ campaigns { noSuchField } }`
	tests := []struct {
		name      string
		query     string
		ext       map[string]any
		wantCode  string
		wantField string
		hashOnly  string // a hash that must not have been remembered
	}{
		{"hash of another query", ok, apolloExtensions(sha("{ __typename }")), "BAD_USER_INPUT", "extensions.persistedQuery.sha256Hash", sha("{ __typename }")},
		{"version 2", ok, map[string]any{"persistedQuery": map[string]any{"version": 2, "sha256Hash": sha(ok)}}, "BAD_USER_INPUT", "extensions.persistedQuery.version", ""},
		{"upper-case hash", ok, apolloExtensions(strings.ToUpper(sha(ok))), "BAD_USER_INPUT", "extensions.persistedQuery.sha256Hash", ""},
		{"not an object", ok, map[string]any{"persistedQuery": "yes"}, "BAD_USER_INPUT", "extensions.persistedQuery", ""},
		{"too deep", deep, apolloExtensions(sha(deep)), "GRAPHQL_VALIDATION_FAILED", "", sha(deep)},
		{"too costly", costly, apolloExtensions(sha(costly)), "GRAPHQL_VALIDATION_FAILED", "", sha(costly)},
		{"invalid", invalid, apolloExtensions(sha(invalid)), "GRAPHQL_VALIDATION_FAILED", "", sha(invalid)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := postBody(t, s, mediaJSON, map[string]any{"query": tt.query, "extensions": tt.ext})
			wantCodes(t, r, tt.wantCode)
			if tt.wantField != "" && len(r.Errors) == 1 && r.Errors[0].Extensions["field"] != tt.wantField {
				t.Errorf("field %v, want %s", r.Errors[0].Extensions["field"], tt.wantField)
			}
			if tt.hashOnly != "" {
				wantNotFound(t, postBody(t, s, mediaJSON, map[string]any{"extensions": apolloExtensions(tt.hashOnly)}), mediaJSON)
			}
		})
	}
	// The same deep document sent by its hash after a refusal is refused again, not run.
	wantNotFound(t, apqGET(t, s, mediaJSON, "", "", sha(deep)), mediaJSON)
}

// TestAPQCacheBound: the cache keeps APQ_CACHE_ENTRIES documents, the least recently used first
// out, and none longer than APQ_MAX_DOCUMENT_BYTES (which still runs when sent whole).
func TestAPQCacheBound(t *testing.T) {
	t.Parallel()
	s := apptest.New(t, apptest.Options{Env: map[string]string{"APQ_CACHE_ENTRIES": "2", "APQ_MAX_DOCUMENT_BYTES": "256"}})
	register := func(query string) {
		t.Helper()
		wantData(t, postBody(t, s, mediaJSON, map[string]any{"query": query, "extensions": apolloExtensions(sha(query))}))
	}
	byHash := func(query string) apptest.Response {
		t.Helper()
		return postBody(t, s, mediaJSON, map[string]any{"extensions": apolloExtensions(sha(query))})
	}
	a, b, c := `query A { __typename }`, `query B { __typename }`, `query C { __typename }`
	register(a)
	register(b)
	wantData(t, byHash(a)) // a is now the most recently used
	register(c)            // b goes
	wantData(t, byHash(a))
	wantData(t, byHash(c))
	wantNotFound(t, byHash(b), mediaJSON)

	long := "query Long { __typename }" + strings.Repeat(" ", 256)
	register(long)
	wantNotFound(t, byHash(long), mediaJSON)
}

// TestAPQMutationOverGET: a mutation remembered over POST is still refused over GET by its hash
// alone (405), as a mutation sent whole over GET is.
func TestAPQMutationOverGET(t *testing.T) {
	t.Parallel()
	s := apptest.New(t, apptest.Options{})
	mutation := `mutation Logout { logout }`
	r := postBody(t, s, mediaJSON, map[string]any{"query": mutation, "extensions": apolloExtensions(sha(mutation))})
	wantStatus(t, r, http.StatusOK)
	for _, query := range []string{"", mutation} {
		r := apqGET(t, s, mediaJSON, "Logout", query, sha(mutation))
		wantStatus(t, r, http.StatusMethodNotAllowed)
		if got := r.Header.Get("Allow"); got != "POST" {
			t.Errorf("Allow %q, want POST", got)
		}
	}
}

// TestDocumentID: documentId, the persisted documents of GraphQL over HTTP, names a document by
// "sha256:<hex>" as the APQ hash does, over POST and GET; a malformed one, or one sent with a query,
// is not a well-formed request (400).
func TestDocumentID(t *testing.T) {
	t.Parallel()
	s := apptest.New(t, apptest.Options{})
	query := `query Ministries { ministries { code } }`
	id := "sha256:" + sha(query)
	wantNotFound(t, postBody(t, s, mediaJSON, map[string]any{"documentId": id}), mediaJSON)
	wantData(t, postBody(t, s, mediaJSON, map[string]any{"query": query, "extensions": apolloExtensions(sha(query))}))
	wantData(t, postBody(t, s, mediaJSON, map[string]any{"documentId": id, "variables": map[string]any{}}))
	wantData(t, get(t, s, url.Values{"documentId": {id}}, nil))

	for name, body := range map[string]map[string]any{
		"bare hex":      {"documentId": sha(query)},
		"short":         {"documentId": "sha256:abc"},
		"not a string":  {"documentId": 1},
		"with a query":  {"documentId": id, "query": query},
		"with APQ hash": {"documentId": id, "extensions": apolloExtensions(sha(query))},
	} {
		t.Run(name, func(t *testing.T) {
			r := postBody(t, s, mediaJSON, body)
			wantStatus(t, r, http.StatusBadRequest)
			wantCodes(t, r, "BAD_USER_INPUT")
		})
	}
}
