package resolvers

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/teleworkmonth/platform/internal/event"
)

// selected returns the fields the resolving field selects at the end of path (e.g. "edges",
// "node"), by name, fragments expanded for the given types.
func selected(ctx context.Context, types []string, path ...string) map[string]bool {
	oc := graphql.GetOperationContext(ctx)
	set := graphql.GetFieldContext(ctx).Field.Selections
	for _, name := range path {
		var next ast.SelectionSet
		for _, f := range graphql.CollectFields(oc, set, types) {
			if f.Name == name {
				next = append(next, f.Selections...)
			}
		}
		set = next
	}
	out := map[string]bool{}
	for _, f := range graphql.CollectFields(oc, set, types) {
		out[f.Name] = true
	}
	return out
}

var registrantConnectionTypes = []string{"RegistrantConnection", "RegistrantEdge", "Registrant", "Node"}

var eventConnectionTypes = []string{"EventConnection", "EventEdge", "Event", "Node"}

// eventEdges tells which edges of the events of a connection the request reads.
func eventEdges(ctx context.Context) event.Edges {
	fields := selected(ctx, eventConnectionTypes, "edges", "node")
	return event.Edges{
		Host: fields["host"], CoHosts: fields["coHosts"], Campaign: fields["campaign"], ProgramParts: fields["programParts"],
	}
}

// prefetchEvents loads the edges of a page of events that the request reads, for the whole page.
func (r *Resolver) prefetchEvents(ctx context.Context) func(*event.Connection, error) (*event.Connection, error) {
	return func(c *event.Connection, err error) (*event.Connection, error) {
		if err == nil {
			r.svc.Events.Prefetch(ctx, c.Nodes, eventEdges(ctx))
		}
		return c, err
	}
}
