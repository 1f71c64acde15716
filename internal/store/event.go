package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"

	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/telework"
)

// eventColumns are the columns of an event that every read of events reads, in the order
// eventScanner reads them: all but its details and its description, which a read adds by its
// eventReads.
const eventColumns = `e.id, e.version, e.campaign_id, e.host_ministry_id, e.kind, e.status, e.title_ja,
	e.title_en, e.starts_at, e.ends_at, e.tentative, e.venue_name_ja, e.venue_name_en, e.venue_prefecture,
	e.online_streaming, e.fee_yen, e.capacity, e.seats_taken, e.waitlist_length`

// eventReads tells which of an event's optional groups of columns a read reads: its details
// (telework.EventDetails) and its description (telework.EventDescription). What is not read stays
// nil in the events read.
type eventReads struct {
	details, description bool
}

// wholeEvent reads all of an event: by ID, and where it is written.
var wholeEvent = eventReads{details: true, description: true}

// columns are the columns of an event the read reads, in the order eventScanner reads them.
func (r eventReads) columns() string {
	columns := eventColumns
	if r.details {
		columns += `, e.venue_address_ja, e.venue_address_en, e.streaming_url, e.archive_video_url, e.application_deadline,
			e.checked_in_count`
	}
	if r.description {
		columns += `, e.description_ja, e.description_en`
	}
	return columns
}

// fullEventColumns are the columns of a whole event.
var fullEventColumns = wholeEvent.columns()

// eventScanner reads rows of an eventReads' columns, after leading columns of the caller's. Lists
// of events scan their rows here rather than through sqlx's mapping by name, which on a page of
// events (its reflection over 24 fields a row, and database/sql's conversion into pointer fields,
// with an allocation for every nullable column) was a tenth of the server's CPU. Every row is read
// into the same destinations, each of the type lib/pq answers, which database/sql assigns
// directly: an int column read into an int goes through a string (formatted, then parsed again).
// The events, and the values their pointer fields point to, are handed out from a block of
// scannedEvent: one allocation for a page of rows rather than one for each event and for each of
// its optional values. Writes, which read one event, keep sqlx.
type eventScanner struct {
	id, version, campaignID, hostMinistryID, feeYen, seatsTaken, waitlistLength int64
	checkedInCount                                                              int64
	kind, status, titleJa                                                       string
	startsAt, endsAt                                                            time.Time
	tentative, onlineStreaming                                                  bool
	titleEn                                                                     sql.Null[string]
	venueNameJa, venueNameEn, prefecture                                        sql.Null[string]
	capacity                                                                    sql.Null[int64]
	venueAddressJa, venueAddrEn, streamingURL, archiveVideoURL                  sql.Null[string]
	deadline                                                                    sql.Null[time.Time]
	descriptionJa, descriptionEn                                                sql.Null[string]

	reads eventReads
	dest  []any
	rows  block[scannedEvent]
}

// scannedEvent is an event with the values its pointer fields point to.
type scannedEvent struct {
	e                                                     telework.Event
	titleEn                                               string
	venueNameJa, venueNameEn, venueAddressJa, venueAddrEn string
	streamingURL, archiveVideoURL                         string
	prefecture                                            telework.Prefecture
	capacity                                              int
	deadline                                              time.Time
	details                                               telework.EventDetails
	description                                           telework.EventDescription
	descriptionJa, descriptionEn                          string
}

// newEventScanner reads rows of the columns of reads after the leading columns; expectedRows, the
// number of rows the query most likely returns (a page's limit), sizes the blocks of events.
func newEventScanner(expectedRows int, reads eventReads, leading ...any) *eventScanner {
	s := &eventScanner{rows: newBlock[scannedEvent](expectedRows), reads: reads}
	s.dest = append(leading, &s.id, &s.version, &s.campaignID, &s.hostMinistryID, &s.kind, &s.status,
		&s.titleJa, &s.titleEn, &s.startsAt, &s.endsAt, &s.tentative, &s.venueNameJa, &s.venueNameEn, &s.prefecture,
		&s.onlineStreaming, &s.feeYen, &s.capacity, &s.seatsTaken, &s.waitlistLength)
	if reads.details {
		s.dest = append(s.dest, &s.venueAddressJa, &s.venueAddrEn, &s.streamingURL, &s.archiveVideoURL, &s.deadline,
			&s.checkedInCount)
	}
	if reads.description {
		s.dest = append(s.dest, &s.descriptionJa, &s.descriptionEn)
	}
	return s
}

// scan reads the current row into a new event.
func (s *eventScanner) scan(rows *sql.Rows) (*telework.Event, error) {
	if err := rows.Scan(s.dest...); err != nil {
		return nil, err
	}
	r := s.rows.next()
	r.e = telework.Event{
		ID: s.id, Version: int(s.version), CampaignID: s.campaignID, HostMinistryID: s.hostMinistryID,
		Kind: telework.EventKind(s.kind), Status: telework.EventStatus(s.status),
		TitleJa: s.titleJa, TitleEn: pointTo(&r.titleEn, s.titleEn),
		StartsAt: s.startsAt, EndsAt: s.endsAt, Tentative: s.tentative,
		VenueNameJa: pointTo(&r.venueNameJa, s.venueNameJa), VenueNameEn: pointTo(&r.venueNameEn, s.venueNameEn),
		VenuePrefecture: pointToAs(&r.prefecture, s.prefecture, prefectureOf),
		OnlineStreaming: s.onlineStreaming, FeeYen: int(s.feeYen),
		Capacity:   pointToAs(&r.capacity, s.capacity, intOf),
		SeatsTaken: int(s.seatsTaken), WaitlistLength: int(s.waitlistLength),
	}
	if s.reads.details {
		r.details = telework.EventDetails{
			VenueAddressJa: pointTo(&r.venueAddressJa, s.venueAddressJa), VenueAddressEn: pointTo(&r.venueAddrEn, s.venueAddrEn),
			StreamingURL: pointTo(&r.streamingURL, s.streamingURL), ArchiveVideoURL: pointTo(&r.archiveVideoURL, s.archiveVideoURL),
			ApplicationDeadline: pointTo(&r.deadline, s.deadline), CheckedInCount: int(s.checkedInCount),
		}
		r.e.EventDetails = &r.details
	}
	if s.reads.description {
		r.description = telework.EventDescription{DescriptionJa: pointTo(&r.descriptionJa, s.descriptionJa),
			DescriptionEn: pointTo(&r.descriptionEn, s.descriptionEn)}
		r.e.EventDescription = &r.description
	}
	return &r.e, nil
}

// selectEvents runs a query of the columns of reads and returns its events in the order of its
// rows.
func selectEvents(ctx context.Context, db sqlx.QueryerContext, expectedRows int, reads eventReads, query string, args ...any) ([]*telework.Event, error) {
	return selectRows(ctx, db, expectedRows, newEventScanner(expectedRows, reads).scan, query, args...)
}

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

// EventsByIDs returns the whole events with the given IDs, in any order.
func EventsByIDs(ctx context.Context, db sqlx.QueryerContext, ids []int64) ([]*telework.Event, error) {
	events, err := selectEvents(ctx, db, len(ids), wholeEvent, `SELECT `+fullEventColumns+` FROM events e WHERE e.id = ANY($1)`, pq.Array(ids))
	if err != nil {
		return nil, fmt.Errorf("events by id: %w", err)
	}
	return events, nil
}

// EventDescriptionsByIDs returns the descriptions of the events with the given IDs, by event ID.
func EventDescriptionsByIDs(ctx context.Context, db sqlx.QueryerContext, ids []int64) (map[int64]*telework.EventDescription, error) {
	var rows []struct {
		ID int64 `db:"id"`
		telework.EventDescription
	}
	err := sqlx.SelectContext(ctx, db, &rows, `SELECT id, description_ja, description_en FROM events WHERE id = ANY($1)`, pq.Array(ids))
	if err != nil {
		return nil, fmt.Errorf("event descriptions by id: %w", err)
	}
	out := make(map[int64]*telework.EventDescription, len(rows))
	for i := range rows {
		out[rows[i].ID] = &rows[i].EventDescription
	}
	return out, nil
}

// CoHostsByEventIDs returns the co-host ministries of each event, in the government's order.
func CoHostsByEventIDs(ctx context.Context, db sqlx.QueryerContext, eventIDs []int64) (map[int64][]*telework.Ministry, error) {
	var rows []struct {
		EventID int64 `db:"event_id"`
		telework.Ministry
	}
	err := sqlx.SelectContext(ctx, db, &rows, `
		SELECT c.event_id, m.id, m.code, m.name_ja, m.name_en
		FROM event_cohosts c JOIN ministries m ON m.id = c.ministry_id
		WHERE c.event_id = ANY($1) ORDER BY c.event_id, m.position, m.id`, pq.Array(eventIDs))
	if err != nil {
		return nil, fmt.Errorf("co-hosts by event: %w", err)
	}
	out := make(map[int64][]*telework.Ministry, len(eventIDs))
	for i := range rows {
		out[rows[i].EventID] = append(out[rows[i].EventID], &rows[i].Ministry)
	}
	return out, nil
}

// HostsAndCoHosts returns, with one statement, the two edges of a page of events that lists show:
// the ministries that host (hostIDs) or co-host one of the events, and the co-hosts of each event
// in the government's order. Each ministry is read once, however many events it co-hosts, and an
// event's co-hosts are the same values as the ministries returned.
func HostsAndCoHosts(ctx context.Context, db sqlx.QueryerContext, hostIDs, eventIDs []int64) ([]*telework.Ministry, map[int64][]*telework.Ministry, error) {
	rows, err := db.QueryContext(ctx, `
		SELECT NULL::bigint AS event_id, m.position, m.id, m.code, m.name_ja, m.name_en
		FROM ministries m
		WHERE m.id = ANY($1) OR m.id IN (SELECT ministry_id FROM event_cohosts WHERE event_id = ANY($2))
		UNION ALL
		SELECT c.event_id, m.position, m.id, NULL, NULL, NULL
		FROM event_cohosts c JOIN ministries m ON m.id = c.ministry_id WHERE c.event_id = ANY($2)
		ORDER BY event_id NULLS FIRST, position, id`, pq.Array(hostIDs), pq.Array(eventIDs))
	if err != nil {
		return nil, nil, fmt.Errorf("hosts and co-hosts of events: %w", err)
	}
	defer rows.Close()
	var (
		ministries      []*telework.Ministry
		byID            = map[int64]*telework.Ministry{}
		coHosts         = make(map[int64][]*telework.Ministry, len(eventIDs))
		eventID         sql.Null[int64]
		position, id    int64
		code, ja, en    sql.Null[string]
		ministryColumns = []any{&eventID, &position, &id, &code, &ja, &en}
	)
	for rows.Next() {
		if err := rows.Scan(ministryColumns...); err != nil {
			return nil, nil, fmt.Errorf("hosts and co-hosts of events: %w", err)
		}
		if !eventID.Valid { // the ministries come first
			m := &telework.Ministry{ID: id, Code: code.V, NameJa: ja.V, NameEn: pointTo(new(string), en)}
			ministries = append(ministries, m)
			byID[id] = m
			continue
		}
		coHosts[eventID.V] = append(coHosts[eventID.V], byID[id])
	}
	if err := rows.Err(); err != nil {
		return nil, nil, fmt.Errorf("hosts and co-hosts of events: %w", err)
	}
	return ministries, coHosts, nil
}

// ProgramPartsByEventIDs returns the program parts of each event, in program order.
func ProgramPartsByEventIDs(ctx context.Context, db sqlx.QueryerContext, eventIDs []int64) (map[int64][]*telework.ProgramPart, error) {
	var parts []*telework.ProgramPart
	err := sqlx.SelectContext(ctx, db, &parts, `
		SELECT id, event_id, title_ja, title_en, starts_at, ends_at FROM event_program_parts
		WHERE event_id = ANY($1) ORDER BY event_id, position`, pq.Array(eventIDs))
	if err != nil {
		return nil, fmt.Errorf("program parts by event: %w", err)
	}
	out := make(map[int64][]*telework.ProgramPart, len(eventIDs))
	for _, p := range parts {
		out[p.EventID] = append(out[p.EventID], p)
	}
	return out, nil
}
