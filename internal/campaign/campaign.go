// Package campaign serves the campaigns of Telework Month: one per fiscal year, with its executive
// committee and its public counts.
package campaign

import (
	"context"

	"github.com/jmoiron/sqlx"

	"github.com/teleworkmonth/platform/internal/loader"
	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
)

// Service reads campaigns for the API. Campaigns, committees and counts are public.
type Service struct {
	db *sqlx.DB
}

// NewService returns the campaign service.
func NewService(db *sqlx.DB) *Service { return &Service{db: db} }

// List returns every campaign, newest first.
func (s *Service) List(ctx context.Context) ([]*telework.Campaign, error) {
	return store.ListCampaigns(ctx, s.db)
}

// ByFiscalYear returns the campaign of a fiscal year, or nil when there is none.
func (s *Service) ByFiscalYear(ctx context.Context, fiscalYear int) (*telework.Campaign, error) {
	return store.CampaignByFiscalYear(ctx, s.db, fiscalYear)
}

// ByID returns a campaign, or nil when there is none.
func (s *Service) ByID(ctx context.Context, id int64) (*telework.Campaign, error) {
	return loader.From(ctx).Campaign.Get(ctx, id)
}

// Committee returns a campaign's executive committee, or nil when none is recorded.
func (s *Service) Committee(ctx context.Context, c *telework.Campaign) (*telework.Committee, error) {
	return loader.From(ctx).CommitteeOfCampaign.Get(ctx, c.ID)
}

// CommitteeByID returns a committee, or nil when there is none.
func (s *Service) CommitteeByID(ctx context.Context, id int64) (*telework.Committee, error) {
	return loader.From(ctx).Committee.Get(ctx, id)
}

// Members returns a committee's members in the committee's order.
func (s *Service) Members(ctx context.Context, c *telework.Committee) ([]*telework.CommitteeMember, error) {
	members, err := loader.From(ctx).CommitteeMembers.Get(ctx, c.ID)
	if members == nil {
		members = []*telework.CommitteeMember{}
	}
	return members, err
}

// Stats returns a campaign's public counts.
func (s *Service) Stats(ctx context.Context, c *telework.Campaign) (*telework.CampaignStats, error) {
	return loader.From(ctx).CampaignStats.Get(ctx, c.ID)
}
