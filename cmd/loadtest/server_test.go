package main

import (
	"encoding/json"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/pgtest"
	"github.com/teleworkmonth/platform/internal/telework"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// TestRunAgainstTheServer runs the tool as the README shows, against the real server trusting it
// as its proxy: an in-person event of 12 seats takes 12 of the first burst's 30 sign-ups and
// waitlists the rest, and the second burst joins the waitlist, with no failure.
func TestRunAgainstTheServer(t *testing.T) {
	s := apptest.New(t, apptest.Options{Seed: true, Env: map[string]string{"TRUSTED_PROXIES": "127.0.0.1/32,::1/128"}})
	admin := s.Staff("loadtest.admin@example.jp", telework.RoleMinistryAdmin, "MIC")
	r := s.QueryAs(admin, `mutation { createEvent(input: {fiscalYear: 2026, hostMinistryCode: "MIC", kind: SEMINAR,
		titleJa: "負荷試験のセミナー", startsAt: "2030-11-20T04:00:00Z", endsAt: "2030-11-20T06:00:00Z",
		venue: {nameJa: "総務省 講堂", prefecture: TOKYO}, onlineStreaming: false, feeYen: 0, capacity: 12}) { event { id } } }`, nil)
	var created struct {
		CreateEvent struct{ Event struct{ ID string } }
	}
	if err := json.Unmarshal(r.Data, &created); err != nil || created.CreateEvent.Event.ID == "" {
		t.Fatalf("createEvent: %s", r.Body)
	}
	id := created.CreateEvent.Event.ID
	if r := s.QueryAs(admin, `mutation($id: ID!) { publishEvent(id: $id) { event { status } } }`, map[string]any{"id": id}); len(r.Errors) > 0 {
		t.Fatalf("publishEvent: %s", r.Body)
	}

	u, err := url.Parse(s.URL + "/graphql")
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	o := options{url: u, eventID: id, n: 30, concurrency: 6, timeout: time.Minute, attendance: "IN_PERSON"}
	if err := run(t.Context(), o, &out); err != nil {
		t.Fatal(err)
	}
	report := out.String()
	for _, want := range []string{
		"| first burst | 30 | 30 | 12 | 18 | 0 |",
		"| seats gone: waitlist only | 30 | 30 | 0 | 30 | 0 |",
		"Event before: PUBLISHED, 12 of 12 seats free, 0 waiting; after the first burst: PUBLISHED, 0 of 12 seats free, 18 waiting; at the end: PUBLISHED, 0 of 12 seats free, 48 waiting.",
	} {
		if !strings.Contains(report, want) {
			t.Errorf("report lacks %q:\n%s", want, report)
		}
	}
}
