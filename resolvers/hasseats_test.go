package resolvers_test

import (
	"slices"
	"testing"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/telework"
)

// TestHasSeatsMeansASeatCanBeTaken: hasSeats: true lists the events where a sign-up now takes a
// seat, and only those: not a full event, not one past its deadline, not a cancelled or closed one
// (hasSeats: false lists those). Each listed event is signed up for, and each other one refused
// or waitlisted, through the API.
func TestHasSeatsMeansASeatCanBeTaken(t *testing.T) {
	s := apptest.New(t, apptest.Options{Seed: true})
	admin := s.Staff("admin@seats.example.jp", telework.RoleMinistryAdmin, "MIC")
	event := func(title, deadline string, capacity int) string {
		t.Helper()
		vars := map[string]any{"t": title, "c": capacity}
		if deadline != "" {
			vars["d"] = deadline
		}
		r := s.QueryAs(admin, `mutation($t: String!, $c: Int, $d: Time) { createEvent(input: {fiscalYear: 2026,
			hostMinistryCode: "MIC", kind: SEMINAR, titleJa: $t, startsAt: "2030-11-20T04:00:00Z", endsAt: "2030-11-20T06:00:00Z",
			venue: {nameJa: "会場", prefecture: TOKYO}, onlineStreaming: false, feeYen: 0, capacity: $c,
			applicationDeadline: $d}) { event { id } } }`, vars)
		var data struct {
			CreateEvent struct{ Event struct{ ID string } }
		}
		r.Decode(t, &data)
		id := data.CreateEvent.Event.ID
		if r := s.QueryAs(admin, `mutation($id: ID!) { publishEvent(id: $id) { event { id } } }`, map[string]any{"id": id}); id == "" || len(r.Errors) > 0 {
			t.Fatalf("create and publish %s: %s", title, r.Body)
		}
		return id
	}
	sequence := 0
	signUp := func(id string) apptest.Response {
		sequence++
		return s.Query(`mutation($id: ID!, $e: String!) { applyToEvent(input: {eventId: $id, attendeeName: "席 確認",
			attendeeEmail: $e, attendance: IN_PERSON}) { application { status } } }`,
			map[string]any{"id": id, "e": "seat" + string(rune('a'+sequence)) + "@example.jp"})
	}
	open := event("席のあるセミナー", "", 5)
	full := event("満席のセミナー", "", 1)
	if r := signUp(full); len(r.Errors) > 0 {
		t.Fatal(r.Body)
	}
	pastDeadline := event("締切を過ぎたセミナー", "2026-01-01T00:00:00Z", 5)
	cancelled := event("中止したセミナー", "", 5)
	if r := s.QueryAs(admin, `mutation($id: ID!) { cancelEvent(id: $id) { event { id } } }`, map[string]any{"id": cancelled}); len(r.Errors) > 0 {
		t.Fatal(r.Body)
	}
	closed := sqlIDs(t, s.DB, relay.KindEvent, `SELECT id FROM events WHERE status = 'CLOSED'
		AND (capacity IS NULL OR seats_taken < capacity) AND venue_name_ja IS NOT NULL ORDER BY id LIMIT 1`)[0]

	listed := func(hasSeats bool) []string {
		nodes, _ := walkPages[eventNode](t, s, eventsQuery, map[string]any{"filter": map[string]any{"hasSeats": hasSeats}}, 100, "events")
		return eventIDs(nodes)
	}
	withSeats, without := listed(true), listed(false)
	if !slices.Contains(withSeats, open) || slices.Contains(without, open) {
		t.Errorf("the open event is not listed with seats only")
	}
	for name, id := range map[string]string{"full": full, "past its deadline": pastDeadline, "cancelled": cancelled, "closed": closed} {
		if slices.Contains(withSeats, id) || !slices.Contains(without, id) {
			t.Errorf("the %s event is listed with seats", name)
		}
	}
	for _, id := range withSeats {
		r := s.Query(`query($id: ID!) { event(id: $id) { venue { name { ja } } } }`, map[string]any{"id": id})
		if string(dig(t, r.Data, "event", "venue")) == "null" {
			continue // online only: no seat to take
		}
		if r := signUp(id); len(r.Errors) > 0 || string(dig(t, r.Data, "applyToEvent", "application", "status")) != `"CONFIRMED"` {
			t.Errorf("event %s is listed with seats, but a sign-up answered %s", id, r.Body)
		}
	}
	for id, want := range map[string]string{pastDeadline: "DEADLINE_PASSED", cancelled: "CONFLICT", closed: "CONFLICT"} {
		if got := firstCode(signUp(id)); got != want {
			t.Errorf("sign-up for %s: code %q, want %q", id, got, want)
		}
	}
	if r := signUp(full); string(dig(t, r.Data, "applyToEvent", "application", "status")) != `"WAITLISTED"` {
		t.Errorf("sign-up for the full event: %s", r.Body)
	}
}
