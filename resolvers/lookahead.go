package resolvers

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/teleworkmonth/platform/internal/event"
	"github.com/teleworkmonth/platform/internal/telework"
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

// eventListReads tells what a list of events must read for the request besides its events.
func eventListReads(ctx context.Context) event.ListReads {
	node := selected(ctx, eventConnectionTypes, "edges", "node")
	details := node["streamingUrl"] || node["archiveVideoUrl"] || node["applicationDeadline"] || node["checkedInCount"] ||
		(node["venue"] && selected(ctx, venueTypes, "edges", "node", "venue")["address"])
	return event.ListReads{Total: wantsTotal(ctx), Details: details}
}

var venueTypes = append([]string{"Venue"}, eventConnectionTypes...)

// eventEdges tells which edges of the events of a connection the request reads.
func eventEdges(ctx context.Context) event.Edges {
	return edgesOf(selected(ctx, eventConnectionTypes, "edges", "node"))
}

var eventTypes = []string{"Event", "Node"}

// edgesOf tells which edges the selected fields of an event read. Its applications read its
// co-hosts too: their staff may read them.
func edgesOf(fields map[string]bool) event.Edges {
	return event.Edges{
		Host: fields["host"], CoHosts: fields["coHosts"] || fields["applications"], Campaign: fields["campaign"],
		ProgramParts: fields["programParts"], Description: fields["description"],
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

// prefetchEvent loads the edges of one event that the request reads. The fields of an event run
// one after the other (see graph/codegen), so without it each edge would wait for a batch window
// of its own.
func (r *Resolver) prefetchEvent(ctx context.Context) func(*telework.Event, error) (*telework.Event, error) {
	return func(e *telework.Event, err error) (*telework.Event, error) {
		if err == nil && e != nil {
			r.svc.Events.Prefetch(ctx, []*telework.Event{e}, edgesOf(selected(ctx, eventTypes)))
		}
		return e, err
	}
}
