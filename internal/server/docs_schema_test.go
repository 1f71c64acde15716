package server_test

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/teleworkmonth/platform/graph"
)

// TestSchemaIsDocumented: every type, field, argument, input field, enum value and directive of
// the schema has a description, so that partners read the contract from introspection alone
// (graphql-schema-linter's types-have-descriptions, fields-have-descriptions,
// arguments-have-descriptions, enum-values-have-descriptions). It names each undocumented element.
func TestSchemaIsDocumented(t *testing.T) {
	for _, missing := range undocumented(graph.NewExecutableSchema(graph.Config{}).Schema()) {
		t.Errorf("no description: %s", missing)
	}
}

// TestUndocumentedFindsEachKind: the walk of TestSchemaIsDocumented reaches every kind of element.
func TestUndocumentedFindsEachKind(t *testing.T) {
	schema := gqlparser.MustLoadSchema(&ast.Source{Name: "bare.graphqls", Input: `
		directive @d(n: Int) on FIELD_DEFINITION
		type Query { f(a: Int): E @d(n: 1) }
		input I { x: Int }
		enum E { V }
		scalar S
		"Documented." type T { "Documented." g("Documented." b: I): S }`})
	want := []string{"E", "E.V", "I", "I.x", "Query", "Query.f", "Query.f(a:)", "S", "@d", "@d(n:)"}
	if got := undocumented(schema); !slices.Equal(got, want) {
		t.Errorf("undocumented = %v, want %v", got, want)
	}
}

// undocumented lists the schema's own elements without a description, as Type, Type.field,
// Type.field(arg:), Enum.VALUE and @directive(arg:); the built-in types and directives are left out.
func undocumented(schema *ast.Schema) []string {
	var out []string
	blank := func(s string) bool { return strings.TrimSpace(s) == "" }
	for _, name := range slices.Sorted(maps.Keys(schema.Types)) {
		d := schema.Types[name]
		if d.BuiltIn {
			continue
		}
		if blank(d.Description) {
			out = append(out, name)
		}
		for _, f := range d.Fields {
			if strings.HasPrefix(f.Name, "__") {
				continue
			}
			if blank(f.Description) {
				out = append(out, name+"."+f.Name)
			}
			for _, a := range f.Arguments {
				if blank(a.Description) {
					out = append(out, name+"."+f.Name+"("+a.Name+":)")
				}
			}
		}
		for _, v := range d.EnumValues {
			if blank(v.Description) {
				out = append(out, name+"."+v.Name)
			}
		}
	}
	for _, name := range slices.Sorted(maps.Keys(schema.Directives)) {
		d := schema.Directives[name]
		if builtInDirective[name] {
			continue
		}
		if blank(d.Description) {
			out = append(out, "@"+name)
		}
		for _, a := range d.Arguments {
			if blank(a.Description) {
				out = append(out, "@"+name+"("+a.Name+":)")
			}
		}
	}
	return out
}

// builtInDirective are the directives of the GraphQL specification, which the parser adds.
var builtInDirective = map[string]bool{
	"include": true, "skip": true, "deprecated": true, "specifiedBy": true, "oneOf": true, "defer": true,
}
