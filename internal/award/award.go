// Package award serves the ministerial award programs of the campaigns: programs and their
// winners, which become public when a program's results are announced; the ministries' writes
// (programs, decisions, announcements); and registrants' entries.
package award

import (
	"context"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/teleworkmonth/platform/internal/authz"
	"github.com/teleworkmonth/platform/internal/loader"
	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
)

// Service reads and writes award programs and entries for the API.
type Service struct {
	db    *sqlx.DB
	authz *authz.Authorizer
	now   func() time.Time
}

// NewService returns the award service; now tells the time, for what becomes public at a time.
func NewService(db *sqlx.DB, a *authz.Authorizer, now func() time.Time) *Service {
	return &Service{db: db, authz: a, now: now}
}

// List returns the programs of every campaign or of one fiscal year, newest campaign first.
func (s *Service) List(ctx context.Context, fiscalYear *int) ([]*telework.AwardProgram, error) {
	return store.ListAwardPrograms(ctx, s.db, fiscalYear)
}

// ByID returns a program, or nil when there is none.
func (s *Service) ByID(ctx context.Context, id int64) (*telework.AwardProgram, error) {
	return loader.From(ctx).AwardProgram.Get(ctx, id)
}

// OfCampaign returns a campaign's programs in the campaign's order.
func (s *Service) OfCampaign(ctx context.Context, c *telework.Campaign) ([]*telework.AwardProgram, error) {
	return orEmpty(loader.From(ctx).ProgramsOfCampaign.Get(ctx, c.ID))
}

// OfMinistry returns a ministry's programs, of one fiscal year when fiscalYear is set.
func (s *Service) OfMinistry(ctx context.Context, m *telework.Ministry, fiscalYear *int) ([]*telework.AwardProgram, error) {
	key := loader.ProgramsKey{MinistryID: m.ID}
	if fiscalYear != nil {
		key.FiscalYear, key.HasYear = *fiscalYear, true
	}
	return orEmpty(loader.From(ctx).ProgramsOfMinistry.Get(ctx, key))
}

// AnnouncedAt is when a program's results were announced: nil until that time has come, so that a
// scheduled announcement stays private.
func (s *Service) AnnouncedAt(p *telework.AwardProgram) *time.Time {
	if !p.Announced(s.now()) {
		return nil
	}
	return p.AnnouncedAt
}

// Winners returns a program's announced winners, awarded first: none before the announcement.
func (s *Service) Winners(ctx context.Context, p *telework.AwardProgram) ([]*telework.AwardEntry, error) {
	if !p.Announced(s.now()) {
		return []*telework.AwardEntry{}, nil
	}
	return orEmpty(loader.From(ctx).Winners.Get(ctx, p.ID))
}

// EntryConnection is a page of a program's entries.
type EntryConnection = relay.Connection[*telework.AwardEntry]

// EntryPageOf validates the paging arguments of an entry list.
func EntryPageOf(first *int, after *string) (relay.Page, error) {
	return relay.NewPage(relay.ListAwardEntries, false, first, after)
}

// EntryFilter narrows a program's entries.
type EntryFilter struct {
	Status *telework.AwardEntryStatus
	// Search is looked for in the entry's summary, the registrant's name and the contact email, as
	// far as the viewer may read them (authz.SearchAwardEntries).
	Search *string
}

// Entries returns a page of a program's entries. It returns FORBIDDEN unless the viewer is staff of
// the program's ministry or the secretariat, and BAD_USER_INPUT naming `search` for a search of no
// characters, too many or control characters.
// EntryReads tells what a page of entries must read for the request besides its entries.
type EntryReads struct {
	Total bool
	// Registrants: the request reads the entries' registrants, which are then read for the whole
	// page at once rather than by a batch window per entry.
	Registrants bool
}

func (s *Service) Entries(ctx context.Context, p *telework.AwardProgram, f EntryFilter, page relay.Page, reads EntryReads) (*EntryConnection, error) {
	if err := s.authz.ListAwardEntries(ctx, p); err != nil {
		return nil, err
	}
	q := store.AwardEntryQuery{ProgramID: p.ID, Status: f.Status, After: page.After, Limit: page.Limit()}
	if f.Search != nil {
		text, err := telework.NormalizeSearch("search", f.Search)
		if err != nil {
			return nil, err
		}
		reads := s.authz.SearchAwardEntries(ctx, p)
		q.Search = &store.AwardEntrySearch{Text: *text, AllNames: reads.AllNames, ContactEmail: reads.ContactEmail}
	}
	rows, err := store.ListAwardEntries(ctx, s.db, q)
	if err != nil {
		return nil, err
	}
	conn := relay.NewConnection(rows, page, func(e *telework.AwardEntry) string {
		return relay.EncodeCursor(relay.ListAwardEntries, relay.Cursor{Key: e.ID})
	})
	if reads.Total {
		if conn.TotalCount, err = store.CountAwardEntries(ctx, s.db, q); err != nil {
			return nil, err
		}
	}
	if reads.Registrants && len(rows) > 0 {
		ids := make([]int64, len(rows))
		for i, e := range rows {
			ids[i] = e.RegistrantID
		}
		loader.From(ctx).Registrant.Fill(ctx, ids)
	}
	return conn, nil
}

// EntryByID returns an entry, or nil when there is none or the viewer may not see it.
func (s *Service) EntryByID(ctx context.Context, id int64) (*telework.AwardEntry, error) {
	l := loader.From(ctx)
	e, err := l.AwardEntry.Get(ctx, id)
	if err != nil || e == nil {
		return nil, err
	}
	p, err := l.AwardProgram.Get(ctx, e.ProgramID)
	if err != nil || p == nil || !s.authz.CanSeeAwardEntry(ctx, e, p, s.now()) {
		return nil, err
	}
	return e, nil
}

// Registrant returns the registrant of a visible entry. Seeing the entry (an announced winner, or
// one's own) implies seeing who entered it; its fields keep their own protection.
func (s *Service) Registrant(ctx context.Context, e *telework.AwardEntry) (*telework.Registrant, error) {
	return loader.From(ctx).Registrant.Get(ctx, e.RegistrantID)
}

func orEmpty[T any](list []T, err error) ([]T, error) {
	if list == nil {
		list = []T{}
	}
	return list, err
}
