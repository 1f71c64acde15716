package event_test

import (
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/auth"
	"github.com/teleworkmonth/platform/internal/event"
	"github.com/teleworkmonth/platform/internal/outbox"
	"github.com/teleworkmonth/platform/internal/telework"
)

// TestCancelApplication runs the stories of cancelling, each on an event of its own.
func TestCancelApplication(t *testing.T) {
	f := newSignups(t, 10)
	t.Run("promotes the waitlist", f.cancelPromotes)
	t.Run("credentials", f.cancelCredentials)
	t.Run("after the start", f.cancelAfterStart)
	t.Run("capacity raised", f.capacityRaised)
}

// party signs up n in-person applicants (the last online when online is set) and returns their
// applications and tokens, in order.
func (f *signups) party(t *testing.T, eventID int64, n int, online bool) ([]*telework.EventApplication, []string) {
	t.Helper()
	apps, tokens := make([]*telework.EventApplication, n), make([]string, n)
	for i := range n {
		a := applicant(eventID, i)
		if online && i == n-1 {
			a.Attendance = telework.AttendanceOnline
		}
		var err error
		if apps[i], tokens[i], err = f.svc.Apply(t.Context(), a); err != nil {
			t.Fatalf("Apply %d: %v", i, err)
		}
	}
	return apps, tokens
}

// line is the state of every application of an event, in ID order: CONFIRMED, CANCELLED or the
// waitlist position as W1, W2...
func (f *signups) line(t *testing.T, eventID int64) []string {
	t.Helper()
	var out []string
	for _, a := range f.applications(t, eventID) {
		s := a.Status
		if a.Position != nil {
			s = "W" + strconv.Itoa(*a.Position)
		}
		out = append(out, s)
	}
	return out
}

func (f *signups) wantLine(t *testing.T, eventID int64, want ...string) {
	t.Helper()
	if got := f.line(t, eventID); !slices.Equal(got, want) {
		t.Errorf("applications %v, want %v", got, want)
	}
	f.seatsOf(t, eventID)
}

func (f *signups) cancelPromotes(t *testing.T) {
	t.Parallel()
	ctx := t.Context()
	eventID := f.makeEvent(t, eventSpec{capacity: some(2)})
	// A and B have the seats, C D E wait, F attends online.
	apps, tokens := f.party(t, eventID, 6, true)
	f.wantLine(t, eventID, "CONFIRMED", "CONFIRMED", "W1", "W2", "W3", "CONFIRMED")
	A, C, D, F := 0, 2, 3, 5

	got, err := f.svc.CancelApplication(ctx, tokens[A])
	if err != nil || got.ID != apps[A].ID || got.Status != telework.ApplicationCancelled || got.WaitlistPosition != nil {
		t.Fatalf("CancelApplication = %+v, %v", got, err)
	}
	f.wantLine(t, eventID, "CANCELLED", "CONFIRMED", "CONFIRMED", "W1", "W2", "CONFIRMED")
	tr := f.trailOf(t, eventID)
	if countOf(tr.audit, event.ActionCancelApplication, apps[A].ID) != 1 || countOf(tr.audit, event.ActionPromote, apps[C].ID) != 1 ||
		countOf(tr.messages, outbox.KindApplicationCancelled, apps[A].ID) != 1 || countOf(tr.messages, outbox.KindApplicationPromoted, apps[C].ID) != 1 {
		t.Errorf("trail %+v: want the cancellation of A and the promotion of C, audited and told", tr)
	}

	// Cancelling twice changes nothing.
	again, err := f.svc.CancelApplication(ctx, tokens[A])
	if err != nil || again.ID != apps[A].ID || again.Status != telework.ApplicationCancelled {
		t.Errorf("second CancelApplication = %+v, %v", again, err)
	}
	f.wantLine(t, eventID, "CANCELLED", "CONFIRMED", "CONFIRMED", "W1", "W2", "CONFIRMED")
	if tr2 := f.trailOf(t, eventID); len(tr2.audit) != len(tr.audit) || len(tr2.messages) != len(tr.messages) {
		t.Errorf("cancelling twice wrote %d audit entries and %d messages", len(tr2.audit)-len(tr.audit), len(tr2.messages)-len(tr.messages))
	}

	// The first in line leaves: the one behind moves up, no seat changes hands.
	if _, err := f.svc.CancelApplication(ctx, tokens[D]); err != nil {
		t.Fatal(err)
	}
	f.wantLine(t, eventID, "CANCELLED", "CONFIRMED", "CONFIRMED", "CANCELLED", "W1", "CONFIRMED")
	// An online attendee frees no seat.
	if _, err := f.svc.CancelApplication(ctx, tokens[F]); err != nil {
		t.Fatal(err)
	}
	f.wantLine(t, eventID, "CANCELLED", "CONFIRMED", "CONFIRMED", "CANCELLED", "W1", "CANCELLED")
	// A applies again: a new application, at the end of the line.
	back, token, err := f.svc.Apply(ctx, applicant(eventID, A))
	if err != nil || back.ID == apps[A].ID || token == "" {
		t.Fatalf("applying again after cancelling: %+v, %v", back, err)
	}
	f.wantLine(t, eventID, "CANCELLED", "CONFIRMED", "CONFIRMED", "CANCELLED", "W1", "CANCELLED", "W2")

	tr = f.trailOf(t, eventID)
	for _, a := range apps {
		if countOf(tr.audit, event.ActionApply, a.ID) != 1 {
			t.Errorf("application %d has %d creation entries", a.ID, countOf(tr.audit, event.ActionApply, a.ID))
		}
	}
	if len(tr.audit) != len(tr.messages) {
		t.Errorf("%d audit entries but %d messages: every change tells its applicant", len(tr.audit), len(tr.messages))
	}
}

func (f *signups) cancelCredentials(t *testing.T) {
	t.Parallel()
	ctx := t.Context()
	creds := auth.NewService(f.db, auth.Options{})
	eventID := f.makeEvent(t, eventSpec{capacity: some(1)})
	apps, tokens := f.party(t, eventID, 2, false)
	_, key, err := creds.CreateAPIKey(ctx, f.db, "partner portal", 0)
	if err != nil {
		t.Fatal(err)
	}
	revoked, revokedToken := apps[1], tokens[1]
	if err := creds.RevokeRecordTokens(ctx, f.db, auth.ApplicationToken, revoked.ID); err != nil {
		t.Fatal(err)
	}
	for name, token := range map[string]string{
		"no token":         "",
		"malformed":        "tma_not-a-token",
		"unknown":          "tma_" + strings43(),
		"partner API key":  key,
		"revoked":          revokedToken,
		"bearer in bearer": "Bearer " + tokens[0],
	} {
		t.Run(name, func(t *testing.T) {
			_, err := f.svc.CancelApplication(ctx, token)
			wantCode(t, err, apperr.Unauthenticated, "")
		})
	}
	f.wantLine(t, eventID, "CONFIRMED", "W1")
}

// strings43 is 43 characters of base64url: the length of a token's random part.
func strings43() string { return "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" }

func (f *signups) cancelAfterStart(t *testing.T) {
	t.Parallel()
	ctx := t.Context()
	eventID := f.makeEvent(t, eventSpec{capacity: some(1)})
	_, tokens := f.party(t, eventID, 3, false)
	// The event has started: a freed seat stays free, the waitlist waits.
	f.db.MustExecContext(ctx, `UPDATE events SET starts_at = now() - interval '1 hour', ends_at = now() + interval '1 hour' WHERE id = $1`, eventID)
	if _, err := f.svc.CancelApplication(ctx, tokens[0]); err != nil {
		t.Fatal(err)
	}
	f.wantLine(t, eventID, "CANCELLED", "W1", "W2")
	// It is over: nothing can be cancelled any more.
	f.db.MustExecContext(ctx, `UPDATE events SET starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour' WHERE id = $1`, eventID)
	_, err := f.svc.CancelApplication(ctx, tokens[1])
	wantCode(t, err, apperr.Conflict, "")
	f.wantLine(t, eventID, "CANCELLED", "W1", "W2")
	if a, err := f.svc.CancelApplication(ctx, tokens[0]); err != nil || a.Status != telework.ApplicationCancelled {
		t.Errorf("cancelling a cancelled application after the event: %+v, %v", a, err)
	}
}

// capacityRaised: seats added by staff go to the waitlist, first in line first, before anyone who
// signs up after.
func (f *signups) capacityRaised(t *testing.T) {
	t.Parallel()
	ctx := t.Context()
	eventID := f.makeEvent(t, eventSpec{capacity: some(1), startsAt: time.Now().Add(48 * time.Hour)})
	apps, _ := f.party(t, eventID, 4, false)
	f.db.MustExecContext(ctx, `UPDATE events SET capacity = 3 WHERE id = $1`, eventID)
	late, _, err := f.svc.Apply(ctx, applicant(eventID, 9))
	if err != nil {
		t.Fatal(err)
	}
	f.wantLine(t, eventID, "CONFIRMED", "CONFIRMED", "CONFIRMED", "W1", "W2")
	tr := f.trailOf(t, eventID)
	for _, a := range apps[1:3] {
		if countOf(tr.audit, event.ActionPromote, a.ID) != 1 || countOf(tr.messages, outbox.KindApplicationPromoted, a.ID) != 1 {
			t.Errorf("application %d: no promotion in %+v", a.ID, tr)
		}
	}
	var actor string
	if err := f.db.GetContext(ctx, &actor, `SELECT actor FROM audit_entries WHERE action = $1 AND object_id = $2`,
		event.ActionPromote, strconv.FormatInt(apps[1].ID, 10)); err != nil || actor != "application:"+strconv.FormatInt(late.ID, 10) {
		t.Errorf("promotion by %q (%v), want the late application that set it off", actor, err)
	}
}
