package resolvers_test

import (
	"strings"
	"testing"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/relay"
)

// TestSignUpThroughTheAPI signs up for a published event with free seats, sees its own application
// with its personal data in the answer, cancels with the token (twice: the second changes
// nothing), and checks the seat came back.
func TestSignUpThroughTheAPI(t *testing.T) {
	s := apptest.New(t, apptest.Options{Seed: true})
	eventID := openEventKey(t, s.DB)
	id := relay.ID(relay.KindEvent, eventID)
	seats := func() string {
		r := s.Query(`query($id: ID!) { event(id: $id) { seatsRemaining } }`, map[string]any{"id": id})
		return string(r.Data)
	}
	before := seats()

	r := s.Query(`mutation($id: ID!) { applyToEvent(input: {eventId: $id, attendeeName: "佐藤 花子",
		attendeeEmail: "hanako@example.jp", attendance: IN_PERSON, idempotencyKey: "k-1-0b8e2f5c9d7a"}) {
		token application { status attendeeEmail waitlistPosition } } }`, map[string]any{"id": id})
	var applied struct {
		ApplyToEvent struct {
			Token       string
			Application struct{ Status, AttendeeEmail string }
		}
	}
	r.Decode(t, &applied)
	if len(r.Errors) > 0 || applied.ApplyToEvent.Application.Status != "CONFIRMED" ||
		applied.ApplyToEvent.Application.AttendeeEmail != "hanako@example.jp" || !strings.HasPrefix(applied.ApplyToEvent.Token, "tma_") {
		t.Fatalf("applyToEvent: %s", r.Body)
	}
	if seats() == before {
		t.Error("the seat count did not change")
	}

	cancel := `mutation($t: String!) { cancelEventApplication(token: $t) { application { status } } }`
	for i := range 2 {
		r := s.Query(cancel, map[string]any{"t": applied.ApplyToEvent.Token})
		if len(r.Errors) > 0 || !strings.Contains(string(r.Data), `"CANCELLED"`) {
			t.Fatalf("cancel #%d: %s", i+1, r.Body)
		}
	}
	if seats() != before {
		t.Errorf("after cancelling, seats are %s, want %s", seats(), before)
	}
	if code := firstCode(s.Query(cancel, map[string]any{"t": "tma_forged"})); code != "UNAUTHENTICATED" {
		t.Errorf("a forged token answered %q", code)
	}
}
