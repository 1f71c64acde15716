package resolvers_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/telework"
)

// TestStatementsDoNotGrowWithPageSize proves that the edges of a list are batched: a page of 100
// events with their hosts, co-hosts, venue and campaign costs as many SQL statements as a page of 5.
// The edges of a page are prefetched for the whole page at once (event.Service.Prefetch), so the
// count does not depend on how quickly the resolvers of the page run.
func TestStatementsDoNotGrowWithPageSize(t *testing.T) {
	s := apptest.New(t, apptest.Options{Seed: true})
	queries := map[string]string{
		"events with host, co-hosts, venue, campaign and program": `query($first: Int) { events(first: $first) {
			totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
				id title { text } description { ja en } startsAt venue { name { text } address { ja } prefecture }
				host { code name { text } } coHosts { code name { ja } } campaign { eraName name { ja } }
				programParts { title { ja } startsAt } seatsRemaining waitlistLength } } } }`,
		"events of a fiscal year with a filter": `query($first: Int) { events(first: $first, filter: {fiscalYear: 2026, status: PUBLISHED}) {
			totalCount edges { node { host { code } coHosts { code } campaign { fiscalYear } } } } }`,
		"registrants with their campaign": `query($first: Int) { registrants(first: $first) { totalCount edges { node { name campaign { eraName } } } } }`,
	}
	for name, query := range queries {
		t.Run(name, func(t *testing.T) {
			counts := map[int]int64{}
			for _, first := range []int{5, 100} {
				r := s.Query(query, map[string]any{"first": first})
				if len(r.Errors) > 0 {
					t.Fatalf("first=%d: errors %v", first, r.Errors)
				}
				counts[first] = r.Statements
			}
			t.Logf("SQL statements: first=5 → %d, first=100 → %d", counts[5], counts[100])
			if counts[5] != counts[100] || counts[5] == 0 {
				t.Errorf("statements grow with the page size: %v", counts)
			}
		})
	}
}

// TestEventListReadsDescriptionsWhenAsked: a list reads its events without their descriptions (up
// to 5,000 characters each); asked for them, it reads the page's in one more statement, and they are
// the descriptions a read of each event by ID answers.
func TestEventListReadsDescriptionsWhenAsked(t *testing.T) {
	s := apptest.New(t, apptest.Options{Seed: true})
	type page struct {
		Events struct {
			Edges []struct {
				Node struct {
					ID          string
					Description *struct{ Ja, En *string }
				}
			}
		}
	}
	without := s.Query(`{ events(first: 100) { edges { node { id title { ja } } } } }`, nil)
	with := s.Query(`{ events(first: 100) { edges { node { id title { ja } description { ja en } } } } }`, nil)
	var listed page
	with.Decode(t, &listed)
	if with.Statements != without.Statements+1 {
		t.Errorf("descriptions took %d statements more, want 1", with.Statements-without.Statements)
	}
	described := 0
	for _, e := range listed.Events.Edges {
		var one struct {
			Event struct{ Description *struct{ Ja, En *string } }
		}
		s.Query(`query($id: ID!) { event(id: $id) { description { ja en } } }`, map[string]any{"id": e.Node.ID}).Decode(t, &one)
		if !reflect.DeepEqual(e.Node.Description, one.Event.Description) {
			t.Errorf("event %s: listed with description %v, read by ID %v", e.Node.ID, e.Node.Description, one.Event.Description)
		}
		if e.Node.Description != nil {
			described++
		}
	}
	if described == 0 {
		t.Errorf("none of %d events has a description", len(listed.Events.Edges))
	}
}

// TestEventListReadsDetailsWhenAsked: a page of events reads its events' details (the venue's
// address, the archive URL, when applications close) only when the request asks for one of them,
// in the page's own statement, and answers them as a read of each event by ID does.
func TestEventListReadsDetailsWhenAsked(t *testing.T) {
	s := apptest.New(t, apptest.Options{Seed: true})
	type details struct {
		ID                  string
		Venue               *struct{ Address *struct{ Ja, En *string } }
		ArchiveVideoURL     *string `json:"archiveVideoUrl"`
		ApplicationDeadline *string
	}
	const fields = `venue { address { ja en } } archiveVideoUrl applicationDeadline`
	without := s.Query(`{ events(first: 100) { edges { node { id title { ja } venue { name { ja } } } } } }`, nil)
	for _, asked := range []string{`venue { address { ja } }`, `archiveVideoUrl`, `applicationDeadline`} {
		with := s.Query(`{ events(first: 100) { edges { node { id title { ja } venue { name { ja } } `+asked+` } } } }`, nil)
		if len(with.Errors) > 0 {
			t.Fatalf("asked for %s: %s", asked, with.Body)
		}
		if with.Statements != without.Statements {
			t.Errorf("asked for %s: %d statements, %d without", asked, with.Statements, without.Statements)
		}
	}
	var listed struct {
		Events struct{ Edges []struct{ Node details } }
	}
	s.Query(`{ events(first: 100) { edges { node { id `+fields+` } } } }`, nil).Decode(t, &listed)
	var addresses, deadlines int
	for _, e := range listed.Events.Edges {
		var one struct{ Event details }
		s.Query(`query($id: ID!) { event(id: $id) { id `+fields+` } }`, map[string]any{"id": e.Node.ID}).Decode(t, &one)
		if !reflect.DeepEqual(e.Node, one.Event) {
			t.Errorf("event %s: listed with %+v, read by ID %+v", e.Node.ID, e.Node, one.Event)
		}
		if e.Node.Venue != nil && e.Node.Venue.Address != nil {
			addresses++
		}
		if e.Node.ApplicationDeadline != nil {
			deadlines++
		}
	}
	if addresses == 0 || deadlines == 0 {
		t.Errorf("of %d events, %d have an address and %d a deadline: the test needs some of each", len(listed.Events.Edges), addresses, deadlines)
	}
}

// TestEventPageIsFull checks that the page of 100 above really had 100 events to load.
func TestEventPageIsFull(t *testing.T) {
	s := apptest.New(t, apptest.Options{Seed: true})
	var data struct {
		Events struct {
			Edges []struct{ Node struct{ ID string } }
		}
	}
	s.Query(`{ events(first: 100) { edges { node { id } } } }`, nil).Decode(t, &data)
	if n := len(data.Events.Edges); n != 100 {
		t.Fatalf("the demo data has %d public events on the first page, want 100", n)
	}
}

// TestListItemsWithAResolverFieldStillShareABatch: the executor answers a list item after item
// unless the selection asks for a field that runs on a goroutine of its own (graph/codegen); with
// one (a ministry's divisions, loaded per ministry through a loader), the items must still run
// together so that their loads share one batch, not one statement per ministry.
func TestListItemsWithAResolverFieldStillShareABatch(t *testing.T) {
	s := apptest.New(t, apptest.Options{Seed: true})
	plain := s.Query(`{ ministries { code name { ja } } }`, nil)
	withDivisions := s.Query(`{ ministries { code name { ja } divisions { name { ja } } } }`, nil)
	for _, r := range []apptest.Response{plain, withDivisions} {
		if len(r.Errors) > 0 {
			t.Fatalf("errors %v", r.Errors)
		}
	}
	var data struct{ Ministries []struct{ Code string } }
	withDivisions.Decode(t, &data)
	if len(data.Ministries) < 5 {
		t.Fatalf("%d ministries in the demo data, want several", len(data.Ministries))
	}
	t.Logf("SQL statements: ministries %d, with their divisions %d", plain.Statements, withDivisions.Statements)
	if withDivisions.Statements != plain.Statements+1 {
		t.Errorf("the divisions of %d ministries took %d statements, want 1", len(data.Ministries), withDivisions.Statements-plain.Statements)
	}
}

// TestApplicationPageStatementsDoNotGrowWithPageSize: a page of 100 applications searched, with
// their personal data, references and check-in times and the event's count of check-ins, costs as
// many SQL statements as a page of 5, for an admin (searching by name) and an editor (by
// reference, personal data refused field by field).
func TestApplicationPageStatementsDoNotGrowWithPageSize(t *testing.T) {
	s := apptest.New(t, apptest.Options{Seed: true})
	var eventID int64
	if err := s.DB.Get(&eventID, `SELECT e.id FROM events e JOIN ministries m ON m.id = e.host_ministry_id
		WHERE m.code = 'MIC' AND e.status = 'PUBLISHED' ORDER BY e.id LIMIT 1`); err != nil {
		t.Fatal(err)
	}
	admin := s.Staff("admin@statements.example.jp", telework.RoleMinistryAdmin, "MIC")
	editor := s.Staff("editor@statements.example.jp", telework.RoleMinistryEditor, "MIC")
	// 150 applications more, in one statement: their references come from the database's own
	// generator, which must give each its own.
	s.DB.MustExec(`INSERT INTO event_applications (event_id, attendee_name, attendee_email, organization, attendance, status)
		SELECT $1, '参加者 ' || g, 'p' || g || '@bulk.example.jp', 'テレワーク協会 ' || g, 'IN_PERSON', 'CONFIRMED'
		FROM generate_series(1, 150) AS g`, eventID)
	s.DB.MustExec(`UPDATE event_applications SET checked_in_at = now(), checked_in_by = (SELECT min(id) FROM users)
		WHERE event_id = $1 AND attendee_email LIKE 'p%@bulk.example.jp' AND id % 3 = 0`, eventID)
	if n := sqlInt(t, s.DB, `SELECT count(DISTINCT reference) FROM event_applications
		WHERE event_id = $1 AND reference ~ '^[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}$'`, eventID); n < 150 {
		t.Fatalf("%d distinct references of the right form", n)
	}
	var ref string
	if err := s.DB.Get(&ref, `SELECT reference FROM event_applications WHERE event_id = $1 ORDER BY id DESC LIMIT 1`, eventID); err != nil {
		t.Fatal(err)
	}
	const page = `query($id: ID!, $q: String!, $first: Int) { event(id: $id) { checkedInCount
		applications(first: $first, search: $q) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
		id attendeeName attendeeEmail organization attendance status waitlistPosition createdAt reference checkedInAt } } } } }`
	for _, tc := range []struct {
		name, token, search string
		full                bool // the page of 100 is full
	}{
		{"admin, by name", admin, "参加者", true},
		{"editor, by reference", editor, strings.ToLower(ref), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			counts := map[int]int64{}
			// The first request of a staff member also reads their roles, once.
			for _, first := range []int{5, 5, 100} {
				r := s.QueryAs(tc.token, page, map[string]any{"id": relay.ID(relay.KindEvent, eventID), "q": tc.search, "first": first})
				for _, e := range r.Errors {
					if e.Code() != "FORBIDDEN" || tc.token == admin {
						t.Fatalf("first=%d: %s", first, r.Body)
					}
				}
				if n := strings.Count(string(r.Data), `"cursor"`); tc.full && first == 100 && n != 100 {
					t.Fatalf("the page of 100 holds %d applications", n)
				}
				counts[first] = r.Statements
			}
			t.Logf("SQL statements: first=5 → %d, first=100 → %d", counts[5], counts[100])
			if counts[5] != counts[100] || counts[5] == 0 {
				t.Errorf("statements grow with the page size: %v", counts)
			}
		})
	}
}
