// Package registrant serves the registrants of the campaigns: the public list of approved
// registrants that consented to be listed; each registrant's own record (registering, updating,
// withdrawing, the logo link); and the secretariat's approvals.
package registrant

import (
	"context"
	"slices"

	"github.com/jmoiron/sqlx"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/authz"
	"github.com/teleworkmonth/platform/internal/loader"
	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
)

// Service reads and writes registrants for the API.
type Service struct {
	db    *sqlx.DB
	authz *authz.Authorizer
}

// NewService returns the registrant service.
func NewService(db *sqlx.DB, a *authz.Authorizer) *Service { return &Service{db: db, authz: a} }

// Connection is a page of registrants.
type Connection = relay.Connection[*telework.Registrant]

// PageOf validates the paging arguments of a registrant list.
func PageOf(first *int, after *string) (relay.Page, error) {
	return relay.NewPage(relay.ListRegistrants, false, first, after)
}

// List returns a page of the registrants matching f that the viewer may see, in registration
// order, and their total when withTotal is set. It returns BAD_USER_INPUT for an invalid filter
// and FORBIDDEN for a filter the viewer may not use.
func (s *Service) List(ctx context.Context, f store.RegistrantFilter, page relay.Page, withTotal bool) (*Connection, error) {
	f, err := validFilter(f)
	if err != nil {
		return nil, err
	}
	if err := s.authz.CheckRegistrantFilter(ctx, f); err != nil {
		return nil, err
	}
	scope, err := s.authz.RegistrantScope(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := store.ListRegistrants(ctx, s.db, store.RegistrantQuery{Filter: f, Scope: scope, After: page.After, Limit: page.Limit()})
	if err != nil {
		return nil, err
	}
	conn := relay.NewConnection(rows, page, func(r *telework.Registrant) string {
		return relay.EncodeCursor(relay.ListRegistrants, relay.Cursor{Key: r.ID})
	})
	if withTotal {
		if conn.TotalCount, err = store.CountRegistrants(ctx, s.db, f, scope); err != nil {
			return nil, err
		}
	}
	return conn, nil
}

// ByID returns a registrant, or nil when there is none or the viewer may not see it.
func (s *Service) ByID(ctx context.Context, id int64) (*telework.Registrant, error) {
	r, err := loader.From(ctx).Registrant.Get(ctx, id)
	if err != nil || r == nil || !s.authz.CanSeeRegistrant(ctx, r) {
		return nil, err
	}
	return r, nil
}

// Name returns a registrant's name, or nil when the viewer may not see it.
func (s *Service) Name(ctx context.Context, r *telework.Registrant) *string {
	if !s.authz.CanSeeRegistrantName(ctx, r) {
		return nil
	}
	return &r.Name
}

func validFilter(f store.RegistrantFilter) (store.RegistrantFilter, error) {
	var err error
	if f.Search, err = telework.NormalizeSearch("filter.search", f.Search); err != nil {
		return f, err
	}
	if f.FiscalYear != nil && (*f.FiscalYear < 1989 || *f.FiscalYear > 2200) {
		return f, apperr.Invalid("filter.fiscalYear", "must be a fiscal year such as 2023")
	}
	return f, nil
}

// PrefetchCampaigns loads the campaigns of a page of registrants at once into the request's loaders.
func (s *Service) PrefetchCampaigns(ctx context.Context, rs []*telework.Registrant) {
	ids := make([]int64, 0, 2)
	for _, r := range rs {
		if !slices.Contains(ids, r.CampaignID) {
			ids = append(ids, r.CampaignID)
		}
	}
	loader.From(ctx).Campaign.Fill(ctx, ids)
}
