package store_test

import (
	"reflect"
	"slices"
	"testing"

	"github.com/jmoiron/sqlx"
	"github.com/teleworkmonth/platform/internal/seed"
	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
)

// TestHostsAndCoHostsReadsWhatTheTwoEdgeQueriesRead: the one statement of an event page's hosts
// and co-hosts answers as MinistriesByIDs and CoHostsByEventIDs do, co-hosts in the same order,
// for events with several co-hosts, one, and none; the ministries it returns are the hosts and the
// co-hosts, each once, and the co-hosts of the events are those same values.
func TestHostsAndCoHostsReadsWhatTheTwoEdgeQueriesRead(t *testing.T) {
	t.Parallel()
	ctx := t.Context()
	db := mustOpenDemo(t)
	var events []struct {
		ID      int64 `db:"id"`
		Host    int64 `db:"host_ministry_id"`
		CoHosts int   `db:"co_hosts"`
	}
	if err := db.SelectContext(ctx, &events, `SELECT e.id, e.host_ministry_id,
		(SELECT count(*) FROM event_cohosts c WHERE c.event_id = e.id) AS co_hosts FROM events e ORDER BY e.id`); err != nil {
		t.Fatal(err)
	}
	var eventIDs, hostIDs []int64
	coHostCounts := map[int]bool{}
	for _, e := range events {
		eventIDs, hostIDs = append(eventIDs, e.ID), append(hostIDs, e.Host)
		coHostCounts[min(e.CoHosts, 2)] = true
	}
	if !coHostCounts[0] || !coHostCounts[1] || !coHostCounts[2] {
		t.Fatalf("the demo data lacks events with none, one or several co-hosts: %v", coHostCounts)
	}

	ministries, coHosts, err := store.HostsAndCoHosts(ctx, db, hostIDs, eventIDs)
	if err != nil {
		t.Fatal(err)
	}
	wantHosts, err := store.MinistriesByIDs(ctx, db, hostIDs)
	if err != nil {
		t.Fatal(err)
	}
	wantCoHosts, err := store.CoHostsByEventIDs(ctx, db, eventIDs)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(coHosts, wantCoHosts) {
		t.Errorf("co-hosts differ:\n got %v\nwant %v", coHosts, wantCoHosts)
	}
	want := byID(wantHosts)
	for _, ms := range wantCoHosts {
		for id, m := range byID(ms) {
			want[id] = m
		}
	}
	if got := byID(ministries); len(got) != len(ministries) || !reflect.DeepEqual(got, want) {
		t.Errorf("ministries %v, want the hosts and co-hosts once each, %v", ministries, want)
	}
	returned := map[*telework.Ministry]bool{}
	for _, m := range ministries {
		returned[m] = true
	}
	for id, ms := range coHosts {
		for _, m := range ms {
			if !returned[m] {
				t.Errorf("event %d: co-host %s is not one of the ministries returned", id, m.Code)
			}
		}
	}
}

// mustOpenDemo opens a database of the test's own with the demo data.
func mustOpenDemo(t *testing.T) *sqlx.DB {
	t.Helper()
	db := mustOpen(t)
	if _, err := seed.Demo(t.Context(), db); err != nil {
		t.Fatal(err)
	}
	return db
}

func byID(ms []*telework.Ministry) map[int64]telework.Ministry {
	out := map[int64]telework.Ministry{}
	for _, m := range ms {
		out[m.ID] = *m
	}
	return out
}

// TestScannedEventsMatchSqlxMapping: reads scan events by position (eventScanner) and writes map the
// same columns by name with sqlx. An event with every column set, each to a value of its own,
// reads the same both ways, and so does one with every nullable column null. A list reads no
// description; the one EventDescriptionsByIDs answers is the one read by ID. A list reads the
// events' details only when asked, and then the ones read by ID, nested lists too.
func TestScannedEventsMatchSqlxMapping(t *testing.T) {
	t.Parallel()
	ctx := t.Context()
	db := mustOpenDemo(t)
	var full, bare int64
	if err := db.GetContext(ctx, &full, `UPDATE events SET title_en = 'title en', description_ja = 'description ja',
		description_en = 'description en', venue_name_ja = 'venue ja', venue_name_en = 'venue en',
		venue_address_ja = 'address ja', venue_address_en = 'address en', venue_prefecture = 'OKINAWA',
		streaming_url = 'https://example.jp/live', archive_video_url = 'https://example.jp/archive',
		fee_yen = 1500, capacity = 80, application_deadline = starts_at - interval '3 days',
		seats_taken = 7, waitlist_length = 2, tentative = true, online_streaming = false, version = version + 4
		WHERE id = (SELECT min(id) FROM events) RETURNING id`); err != nil {
		t.Fatal(err)
	}
	if err := db.GetContext(ctx, &bare, `UPDATE events SET title_en = NULL, description_ja = NULL,
		description_en = NULL, venue_name_ja = NULL, venue_name_en = NULL, venue_address_ja = NULL,
		venue_address_en = NULL, venue_prefecture = NULL, streaming_url = NULL, archive_video_url = NULL,
		capacity = NULL, application_deadline = NULL
		WHERE id = (SELECT max(id) FROM events) RETURNING id`); err != nil {
		t.Fatal(err)
	}
	for _, id := range []int64{full, bare} {
		scanned, err := store.EventsByIDs(ctx, db, []int64{id})
		if err != nil || len(scanned) != 1 {
			t.Fatalf("EventsByIDs(%d): %v, %d events", id, err, len(scanned))
		}
		var mapped *telework.Event
		if err := store.InTx(ctx, db, func(tx *sqlx.Tx) (err error) {
			mapped, err = store.LockEvent(ctx, tx, id)
			return err
		}); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(scanned[0], mapped) {
			t.Errorf("event %d:\nscanned %+v %+v\nmapped  %+v %+v", id, *scanned[0], scanned[0].EventDescription, *mapped, mapped.EventDescription)
		}
		descriptions, err := store.EventDescriptionsByIDs(ctx, db, []int64{id})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(descriptions[id], mapped.EventDescription) {
			t.Errorf("event %d: description by ID %+v, read with it %+v", id, descriptions[id], mapped.EventDescription)
		}
	}
	listed, err := store.ListEvents(ctx, db, store.EventQuery{Scope: store.EventScope{AllDrafts: true}, Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range listed {
		if e.EventDescription != nil || e.EventDetails != nil {
			t.Fatalf("event %d: a list read its description (%v) or its details (%v)", e.ID, e.EventDescription != nil, e.EventDetails != nil)
		}
	}
	scope := store.EventScope{AllDrafts: true}
	withDetails, err := store.ListEvents(ctx, db, store.EventQuery{Scope: scope, Limit: 1000, Details: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []int64{full, bare} {
		byID, err := store.EventsByIDs(ctx, db, []int64{id})
		if err != nil {
			t.Fatal(err)
		}
		campaign := byID[0].CampaignID
		nested, err := store.ListEventsOf(ctx, db, store.EventsOfCampaign, []int64{campaign}, store.EventQuery{Scope: scope, Limit: 1000, Details: true})
		if err != nil {
			t.Fatal(err)
		}
		for name, events := range map[string][]*telework.Event{"list": withDetails, "nested list": nested[campaign]} {
			i := slices.IndexFunc(events, func(e *telework.Event) bool { return e.ID == id })
			if i < 0 {
				t.Fatalf("event %d is not in the %s", id, name)
			}
			if !reflect.DeepEqual(events[i].EventDetails, byID[0].EventDetails) {
				t.Errorf("event %d: %s read details %+v, by ID %+v", id, name, events[i].EventDetails, byID[0].EventDetails)
			}
		}
	}
}
