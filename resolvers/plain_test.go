package resolvers_test

import (
	"testing"

	"github.com/teleworkmonth/platform/internal/apptest"
)

// TestPlainObjectsAnswerAsTheSelectionAsks: objects whose fields are all plain (a bilingual text, a
// venue) are written straight from their parent's data (graph/codegen); they still answer
// aliases, repeated fields, fragments and __typename exactly as the selection asks, in its order.
func TestPlainObjectsAnswerAsTheSelectionAsks(t *testing.T) {
	s := apptest.New(t, apptest.Options{Seed: true})
	var want struct{ Ja, En string }
	if err := s.DB.QueryRow(`SELECT name_ja, name_en FROM ministries WHERE code = 'MIC'`).Scan(&want.Ja, &want.En); err != nil {
		t.Fatal(err)
	}
	r := s.Query(`{ ministry(code: "MIC") { code a: name { __typename ja x: ja ja ...on LocalizedText { en ja } }
		name { en } ...F } } fragment F on Ministry { name { ja } }`, nil)
	if len(r.Errors) > 0 {
		t.Fatal(r.Errors)
	}
	expected := `{"ministry":{"code":"MIC","a":{"__typename":"LocalizedText","ja":"` + want.Ja + `","x":"` + want.Ja +
		`","en":"` + want.En + `"},"name":{"en":"` + want.En + `","ja":"` + want.Ja + `"}}}`
	if string(r.Data) != expected {
		t.Errorf("data\n got %s\nwant %s", r.Data, expected)
	}
}
