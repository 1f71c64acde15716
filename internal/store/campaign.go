package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"

	"github.com/teleworkmonth/platform/internal/telework"
)

const campaignColumns = `id, fiscal_year, name_ja, name_en, theme_ja, theme_en, starts_on, ends_on, registration_open`

// ListCampaigns returns every campaign, newest first.
func ListCampaigns(ctx context.Context, db sqlx.QueryerContext) ([]*telework.Campaign, error) {
	var out []*telework.Campaign
	if err := sqlx.SelectContext(ctx, db, &out, `SELECT `+campaignColumns+` FROM campaigns ORDER BY fiscal_year DESC`); err != nil {
		return nil, fmt.Errorf("list campaigns: %w", err)
	}
	return out, nil
}

// CampaignByFiscalYear returns the campaign of a fiscal year, or nil when there is none.
func CampaignByFiscalYear(ctx context.Context, db sqlx.QueryerContext, fiscalYear int) (*telework.Campaign, error) {
	var c telework.Campaign
	err := sqlx.GetContext(ctx, db, &c, `SELECT `+campaignColumns+` FROM campaigns WHERE fiscal_year = $1`, fiscalYear)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("campaign of FY%d: %w", fiscalYear, err)
	}
	return &c, nil
}

// CampaignsByIDs returns the campaigns with the given IDs, in any order.
func CampaignsByIDs(ctx context.Context, db sqlx.QueryerContext, ids []int64) ([]*telework.Campaign, error) {
	var out []*telework.Campaign
	if err := sqlx.SelectContext(ctx, db, &out, `SELECT `+campaignColumns+` FROM campaigns WHERE id = ANY($1)`, pq.Array(ids)); err != nil {
		return nil, fmt.Errorf("campaigns by id: %w", err)
	}
	return out, nil
}

// CommitteesByIDs returns the committees with the given IDs, in any order.
func CommitteesByIDs(ctx context.Context, db sqlx.QueryerContext, ids []int64) ([]*telework.Committee, error) {
	var out []*telework.Committee
	if err := sqlx.SelectContext(ctx, db, &out, `SELECT id, campaign_id, name_ja, name_en FROM committees WHERE id = ANY($1)`, pq.Array(ids)); err != nil {
		return nil, fmt.Errorf("committees by id: %w", err)
	}
	return out, nil
}

// CommitteesByCampaignIDs returns the committees of the given campaigns, in any order.
func CommitteesByCampaignIDs(ctx context.Context, db sqlx.QueryerContext, campaignIDs []int64) ([]*telework.Committee, error) {
	var out []*telework.Committee
	if err := sqlx.SelectContext(ctx, db, &out, `SELECT id, campaign_id, name_ja, name_en FROM committees WHERE campaign_id = ANY($1)`, pq.Array(campaignIDs)); err != nil {
		return nil, fmt.Errorf("committees by campaign: %w", err)
	}
	return out, nil
}

// MembersByCommitteeIDs returns the members of each committee, in the committee's order.
func MembersByCommitteeIDs(ctx context.Context, db sqlx.QueryerContext, committeeIDs []int64) (map[int64][]*telework.CommitteeMember, error) {
	var members []*telework.CommitteeMember
	err := sqlx.SelectContext(ctx, db, &members, `
		SELECT id, committee_id, organization_ja, organization_en, ministry_id, sector, role
		FROM committee_members WHERE committee_id = ANY($1) ORDER BY committee_id, position`, pq.Array(committeeIDs))
	if err != nil {
		return nil, fmt.Errorf("committee members: %w", err)
	}
	out := make(map[int64][]*telework.CommitteeMember, len(committeeIDs))
	for _, m := range members {
		out[m.CommitteeID] = append(out[m.CommitteeID], m)
	}
	return out, nil
}

// CampaignStats returns, for each campaign, its approved registrants (in all, per activity, per
// prefecture) and its published or closed events, in one statement. It reads the counters that
// triggers keep in campaign_counts (migration 00008), not the rows: one index read per campaign
// however many registrants and events there are.
func CampaignStats(ctx context.Context, db sqlx.QueryerContext, campaignIDs []int64) ([]*telework.CampaignStats, error) {
	var rows []struct {
		CampaignID   int64  `db:"campaign_id"`
		Registrants  int    `db:"registrants"`
		Events       int    `db:"events"`
		ByActivity   []byte `db:"by_activity"`
		ByPrefecture []byte `db:"by_prefecture"`
	}
	err := sqlx.SelectContext(ctx, db, &rows, `
		SELECT c.id AS campaign_id,
			coalesce(sum(n) FILTER (WHERE dimension = 'registrants'), 0) AS registrants,
			coalesce(sum(n) FILTER (WHERE dimension = 'events'), 0) AS events,
			coalesce(json_agg(json_build_object('activity', key, 'count', n))
				FILTER (WHERE dimension = 'activity' AND n > 0), '[]') AS by_activity,
			coalesce(json_agg(json_build_object('prefecture', key, 'count', n))
				FILTER (WHERE dimension = 'prefecture' AND n > 0), '[]') AS by_prefecture
		FROM unnest($1::bigint[]) AS c(id)
		LEFT JOIN campaign_counts cc ON cc.campaign_id = c.id
		GROUP BY c.id`, pq.Array(campaignIDs))
	if err != nil {
		return nil, fmt.Errorf("campaign stats: %w", err)
	}
	out := make([]*telework.CampaignStats, len(rows))
	for i, row := range rows {
		stats := &telework.CampaignStats{CampaignID: row.CampaignID, RegistrantCount: row.Registrants, EventCount: row.Events}
		if err := unmarshalCounts(row.ByActivity, &stats.ByActivity); err != nil {
			return nil, err
		}
		if err := unmarshalCounts(row.ByPrefecture, &stats.ByPrefecture); err != nil {
			return nil, err
		}
		stats.Sort()
		out[i] = stats
	}
	return out, nil
}
