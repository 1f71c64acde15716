package main

import (
	"net/http"
	"time"

	"github.com/lib/pq"

	"github.com/teleworkmonth/platform/internal/relay"
)

// eventsQuery is the public event list that both servers answer: the first 50 non-draft events in
// (starts_at, id) order with venue, seats, host and co-hosts. The page size is a variable, so that
// the growth run can count the statements of other sizes with the same query (the baseline
// answers 50 only).
const eventsQuery = `query ($first: Int = 50) { events(first: $first) { pageInfo { hasNextPage endCursor } edges { cursor node {
	id title { ja en } startsAt endsAt feeYen capacity seatsRemaining
	venue { name { ja en } prefecture } host { code name { ja en } } coHosts { code name { ja en } } } } } }`

const pageSize = 50

type ministryJSON struct {
	Code string `json:"code"`
	Name text   `json:"name"`
}

type venueJSON struct {
	Name       text    `json:"name"`
	Prefecture *string `json:"prefecture"`
}

type eventJSON struct {
	ID             string          `json:"id"`
	Title          text            `json:"title"`
	StartsAt       string          `json:"startsAt"`
	EndsAt         string          `json:"endsAt"`
	FeeYen         int             `json:"feeYen"`
	Capacity       *int            `json:"capacity"`
	SeatsRemaining *int            `json:"seatsRemaining"`
	Venue          *venueJSON      `json:"venue"`
	Host           *ministryJSON   `json:"host"`
	CoHosts        []*ministryJSON `json:"coHosts"`
}

type edgeJSON struct {
	Cursor string     `json:"cursor"`
	Node   *eventJSON `json:"node"`
}

type eventsAnswer struct {
	Data struct {
		Events struct {
			PageInfo pageInfo   `json:"pageInfo"`
			Edges    []edgeJSON `json:"edges"`
		} `json:"events"`
	} `json:"data"`
}

// events answers the public event list with two statements: one keyset query for the page, one
// for the hosts and co-hosts of its events.
func (b *baseline) events(r *http.Request, q *querier) (any, error) {
	ctx := r.Context()
	rows, err := q.query(ctx, `
		SELECT id, title_ja, title_en, starts_at, ends_at, fee_yen, capacity, seats_taken,
		       venue_name_ja, venue_name_en, venue_prefecture, host_ministry_id
		FROM events WHERE status <> 'DRAFT' ORDER BY starts_at, id LIMIT $1`, pageSize+1)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var (
		ans     eventsAnswer
		ids     []int64
		hosts   []int64
		starts  []time.Time
		byEvent = map[int64]*eventJSON{}
	)
	for rows.Next() {
		var (
			e                  eventJSON
			id, host           int64
			start, end         time.Time
			taken              int
			venueJa, venueEn   *string
			capacity           *int
			prefecture, title2 *string
		)
		if err := rows.Scan(&id, &e.Title.Ja, &title2, &start, &end, &e.FeeYen, &capacity, &taken,
			&venueJa, &venueEn, &prefecture, &host); err != nil {
			return nil, err
		}
		e.Title.En = title2
		e.ID = relay.ID(relay.KindEvent, id)
		e.StartsAt = start.UTC().Format(time.RFC3339)
		e.EndsAt = end.UTC().Format(time.RFC3339)
		e.Capacity = capacity
		if capacity != nil {
			left := max(*capacity-taken, 0)
			e.SeatsRemaining = &left
		}
		if venueJa != nil {
			e.Venue = &venueJSON{Name: text{Ja: *venueJa, En: venueEn}, Prefecture: prefecture}
		}
		e.CoHosts = []*ministryJSON{}
		ids, hosts, starts = append(ids, id), append(hosts, host), append(starts, start)
		byEvent[id] = &e
		ans.Data.Events.Edges = append(ans.Data.Events.Edges, edgeJSON{Node: &e})
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	page := &ans.Data.Events
	if len(page.Edges) > pageSize {
		page.PageInfo.HasNextPage = true
		page.Edges, ids, hosts = page.Edges[:pageSize], ids[:pageSize], hosts[:pageSize]
	}
	if page.Edges == nil {
		page.Edges = []edgeJSON{}
	}
	for i := range page.Edges {
		t := starts[i]
		page.Edges[i].Cursor = relay.EncodeCursor(relay.ListEvents, relay.Cursor{Time: &t, Key: ids[i]})
	}
	if n := len(page.Edges); n > 0 {
		page.PageInfo.EndCursor = &page.Edges[n-1].Cursor
	}
	// Hosts and co-hosts in one query: the host rows first (is_host), then each event's co-hosts
	// in the ministries' order.
	mrows, err := q.query(ctx, `
		SELECT x.event_id, x.is_host, m.code, m.name_ja, m.name_en
		FROM (SELECT unnest($1::bigint[]) AS event_id, unnest($2::bigint[]) AS ministry_id, true AS is_host
		      UNION ALL
		      SELECT event_id, ministry_id, false FROM event_cohosts WHERE event_id = ANY($1)) x
		JOIN ministries m ON m.id = x.ministry_id
		ORDER BY x.event_id, x.is_host DESC, m.position, m.id`, pq.Array(ids), pq.Array(hosts))
	if err != nil {
		return nil, err
	}
	defer mrows.Close()
	for mrows.Next() {
		var (
			eventID int64
			isHost  bool
			m       ministryJSON
		)
		if err := mrows.Scan(&eventID, &isHost, &m.Code, &m.Name.Ja, &m.Name.En); err != nil {
			return nil, err
		}
		e := byEvent[eventID]
		if e == nil {
			continue
		}
		if isHost {
			e.Host = &m
		} else {
			e.CoHosts = append(e.CoHosts, &m)
		}
	}
	return &ans, mrows.Err()
}
