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

// eventSearchText must stay the expression of the trigram index events_search_idx.
const eventSearchText = `(e.title_ja || E'\x1f' || coalesce(e.title_en, '') || E'\x1f' || coalesce(e.description_ja, '') || E'\x1f' || coalesce(e.description_en, ''))`

// seatOpen holds for an event where a seat can still be taken: published, its applications open
// (before the deadline, or before the start when it has none, as Apply decides it) and in-person
// seats free or not limited. Never NULL: its negation is every other event.
const seatOpen = `(e.status = 'PUBLISHED' AND now() < coalesce(e.application_deadline, e.starts_at)
	AND (e.capacity IS NULL OR e.seats_taken < e.capacity))`

// EventScope limits a query to the events a viewer may see: everything but drafts, plus the drafts
// that authz allows.
type EventScope struct {
	AllDrafts          bool
	DraftMinistryCodes []string // drafts hosted or co-hosted by these ministries
}

// EventFilter narrows a list of events; nil fields do not narrow it.
type EventFilter struct {
	FiscalYear   *int
	MinistryCode *string
	Kind         *telework.EventKind
	Prefecture   *telework.Prefecture
	StartsAfter  *time.Time
	StartsBefore *time.Time
	OnlineOnly   *bool
	HasSeats     *bool
	Status       *telework.EventStatus
	Search       *string
}

// EventQuery asks for one page of events in (starts_at, id) order.
type EventQuery struct {
	Filter EventFilter
	Scope  EventScope
	After  *relay.Cursor
	Limit  int
	// Details asks for the events' details (telework.EventDetails), which stay nil without it.
	Details bool
}

// reads are the groups of columns the query's events read: never the description, which a page
// of events loads apart when asked (see EventDescriptionsByIDs).
func (q EventQuery) reads() eventReads { return eventReads{details: q.Details} }

func (s EventScope) apply(c *conditions) {
	switch {
	case s.AllDrafts:
	case len(s.DraftMinistryCodes) > 0:
		codes := pq.Array(s.DraftMinistryCodes)
		c.add(`(e.status <> 'DRAFT' OR EXISTS (SELECT 1 FROM ministries dm WHERE dm.code = ANY(?::text[])
			AND (dm.id = e.host_ministry_id OR EXISTS (
				SELECT 1 FROM event_cohosts dc WHERE dc.event_id = e.id AND dc.ministry_id = dm.id))))`, codes)
	default:
		c.add(`e.status <> 'DRAFT'`)
	}
}

func (f EventFilter) apply(c *conditions) {
	if f.FiscalYear != nil {
		c.add(`e.campaign_id = (SELECT id FROM campaigns WHERE fiscal_year = ?)`, *f.FiscalYear)
	}
	if f.MinistryCode != nil {
		c.add(`EXISTS (SELECT 1 FROM ministries m WHERE m.code = ? AND (m.id = e.host_ministry_id
			OR EXISTS (SELECT 1 FROM event_cohosts fc WHERE fc.event_id = e.id AND fc.ministry_id = m.id)))`, *f.MinistryCode)
	}
	if f.Kind != nil {
		c.add(`e.kind = ?`, string(*f.Kind))
	}
	if f.Prefecture != nil {
		c.add(`e.venue_prefecture = ?`, string(*f.Prefecture))
	}
	if f.StartsAfter != nil {
		c.add(`e.starts_at >= ?`, *f.StartsAfter)
	}
	if f.StartsBefore != nil {
		c.add(`e.starts_at < ?`, *f.StartsBefore)
	}
	if f.OnlineOnly != nil {
		if *f.OnlineOnly {
			c.add(`e.venue_name_ja IS NULL`)
		} else {
			c.add(`e.venue_name_ja IS NOT NULL`)
		}
	}
	if f.HasSeats != nil {
		if *f.HasSeats {
			c.add(seatOpen)
		} else {
			c.add(`NOT ` + seatOpen)
		}
	}
	if f.Status != nil {
		c.add(`e.status = ?`, string(*f.Status))
	}
	if f.Search != nil {
		c.add(eventSearchText+` ILIKE ?`, containsPattern(*f.Search))
	}
}

func afterEvent(c *conditions, after *relay.Cursor) {
	if after != nil && after.Time != nil {
		c.add(`(e.starts_at, e.id) > (?, ?)`, *after.Time, after.Key)
	}
}

// ListEvents returns up to q.Limit events matching q, after q.After.
func ListEvents(ctx context.Context, db sqlx.QueryerContext, q EventQuery) ([]*telework.Event, error) {
	var c conditions
	q.Filter.apply(&c)
	q.Scope.apply(&c)
	afterEvent(&c, q.After)
	c.args = append(c.args, q.Limit)
	query := finish(`SELECT ` + q.reads().columns() + ` FROM events e WHERE ` + c.sql() + `
		ORDER BY e.starts_at, e.id LIMIT ?`)
	events, err := selectEvents(ctx, db, q.Limit, q.reads(), query, c.args...)
	if err != nil {
		return nil, fmt.Errorf("list events: %w", err)
	}
	return events, nil
}

// CountEvents counts the events matching a filter in a scope.
func CountEvents(ctx context.Context, db sqlx.QueryerContext, f EventFilter, s EventScope) (int, error) {
	var c conditions
	f.apply(&c)
	s.apply(&c)
	var n int
	if err := sqlx.GetContext(ctx, db, &n, finish(`SELECT count(*) FROM events e WHERE `+c.sql()), c.args...); err != nil {
		return 0, fmt.Errorf("count events: %w", err)
	}
	return n, nil
}

// EventParent is what a nested list of events hangs from.
type EventParent int

// The parents of nested event lists.
const (
	EventsOfCampaign EventParent = iota // the campaign's events
	EventsOfMinistry                    // the events a ministry hosts or co-hosts
)

func (p EventParent) condition() string {
	if p == EventsOfCampaign {
		return `e.campaign_id = p.parent_id`
	}
	return `(e.host_ministry_id = p.parent_id OR EXISTS (
		SELECT 1 FROM event_cohosts pc WHERE pc.event_id = e.id AND pc.ministry_id = p.parent_id))`
}

// ListEventsOf returns a page of events for each of several parents in one statement: the first
// q.Limit events of each, after q.After. q.Filter is ignored.
func ListEventsOf(ctx context.Context, db sqlx.QueryerContext, parent EventParent, parentIDs []int64, q EventQuery) (map[int64][]*telework.Event, error) {
	var c conditions
	c.add(parent.condition())
	q.Scope.apply(&c)
	afterEvent(&c, q.After)
	args := append(append([]any{pq.Array(parentIDs)}, c.args...), q.Limit)
	query := finish(`SELECT p.parent_id, e.* FROM unnest(?::bigint[]) AS p(parent_id)
		CROSS JOIN LATERAL (SELECT ` + q.reads().columns() + ` FROM events e WHERE ` + c.sql() + `
			ORDER BY e.starts_at, e.id LIMIT ?) e
		ORDER BY p.parent_id, e.starts_at, e.id`)
	rows, err := db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("list events of parents: %w", err)
	}
	defer rows.Close()
	out := make(map[int64][]*telework.Event, len(parentIDs))
	var parentID int64
	scanner := newEventScanner(len(parentIDs)*q.Limit, q.reads(), &parentID)
	for rows.Next() {
		e, err := scanner.scan(rows)
		if err != nil {
			return nil, fmt.Errorf("list events of parents: %w", err)
		}
		out[parentID] = append(out[parentID], e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list events of parents: %w", err)
	}
	return out, nil
}

// CountEventsOf counts the events of each of several parents in one statement.
func CountEventsOf(ctx context.Context, db sqlx.QueryerContext, parent EventParent, parentIDs []int64, s EventScope) (map[int64]int, error) {
	var c conditions
	c.add(parent.condition())
	s.apply(&c)
	query := finish(`SELECT p.parent_id, (SELECT count(*) FROM events e WHERE ` + c.sql() + `) AS n
		FROM unnest(?::bigint[]) AS p(parent_id)`)
	args := append(c.args, pq.Array(parentIDs))
	var rows []struct {
		ParentID int64 `db:"parent_id"`
		N        int   `db:"n"`
	}
	if err := sqlx.SelectContext(ctx, db, &rows, query, args...); err != nil {
		return nil, fmt.Errorf("count events of parents: %w", err)
	}
	out := make(map[int64]int, len(rows))
	for _, r := range rows {
		out[r.ParentID] = r.N
	}
	return out, nil
}
