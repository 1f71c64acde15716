package server

import (
	"context"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/teleworkmonth/platform/graph"
	"github.com/teleworkmonth/platform/graph/model"
	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/telework"
)

// shapeLimit refuses operations that are too deep, use too many aliases, or select too many fields
// once fragments are expanded: cheap checks before any resolver runs. Introspection is left to its
// own switch (INTROSPECTION) and not counted.
type shapeLimit struct {
	maxDepth, maxAliases, maxFields int
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = shapeLimit{}

func (shapeLimit) ExtensionName() string                   { return "ShapeLimit" }
func (shapeLimit) Validate(graphql.ExecutableSchema) error { return nil }
func (l shapeLimit) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	var s shape
	s.walk(oc.Operation.SelectionSet, 1)
	switch {
	case s.depth > l.maxDepth:
		return limitError("the operation is %d levels deep; the limit is %d", s.depth, l.maxDepth)
	case s.aliases > l.maxAliases:
		return limitError("the operation uses %d aliases; the limit is %d", s.aliases, l.maxAliases)
	case s.fields > l.maxFields:
		return limitError("the operation selects %d fields; the limit is %d", s.fields, l.maxFields)
	}
	return nil
}

func limitError(format string, args ...any) *gqlerror.Error {
	err := gqlerror.Errorf(format, args...)
	err.Extensions = map[string]any{"code": "BAD_USER_INPUT"}
	return err
}

type shape struct {
	depth, aliases, fields int
	visits                 int
}

// maxVisits bounds the walk itself: validation rejects fragment cycles, but a document can still
// spread the same fragments many times over.
const maxVisits = 100_000

func (s *shape) walk(set ast.SelectionSet, depth int) {
	for _, sel := range set {
		if s.visits++; s.visits > maxVisits {
			s.fields = maxVisits
			return
		}
		switch sel := sel.(type) {
		case *ast.Field:
			if strings.HasPrefix(sel.Name, "__") && sel.Name != "__typename" {
				continue
			}
			s.fields++
			if sel.Alias != "" && sel.Alias != sel.Name {
				s.aliases++
			}
			s.depth = max(s.depth, depth)
			s.walk(sel.SelectionSet, depth+1)
		case *ast.InlineFragment:
			s.walk(sel.SelectionSet, depth)
		case *ast.FragmentSpread:
			if sel.Definition != nil {
				s.walk(sel.Definition.SelectionSet, depth)
			}
		}
	}
}

// setComplexity prices the lists of the schema: a connection costs its page size times what each
// node costs, so that nested pages multiply. Short fixed lists (ministries, co-hosts, divisions …)
// keep gqlgen's default of one per field.
func setComplexity(c *graph.ComplexityRoot) {
	page := func(first *int) int {
		if first == nil {
			return relay.DefaultFirst
		}
		return max(*first, 1)
	}
	c.Query.Events = func(child int, _ *model.EventFilter, first *int, _ *string) int { return 1 + child*page(first) }
	c.Query.Registrants = func(child int, _ *model.RegistrantFilter, first *int, _ *string) int { return 1 + child*page(first) }
	c.Campaign.Events = func(child int, first *int, _ *string) int { return 1 + child*page(first) }
	c.Ministry.Events = func(child int, first *int, _ *string) int { return 1 + child*page(first) }
	c.Event.Applications = func(child int, _ *telework.ApplicationStatus, first *int, _ *string) int {
		return 1 + child*page(first)
	}
	c.AwardProgram.Entries = func(child int, _ *telework.AwardEntryStatus, first *int, _ *string) int { return 1 + child*page(first) }
}
