package resolvers_test

// Keyset pagination of the public lists, and the refusal of bad paging and filter arguments with
// BAD_USER_INPUT naming the argument.

import (
	"encoding/base64"
	"slices"
	"strings"
	"testing"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/relay"
)

type registrantNode struct {
	ID         string
	Name       *string
	Kind       string
	Industry   *string
	Activities []string
	Campaign   struct{ FiscalYear int }
}

func registrantIDs(nodes []registrantNode) []string {
	return mapList(nodes, func(r registrantNode) string { return r.ID })
}

const registrantsQuery = `query($filter: RegistrantFilter, $first: Int, $after: String) {
	registrants(filter: $filter, first: $first, after: $after) {
		totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name kind industry activities campaign { fiscalYear } } } } }`

func TestPagination(t *testing.T) {
	s := apptest.New(t, apptest.Options{Seed: true})
	nested := func(parent string) string {
		return `query($first: Int, $after: String) { ` + parent + ` { events(first: $first, after: $after) {
			totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ` + eventNodeFields + ` } } } } }`
	}
	for _, w := range []struct {
		name  string
		query string
		vars  map[string]any
		path  []string
		where string
	}{
		{name: "events, 7 a page", query: eventsQuery, path: []string{"events"}, where: `true`},
		{name: "events of FY2026, 7 a page", query: eventsQuery, vars: map[string]any{"filter": map[string]any{"fiscalYear": 2026}},
			path: []string{"events"}, where: `c.fiscal_year = 2026`},
		{name: "online events, 7 a page", query: eventsQuery, vars: map[string]any{"filter": map[string]any{"onlineOnly": true}},
			path: []string{"events"}, where: `e.venue_name_ja IS NULL`},
		{name: "campaign(2026).events, 7 a page", query: nested(`campaign(fiscalYear: 2026)`), path: []string{"campaign", "events"},
			where: `c.fiscal_year = 2026`},
		{name: "ministry(MIC).events, 7 a page", query: nested(`ministry(code: "MIC")`), path: []string{"ministry", "events"},
			where: `e.host_ministry_id = (SELECT id FROM ministries WHERE code = 'MIC')
				OR EXISTS (SELECT 1 FROM event_cohosts x JOIN ministries m ON m.id = x.ministry_id WHERE x.event_id = e.id AND m.code = 'MIC')`},
	} {
		t.Run(w.name+": every public event once, in (startsAt, id) order", func(t *testing.T) {
			nodes, total := walkPages[eventNode](t, s, w.query, w.vars, 7, w.path...)
			want := sqlIDs(t, s.DB, relay.KindEvent, publicEventsSQL(w.where))
			if len(want) <= 7 {
				t.Fatalf("only %d events: the walk does not turn a page", len(want))
			}
			sameList(t, "walked events", eventIDs(nodes), want)
			if total != len(nodes) {
				t.Errorf("totalCount %d, %d events walked", total, len(nodes))
			}
			seen := map[string]bool{}
			for i, e := range nodes {
				if seen[e.ID] {
					t.Errorf("event %s listed twice", e.ID)
				}
				seen[e.ID] = true
				if i > 0 && e.StartsAt.Before(nodes[i-1].StartsAt) {
					t.Errorf("event %d starts at %v, before the one listed before it (%v)", i, e.StartsAt, nodes[i-1].StartsAt)
				}
			}
		})
	}
	t.Run("events sharing a start time are all walked, in id order", func(t *testing.T) {
		// Several events start at the same minute; a cursor on the time alone would skip or repeat them.
		n := sqlInt(t, s.DB, `SELECT count(*) FROM (SELECT starts_at FROM events WHERE status <> 'DRAFT'
			GROUP BY starts_at HAVING count(*) > 1) x`)
		if n == 0 {
			t.Skip("the demo data has no two public events starting together")
		}
		nodes, _ := walkPages[eventNode](t, s, eventsQuery, nil, 2, "events")
		sameList(t, "walked 2 a page", eventIDs(nodes), sqlIDs(t, s.DB, relay.KindEvent, publicEventsSQL(`true`)))
	})
	t.Run("registrants, 100 a page: the whole public list in registration order", func(t *testing.T) {
		nodes, total := walkPages[registrantNode](t, s, registrantsQuery, nil, 100, "registrants")
		want := sqlIDs(t, s.DB, relay.KindRegistrant, listedRegistrantsSQL(`true`))
		sameList(t, "registrants", registrantIDs(nodes), want)
		if total != len(want) {
			t.Errorf("totalCount %d, want %d", total, len(want))
		}
	})
	t.Run("registrants of a filter, 13 a page", func(t *testing.T) {
		filter := map[string]any{"fiscalYear": 2023, "activity": "PROMOTING"}
		nodes, total := walkPages[registrantNode](t, s, registrantsQuery, map[string]any{"filter": filter}, 13, "registrants")
		want := sqlIDs(t, s.DB, relay.KindRegistrant, listedRegistrantsSQL(`c.fiscal_year = 2023 AND 'PROMOTING' = ANY(r.activities)`))
		sameList(t, "registrants", registrantIDs(nodes), want)
		if total != len(want) || len(want) <= 13 {
			t.Errorf("totalCount %d, want %d (more than a page)", total, len(want))
		}
	})

	page := func(t *testing.T, vars map[string]any) connection[eventNode] {
		t.Helper()
		r := s.Query(eventsQuery, vars)
		wantCodes(t, r)
		var d struct{ Events connection[eventNode] }
		r.Decode(t, &d)
		return d.Events
	}
	t.Run("an edge's cursor continues right after that edge", func(t *testing.T) {
		ten := page(t, map[string]any{"first": 10})
		next := page(t, map[string]any{"first": 3, "after": ten.Edges[3].Cursor})
		var got, want []string
		for _, e := range next.Edges {
			got = append(got, e.Node.ID)
		}
		for _, e := range ten.Edges[4:7] {
			want = append(want, e.Node.ID)
		}
		sameList(t, "the page after edge 3", got, want)
		if !next.PageInfo.HasNextPage {
			t.Error("hasNextPage false in the middle of the list")
		}
	})
	t.Run("first omitted: 20", func(t *testing.T) {
		if p := page(t, nil); len(p.Edges) != 20 || !p.PageInfo.HasNextPage {
			t.Errorf("%d edges, hasNextPage %v; want 20 and true", len(p.Edges), p.PageInfo.HasNextPage)
		}
	})
	t.Run("first 100: 100", func(t *testing.T) {
		if p := page(t, map[string]any{"first": 100}); len(p.Edges) != 100 || !p.PageInfo.HasNextPage {
			t.Errorf("%d edges, hasNextPage %v; want 100 and true", len(p.Edges), p.PageInfo.HasNextPage)
		}
	})
	t.Run("after the last edge: an empty last page", func(t *testing.T) {
		first := page(t, map[string]any{"first": 100})
		last := page(t, map[string]any{"first": 100, "after": *first.PageInfo.EndCursor})
		end := page(t, map[string]any{"first": 5, "after": *last.PageInfo.EndCursor})
		if len(end.Edges) != 0 || end.PageInfo.HasNextPage || end.PageInfo.EndCursor != nil {
			t.Errorf("after the last edge: %d edges, hasNextPage %v, endCursor %v; want an empty last page",
				len(end.Edges), end.PageInfo.HasNextPage, end.PageInfo.EndCursor)
		}
		if end.TotalCount != first.TotalCount {
			t.Errorf("totalCount %d on the empty page, %d on the first", end.TotalCount, first.TotalCount)
		}
	})
}

func TestListArgumentsRefused(t *testing.T) {
	s := apptest.New(t, apptest.Options{Seed: true})
	cursor := func(raw string) string { return base64.RawURLEncoding.EncodeToString([]byte(raw)) }
	var registrantCursor, eventCursor string
	{
		var d struct {
			Registrants connection[registrantNode]
			Events      connection[eventNode]
		}
		r := s.Query(`{ registrants(first: 2) { pageInfo { endCursor } } events(first: 2) { pageInfo { endCursor } } }`, nil)
		wantCodes(t, r)
		r.Decode(t, &d)
		registrantCursor, eventCursor = *d.Registrants.PageInfo.EndCursor, *d.Events.PageInfo.EndCursor
	}
	random := make([]byte, 24)
	for i := range random {
		random[i] = byte(i*37 + 11)
	}
	badCursors := map[string]string{
		"a registrant list's cursor":          registrantCursor,
		"an application list's cursor":        relay.EncodeCursor(relay.ListApplications, relay.Cursor{Key: 1}),
		"base64 of text":                      "bm90IGEgY3Vyc29y",
		"base64 of random bytes":              base64.RawURLEncoding.EncodeToString(random),
		"not base64":                          "!!!",
		"empty":                               "",
		"forged: another version":             cursor("c2|ev|1701059400000000|16"),
		"forged: no time":                     cursor("c1|ev||16"),
		"forged: a time that is not a number": cursor("c1|ev|2023-11-27|16"),
		"forged: key 0":                       cursor("c1|ev|1701059400000000|0"),
		"forged: negative key":                cursor("c1|ev|1701059400000000|-16"),
		"forged: an extra part":               cursor("c1|ev|1701059400000000|16|1"),
		"forged: padded base64":               base64.URLEncoding.EncodeToString([]byte("c1|ev|1701059400000000|16")),
	}
	var cases []gqlCase
	for name, after := range badCursors {
		cases = append(cases, gqlCase{
			name:      "events after " + name,
			query:     `query($after: String) { events(after: $after) { totalCount } }`,
			vars:      map[string]any{"after": after},
			wantCodes: []string{"BAD_USER_INPUT"},
			check:     refusal("BAD_USER_INPUT", "after"),
		})
	}
	slices.SortFunc(cases, func(a, b gqlCase) int { return strings.Compare(a.name, b.name) })
	aaa := func(n int) string { return strings.Repeat("あ", n) }
	refused := func(name, query string, vars map[string]any, field string) gqlCase {
		return gqlCase{name: name, query: query, vars: vars, wantCodes: []string{"BAD_USER_INPUT"}, check: refusal("BAD_USER_INPUT", field)}
	}
	events := `query($filter: EventFilter, $first: Int) { events(filter: $filter, first: $first) { totalCount } }`
	registrants := `query($filter: RegistrantFilter, $first: Int, $after: String) { registrants(filter: $filter, first: $first, after: $after) { totalCount } }`
	f := func(kv ...any) map[string]any {
		m := map[string]any{}
		for i := 0; i < len(kv); i += 2 {
			m[kv[i].(string)] = kv[i+1]
		}
		return map[string]any{"filter": m}
	}
	cases = append(cases,
		refused("events first 0", events, map[string]any{"first": 0}, "first"),
		refused("events first 101", events, map[string]any{"first": 101}, "first"),
		refused("events first -1", events, map[string]any{"first": -1}, "first"),
		refused("events search empty", events, f("search", ""), "filter.search"),
		refused("events search of spaces", events, f("search", "   "), "filter.search"),
		refused("events search of 101 characters", events, f("search", aaa(101)), "filter.search"),
		refused("events startsBefore equal to startsAfter", events,
			f("startsAfter", "2023-11-27T04:30:00Z", "startsBefore", "2023-11-27T13:30:00+09:00"), "filter.startsBefore"),
		refused("events startsBefore before startsAfter", events,
			f("startsAfter", "2023-11-27T04:30:00Z", "startsBefore", "2023-11-01T00:00:00Z"), "filter.startsBefore"),
		refused("events fiscalYear 1800", events, f("fiscalYear", 1800), "filter.fiscalYear"),
		gqlCase{
			name: "events search of 100 characters is accepted", query: events, vars: f("search", aaa(100)),
			check: dataIs(`{"events": {"totalCount": 0}}`),
		},
		refused("registrants first 0", registrants, map[string]any{"first": 0}, "first"),
		refused("registrants first 101", registrants, map[string]any{"first": 101}, "first"),
		refused("registrants after an event list's cursor", registrants, map[string]any{"after": eventCursor}, "after"),
		refused("registrants after a forged cursor with a time", registrants, map[string]any{"after": cursor("c1|rg|1701059400000000|16")}, "after"),
		refused("registrants after random base64", registrants, map[string]any{"after": base64.RawURLEncoding.EncodeToString(random)}, "after"),
		refused("registrants search empty", registrants, f("search", ""), "filter.search"),
		refused("registrants search of 101 characters", registrants, f("search", aaa(101)), "filter.search"),
		refused("registrants fiscalYear 3000", registrants, f("fiscalYear", 3000), "filter.fiscalYear"),
		gqlCase{
			name:      "campaign.events first 0: null campaign, the error at its path",
			query:     `{ campaign(fiscalYear: 2023) { events(first: 0) { totalCount } } ministry(code: "MIC") { code } }`,
			wantCodes: []string{"BAD_USER_INPUT"},
			check: func(t *testing.T, r apptest.Response) {
				wantErrorsAt(t, r, map[string]string{"campaign.events": "BAD_USER_INPUT"})
				dataIs(`{"campaign": null, "ministry": {"code": "MIC"}}`)(t, r)
			},
		},
		gqlCase{
			name:      "ministry.events after a registrant cursor: null ministry, the error at its path",
			query:     `query($after: String) { ministry(code: "MIC") { events(after: $after) { totalCount } } campaign(fiscalYear: 2023) { eraName } }`,
			vars:      map[string]any{"after": registrantCursor},
			wantCodes: []string{"BAD_USER_INPUT"},
			check: func(t *testing.T, r apptest.Response) {
				wantErrorsAt(t, r, map[string]string{"ministry.events": "BAD_USER_INPUT"})
				dataIs(`{"ministry": null, "campaign": {"eraName": "令和5年度"}}`)(t, r)
			},
		},
	)
	runCases(t, s, cases)
}
