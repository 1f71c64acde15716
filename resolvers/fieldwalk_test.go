package resolvers_test

import (
	"os"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/telework"
)

// TestEveryFieldOfAListedTypeCostsTheSameOnAnyPage walks the schema: for every field of the types
// that lists answer item after item (an event, a registrant, an application), it asks a page of 5
// and a page of 50 for that field alone, as the secretariat, and fails naming the field when the
// larger page takes more SQL statements (the field is read per item: it is neither a column of the
// list's statement, nor prefetched for the page, nor loaded through a loader that batches the page)
// or when it answers an error (a field that the resolvers cannot answer from what the list read
// panics or fails). A new field is covered the day it enters the schema: see the rule in
// lookahead.go.
func TestEveryFieldOfAListedTypeCostsTheSameOnAnyPage(t *testing.T) {
	source, err := os.ReadFile("../schema.graphqls")
	if err != nil {
		t.Fatal(err)
	}
	schema := gqlparser.MustLoadSchema(&ast.Source{Name: "schema.graphqls", Input: string(source)})
	s := apptest.New(t, apptest.Options{Seed: true})
	secretariat := s.Staff("walker@example.jp", telework.RoleSecretariat, "")

	var busiest struct {
		Events struct {
			Edges []struct {
				Node struct {
					ID           string
					Applications struct{ TotalCount int }
				}
			}
		}
	}
	s.QueryAs(secretariat, `{ events(first: 100) { edges { node { id applications(first: 1) { totalCount } } } } }`, nil).Decode(t, &busiest)
	eventWithMostApplications, most := "", 0
	for _, e := range busiest.Events.Edges {
		if e.Node.Applications.TotalCount > most {
			eventWithMostApplications, most = e.Node.ID, e.Node.Applications.TotalCount
		}
	}
	if most < 50 {
		t.Fatalf("the demo's busiest event has %d applications, want 50 or more for a page of 50", most)
	}

	lists := []struct {
		typeName string
		query    string // with %s where the item's selection goes
		vars     map[string]any
	}{
		{"Event", `query($first: Int) { events(first: $first) { edges { node { %s } } } }`, nil},
		{"Registrant", `query($first: Int) { registrants(first: $first) { edges { node { %s } } } }`, nil},
		{"EventApplication", `query($first: Int, $id: ID!) { event(id: $id) { ... on Event { applications(first: $first) { edges { node { %s } } } } } }`,
			map[string]any{"id": eventWithMostApplications}},
	}
	for _, list := range lists {
		def := schema.Types[list.typeName]
		if def == nil {
			t.Fatalf("no type %s in the schema", list.typeName)
		}
		for _, f := range def.Fields {
			if strings.HasPrefix(f.Name, "__") {
				continue
			}
			name := list.typeName + "." + f.Name
			if why, ok := readPerItem[name]; ok {
				t.Logf("%s is read per item: %s", name, why)
				continue
			}
			t.Run(name, func(t *testing.T) {
				query := strings.Replace(list.query, "%s", "id "+selectionOf(schema, f), 1)
				counts := map[int]int64{}
				for _, first := range []int{5, 50} {
					vars := map[string]any{"first": first}
					for k, v := range list.vars {
						vars[k] = v
					}
					r := s.QueryAs(secretariat, query, vars)
					if len(r.Errors) > 0 {
						t.Fatalf("%s on a page of %d answers errors: %s", name, first, r.Body)
					}
					counts[first] = r.Statements
				}
				if counts[5] != counts[50] {
					t.Errorf("%s is read item by item: a page of 5 takes %d statements, a page of 50 takes %d; read it with the list's "+
						"statement, prefetch it for the page, or load it through a loader (see lookahead.go)", name, counts[5], counts[50])
				}
			})
		}
	}
}

// readPerItem are the fields of listed types that cost a statement per item by design, and why
// that is bounded.
var readPerItem = map[string]string{
	"Event.applications": "a connection of its own: one keyset statement per event, for the event's staff only; " +
		"the complexity limit charges its page size times the page of events",
}

// selectionOf is field f as a selection: its required arguments given the smallest valid value,
// and, for a field of an object, interface or union type, only __typename below it, which runs
// the field's resolver and nothing else.
func selectionOf(schema *ast.Schema, f *ast.FieldDefinition) string {
	var b strings.Builder
	b.WriteString(f.Name)
	var args []string
	for _, a := range f.Arguments {
		if a.Type.NonNull && a.DefaultValue == nil {
			args = append(args, a.Name+": "+smallestValue(schema, a.Type))
		}
	}
	if len(args) > 0 {
		b.WriteString("(" + strings.Join(args, ", ") + ")")
	}
	switch schema.Types[f.Type.Name()].Kind {
	case ast.Object, ast.Interface, ast.Union:
		b.WriteString(" { __typename }")
	}
	return b.String()
}

func smallestValue(schema *ast.Schema, t *ast.Type) string {
	if t.Elem != nil {
		return "[]"
	}
	switch def := schema.Types[t.Name()]; {
	case def.Kind == ast.Enum:
		return def.EnumValues[0].Name
	case t.Name() == "Int":
		return "1"
	case t.Name() == "Boolean":
		return "false"
	default:
		return `""`
	}
}
