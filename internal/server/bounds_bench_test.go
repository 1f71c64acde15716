package server

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/validator"
	"github.com/vektah/gqlparser/v2/validator/rules"

	"github.com/teleworkmonth/platform/graph"
)

// BenchmarkInputBounds measures the check of the bounds alone, on operations as gqlgen hands them
// over (parsed, validated, variables coerced): the event list that partners read most, an event
// created with a full description in its variables, and the largest list of strings a 1 MiB body
// holds (100,000 co-hosts' codes), which the check reads to the end before the domain refuses it.
func BenchmarkInputBounds(b *testing.B) {
	codes := make([]any, 100_000)
	for i := range codes {
		codes[i] = "MIC"
	}
	event := func(coHosts []any) map[string]any {
		return map[string]any{"in": map[string]any{
			"fiscalYear": json.Number("2026"), "hostMinistryCode": "MIC", "coHostMinistryCodes": coHosts,
			"kind": "SEMINAR", "titleJa": "テレワーク推進セミナー", "descriptionJa": strings.Repeat("テレワーク", 1000),
			"startsAt": "2026-11-20T04:00:00Z", "endsAt": "2026-11-20T06:00:00Z", "onlineStreaming": true, "feeYen": json.Number("0"),
			"venue": map[string]any{"nameJa": "御茶ノ水ソラシティ", "addressJa": "東京都千代田区神田駿河台4-6", "prefecture": "TOKYO"},
		}}
	}
	const createEvent = `mutation($in: CreateEventInput!) { createEvent(input: $in) { event { id } } }`
	for _, bb := range []struct {
		name      string
		query     string
		variables map[string]any
	}{
		{"event list", `{ events(first: 50, filter: {fiscalYear: 2026, search: "テレワーク"}) { pageInfo { hasNextPage endCursor }
			edges { cursor node { id title { ja en } startsAt endsAt venue { name { ja } } host { code } coHosts { code } } } } }`, nil},
		{"create an event, 5,000 characters of description", createEvent, event([]any{"CAO"})},
		{"100,000 codes in a list", createEvent, event(codes)},
	} {
		b.Run(bb.name, func(b *testing.B) {
			es := graph.NewExecutableSchema(graph.Config{})
			doc, errs := gqlparser.LoadQueryWithRules(es.Schema(), bb.query, rules.NewDefaultRules())
			if errs != nil {
				b.Fatal(errs)
			}
			op := doc.Operations[0]
			variables, err := validator.VariableValues(es.Schema(), op, bb.variables)
			if err != nil {
				b.Fatal(err)
			}
			bounds := &inputBounds{}
			if err := bounds.Validate(es); err != nil {
				b.Fatal(err)
			}
			oc := &graphql.OperationContext{Operation: op, Variables: variables}
			b.ReportAllocs()
			for b.Loop() {
				if err := bounds.MutateOperationContext(context.Background(), oc); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
