package store

import (
	"context"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"

	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/telework"
)

const awardProgramColumns = `p.id, p.version, p.campaign_id, p.ministry_id, p.name_ja, p.name_en, p.description_ja,
	p.description_en, p.entry_opens_at, p.entry_closes_at, p.announced_at, p.ceremony_event_id`

const awardEntryColumns = `a.id, a.program_id, a.registrant_id, a.summary, a.contact_email, a.status, a.citation, a.submitted_at`

// ListAwardPrograms returns the award programs of every campaign or of one fiscal year, newest
// campaign first.
func ListAwardPrograms(ctx context.Context, db sqlx.QueryerContext, fiscalYear *int) ([]*telework.AwardProgram, error) {
	var out []*telework.AwardProgram
	err := sqlx.SelectContext(ctx, db, &out, `
		SELECT `+awardProgramColumns+` FROM award_programs p JOIN campaigns c ON c.id = p.campaign_id
		WHERE $1::int IS NULL OR c.fiscal_year = $1
		ORDER BY c.fiscal_year DESC, p.position, p.id`, fiscalYear)
	if err != nil {
		return nil, fmt.Errorf("list award programs: %w", err)
	}
	return out, nil
}

// AwardProgramsByIDs returns the programs with the given IDs, in any order.
func AwardProgramsByIDs(ctx context.Context, db sqlx.QueryerContext, ids []int64) ([]*telework.AwardProgram, error) {
	var out []*telework.AwardProgram
	if err := sqlx.SelectContext(ctx, db, &out, `SELECT `+awardProgramColumns+` FROM award_programs p WHERE p.id = ANY($1)`, pq.Array(ids)); err != nil {
		return nil, fmt.Errorf("award programs by id: %w", err)
	}
	return out, nil
}

// AwardProgramsByCampaignIDs returns the programs of each campaign, in the campaign's order.
func AwardProgramsByCampaignIDs(ctx context.Context, db sqlx.QueryerContext, campaignIDs []int64) (map[int64][]*telework.AwardProgram, error) {
	var programs []*telework.AwardProgram
	err := sqlx.SelectContext(ctx, db, &programs, `
		SELECT `+awardProgramColumns+` FROM award_programs p WHERE p.campaign_id = ANY($1)
		ORDER BY p.campaign_id, p.position, p.id`, pq.Array(campaignIDs))
	if err != nil {
		return nil, fmt.Errorf("award programs by campaign: %w", err)
	}
	out := make(map[int64][]*telework.AwardProgram, len(campaignIDs))
	for _, p := range programs {
		out[p.CampaignID] = append(out[p.CampaignID], p)
	}
	return out, nil
}

// AwardProgramsByMinistryIDs returns the programs of each ministry, of every campaign or of one
// fiscal year, newest campaign first.
func AwardProgramsByMinistryIDs(ctx context.Context, db sqlx.QueryerContext, ministryIDs []int64, fiscalYear *int) (map[int64][]*telework.AwardProgram, error) {
	var programs []*telework.AwardProgram
	err := sqlx.SelectContext(ctx, db, &programs, `
		SELECT `+awardProgramColumns+` FROM award_programs p JOIN campaigns c ON c.id = p.campaign_id
		WHERE p.ministry_id = ANY($1) AND ($2::int IS NULL OR c.fiscal_year = $2)
		ORDER BY p.ministry_id, c.fiscal_year DESC, p.position, p.id`, pq.Array(ministryIDs), fiscalYear)
	if err != nil {
		return nil, fmt.Errorf("award programs by ministry: %w", err)
	}
	out := make(map[int64][]*telework.AwardProgram, len(ministryIDs))
	for _, p := range programs {
		out[p.MinistryID] = append(out[p.MinistryID], p)
	}
	return out, nil
}

// WinnersByProgramIDs returns the announced winners of each program (awarded first, then
// shortlisted): nothing for a program not announced by now.
func WinnersByProgramIDs(ctx context.Context, db sqlx.QueryerContext, programIDs []int64, now time.Time) (map[int64][]*telework.AwardEntry, error) {
	var entries []*telework.AwardEntry
	err := sqlx.SelectContext(ctx, db, &entries, `
		SELECT `+awardEntryColumns+` FROM award_entries a JOIN award_programs p ON p.id = a.program_id
		WHERE a.program_id = ANY($1) AND p.announced_at <= $2 AND a.status IN ('AWARDED', 'SHORTLISTED')
		ORDER BY a.program_id, a.status = 'AWARDED' DESC, a.id`, pq.Array(programIDs), now)
	if err != nil {
		return nil, fmt.Errorf("winners by program: %w", err)
	}
	out := make(map[int64][]*telework.AwardEntry, len(programIDs))
	for _, e := range entries {
		out[e.ProgramID] = append(out[e.ProgramID], e)
	}
	return out, nil
}

// AwardEntriesByIDs returns the entries with the given IDs, in any order.
func AwardEntriesByIDs(ctx context.Context, db sqlx.QueryerContext, ids []int64) ([]*telework.AwardEntry, error) {
	var out []*telework.AwardEntry
	if err := sqlx.SelectContext(ctx, db, &out, `SELECT `+awardEntryColumns+` FROM award_entries a WHERE a.id = ANY($1)`, pq.Array(ids)); err != nil {
		return nil, fmt.Errorf("award entries by id: %w", err)
	}
	return out, nil
}

// AwardEntryQuery asks for one page of a program's entries, in arrival (id) order.
type AwardEntryQuery struct {
	ProgramID int64
	Status    *telework.AwardEntryStatus
	Search    *AwardEntrySearch
	After     *relay.Cursor
	Limit     int
}

// AwardEntrySearch narrows a program's entries to those whose summary, registrant's name or
// contact email holds Text (without case, literally), looking in the name and the email only as
// far as the viewer may read them.
type AwardEntrySearch struct {
	Text string
	// AllNames looks in every registrant's name and its kana reading; otherwise only in the names
	// of registrants that consented to be listed.
	AllNames bool
	// ContactEmail looks in the entries' contact emails too.
	ContactEmail bool
}

func (q AwardEntryQuery) apply(c *conditions) {
	c.add(`a.program_id = ?`, q.ProgramID)
	if q.Status != nil {
		c.add(`a.status = ?`, string(*q.Status))
	}
	if s := q.Search; s != nil {
		// A program has a few hundred entries at most, found by award_entries_program_idx and
		// filtered: no text index is worth keeping for them.
		p := containsPattern(s.Text)
		c.add(`(a.summary ILIKE ?
			OR (?::bool AND a.contact_email ILIKE ?)
			OR EXISTS (SELECT 1 FROM registrants r WHERE r.id = a.registrant_id AND (
				(r.publish_name OR ?::bool) AND r.name ILIKE ?
				OR ?::bool AND r.name_kana ILIKE ?)))`,
			p, s.ContactEmail, p, s.AllNames, p, s.AllNames, p)
	}
}

// ListAwardEntries returns up to q.Limit entries of a program, after q.After.
func ListAwardEntries(ctx context.Context, db sqlx.QueryerContext, q AwardEntryQuery) ([]*telework.AwardEntry, error) {
	var c conditions
	q.apply(&c)
	if q.After != nil {
		c.add(`a.id > ?`, q.After.Key)
	}
	c.args = append(c.args, q.Limit)
	var out []*telework.AwardEntry
	query := finish(`SELECT ` + awardEntryColumns + ` FROM award_entries a WHERE ` + c.sql() + ` ORDER BY a.id LIMIT ?`)
	if err := sqlx.SelectContext(ctx, db, &out, query, c.args...); err != nil {
		return nil, fmt.Errorf("list award entries: %w", err)
	}
	return out, nil
}

// CountAwardEntries counts a program's entries, of one status when q.Status is set.
func CountAwardEntries(ctx context.Context, db sqlx.QueryerContext, q AwardEntryQuery) (int, error) {
	var c conditions
	q.apply(&c)
	var n int
	if err := sqlx.GetContext(ctx, db, &n, finish(`SELECT count(*) FROM award_entries a WHERE `+c.sql()), c.args...); err != nil {
		return 0, fmt.Errorf("count award entries: %w", err)
	}
	return n, nil
}
