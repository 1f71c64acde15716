package resolvers

import (
	"context"
	"slices"

	"github.com/99designs/gqlgen/graphql"

	"github.com/teleworkmonth/platform/graph/model"
	"github.com/teleworkmonth/platform/internal/audit"
	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
)

// wantsTotal reports whether the connection being resolved asks for totalCount, so that the
// count query runs only when someone reads it.
func wantsTotal(ctx context.Context) bool {
	return slices.ContainsFunc(graphql.CollectFieldsCtx(ctx, nil), func(f graphql.CollectedField) bool {
		return f.Name == "totalCount"
	})
}

func pageInfo[T any](c *relay.Connection[T]) *model.PageInfo {
	info := &model.PageInfo{HasNextPage: c.HasNextPage, HasPreviousPage: c.HasPreviousPage}
	if n := len(c.Cursors); n > 0 {
		info.StartCursor, info.EndCursor = &c.Cursors[0], &c.Cursors[n-1]
	}
	return info
}

func eventConnection(c *relay.Connection[*telework.Event], err error) (*model.EventConnection, error) {
	if err != nil {
		return nil, err
	}
	edges := make([]*model.EventEdge, len(c.Nodes))
	for i, n := range c.Nodes {
		edges[i] = &model.EventEdge{Cursor: c.Cursors[i], Node: n}
	}
	return &model.EventConnection{Edges: edges, PageInfo: pageInfo(c), TotalCount: c.TotalCount}, nil
}

func registrantConnection(c *relay.Connection[*telework.Registrant], err error) (*model.RegistrantConnection, error) {
	if err != nil {
		return nil, err
	}
	edges := make([]*model.RegistrantEdge, len(c.Nodes))
	for i, n := range c.Nodes {
		edges[i] = &model.RegistrantEdge{Cursor: c.Cursors[i], Node: n}
	}
	return &model.RegistrantConnection{Edges: edges, PageInfo: pageInfo(c), TotalCount: c.TotalCount}, nil
}

func applicationConnection(c *relay.Connection[*telework.EventApplication], err error) (*model.EventApplicationConnection, error) {
	if err != nil {
		return nil, err
	}
	edges := make([]*model.EventApplicationEdge, len(c.Nodes))
	for i, n := range c.Nodes {
		edges[i] = &model.EventApplicationEdge{Cursor: c.Cursors[i], Node: n}
	}
	return &model.EventApplicationConnection{Edges: edges, PageInfo: pageInfo(c), TotalCount: c.TotalCount}, nil
}

func awardEntryConnection(c *relay.Connection[*telework.AwardEntry], err error) (*model.AwardEntryConnection, error) {
	if err != nil {
		return nil, err
	}
	edges := make([]*model.AwardEntryEdge, len(c.Nodes))
	for i, n := range c.Nodes {
		edges[i] = &model.AwardEntryEdge{Cursor: c.Cursors[i], Node: n}
	}
	return &model.AwardEntryConnection{Edges: edges, PageInfo: pageInfo(c), TotalCount: c.TotalCount}, nil
}

func eventFilter(f *model.EventFilter) store.EventFilter {
	if f == nil {
		return store.EventFilter{}
	}
	return store.EventFilter{
		FiscalYear: f.FiscalYear, MinistryCode: f.MinistryCode, Kind: f.Kind, Prefecture: f.Prefecture,
		StartsAfter: f.StartsAfter, StartsBefore: f.StartsBefore, OnlineOnly: f.OnlineOnly,
		HasSeats: f.HasSeats, Status: f.Status, Search: f.Search,
	}
}

func auditFilter(f *model.AuditFilter) audit.Filter {
	if f == nil {
		return audit.Filter{}
	}
	return audit.Filter{ActorEmail: f.ActorEmail, ObjectType: f.ObjectType, Since: f.Since, Until: f.Until}
}

func registrantFilter(f *model.RegistrantFilter) store.RegistrantFilter {
	if f == nil {
		return store.RegistrantFilter{}
	}
	return store.RegistrantFilter{
		FiscalYear: f.FiscalYear, Prefecture: f.Prefecture, Activity: f.Activity, Kind: f.Kind,
		Status: f.Status, Search: f.Search,
	}
}

func auditConnection(c *relay.Connection[*telework.AuditEntry], err error) (*model.AuditEntryConnection, error) {
	if err != nil {
		return nil, err
	}
	edges := make([]*model.AuditEntryEdge, len(c.Nodes))
	for i, n := range c.Nodes {
		edges[i] = &model.AuditEntryEdge{Cursor: c.Cursors[i], Node: n}
	}
	return &model.AuditEntryConnection{Edges: edges, PageInfo: pageInfo(c), TotalCount: c.TotalCount}, nil
}

func apiKeyConnection(c *relay.Connection[*telework.APIKey], err error) (*model.APIKeyConnection, error) {
	if err != nil {
		return nil, err
	}
	edges := make([]*model.APIKeyEdge, len(c.Nodes))
	for i, n := range c.Nodes {
		edges[i] = &model.APIKeyEdge{Cursor: c.Cursors[i], Node: n}
	}
	return &model.APIKeyConnection{Edges: edges, PageInfo: pageInfo(c), TotalCount: c.TotalCount}, nil
}

// jsonText presents a JSON document as a string, null when there is none.
func jsonText(b []byte) *string {
	if len(b) == 0 {
		return nil
	}
	s := string(b)
	return &s
}
