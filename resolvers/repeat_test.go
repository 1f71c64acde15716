package resolvers_test

import (
	"encoding/json"
	"testing"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/relay"
)

// TestRepeatedSignUpShowsOnlyWhatThePublicSees: an applyToEvent with the email of an earlier
// application returns that application as the public sees it (its status, no personal data, an
// empty token), so that knowing someone's address tells nobody who applied or from where. Only the
// holder of the sign-up's idempotency key gets it back as its owner, with a fresh token.
func TestRepeatedSignUpShowsOnlyWhatThePublicSees(t *testing.T) {
	s := apptest.New(t, apptest.Options{Seed: true})
	eventID := openEventKey(t, s.DB)
	const apply = `mutation($in: ApplyToEventInput!) { applyToEvent(input: $in) {
		token application { id status attendeeName attendeeEmail organization } } }`
	input := func(name, key string) map[string]any {
		in := map[string]any{"eventId": relay.ID(relay.KindEvent, eventID), "attendeeName": name,
			"attendeeEmail": "Hanako@Example.jp", "organization": name + "の会社", "attendance": "IN_PERSON"}
		if key != "" {
			in["idempotencyKey"] = key
		}
		return map[string]any{"in": in}
	}
	type answer struct {
		ApplyToEvent *struct {
			Token       string
			Application struct {
				ID, Status                                string
				AttendeeName, AttendeeEmail, Organization *string
			}
		}
	}
	var first answer
	r := s.Query(apply, input("佐藤 花子", "a6f1c0de-first-sign-up"))
	r.Decode(t, &first)
	if len(r.Errors) > 0 || first.ApplyToEvent == nil || first.ApplyToEvent.Token == "" ||
		first.ApplyToEvent.Application.AttendeeEmail == nil {
		t.Fatalf("first sign-up: %s", r.Body)
	}

	// Someone else, who knows the address only.
	var repeat answer
	r = s.Query(apply, input("攻撃 者", ""))
	r.Decode(t, &repeat)
	if repeat.ApplyToEvent == nil {
		t.Fatalf("repeat: %s", r.Body)
	}
	got := repeat.ApplyToEvent
	if got.Token != "" || got.Application.ID != first.ApplyToEvent.Application.ID || got.Application.Status != "CONFIRMED" {
		t.Errorf("repeat answered token %q, application %s %s; want no token and the first application's ID and status",
			got.Token, got.Application.ID, got.Application.Status)
	}
	if got.Application.AttendeeName != nil || got.Application.AttendeeEmail != nil || got.Application.Organization != nil {
		t.Errorf("repeat showed the first applicant's personal data: %s", r.Body)
	}
	forbidden := map[string]bool{}
	for _, e := range r.Errors {
		path, _ := json.Marshal(e.Path)
		if e.Code() != "FORBIDDEN" {
			t.Errorf("repeat: error %s at %s, want FORBIDDEN at personal fields only", e.Code(), path)
		}
		forbidden[string(path)] = true
	}
	if len(forbidden) != 3 {
		t.Errorf("repeat: %d FORBIDDEN personal fields, want 3: %s", len(forbidden), r.Body)
	}

	// The holder of the idempotency key retries: its own application, as its owner sees it.
	var retry answer
	r = s.Query(apply, input("佐藤 花子", "a6f1c0de-first-sign-up"))
	r.Decode(t, &retry)
	if len(r.Errors) > 0 || retry.ApplyToEvent == nil || retry.ApplyToEvent.Token == "" ||
		retry.ApplyToEvent.Application.AttendeeName == nil || *retry.ApplyToEvent.Application.AttendeeName != "佐藤 花子" {
		t.Errorf("retry with the idempotency key: %s", r.Body)
	}
}
