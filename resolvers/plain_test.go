package resolvers_test

import (
	"slices"
	"testing"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/relay"
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

// TestPlainListsAnswerEveryItemInOrder: a plain list of enums (a registrant's activities) is written
// straight from the registrant, every item in its order.
func TestPlainListsAnswerEveryItemInOrder(t *testing.T) {
	s := apptest.New(t, apptest.Options{Seed: true})
	var data struct {
		Registrants struct {
			Edges []struct {
				Node struct {
					ID         string
					Activities []string
				}
			}
		}
	}
	s.Query(`{ registrants(first: 20) { edges { node { id activities } } } }`, nil).Decode(t, &data)
	several := false
	for _, e := range data.Registrants.Edges {
		_, id, err := relay.ParseID(e.Node.ID)
		if err != nil {
			t.Fatal(err)
		}
		var want []string
		if err := s.DB.Select(&want, `SELECT unnest(activities) FROM registrants WHERE id = $1`, id); err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(e.Node.Activities, want) {
			t.Errorf("registrant %d: activities %v, want %v", id, e.Node.Activities, want)
		}
		several = several || len(want) > 1
	}
	if len(data.Registrants.Edges) == 0 || !several {
		t.Fatalf("%d registrants, several activities: %v; the demo data should give both", len(data.Registrants.Edges), several)
	}
}
