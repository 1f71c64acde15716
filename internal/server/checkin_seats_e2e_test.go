package server_test

import (
	"encoding/json"
	"net/http"
	"testing"
	"time"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/server"
	"github.com/teleworkmonth/platform/internal/telework"
)

// TestCheckedInCountLive: two devices at the door, the host's admin on one instance and its editor
// on another, each subscribed to the event's seats; a check-in made on either reaches both within
// a second. A subscriber of the public gets the seats, and the count as null with FORBIDDEN.
func TestCheckedInCountLive(t *testing.T) {
	requireSeatsWired(t)
	t.Parallel()
	a := apptest.New(t, apptest.Options{Seed: true})
	b := apptest.New(t, apptest.Options{URL: a.App.Config.DatabaseURL})
	admin := a.Staff("admin@door.example.jp", telework.RoleMinistryAdmin, "MIC")
	editor := a.Staff("editor@door.example.jp", telework.RoleMinistryEditor, "MIC")

	r := a.QueryAs(admin, `mutation { createEvent(input: {fiscalYear: 2026, hostMinistryCode: "MIC", kind: SEMINAR,
		titleJa: "受付のあるセミナー", startsAt: "2030-11-20T04:00:00Z", endsAt: "2030-11-20T06:00:00Z",
		venue: {nameJa: "講堂"}, onlineStreaming: false, feeYen: 0, capacity: 10}) { event { id } } }`, nil)
	var created struct {
		CreateEvent struct{ Event struct{ ID string } }
	}
	r.Decode(t, &created)
	eventID := created.CreateEvent.Event.ID
	a.QueryAs(admin, `mutation($id: ID!) { publishEvent(id: $id) { event { id } } }`, map[string]any{"id": eventID})
	r = a.Query(`mutation($id: ID!) { applyToEvent(input: {eventId: $id, attendeeName: "来場 太郎",
		attendeeEmail: "raijo@example.jp", attendance: IN_PERSON}) { application { id } } }`, map[string]any{"id": eventID})
	var applied struct {
		ApplyToEvent struct{ Application struct{ ID string } }
	}
	r.Decode(t, &applied)
	if applied.ApplyToEvent.Application.ID == "" {
		t.Fatalf("setup: %s", r.Body)
	}

	const subscription = `subscription($id: ID!) { eventSeatsChanged(eventId: $id) { seatsRemaining checkedInCount } }`
	device := func(s *apptest.Server, token string) *server.WSClient {
		c, _, err := server.DialWS(t, s.URL, http.Header{"Origin": {s.URL}})
		if err != nil {
			t.Fatal(err)
		}
		if token != "" {
			c.Init(map[string]any{"Authorization": "Bearer " + token})
		} else {
			c.Init(nil)
		}
		c.Subscribe("door", subscription, map[string]any{"id": eventID})
		return c
	}
	next := func(c *server.WSClient, within time.Duration, wantCount string, wantCodes ...string) {
		t.Helper()
		r := c.Next("door", within)
		var data struct {
			EventSeatsChanged struct {
				SeatsRemaining int
				CheckedInCount json.RawMessage
			}
		}
		if err := json.Unmarshal(r.Data, &data); err != nil {
			t.Fatalf("data %s: %v", r.Data, err)
		}
		codes := r.Codes()
		if got := string(data.EventSeatsChanged.CheckedInCount); got != wantCount || len(codes) != len(wantCodes) ||
			(len(codes) > 0 && codes[0] != wantCodes[0]) || data.EventSeatsChanged.SeatsRemaining != 9 {
			t.Fatalf("received %s with errors %v; want checkedInCount %s, errors %v", r.Data, codes, wantCount, wantCodes)
		}
	}
	one, two, public := device(a, admin), device(b, editor), device(b, "")
	next(one, 5*time.Second, "0")
	next(two, 5*time.Second, "0")
	next(public, 5*time.Second, "null", "FORBIDDEN")

	r = b.QueryAs(editor, `mutation($id: ID!) { checkInApplication(id: $id) { checkedInCount } }`,
		map[string]any{"id": applied.ApplyToEvent.Application.ID})
	if len(r.Errors) > 0 {
		t.Fatal(r.Body)
	}
	next(one, seatsPropagation, "1")
	next(two, seatsPropagation, "1")
	next(public, seatsPropagation, "null", "FORBIDDEN")
}
