package server_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/validator/rules"

	"github.com/teleworkmonth/platform/graph"
	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/console"
)

// BenchmarkAPQ compares, for the console's largest document (the event screen, with its fragment),
// what a request costs through the real handler when it sends the document whole and when it sends
// only its hash (an APQ hit), and what parsing and validating the document once costs, which is
// what each request would pay without the executor's cache of parsed documents. The operation runs
// with an ID that does not decode, so that it ends before the database and the document's handling
// is what is measured.
func BenchmarkAPQ(b *testing.B) {
	s := apptest.New(b, apptest.Options{})
	docs, err := console.Documents()
	if err != nil {
		b.Fatal(err)
	}
	var hash, document string
	for h, d := range docs {
		if strings.Contains(d, "query Event(") {
			hash, document = h, d
		}
	}
	if document == "" {
		b.Fatal("the console has no Event query")
	}
	variables := map[string]any{"id": "not-an-id"}
	ext := map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hash}}
	cases := []struct {
		name string
		body map[string]any
	}{
		{"whole", map[string]any{"query": document, "variables": variables}},
		{"hash", map[string]any{"extensions": ext, "variables": variables}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			body, _ := json.Marshal(c.body)
			b.ReportAllocs()
			for b.Loop() {
				req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
				req.Header.Set("Content-Type", "application/json")
				rec := httptest.NewRecorder()
				s.App.Handler.ServeHTTP(rec, req)
				if rec.Code != http.StatusOK || !bytes.Contains(rec.Body.Bytes(), []byte(`"data"`)) {
					b.Fatalf("status %d: %.300s", rec.Code, rec.Body.String())
				}
			}
			b.ReportMetric(float64(len(body)), "request-bytes")
		})
	}
	b.Run("parse+validate", func(b *testing.B) {
		schema := graph.NewExecutableSchema(graph.Config{}).Schema()
		b.ReportAllocs()
		for b.Loop() {
			if _, errs := gqlparser.LoadQueryWithRules(schema, document, rules.NewDefaultRules()); len(errs) > 0 {
				b.Fatal(errs)
			}
		}
	})
}
