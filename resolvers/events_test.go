package resolvers_test

// The public list of events: every filter field checked against its rule and against the
// database, search, seats and waitlists, and one documented event read field by field.

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/relay"
)

// eventFilterCase is a filter, the rule each listed event must satisfy, and the same rule in SQL.
type eventFilterCase struct {
	name   string
	filter map[string]any
	rule   func(e eventNode) bool
	where  string // a condition on e (events) and c (campaigns), with args
	args   []any
	empty  bool // the filter matches no public event
}

// runEventFilters walks every page of each filtered list and checks each event against the rule,
// the whole list (in order) against the database, and totalCount against its length.
func runEventFilters(t *testing.T, s *apptest.Server, cases []eventFilterCase) {
	t.Helper()
	all := sqlInt(t, s.DB, `SELECT count(*) FROM events WHERE status <> 'DRAFT'`)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			nodes, total := walkPages[eventNode](t, s, eventsQuery, map[string]any{"filter": tc.filter}, 100, "events")
			for _, e := range nodes {
				if !tc.rule(e) {
					t.Errorf("event %s does not satisfy the filter: %+v", e.ID, e)
				}
			}
			want := sqlIDs(t, s.DB, relay.KindEvent, publicEventsSQL(tc.where), tc.args...)
			sameList(t, "events", eventIDs(nodes), want)
			if total != len(want) {
				t.Errorf("totalCount %d, want %d", total, len(want))
			}
			switch {
			case tc.empty && len(want) != 0:
				t.Errorf("the database has %d matching events, the case expects none", len(want))
			case !tc.empty && (len(want) == 0 || len(want) == all):
				t.Errorf("the filter matches %d of %d events: it does not narrow the list", len(want), all)
			}
		})
	}
}

func TestEventFilters(t *testing.T) {
	s := apptest.New(t, apptest.Options{Seed: true})
	fy2023Start := time.Date(2023, 11, 27, 4, 30, 0, 0, time.UTC)
	nov2026 := time.Date(2026, 11, 1, 0, 0, 0, 0, time.FixedZone("JST", 9*60*60))
	dec2017 := time.Date(2017, 12, 1, 0, 0, 0, 0, time.UTC)
	// confirmed counts the confirmed in-person applications of e: the seats taken.
	const confirmed = `(SELECT count(*) FROM event_applications a WHERE a.event_id = e.id AND a.status = 'CONFIRMED' AND a.attendance = 'IN_PERSON')`
	// seatOpen is the rule of hasSeats: a seat can still be taken.
	const seatOpen = `(e.status = 'PUBLISHED' AND now() < coalesce(e.application_deadline, e.starts_at)
		AND (e.capacity IS NULL OR e.capacity > ` + confirmed + `))`
	searchText := func(e eventNode) string {
		parts := []string{e.Title.Ja, deref(e.Title.En)}
		if e.Description != nil {
			parts = append(parts, e.Description.Ja, deref(e.Description.En))
		}
		return strings.ToLower(strings.Join(parts, " "))
	}
	search := func(q string) eventFilterCase {
		return eventFilterCase{
			name:   "search " + q,
			filter: map[string]any{"search": q},
			rule:   func(e eventNode) bool { return strings.Contains(searchText(e), strings.ToLower(strings.TrimSpace(q))) },
			where: `strpos(lower(e.title_ja || ' ' || coalesce(e.title_en, '') || ' ' || coalesce(e.description_ja, '') || ' ' ||
				coalesce(e.description_en, '')), lower(trim($1))) > 0`,
			args: []any{q},
		}
	}
	status := func(st string) eventFilterCase {
		return eventFilterCase{
			name: "status " + st, filter: map[string]any{"status": st},
			rule: func(e eventNode) bool { return e.Status == st }, where: `e.status = $1`, args: []any{st},
		}
	}
	ministry := func(code string) eventFilterCase {
		return eventFilterCase{
			name: "ministryCode " + code, filter: map[string]any{"ministryCode": code},
			rule: func(e eventNode) bool { return e.hostsOrCoHosts(code) },
			where: `EXISTS (SELECT 1 FROM ministries m WHERE m.code = $1 AND
				(m.id = e.host_ministry_id OR m.id IN (SELECT ministry_id FROM event_cohosts WHERE event_id = e.id)))`,
			args: []any{code},
		}
	}

	runEventFilters(t, s, []eventFilterCase{
		{
			name: "fiscalYear 2023", filter: map[string]any{"fiscalYear": 2023},
			rule: func(e eventNode) bool { return e.Campaign.FiscalYear == 2023 }, where: `c.fiscal_year = 2023`,
		},
		{
			name: "fiscalYear 2017", filter: map[string]any{"fiscalYear": 2017},
			rule: func(e eventNode) bool { return e.Campaign.FiscalYear == 2017 }, where: `c.fiscal_year = 2017`,
		},
		{
			name: "fiscalYear without a campaign", filter: map[string]any{"fiscalYear": 2020},
			rule: func(eventNode) bool { return false }, where: `c.fiscal_year = 2020`, empty: true,
		},
		ministry("MOE"),
		ministry("CAO"),
		{
			name: "ministryCode unknown", filter: map[string]any{"ministryCode": "XYZ"},
			rule: func(eventNode) bool { return false }, where: `false`, empty: true,
		},
		{
			name: "kind SEMINAR", filter: map[string]any{"kind": "SEMINAR"},
			rule: func(e eventNode) bool { return e.Kind == "SEMINAR" }, where: `e.kind = 'SEMINAR'`,
		},
		{
			name: "kind AWARD_CEREMONY", filter: map[string]any{"kind": "AWARD_CEREMONY"},
			rule: func(e eventNode) bool { return e.Kind == "AWARD_CEREMONY" }, where: `e.kind = 'AWARD_CEREMONY'`,
		},
		{
			name: "prefecture OSAKA", filter: map[string]any{"prefecture": "OSAKA"},
			rule:  func(e eventNode) bool { return e.Venue != nil && deref(e.Venue.Prefecture) == "OSAKA" },
			where: `e.venue_prefecture = 'OSAKA'`,
		},
		{
			name: "prefecture TOKYO", filter: map[string]any{"prefecture": "TOKYO"},
			rule:  func(e eventNode) bool { return e.Venue != nil && deref(e.Venue.Prefecture) == "TOKYO" },
			where: `e.venue_prefecture = 'TOKYO'`,
		},
		{
			name: "startsAfter (in Japan's offset) is inclusive", filter: map[string]any{"startsAfter": nov2026.Format(time.RFC3339)},
			rule: func(e eventNode) bool { return !e.StartsAt.Before(nov2026) }, where: `e.starts_at >= $1`, args: []any{nov2026},
		},
		{
			name: "startsBefore", filter: map[string]any{"startsBefore": dec2017.Format(time.RFC3339)},
			rule: func(e eventNode) bool { return e.StartsAt.Before(dec2017) }, where: `e.starts_at < $1`, args: []any{dec2017},
		},
		{
			name:   "startsAfter the FY2023 event's start includes it",
			filter: map[string]any{"startsAfter": "2023-11-27T13:30:00+09:00", "startsBefore": "2023-11-27T04:30:01Z"},
			rule:   func(e eventNode) bool { return e.StartsAt.Equal(fy2023Start) },
			where:  `e.starts_at = $1`, args: []any{fy2023Start},
		},
		{
			name:   "startsBefore the FY2023 event's start excludes it",
			filter: map[string]any{"startsAfter": "2023-11-01T00:00:00Z", "startsBefore": "2023-11-27T04:30:00Z"},
			rule: func(e eventNode) bool {
				return !e.StartsAt.Before(time.Date(2023, 11, 1, 0, 0, 0, 0, time.UTC)) && e.StartsAt.Before(fy2023Start)
			},
			where: `e.starts_at >= '2023-11-01T00:00:00Z' AND e.starts_at < $1`, args: []any{fy2023Start},
		},
		{
			name: "onlineOnly true", filter: map[string]any{"onlineOnly": true},
			rule: func(e eventNode) bool { return e.Venue == nil }, where: `e.venue_name_ja IS NULL`,
		},
		{
			name: "onlineOnly false", filter: map[string]any{"onlineOnly": false},
			rule: func(e eventNode) bool { return e.Venue != nil }, where: `e.venue_name_ja IS NOT NULL`,
		},
		{
			name: "hasSeats true: published, open, seats free", filter: map[string]any{"hasSeats": true},
			rule: func(e eventNode) bool { return e.seatOpen(time.Now()) }, where: seatOpen,
		},
		{
			name: "hasSeats false: every other event", filter: map[string]any{"hasSeats": false},
			rule: func(e eventNode) bool { return !e.seatOpen(time.Now()) }, where: `NOT ` + seatOpen,
		},
		status("PUBLISHED"),
		status("CLOSED"),
		status("CANCELLED"),
		{
			name: "status DRAFT: none for the public", filter: map[string]any{"status": "DRAFT"},
			rule: func(eventNode) bool { return false }, where: `e.status = 'DRAFT'`, empty: true,
		},
		search("セミナー"),
		search("seminar"),
		search("SEMINAR"),
		search("SeMiNaR"),
		search("ワーケーション"),
		search("Workations"),
		search("働く、を変える"),
		search("  テレワークと脱炭素  "),
		{
			name: "every field at once",
			filter: map[string]any{"fiscalYear": 2026, "status": "PUBLISHED", "hasSeats": true, "onlineOnly": false,
				"kind": "SEMINAR", "startsAfter": "2026-10-01T00:00:00Z", "startsBefore": "2027-01-01T00:00:00Z", "search": "セミナー"},
			rule: func(e eventNode) bool {
				return e.Campaign.FiscalYear == 2026 && e.Status == "PUBLISHED" && e.Venue != nil && e.Kind == "SEMINAR" &&
					e.seatOpen(time.Now()) && strings.Contains(searchText(e), "セミナー")
			},
			where: `c.fiscal_year = 2026 AND e.status = 'PUBLISHED' AND e.venue_name_ja IS NOT NULL AND e.kind = 'SEMINAR'
				AND ` + seatOpen + ` AND ` + search("セミナー").where + `
				AND e.starts_at >= '2026-10-01T00:00:00Z' AND e.starts_at < '2027-01-01T00:00:00Z'`,
			args: []any{"セミナー"},
		},
	})

	t.Run("search is case-insensitive: seminar, SEMINAR and セミナー list the same events", func(t *testing.T) {
		var lists [][]string
		for _, q := range []string{"seminar", "SEMINAR", "セミナー"} {
			nodes, _ := walkPages[eventNode](t, s, eventsQuery, map[string]any{"filter": map[string]any{"search": q}}, 100, "events")
			lists = append(lists, eventIDs(nodes))
		}
		sameList(t, "SEMINAR vs seminar", lists[1], lists[0])
		sameList(t, "セミナー vs seminar", lists[2], lists[0])
	})
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// TestEventSearchIsLiteral proves that % and _ in a search are the characters themselves, not
// LIKE's wildcards: one event gets a title with both, and only it is found.
func TestEventSearchIsLiteral(t *testing.T) {
	s := apptest.New(t, apptest.Options{Seed: true})
	key := sqlKeys(t, s.DB, `UPDATE events SET title_en = title_en || ' (100% remote_ready)'
		WHERE id = (SELECT min(id) FROM events WHERE status = 'PUBLISHED') RETURNING id`)
	only := globalIDs(relay.KindEvent, key)
	text := `e.title_ja || ' ' || coalesce(e.title_en, '') || ' ' || coalesce(e.description_ja, '') || ' ' || coalesce(e.description_en, '')`

	var cases []gqlCase
	for _, q := range []string{"%", "_", "0%", "0% r", "e_r", "_r"} {
		// Read as wildcards, each of these would match many events: the case would prove nothing.
		if n := sqlInt(t, s.DB, `SELECT count(*) FROM events e WHERE status <> 'DRAFT' AND `+text+` ILIKE $1`, "%"+q+"%"); n < 2 {
			t.Fatalf("%q as a LIKE pattern matches only %d events", q, n)
		}
		cases = append(cases, gqlCase{
			name: fmt.Sprintf("%q is literal", q), query: eventsQuery,
			vars: map[string]any{"filter": map[string]any{"search": q}, "first": 100},
			check: func(t *testing.T, r apptest.Response) {
				var d struct{ Events connection[eventNode] }
				r.Decode(t, &d)
				var got []string
				for _, e := range d.Events.Edges {
					got = append(got, e.Node.ID)
				}
				sameList(t, "events", got, only)
				if d.Events.TotalCount != 1 {
					t.Errorf("totalCount %d, want 1", d.Events.TotalCount)
				}
			},
		})
	}
	for _, q := range []string{`\`, `\%`, `'; DROP TABLE events; --`, "[a-z]*", "テレワーク%セミナー"} {
		cases = append(cases, gqlCase{
			name: fmt.Sprintf("%q finds nothing, without an error", q), query: eventsQuery,
			vars:  map[string]any{"filter": map[string]any{"search": q}, "first": 5},
			check: dataIs(`{"events": {"totalCount": 0, "pageInfo": {"hasNextPage": false, "endCursor": null}, "edges": []}}`),
		})
	}
	// A text that runs from the end of the FY2023 event's Japanese title into the start of its
	// English title is in neither of them.
	var seam string
	if err := s.DB.Get(&seam, `SELECT right(title_ja, 4) || ' ' || left(title_en, 9) FROM events WHERE id = $1`, fy2023EventKey(t, s.DB)); err != nil {
		t.Fatal(err)
	}
	if n := sqlInt(t, s.DB, `SELECT count(*) FROM events WHERE status <> 'DRAFT' AND (strpos(title_ja, $1) > 0
		OR strpos(coalesce(title_en, ''), $1) > 0 OR strpos(coalesce(description_ja, ''), $1) > 0
		OR strpos(coalesce(description_en, ''), $1) > 0)`, seam); n != 0 {
		t.Fatalf("%q is in %d events' texts", seam, n)
	}
	cases = append(cases, gqlCase{
		name:  fmt.Sprintf("%q, across the Japanese and the English title, is in neither: nothing", seam),
		query: eventsQuery, vars: map[string]any{"filter": map[string]any{"search": seam}, "first": 5},
		check: dataIs(`{"events": {"totalCount": 0, "pageInfo": {"hasNextPage": false, "endCursor": null}, "edges": []}}`),
	})
	runCases(t, s, cases)
}

// TestEventSeats checks seatsRemaining and waitlistLength of every public event against its
// applications in the database.
func TestEventSeats(t *testing.T) {
	s := apptest.New(t, apptest.Options{Seed: true})
	nodes, total := walkPages[eventNode](t, s, eventsQuery, nil, 100, "events")
	if total != len(nodes) {
		t.Fatalf("totalCount %d, %d events listed", total, len(nodes))
	}
	var rows []struct {
		ID         int64 `db:"id"`
		Capacity   *int  `db:"capacity"`
		Confirmed  int   `db:"confirmed"`
		Waitlisted int   `db:"waitlisted"`
	}
	err := s.DB.Select(&rows, `
		SELECT e.id, e.capacity,
		       count(a.id) FILTER (WHERE a.status = 'CONFIRMED' AND a.attendance = 'IN_PERSON') AS confirmed,
		       count(a.id) FILTER (WHERE a.status = 'WAITLISTED') AS waitlisted
		FROM events e LEFT JOIN event_applications a ON a.event_id = e.id
		WHERE e.status <> 'DRAFT' GROUP BY e.id`)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{}
	for _, r := range rows {
		seats := "null"
		if r.Capacity != nil {
			seats = fmt.Sprint(*r.Capacity - r.Confirmed)
		}
		want[relay.ID(relay.KindEvent, r.ID)] = fmt.Sprintf("seats %s, waitlist %d", seats, r.Waitlisted)
	}
	if len(want) != len(nodes) {
		t.Errorf("%d events listed, the database has %d public events", len(nodes), len(want))
	}
	var full, free, unlimited int
	for _, e := range nodes {
		seats := "null"
		if e.SeatsRemaining != nil {
			seats = fmt.Sprint(*e.SeatsRemaining)
		}
		if got := fmt.Sprintf("seats %s, waitlist %d", seats, e.WaitlistLength); got != want[e.ID] {
			t.Errorf("event %s: %s, want %s", e.ID, got, want[e.ID])
		}
		if (e.Capacity == nil) != (e.SeatsRemaining == nil) {
			t.Errorf("event %s: capacity %v but seatsRemaining %v", e.ID, e.Capacity, e.SeatsRemaining)
		}
		switch {
		case e.SeatsRemaining == nil:
			unlimited++
		case *e.SeatsRemaining == 0 && e.WaitlistLength > 0:
			full++
		case *e.SeatsRemaining > 0:
			free++
		}
	}
	if full == 0 || free == 0 || unlimited == 0 {
		t.Errorf("full with a waitlist %d, with seats %d, unlimited %d: the demo data should have each", full, free, unlimited)
	}
}

// TestEventFields reads the FY2023 campaign's documented event field by field: what the public
// sees of it, and what it does not (the stream link, the applications).
func TestEventFields(t *testing.T) {
	s := apptest.New(t, apptest.Options{Seed: true})
	id := relay.ID(relay.KindEvent, fy2023EventKey(t, s.DB))
	runCases(t, s, []gqlCase{
		{
			name: "the public fields",
			query: `query($id: ID!) { event(id: $id) { id kind status title { ja } startsAt endsAt tentative feeYen capacity
				applicationDeadline onlineStreaming archiveVideoUrl venue { name { ja } address { ja } prefecture }
				host { code } coHosts { code } campaign { fiscalYear eraName }
				programParts { title { ja } startsAt endsAt } } }`,
			vars: map[string]any{"id": id},
			check: dataIs(fmt.Sprintf(`{"event": {"id": %q, "kind": "SYMPOSIUM", "status": "CLOSED",
				"title": {"ja": "「働く、を変える」テレワークイベント"},
				"startsAt": "2023-11-27T04:30:00Z", "endsAt": "2023-11-27T07:30:00Z", "tentative": true, "feeYen": 0,
				"capacity": 200, "applicationDeadline": null, "onlineStreaming": true,
				"archiveVideoUrl": "https://video.example.jp/telework-month/2023/event",
				"venue": {"name": {"ja": "御茶ノ水ソラシティ 2F ホール"}, "address": {"ja": "東京都千代田区神田駿河台 4-6"}, "prefecture": "TOKYO"},
				"host": {"code": "CAO"}, "coHosts": [{"code": "MIC"}, {"code": "MHLW"}, {"code": "METI"}, {"code": "MLIT"}],
				"campaign": {"fiscalYear": 2023, "eraName": "令和5年度"},
				"programParts": [
					{"title": {"ja": "第一部 表彰式（総務大臣賞・厚生労働大臣賞、地方創生担当大臣賞）"}, "startsAt": "2023-11-27T04:30:00Z", "endsAt": "2023-11-27T05:30:00Z"},
					{"title": {"ja": "第二部 講評"}, "startsAt": "2023-11-27T05:30:00Z", "endsAt": "2023-11-27T06:00:00Z"},
					{"title": {"ja": "第三部 受賞企業による取組事例発表"}, "startsAt": "2023-11-27T06:10:00Z", "endsAt": "2023-11-27T07:30:00Z"}]}}`, id)),
		},
		{
			name:      "the stream link and the applications: null and FORBIDDEN at their paths, the rest arrives",
			query:     `query($id: ID!) { event(id: $id) { title { ja } streamingUrl applications { totalCount } seatsRemaining } }`,
			vars:      map[string]any{"id": id},
			wantCodes: []string{"FORBIDDEN", "FORBIDDEN"},
			check: func(t *testing.T, r apptest.Response) {
				wantErrorsAt(t, r, map[string]string{"event.streamingUrl": "FORBIDDEN", "event.applications": "FORBIDDEN"})
				seats := 200 - sqlInt(t, s.DB, `SELECT count(*) FROM event_applications a WHERE a.event_id = $1
					AND a.status = 'CONFIRMED' AND a.attendance = 'IN_PERSON'`, fy2023EventKey(t, s.DB))
				dataIs(fmt.Sprintf(`{"event": {"title": {"ja": "「働く、を変える」テレワークイベント"}, "streamingUrl": null,
					"applications": null, "seatsRemaining": %d}}`, seats))(t, r)
			},
		},
	})
}
