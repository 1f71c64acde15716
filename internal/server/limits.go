package server

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"math"

	"github.com/99designs/gqlgen/complexity"
	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/teleworkmonth/platform/graph"
	"github.com/teleworkmonth/platform/graph/model"
	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/telework"
)

// operationLimits refuses, after validation and before any resolver runs, the operations that the
// server will not execute: those that are too deep, use too many aliases, select too many fields
// once fragments are expanded, or cost more than the complexity limit, and introspection when it is
// switched off (INTROSPECTION). The cheap walk of the document comes first and is itself bounded;
// the complexity, which multiplies through nested pages, only for operations that pass it.
//
// A refused operation is a request error: code GRAPHQL_VALIDATION_FAILED, no data, and the HTTP
// status of a validation failure.
//
// Verdicts depend only on the operation and its variables: the operations that passed are
// remembered, so that a client repeating one (as partner portals do) is not walked and costed
// again on every request.
type operationLimits struct {
	maxDepth, maxAliases, maxFields, maxComplexity int
	introspection                                  bool

	es     graphql.ExecutableSchema
	passed graphql.Cache[struct{}] // keyed by passedKey
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = (*operationLimits)(nil)

func (*operationLimits) ExtensionName() string { return "OperationLimits" }

func (l *operationLimits) Validate(es graphql.ExecutableSchema) error {
	l.es = es
	l.passed = lru.New[struct{}](1000)
	return nil
}

func (l *operationLimits) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	key, keyed := passedKey(oc)
	if keyed {
		if _, ok := l.passed.Get(ctx, key); ok {
			return nil
		}
	}
	var s shape
	s.walk(oc.Operation.SelectionSet, 1, false)
	switch {
	case s.introspection != nil && !l.introspection:
		err := gqlerror.ErrorPosf(s.introspection.Position, "introspection is disabled on this server")
		return refused(err)
	case s.depth > l.maxDepth:
		return refused(gqlerror.Errorf("the operation is %d levels deep; the limit is %d", s.depth, l.maxDepth))
	case s.aliases > l.maxAliases:
		return refused(gqlerror.Errorf("the operation uses %d aliases; the limit is %d", s.aliases, l.maxAliases))
	case s.fields > l.maxFields:
		return refused(gqlerror.Errorf("the operation selects %d fields; the limit is %d", s.fields, l.maxFields))
	}
	if c := complexity.Calculate(ctx, l.es, oc.Operation, oc.Variables); c > l.maxComplexity {
		return refused(gqlerror.Errorf("the operation has a complexity of %d; the limit is %d", c, l.maxComplexity))
	}
	if keyed {
		l.passed.Add(ctx, key, struct{}{})
	}
	return nil
}

// passedKey identifies an operation by a digest of all its verdict depends on: the document, the
// operation's name and the values of its variables (which set page sizes, and so the complexity).
// Variables that do not encode as JSON leave the operation without a key.
func passedKey(oc *graphql.OperationContext) (string, bool) {
	variables, err := json.Marshal(oc.Variables) // maps encode with sorted keys
	if err != nil {
		return "", false
	}
	h := sha256.New()
	for _, part := range []string{oc.RawQuery, oc.OperationName, string(variables)} {
		fmt.Fprintf(h, "%d:%s", len(part), part)
	}
	return string(h.Sum(nil)), true
}

func refused(err *gqlerror.Error) *gqlerror.Error {
	errcode.Set(err, errcode.ValidationFailed)
	return err
}

// shape is what the walk of an operation found.
type shape struct {
	depth, aliases, fields int
	visits                 int
	// introspection is the first __schema or __type field, if any.
	introspection *ast.Field
}

// maxVisits bounds the walk itself: validation rejects fragment cycles, but a document can still
// spread the same fragments many times over.
const maxVisits = 100_000

// walk counts the fields and aliases of set, fragments expanded, and its depth. Introspection
// counts towards fields and aliases but not depth: the introspection query of the playground and
// of code generators nests type references about ten levels down, and validation already bounds
// how deep introspection may go.
func (s *shape) walk(set ast.SelectionSet, depth int, inIntrospection bool) {
	for _, sel := range set {
		if s.visits++; s.visits > maxVisits {
			s.fields = maxVisits
			return
		}
		switch sel := sel.(type) {
		case *ast.Field:
			s.fields++
			if sel.Alias != "" && sel.Alias != sel.Name {
				s.aliases++
			}
			in := inIntrospection
			if sel.Name == "__schema" || sel.Name == "__type" {
				in = true
				if s.introspection == nil {
					s.introspection = sel
				}
			}
			if !in {
				s.depth = max(s.depth, depth)
			}
			s.walk(sel.SelectionSet, depth+1, in)
		case *ast.InlineFragment:
			s.walk(sel.SelectionSet, depth, inIntrospection)
		case *ast.FragmentSpread:
			if sel.Definition != nil {
				s.walk(sel.Definition.SelectionSet, depth, inIntrospection)
			}
		}
	}
}

// setComplexity prices the lists of the schema: a connection costs its page size times what each
// node costs, so that nested pages multiply. Short fixed lists (ministries, co-hosts, divisions …)
// keep gqlgen's default of one per field.
func setComplexity(c *graph.ComplexityRoot) {
	page := func(child int, first *int) int {
		n := relay.DefaultFirst
		if first != nil {
			// A page never holds more than MaxFirst; a larger first is refused by the resolver
			// with an error that names it.
			n = min(max(*first, 1), relay.MaxFirst)
		}
		// Saturate rather than overflow: pages nested deep enough would wrap around to a small
		// or negative cost and pass the limit.
		if child >= (math.MaxInt-1)/n {
			return math.MaxInt
		}
		return 1 + child*n
	}
	c.Query.Events = func(child int, _ *model.EventFilter, first *int, _ *string) int { return page(child, first) }
	c.Query.Registrants = func(child int, _ *model.RegistrantFilter, first *int, _ *string) int { return page(child, first) }
	c.Campaign.Events = func(child int, first *int, _ *string) int { return page(child, first) }
	c.Ministry.Events = func(child int, first *int, _ *string) int { return page(child, first) }
	c.Event.Applications = func(child int, _ *telework.ApplicationStatus, first *int, _ *string) int {
		return page(child, first)
	}
	c.AwardProgram.Entries = func(child int, _ *telework.AwardEntryStatus, first *int, _ *string) int {
		return page(child, first)
	}
}
