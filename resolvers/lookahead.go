package resolvers

// The rule for the types that lists answer (an event, a registrant, an application; the sequential
// objects of graph/codegen, whose fields run one after the other): every field must cost the same
// number of SQL statements on a page of 5 and on a page of 50. A field is therefore one of:
//   - a column that the list's statement reads (store), always or when ListReads asks for it
//     (eventListReads names the fields that need the details);
//   - an edge prefetched for the whole page (event.Edges, set from the selection by edgesOf);
//     a field that only the event's staff may read needs the co-hosts too, to decide;
//   - a load through one of the request's loaders that the page's prefetch has already filled.
// A new field that is none of these waits for a batch window per item or is read per item.
// TestEveryFieldOfAListedTypeCostsTheSameOnAnyPage walks every field of these types and fails
// naming the one that breaks the rule; a field read per item by design is listed there with why.

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/teleworkmonth/platform/internal/award"
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

var awardEntryConnectionTypes = []string{"AwardEntryConnection", "AwardEntryEdge", "AwardEntry", "Node"}

// awardEntryListReads tells what a page of award entries must read for the request besides its
// entries.
func awardEntryListReads(ctx context.Context) award.EntryReads {
	return award.EntryReads{Total: wantsTotal(ctx), Registrants: selected(ctx, awardEntryConnectionTypes, "edges", "node")["registrant"]}
}

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

// edgesOf tells which edges the selected fields of an event read. The fields that only the
// event's staff may read (its applications and the @restricted ones) read its co-hosts too, since
// the staff of co-hosts are among them: without the prefetch, deciding each event's field would
// load its co-hosts alone.
func edgesOf(fields map[string]bool) event.Edges {
	staffOnly := fields["applications"] || fields["streamingUrl"] || fields["checkedInCount"]
	return event.Edges{
		Host: fields["host"], CoHosts: fields["coHosts"] || staffOnly, Campaign: fields["campaign"],
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
