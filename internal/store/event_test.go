package store_test

import (
	"reflect"
	"testing"

	"github.com/teleworkmonth/platform/internal/seed"
	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
)

// TestHostsAndCoHostsReadsWhatTheTwoEdgeQueriesRead: the one statement of an event page's hosts
// and co-hosts answers as MinistriesByIDs and CoHostsByEventIDs do, co-hosts in the same order,
// for events with several co-hosts, one, and none.
func TestHostsAndCoHostsReadsWhatTheTwoEdgeQueriesRead(t *testing.T) {
	t.Parallel()
	ctx := t.Context()
	db := mustOpen(t)
	if _, err := seed.Demo(ctx, db); err != nil {
		t.Fatal(err)
	}
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

	hosts, coHosts, err := store.HostsAndCoHosts(ctx, db, hostIDs, eventIDs)
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
	if !reflect.DeepEqual(byID(hosts), byID(wantHosts)) {
		t.Errorf("hosts %v, want %v", byID(hosts), byID(wantHosts))
	}
	if !reflect.DeepEqual(coHosts, wantCoHosts) {
		t.Errorf("co-hosts differ:\n got %v\nwant %v", coHosts, wantCoHosts)
	}
}

func byID(ms []*telework.Ministry) map[int64]telework.Ministry {
	out := map[int64]telework.Ministry{}
	for _, m := range ms {
		out[m.ID] = *m
	}
	return out
}
