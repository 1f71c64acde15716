package resolvers_test

// What the end-to-end tests of the public read side share: a scenario table runner, error
// assertions by extensions.code and path, SQL helpers that turn database keys into the global IDs
// the API answers with, and a walker that reads every page of a connection.

import (
	"encoding/json"
	"fmt"
	"maps"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/relay"
)

// gqlCase is one request of a scenario table and what must come back.
type gqlCase struct {
	name      string
	query     string
	vars      map[string]any
	header    http.Header
	wantCodes []string // the errors' extensions.code, in any order; no errors when empty
	check     func(t *testing.T, r apptest.Response)
	// bug names a known bug in non-test code that makes the case fail: the case is skipped until
	// the bug is fixed, and then this field is removed.
	bug string
}

// runCases runs each case as a subtest against the shared server s.
func runCases(t *testing.T, s *apptest.Server, cases []gqlCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if tc.bug != "" {
				t.Skip("BUG: " + tc.bug)
			}
			r := s.Do(apptest.Request{Query: tc.query, Variables: tc.vars, Header: tc.header})
			wantCodes(t, r, tc.wantCodes...)
			if tc.check != nil {
				tc.check(t, r)
			}
		})
	}
}

// wantCodes fails the test unless the response's error codes are exactly want, in any order.
func wantCodes(t *testing.T, r apptest.Response, want ...string) {
	t.Helper()
	got := slices.Sorted(slices.Values(r.Codes()))
	want = slices.Sorted(slices.Values(want))
	if !slices.Equal(got, want) {
		t.Fatalf("error codes %q, want %q\nerrors: %s", got, want, describeErrors(r))
	}
}

func describeErrors(r apptest.Response) string {
	if len(r.Errors) == 0 {
		return "none"
	}
	var b strings.Builder
	for _, e := range r.Errors {
		fmt.Fprintf(&b, "\n  %s at %s: %s %v", e.Code(), pathString(e.Path), e.Message, e.Extensions)
	}
	return b.String()
}

// pathString writes an error path as dotted text: registrants.edges.0.node.nameKana.
func pathString(path []any) string {
	parts := make([]string, len(path))
	for i, p := range path {
		switch p := p.(type) {
		case float64:
			parts[i] = strconv.Itoa(int(p))
		default:
			parts[i] = fmt.Sprint(p)
		}
	}
	return strings.Join(parts, ".")
}

// wantErrorsAt fails the test unless the response's errors are exactly one per path of want, each
// with the code given for it.
func wantErrorsAt(t *testing.T, r apptest.Response, want map[string]string) {
	t.Helper()
	got := map[string]string{}
	for _, e := range r.Errors {
		p := pathString(e.Path)
		if _, dup := got[p]; dup {
			t.Errorf("two errors at %s", p)
		}
		got[p] = e.Code()
	}
	for p, code := range want {
		if got[p] != code {
			t.Errorf("error at %s: code %q, want %q", p, got[p], code)
		}
	}
	for p, code := range got {
		if _, ok := want[p]; !ok {
			t.Errorf("unexpected %s error at %s", code, p)
		}
	}
}

// refusal checks a refused request: one error of code, naming field in extensions.field, and no
// data (the refused connection is non-null, so its null reaches the root).
func refusal(code, field string) func(t *testing.T, r apptest.Response) {
	return func(t *testing.T, r apptest.Response) {
		t.Helper()
		if len(r.Errors) != 1 {
			t.Fatalf("%d errors, want 1: %s", len(r.Errors), describeErrors(r))
		}
		e := r.Errors[0]
		if got, _ := e.Extensions["field"].(string); got != field {
			t.Errorf("extensions.field = %q, want %q (%s)", got, field, e.Message)
		}
		if e.Code() != code {
			t.Errorf("extensions.code = %q, want %q", e.Code(), code)
		}
		if d := string(r.Data); d != "" && d != "null" {
			t.Errorf("data = %s, want null", d)
		}
	}
}

// dataIs checks that the answer's data is exactly want, as JSON (key order aside).
func dataIs(want string) func(t *testing.T, r apptest.Response) {
	return func(t *testing.T, r apptest.Response) {
		t.Helper()
		var got, exp any
		if err := json.Unmarshal(r.Data, &got); err != nil {
			t.Fatalf("data %s: %v", r.Data, err)
		}
		if err := json.Unmarshal([]byte(want), &exp); err != nil {
			t.Fatalf("bad expectation %s: %v", want, err)
		}
		gb, _ := json.Marshal(got)
		eb, _ := json.Marshal(exp)
		if string(gb) != string(eb) {
			t.Errorf("data = %s\nwant   %s", gb, eb)
		}
	}
}

// dig returns the JSON value at path inside data.
func dig(t *testing.T, data json.RawMessage, path ...string) json.RawMessage {
	t.Helper()
	for _, key := range path {
		var m map[string]json.RawMessage
		if err := json.Unmarshal(data, &m); err != nil {
			t.Fatalf("dig %q in %.200s: %v", key, data, err)
		}
		v, ok := m[key]
		if !ok {
			t.Fatalf("dig: no %q in %.200s", key, data)
		}
		data = v
	}
	return data
}

// sqlInt runs a query that answers one integer.
func sqlInt(t *testing.T, db *sqlx.DB, query string, args ...any) int {
	t.Helper()
	var n int
	if err := db.Get(&n, query, args...); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}

// sqlKeys runs a query that answers database keys, one per row.
func sqlKeys(t *testing.T, db *sqlx.DB, query string, args ...any) []int64 {
	t.Helper()
	var keys []int64
	if err := db.Select(&keys, query, args...); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return keys
}

// sqlIDs runs a query that answers database keys of one kind and returns them as global IDs.
func sqlIDs(t *testing.T, db *sqlx.DB, kind relay.Kind, query string, args ...any) []string {
	t.Helper()
	return globalIDs(kind, sqlKeys(t, db, query, args...))
}

func globalIDs(kind relay.Kind, keys []int64) []string {
	ids := make([]string, len(keys))
	for i, k := range keys {
		ids[i] = relay.ID(kind, k)
	}
	return ids
}

// sameList fails the test unless got and want hold the same items in the same order.
func sameList[T comparable](t *testing.T, what string, got, want []T) {
	t.Helper()
	if slices.Equal(got, want) {
		return
	}
	for i := range min(len(got), len(want)) {
		if got[i] != want[i] {
			t.Errorf("%s: %d items, want %d; first difference at %d: %v, want %v", what, len(got), len(want), i, got[i], want[i])
			return
		}
	}
	t.Errorf("%s: %d items, want %d (the shorter list is a prefix of the longer)", what, len(got), len(want))
}

func mapList[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

// connection is a page of a Relay connection as the API answers it.
type connection[N any] struct {
	TotalCount int
	PageInfo   struct {
		HasNextPage bool
		EndCursor   *string
	}
	Edges []struct {
		Cursor string
		Node   N
	}
}

// walkPages reads every page of the connection at path in query's data, first items a page,
// following endCursor, and returns the nodes in order with the connection's totalCount. query takes
// $first: Int and $after: String and selects totalCount, pageInfo { hasNextPage endCursor } and
// edges { cursor node { … } }. Each page is checked: no errors, at most first edges (exactly first
// before the last page), endCursor the last edge's cursor (null on an empty page), and the same
// totalCount throughout.
func walkPages[N any](t *testing.T, s *apptest.Server, query string, vars map[string]any, first int, path ...string) (nodes []N, total int) {
	t.Helper()
	return walkPagesAs[N](t, s, "", query, vars, first, path...)
}

// walkPagesAs is walkPages with a bearer token ("" for none).
func walkPagesAs[N any](t *testing.T, s *apptest.Server, token, query string, vars map[string]any, first int, path ...string) (nodes []N, total int) {
	t.Helper()
	var after *string
	for page := 0; ; page++ {
		if page > 500 {
			t.Fatalf("walkPages: more than 500 pages: the cursor does not advance")
		}
		v := maps.Clone(vars)
		if v == nil {
			v = map[string]any{}
		}
		v["first"] = first
		if after != nil {
			v["after"] = *after
		}
		r := s.QueryAs(token, query, v)
		wantCodes(t, r)
		var c connection[N]
		if err := json.Unmarshal(dig(t, r.Data, path...), &c); err != nil {
			t.Fatalf("decode page %d: %v", page, err)
		}
		if page == 0 {
			total = c.TotalCount
		} else if c.TotalCount != total {
			t.Errorf("page %d: totalCount %d, the first page said %d", page, c.TotalCount, total)
		}
		if len(c.Edges) > first {
			t.Fatalf("page %d: %d edges, first is %d", page, len(c.Edges), first)
		}
		for _, e := range c.Edges {
			nodes = append(nodes, e.Node)
		}
		if n := len(c.Edges); n > 0 {
			if c.PageInfo.EndCursor == nil || *c.PageInfo.EndCursor != c.Edges[n-1].Cursor {
				t.Errorf("page %d: endCursor %v is not the last edge's cursor %q", page, c.PageInfo.EndCursor, c.Edges[n-1].Cursor)
			}
		} else if c.PageInfo.EndCursor != nil {
			t.Errorf("page %d: empty page with endCursor %q", page, *c.PageInfo.EndCursor)
		}
		if !c.PageInfo.HasNextPage {
			return nodes, total
		}
		if len(c.Edges) != first {
			t.Errorf("page %d has %d edges and a next page, want %d", page, len(c.Edges), first)
		}
		if c.PageInfo.EndCursor == nil {
			t.Fatalf("page %d: hasNextPage without endCursor", page)
		}
		after = c.PageInfo.EndCursor
	}
}

// localized is a LocalizedText as the API answers it.
type localized struct {
	Ja   string
	En   *string
	Text string
}

// eventNode is an event with the fields the list tests check their rules on.
type eventNode struct {
	ID              string
	Kind            string
	Status          string
	Title           localized
	Description     *localized
	StartsAt        time.Time
	Venue           *struct{ Prefecture *string }
	OnlineStreaming bool
	Capacity        *int
	SeatsRemaining  *int
	WaitlistLength  int
	// ApplicationDeadline is when applications close; nil when they close at the start.
	ApplicationDeadline *time.Time
	Host                struct{ Code string }
	CoHosts             []struct{ Code string }
	Campaign            struct{ FiscalYear int }
}

const eventNodeFields = `id kind status title { ja en text } description { ja en text } startsAt
	venue { prefecture } onlineStreaming capacity seatsRemaining waitlistLength applicationDeadline
	host { code } coHosts { code } campaign { fiscalYear }`

// seatOpen reports whether a seat of the event can still be taken at now: the rule of
// EventFilter.hasSeats.
func (e eventNode) seatOpen(now time.Time) bool {
	closes := e.StartsAt
	if e.ApplicationDeadline != nil {
		closes = *e.ApplicationDeadline
	}
	return e.Status == "PUBLISHED" && now.Before(closes) && (e.SeatsRemaining == nil || *e.SeatsRemaining > 0)
}

// hostsOrCoHosts reports whether the ministry of code hosts or co-hosts the event.
func (e eventNode) hostsOrCoHosts(code string) bool {
	return e.Host.Code == code || slices.ContainsFunc(e.CoHosts, func(m struct{ Code string }) bool { return m.Code == code })
}

func eventIDs(nodes []eventNode) []string {
	return mapList(nodes, func(e eventNode) string { return e.ID })
}

// eventsQuery lists events with a filter, for walkPages.
const eventsQuery = `query($filter: EventFilter, $first: Int, $after: String) {
	events(filter: $filter, first: $first, after: $after) {
		totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ` + eventNodeFields + ` } } } }`

// publicEventsSQL selects the keys of the events the public sees, in list order, narrowed by a
// condition on e (events) and c (campaigns).
func publicEventsSQL(where string) string {
	return `SELECT e.id FROM events e JOIN campaigns c ON c.id = e.campaign_id
		WHERE e.status <> 'DRAFT' AND (` + where + `) ORDER BY e.starts_at, e.id`
}

// listedRegistrantsSQL selects the keys of the registrants on the public list, in list order,
// narrowed by a condition on r (registrants) and c (campaigns).
func listedRegistrantsSQL(where string) string {
	return `SELECT r.id FROM registrants r JOIN campaigns c ON c.id = r.campaign_id
		WHERE r.status = 'APPROVED' AND r.publish_name AND (` + where + `) ORDER BY r.id`
}

// fy2023EventKey is the database key of the FY2023 campaign's documented event (and award ceremony).
func fy2023EventKey(t *testing.T, db *sqlx.DB) int64 {
	t.Helper()
	keys := sqlKeys(t, db, `SELECT e.id FROM events e JOIN campaigns c ON c.id = e.campaign_id
		WHERE c.fiscal_year = 2023 AND e.title_ja = '「働く、を変える」テレワークイベント'`)
	if len(keys) != 1 {
		t.Fatalf("the demo data has %d FY2023 documented events, want 1", len(keys))
	}
	return keys[0]
}

// header makes a request header of name and value.
func header(name, value string) http.Header {
	h := http.Header{}
	h.Set(name, value)
	return h
}

// openEventKey is the first published event of the demo data that takes in-person sign-ups now,
// with seats to spare, whose hosts are none of the ministries in notHostedBy.
func openEventKey(t *testing.T, db *sqlx.DB, notHostedBy ...string) int64 {
	t.Helper()
	keys := sqlKeys(t, db, `SELECT e.id FROM events e
		WHERE e.status = 'PUBLISHED' AND e.capacity > e.seats_taken + 1 AND e.venue_name_ja IS NOT NULL
			AND (e.application_deadline IS NULL OR e.application_deadline > now()) AND e.starts_at > now()
			AND e.host_ministry_id NOT IN (SELECT id FROM ministries WHERE code = ANY($1))
			AND NOT EXISTS (SELECT 1 FROM event_cohosts c JOIN ministries m ON m.id = c.ministry_id
				WHERE c.event_id = e.id AND m.code = ANY($1))
		ORDER BY e.id LIMIT 1`, pq.Array(notHostedBy))
	if len(keys) != 1 {
		t.Fatal("no open event in the demo data")
	}
	return keys[0]
}
