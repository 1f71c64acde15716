// Package ministry serves the ministries, the tenants of the platform, and their divisions.
package ministry

import (
	"context"

	"github.com/jmoiron/sqlx"

	"github.com/teleworkmonth/platform/internal/loader"
	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
)

// Service reads ministries for the API. Ministries and their public contact points are public.
type Service struct {
	db *sqlx.DB
}

// NewService returns the ministry service.
func NewService(db *sqlx.DB) *Service { return &Service{db: db} }

// List returns every ministry in the government's order.
func (s *Service) List(ctx context.Context) ([]*telework.Ministry, error) {
	return store.ListMinistries(ctx, s.db)
}

// ByCode returns a ministry by its code, or nil when there is none.
func (s *Service) ByCode(ctx context.Context, code string) (*telework.Ministry, error) {
	found, err := store.MinistriesByCodes(ctx, s.db, []string{code})
	if err != nil || len(found) == 0 {
		return nil, err
	}
	return found[0], nil
}

// ByID returns a ministry, or nil when there is none.
func (s *Service) ByID(ctx context.Context, id int64) (*telework.Ministry, error) {
	return loader.From(ctx).Ministry.Get(ctx, id)
}

// Divisions returns a ministry's divisions in the ministry's order.
func (s *Service) Divisions(ctx context.Context, m *telework.Ministry) ([]*telework.Division, error) {
	divisions, err := loader.From(ctx).Divisions.Get(ctx, m.ID)
	if divisions == nil {
		divisions = []*telework.Division{}
	}
	return divisions, err
}

// DivisionByID returns a division, or nil when there is none.
func (s *Service) DivisionByID(ctx context.Context, id int64) (*telework.Division, error) {
	return loader.From(ctx).Division.Get(ctx, id)
}

// ByCodes returns the ministries with the given codes, keyed by code.
func (s *Service) ByCodes(ctx context.Context, codes []string) (map[string]*telework.Ministry, error) {
	found, err := store.MinistriesByCodes(ctx, s.db, codes)
	if err != nil {
		return nil, err
	}
	out := make(map[string]*telework.Ministry, len(found))
	for _, m := range found {
		out[m.Code] = m
	}
	return out, nil
}
