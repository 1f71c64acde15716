// Package event serves the events of the campaigns: lists with filters, single events and their
// edges (host, co-hosts, program) limited to what the viewer may see; the staff's writes (create,
// update, publish, cancel); and the public's sign-ups, exact under concurrency.
package event

import (
	"context"
	"crypto/rand"
	"io"
	"slices"

	"github.com/jmoiron/sqlx"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/authz"
	"github.com/teleworkmonth/platform/internal/loader"
	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
)

// Service reads and writes events and their applications for the API.
type Service struct {
	db    *sqlx.DB
	authz *authz.Authorizer
	// random is where applications' references are drawn from: crypto/rand, but in tests.
	random io.Reader
}

// NewService returns the event service.
func NewService(db *sqlx.DB, a *authz.Authorizer) *Service {
	return &Service{db: db, authz: a, random: rand.Reader}
}

// Connection is a page of events.
type Connection = relay.Connection[*telework.Event]

// PageOf validates the paging arguments of an event list.
func PageOf(first *int, after *string) (relay.Page, error) {
	return relay.NewPage(relay.ListEvents, true, first, after)
}

func cursorOf(e *telework.Event) string {
	return relay.EncodeCursor(relay.ListEvents, relay.Cursor{Time: &e.StartsAt, Key: e.ID})
}

// ListReads tells what a list of events reads besides the events of its page.
type ListReads struct {
	Total   bool // the number of all the events of the list
	Details bool // the events' details (telework.EventDetails), nil without it
}

// List returns a page of the events matching f that the viewer may see, and what reads asks for.
// It returns BAD_USER_INPUT, naming the field, for an invalid filter.
func (s *Service) List(ctx context.Context, f store.EventFilter, page relay.Page, reads ListReads) (*Connection, error) {
	f, err := validFilter(f)
	if err != nil {
		return nil, err
	}
	scope, err := s.authz.EventScope(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := store.ListEvents(ctx, s.db, store.EventQuery{Filter: f, Scope: scope, After: page.After, Limit: page.Limit(),
		Details: reads.Details})
	if err != nil {
		return nil, err
	}
	conn := relay.NewConnection(rows, page, cursorOf)
	if reads.Total {
		if conn.TotalCount, err = store.CountEvents(ctx, s.db, f, scope); err != nil {
			return nil, err
		}
	}
	return conn, nil
}

// Of returns a page of a campaign's or a ministry's events that the viewer may see, and what reads
// asks for. Nested lists are batched across their parents.
func (s *Service) Of(ctx context.Context, parent store.EventParent, parentID int64, page relay.Page, reads ListReads) (*Connection, error) {
	l := loader.From(ctx)
	key := loader.EventPageKey{Parent: parent, ParentID: parentID, Limit: page.Limit(), Details: reads.Details}
	if page.After != nil {
		key.After, key.AfterKey = *page.After.Time, page.After.Key
	}
	rows, err := l.EventPage.Get(ctx, key)
	if err != nil {
		return nil, err
	}
	conn := relay.NewConnection(rows, page, cursorOf)
	if reads.Total {
		if conn.TotalCount, err = l.EventCount.Get(ctx, loader.EventCountKey{Parent: parent, ParentID: parentID}); err != nil {
			return nil, err
		}
	}
	return conn, nil
}

// ByID returns an event, or nil when there is none or the viewer may not see it.
func (s *Service) ByID(ctx context.Context, id int64) (*telework.Event, error) {
	l := loader.From(ctx)
	e, err := l.Event.Get(ctx, id)
	if err != nil || e == nil {
		return nil, err
	}
	if !s.authz.CanSeeEvent(ctx, e) {
		return nil, nil
	}
	return e, nil
}

// Find returns an event for a root field (event, node): it is read at once, there being no other
// loads in the request to batch it with, rather than after the loaders' batch window; the fields
// that need it again find it in the request's loader.
func (s *Service) Find(ctx context.Context, id int64) (*telework.Event, error) {
	loader.From(ctx).Event.Fill(ctx, []int64{id})
	return s.ByID(ctx, id)
}

// Host returns the ministry that hosts an event.
func (s *Service) Host(ctx context.Context, e *telework.Event) (*telework.Ministry, error) {
	return loader.From(ctx).Ministry.Get(ctx, e.HostMinistryID)
}

// CoHosts returns the ministries that co-host an event, in the government's order.
func (s *Service) CoHosts(ctx context.Context, e *telework.Event) ([]*telework.Ministry, error) {
	coHosts, err := loader.From(ctx).CoHosts.Get(ctx, e.ID)
	if coHosts == nil {
		coHosts = []*telework.Ministry{}
	}
	return coHosts, err
}

// Description returns an event's description: the one read with it, or else loaded.
func (s *Service) Description(ctx context.Context, e *telework.Event) (*telework.EventDescription, error) {
	if e.EventDescription != nil {
		return e.EventDescription, nil
	}
	d, err := loader.From(ctx).EventDescription.Get(ctx, e.ID)
	if d == nil && err == nil {
		d = &telework.EventDescription{} // deleted since: no description
	}
	return d, err
}

// Edges names the edges of a page of events that a request reads.
type Edges struct {
	Host, CoHosts, Campaign, ProgramParts, Description bool
}

// Prefetch loads the edges of a whole page of events at once into the request's loaders, one
// statement per edge for the page however long it is: the resolvers of its events then find the
// answers in the loaders' cache without waiting for a batch.
func (s *Service) Prefetch(ctx context.Context, events []*telework.Event, want Edges) {
	if len(events) == 0 {
		return
	}
	l := loader.From(ctx)
	ids := make([]int64, len(events))
	hosts := make([]int64, 0, len(events))
	campaigns := make([]int64, 0, 4)
	for i, e := range events {
		ids[i] = e.ID
		hosts = appendNew(hosts, e.HostMinistryID)
		campaigns = appendNew(campaigns, e.CampaignID)
	}
	switch {
	case want.CoHosts:
		// The statement of the co-hosts brings the hosts too, which authorizing a read of an
		// event's applications needs as well.
		l.FillHostsAndCoHosts(ctx, hosts, ids)
	case want.Host:
		l.Ministry.Fill(ctx, hosts)
	}
	if want.Campaign {
		l.Campaign.Fill(ctx, campaigns)
	}
	if want.ProgramParts {
		l.ProgramParts.Fill(ctx, ids)
	}
	if want.Description {
		var without []int64
		for _, e := range events {
			if e.EventDescription == nil {
				without = append(without, e.ID)
			}
		}
		if len(without) > 0 {
			l.EventDescription.Fill(ctx, without)
		}
	}
}

func appendNew(ids []int64, id int64) []int64 {
	if slices.Contains(ids, id) {
		return ids
	}
	return append(ids, id)
}

// ProgramParts returns the parts of an event's program, in order.
func (s *Service) ProgramParts(ctx context.Context, e *telework.Event) ([]*telework.ProgramPart, error) {
	parts, err := loader.From(ctx).ProgramParts.Get(ctx, e.ID)
	if parts == nil {
		parts = []*telework.ProgramPart{}
	}
	return parts, err
}

// validFilter checks a filter and normalizes its search text.
func validFilter(f store.EventFilter) (store.EventFilter, error) {
	var err error
	if f.Search, err = telework.NormalizeSearch("filter.search", f.Search); err != nil {
		return f, err
	}
	if f.Prefecture != nil && !f.Prefecture.Valid() {
		return f, apperr.Invalid("filter.prefecture", "is not a prefecture")
	}
	if f.StartsAfter != nil && f.StartsBefore != nil && !f.StartsAfter.Before(*f.StartsBefore) {
		return f, apperr.Invalid("filter.startsBefore", "must be later than filter.startsAfter")
	}
	if f.FiscalYear != nil && (*f.FiscalYear < 1989 || *f.FiscalYear > 2200) {
		return f, apperr.Invalid("filter.fiscalYear", "must be a fiscal year such as 2023")
	}
	return f, nil
}

// ApplicationConnection is a page of an event's applications.
type ApplicationConnection = relay.Connection[*telework.EventApplication]

// ApplicationPageOf validates the paging arguments of an application list.
func ApplicationPageOf(first *int, after *string) (relay.Page, error) {
	return relay.NewPage(relay.ListApplications, false, first, after)
}

// ApplicationFilter narrows a page of an event's applications; nil fields do not.
type ApplicationFilter struct {
	Status *telework.ApplicationStatus
	// Search is found in the attendee's name, email or organization, or is the application's
	// reference (as people type it: see telework.ParseReference).
	Search *string
}

// Applications returns a page of an event's applications, in arrival order. It returns FORBIDDEN
// unless the viewer is staff of the event's host or co-hosts or the secretariat, BAD_USER_INPUT
// naming `search` for a search of no characters or too many, and FORBIDDEN naming `search` for a
// search that is not a reference by a viewer who may not read the applications' personal data
// (authz.SearchApplications).
func (s *Service) Applications(ctx context.Context, e *telework.Event, f ApplicationFilter, page relay.Page, withTotal bool) (*ApplicationConnection, error) {
	if err := s.authz.ListApplications(ctx, e); err != nil {
		return nil, err
	}
	q := store.ApplicationQuery{EventID: e.ID, Status: f.Status, After: page.After, Limit: page.Limit()}
	if f.Search != nil {
		var err error
		if q.Search, err = s.applicationSearch(ctx, e, f.Search); err != nil {
			return nil, err
		}
	}
	rows, err := store.ListApplications(ctx, s.db, q)
	if err != nil {
		return nil, err
	}
	conn := relay.NewConnection(rows, page, func(a *telework.EventApplication) string {
		return relay.EncodeCursor(relay.ListApplications, relay.Cursor{Key: a.ID})
	})
	if withTotal {
		if conn.TotalCount, err = store.CountApplications(ctx, s.db, q); err != nil {
			return nil, err
		}
	}
	return conn, nil
}

// applicationSearch validates a search of an event's applications and decides what it matches for
// the viewer: a reference always, the attendee's name, email and organization only for those who
// may read them.
func (s *Service) applicationSearch(ctx context.Context, e *telework.Event, search *string) (*store.ApplicationSearch, error) {
	text, err := telework.NormalizeSearch("search", search)
	if err != nil {
		return nil, err
	}
	var out store.ApplicationSearch
	if ref, ok := telework.ParseReference(*text); ok {
		out.Reference = &ref
	}
	personal, err := s.authz.SearchApplications(ctx, e, out.Reference != nil)
	if err != nil {
		return nil, err
	}
	if personal {
		out.Text = text
	}
	return &out, nil
}

// ApplicationByID returns an application, or nil when there is none with this id or the viewer may
// not see it (authz.CanSeeApplication). Its personal data is decided field by field, as in the
// list.
func (s *Service) ApplicationByID(ctx context.Context, id int64) (*telework.EventApplication, error) {
	a, err := loader.From(ctx).Application.Get(ctx, id)
	if err != nil || a == nil || !s.authz.CanSeeApplication(ctx, a) {
		return nil, err
	}
	return a, nil
}
