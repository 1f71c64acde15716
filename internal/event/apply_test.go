package event_test

import (
	"context"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/lib/pq"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/auth"
	"github.com/teleworkmonth/platform/internal/authz"
	"github.com/teleworkmonth/platform/internal/event"
	"github.com/teleworkmonth/platform/internal/loader"
	"github.com/teleworkmonth/platform/internal/outbox"
	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
)

// TestApply runs the stories of signing up, each on an event of its own.
func TestApply(t *testing.T) {
	f := newSignups(t, 10)
	t.Run("validation", f.applyValidation)
	t.Run("events that take no sign-ups", f.closedEvents)
	t.Run("seats then waitlist", f.seatsThenWaitlist)
	t.Run("same email", f.sameEmail)
	t.Run("idempotency key", f.idempotencyKey)
	t.Run("audit and messages", f.auditAndMessages)
	t.Run("seats notification", f.seatsNotification)
	t.Run("the answer's reader", f.answerReader)
}

func (f *signups) applyValidation(t *testing.T) {
	t.Parallel()
	eventID := f.makeEvent(t, eventSpec{})
	long := func(c string, n int) string { return strings.Repeat(c, n) }
	// The longest address: a 64-character local part and a 189-character domain.
	longest := long("a", 64) + "@" + long("b", 63) + "." + long("c", 63) + "." + long("d", 61)
	tests := []struct {
		name   string
		change func(n *telework.NewApplication)
		field  string // "" for valid input
	}{
		{"no event", func(n *telework.NewApplication) { n.EventID = 0 }, "input.eventId"},
		{"name blank", func(n *telework.NewApplication) { n.AttendeeName = " \t " }, "input.attendeeName"},
		{"name of 101 characters", func(n *telework.NewApplication) { n.AttendeeName = long("名", 101) }, "input.attendeeName"},
		{"name on two lines", func(n *telework.NewApplication) { n.AttendeeName = "申込\n太郎" }, "input.attendeeName"},
		{"name with a control character", func(n *telework.NewApplication) { n.AttendeeName = "申込\x07太郎" }, "input.attendeeName"},
		{"email malformed", func(n *telework.NewApplication) { n.AttendeeEmail = "taro.example.jp" }, "input.attendeeEmail"},
		{"email with a display name", func(n *telework.NewApplication) { n.AttendeeEmail = "Taro <taro@example.jp>" }, "input.attendeeEmail"},
		{"email without a domain", func(n *telework.NewApplication) { n.AttendeeEmail = "taro@" }, "input.attendeeEmail"},
		{"email of 255 characters", func(n *telework.NewApplication) { n.AttendeeEmail = "a" + longest }, "input.attendeeEmail"},
		{"email with a line break", func(n *telework.NewApplication) { n.AttendeeEmail = "taro@example.jp\r\nBcc: x@example.jp" }, "input.attendeeEmail"},
		{"organization of 201 characters", func(n *telework.NewApplication) { n.Organization = some(long("社", 201)) }, "input.organization"},
		{"attendance unknown", func(n *telework.NewApplication) { n.Attendance = "BY_PIGEON" }, "input.attendance"},
		{"key empty", func(n *telework.NewApplication) { n.IdempotencyKey = some("") }, "input.idempotencyKey"},
		{"key of 15 characters, guessable", func(n *telework.NewApplication) { n.IdempotencyKey = some(long("k", 15)) }, "input.idempotencyKey"},
		{"key of 101 characters", func(n *telework.NewApplication) { n.IdempotencyKey = some(long("k", 101)) }, "input.idempotencyKey"},
		{"key with a control character", func(n *telework.NewApplication) { n.IdempotencyKey = some("key\n") }, "input.idempotencyKey"},
		{"the longest of everything", func(n *telework.NewApplication) {
			n.AttendeeName, n.AttendeeEmail, n.Organization, n.IdempotencyKey = long("名", 100), longest, some(long("社", 200)), some(long("k", 100))
		}, ""},
		{"blank organization", func(n *telework.NewApplication) { n.Organization = some("  ") }, ""},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := applicant(eventID, i)
			tt.change(&n)
			a, token, err := f.svc.Apply(t.Context(), n)
			if tt.field != "" {
				wantCode(t, err, apperr.BadUserInput, tt.field)
				return
			}
			if err != nil || token == "" || a.Status != telework.ApplicationConfirmed {
				t.Fatalf("Apply = %+v, %q, %v; want a confirmed application and its token", a, token, err)
			}
		})
	}
	t.Run("stored as entered, trimmed", func(t *testing.T) {
		n := applicant(eventID, 100)
		n.AttendeeName, n.AttendeeEmail, n.Organization = "  申込 花子 ", " Hanako.Mori@Example.JP ", some("  ")
		a, _, err := f.svc.Apply(t.Context(), n)
		if err != nil {
			t.Fatal(err)
		}
		if a.AttendeeName != "申込 花子" || a.AttendeeEmail != "Hanako.Mori@Example.JP" || a.Organization != nil {
			t.Errorf("stored %q, %q, %v", a.AttendeeName, a.AttendeeEmail, a.Organization)
		}
	})
}

func (f *signups) closedEvents(t *testing.T) {
	t.Parallel()
	past := time.Now().Add(-time.Hour)
	tests := []struct {
		name  string
		spec  eventSpec
		n     func(n *telework.NewApplication)
		code  apperr.Code
		field string
	}{
		{"draft", eventSpec{status: telework.EventDraft}, nil, apperr.BadUserInput, "input.eventId"},
		{"closed", eventSpec{status: telework.EventClosed}, nil, apperr.Conflict, ""},
		{"cancelled", eventSpec{status: telework.EventCancelled}, nil, apperr.Conflict, ""},
		{"deadline passed", eventSpec{deadline: &past}, nil, apperr.DeadlinePassed, ""},
		{"until full, but started", eventSpec{startsAt: past}, nil, apperr.DeadlinePassed, ""},
		{"online only", eventSpec{onlineOnly: true}, nil, apperr.BadUserInput, "input.attendance"},
		{"not streamed", eventSpec{notStreamed: true}, func(n *telework.NewApplication) { n.Attendance = telework.AttendanceOnline }, apperr.BadUserInput, "input.attendance"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			eventID := f.makeEvent(t, tt.spec)
			n := applicant(eventID, 1)
			if tt.n != nil {
				tt.n(&n)
			}
			_, _, err := f.svc.Apply(t.Context(), n)
			wantCode(t, err, tt.code, tt.field)
			if apps := f.applications(t, eventID); len(apps) != 0 {
				t.Errorf("%d applications stored by a refused sign-up", len(apps))
			}
		})
	}
	t.Run("unknown event", func(t *testing.T) {
		_, _, err := f.svc.Apply(t.Context(), applicant(1<<40, 1))
		wantCode(t, err, apperr.BadUserInput, "input.eventId")
	})
}

func (f *signups) seatsThenWaitlist(t *testing.T) {
	t.Parallel()
	eventID := f.makeEvent(t, eventSpec{capacity: some(2)})
	var got []string
	tokens := map[string]bool{}
	for i := range 5 {
		n := applicant(eventID, i)
		if i == 4 {
			n.Attendance = telework.AttendanceOnline // takes no seat, even when none is left
		}
		a, token, err := f.svc.Apply(t.Context(), n)
		if err != nil {
			t.Fatalf("Apply %d: %v", i, err)
		}
		if token == "" || tokens[token] {
			t.Errorf("sign-up %d: token %q, want a new one", i, token)
		}
		tokens[token] = true
		s := string(a.Status)
		if a.WaitlistPosition != nil {
			s += " " + strconv.Itoa(*a.WaitlistPosition)
		}
		got = append(got, s)
	}
	want := []string{"CONFIRMED", "CONFIRMED", "WAITLISTED 1", "WAITLISTED 2", "CONFIRMED"}
	if !slices.Equal(got, want) {
		t.Errorf("statuses %v, want %v", got, want)
	}
	if taken, waiting := f.seatsOf(t, eventID); taken != 2 || waiting != 2 {
		t.Errorf("counters %d taken, %d waiting; want 2 and 2", taken, waiting)
	}

	t.Run("until full", func(t *testing.T) {
		// No deadline: applications close when the event is full, but in-person applicants still
		// join the waitlist.
		eventID := f.makeEvent(t, eventSpec{capacity: some(1)})
		first, _, err1 := f.svc.Apply(t.Context(), applicant(eventID, 1))
		second, _, err2 := f.svc.Apply(t.Context(), applicant(eventID, 2))
		if err1 != nil || err2 != nil || first.Status != telework.ApplicationConfirmed || second.Status != telework.ApplicationWaitlisted {
			t.Errorf("sign-ups: %+v (%v), %+v (%v); want confirmed, then waitlisted", first, err1, second, err2)
		}
	})
}

func (f *signups) sameEmail(t *testing.T) {
	t.Parallel()
	eventID := f.makeEvent(t, eventSpec{capacity: some(1)})
	first, token, err := f.svc.Apply(t.Context(), applicant(eventID, 1))
	if err != nil || token == "" {
		t.Fatalf("Apply: %v", err)
	}
	for _, change := range []func(n *telework.NewApplication){
		func(n *telework.NewApplication) { n.AttendeeEmail = strings.ToUpper(n.AttendeeEmail) },
		func(n *telework.NewApplication) {
			n.AttendeeName, n.Attendance = "別人 次郎", telework.AttendanceOnline
		},
		func(n *telework.NewApplication) { n.IdempotencyKey = some("a new key with an old email") },
	} {
		n := applicant(eventID, 1)
		change(&n)
		again, token, err := f.svc.Apply(t.Context(), n)
		if err != nil || again.ID != first.ID || again.Status != telework.ApplicationConfirmed || token != "" {
			t.Errorf("second sign-up %+v: %+v, token %q, %v; want the first application back, without a token", n, again, token, err)
		}
	}
	if apps := f.applications(t, eventID); len(apps) != 1 {
		t.Errorf("%d applications, want 1", len(apps))
	}
	if taken, waiting := f.seatsOf(t, eventID); taken != 1 || waiting != 0 {
		t.Errorf("counters %d taken, %d waiting; want 1 and 0", taken, waiting)
	}
	if tr := f.trailOf(t, eventID); len(tr.audit) != 1 || len(tr.messages) != 1 {
		t.Errorf("trail %+v: want one audit entry and one message", tr)
	}
}

func (f *signups) idempotencyKey(t *testing.T) {
	t.Parallel()
	ctx := t.Context()
	creds := auth.NewService(f.db, auth.Options{})
	eventID := f.makeEvent(t, eventSpec{capacity: some(5)})
	n := applicant(eventID, 1)
	n.IdempotencyKey = some("3f0c8a52-6d1e-4a7b-9a0e-1c2d3e4f5a6b")
	first, token1, err := f.svc.Apply(ctx, n)
	if err != nil {
		t.Fatal(err)
	}
	n.AttendeeEmail = strings.ToUpper(n.AttendeeEmail)
	again, token2, err := f.svc.Apply(ctx, n)
	if err != nil || again.ID != first.ID || token2 == "" || token2 == token1 {
		t.Fatalf("replay: %+v, %q, %v; want the same application with a new token", again, token2, err)
	}
	for _, token := range []string{token1, token2} {
		if v, err := creds.Authenticate(ctx, "Bearer "+token); err != nil || v.ApplicationID != first.ID {
			t.Errorf("token authenticates as %+v, %v; want application %d", v, err, first.ID)
		}
	}
	if taken, _ := f.seatsOf(t, eventID); taken != 1 {
		t.Errorf("%d seats taken, want 1", taken)
	}

	other := applicant(eventID, 2)
	other.IdempotencyKey = n.IdempotencyKey
	_, _, err = f.svc.Apply(ctx, other)
	wantCode(t, err, apperr.BadUserInput, "input.idempotencyKey")

	// The key belongs to the event: on another event it makes a sign-up of its own.
	elsewhere := n
	elsewhere.EventID = f.makeEvent(t, eventSpec{})
	if a, _, err := f.svc.Apply(ctx, elsewhere); err != nil || a.ID == first.ID {
		t.Errorf("the key on another event: %+v, %v", a, err)
	}

	// Once cancelled, the key still finds its application; the email may apply anew.
	if _, err := f.svc.CancelApplication(ctx, token2); err != nil {
		t.Fatal(err)
	}
	if a, _, err := f.svc.Apply(ctx, n); err != nil || a.ID != first.ID || a.Status != telework.ApplicationCancelled {
		t.Errorf("replay after cancelling: %+v, %v; want the cancelled application", a, err)
	}
	n.IdempotencyKey = nil
	if a, token, err := f.svc.Apply(ctx, n); err != nil || a.ID == first.ID || token == "" {
		t.Errorf("new sign-up after cancelling: %+v, %q, %v; want a new application", a, token, err)
	}
	f.seatsOf(t, eventID)
}

func (f *signups) auditAndMessages(t *testing.T) {
	t.Parallel()
	ctx := t.Context()
	eventID := f.makeEvent(t, eventSpec{capacity: some(1)})
	confirmed, _, err1 := f.svc.Apply(ctx, applicant(eventID, 1))
	waiting, _, err2 := f.svc.Apply(ctx, applicant(eventID, 2))
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	var entry telework.AuditEntry
	if err := f.db.GetContext(ctx, &entry, `
		SELECT id, at, actor, ministry_id, action, object_type, object_id, before, after FROM audit_entries
		WHERE object_type = 'EventApplication' AND object_id = $1`, strconv.FormatInt(confirmed.ID, 10)); err != nil {
		t.Fatal(err)
	}
	var after map[string]any
	if err := json.Unmarshal(entry.After, &after); err != nil {
		t.Fatal(err)
	}
	if entry.Action != event.ActionApply || entry.Actor != "application:"+strconv.FormatInt(confirmed.ID, 10) ||
		entry.MinistryID == nil || entry.Before != nil || after["Status"] != "CONFIRMED" {
		t.Errorf("audit entry %+v, after %v", entry, after)
	}
	for _, field := range []string{"AttendeeName", "AttendeeEmail", "Organization"} {
		if after[field] != "***" {
			t.Errorf("audit entry shows %s as %v, want it masked", field, after[field])
		}
	}

	var messages []struct {
		Kind      string `db:"kind"`
		ObjectID  int64  `db:"object_id"`
		Recipient string `db:"recipient"`
		Subject   string `db:"subject"`
	}
	if err := f.db.SelectContext(ctx, &messages, `
		SELECT kind, object_id, recipient, subject FROM outbox_messages WHERE object_id IN ($1, $2) AND sent_at IS NULL ORDER BY id`,
		confirmed.ID, waiting.ID); err != nil {
		t.Fatal(err)
	}
	if len(messages) != 2 ||
		messages[0].Kind != outbox.KindApplicationConfirmed || messages[0].ObjectID != confirmed.ID || messages[0].Recipient != confirmed.AttendeeEmail ||
		messages[1].Kind != outbox.KindApplicationWaitlisted || messages[1].ObjectID != waiting.ID || messages[1].Recipient != waiting.AttendeeEmail ||
		!strings.Contains(messages[0].Subject, "テレワークセミナー") {
		t.Errorf("outbox %+v: want a confirmation and a waitlist message to the applicants", messages)
	}
}

// seatsNotification checks that a change of seats notifies store.SeatsChannel with the event's
// ID, once committed, and that an online sign-up, which changes no seat, does not.
func (f *signups) seatsNotification(t *testing.T) {
	t.Parallel()
	l := pq.NewListener(f.url, 10*time.Millisecond, time.Second, nil)
	defer l.Close()
	if err := l.Listen(store.SeatsChannel); err != nil {
		t.Fatal(err)
	}
	online, inPerson := f.makeEvent(t, eventSpec{}), f.makeEvent(t, eventSpec{})
	n := applicant(online, 1)
	n.Attendance = telework.AttendanceOnline
	if _, _, err := f.svc.Apply(t.Context(), n); err != nil {
		t.Fatal(err)
	}
	if _, _, err := f.svc.Apply(t.Context(), applicant(inPerson, 1)); err != nil {
		t.Fatal(err)
	}
	timeout := time.After(5 * time.Second)
	for {
		select {
		case note := <-l.Notify:
			if note == nil {
				continue // reconnected
			}
			switch note.Extra {
			case strconv.FormatInt(inPerson, 10):
				return
			case strconv.FormatInt(online, 10):
				t.Fatalf("an online sign-up notified %s", store.SeatsChannel)
			}
		case <-timeout:
			t.Fatalf("no notification of event %d on %s", inPerson, store.SeatsChannel)
		}
	}
}

// answerReader: the answer that hands out a token shows the application as its owner sees it,
// personal data included; the answer to a repeated email, without a token, shows it as anyone
// sees it.
func (f *signups) answerReader(t *testing.T) {
	t.Parallel()
	eventID := f.makeEvent(t, eventSpec{})
	request := func() context.Context {
		ctx := authz.WithRequestOwnership(t.Context())
		return loader.WithLoaders(ctx, loader.New(f.db, nil, time.Now()))
	}
	ctx := request()
	a, token, err := f.svc.Apply(ctx, applicant(eventID, 1))
	if err != nil || token == "" {
		t.Fatal(err)
	}
	if err := f.az.ReadField(ctx, a, authz.PersonalData, "attendeeName"); err != nil {
		t.Errorf("the sign-up's own answer may not read its attendee: %v", err)
	}
	ctx = request()
	again, token, err := f.svc.Apply(ctx, applicant(eventID, 1))
	if err != nil || token != "" || again.ID != a.ID {
		t.Fatalf("repeated email: %+v, %q, %v", again, token, err)
	}
	if err := f.az.ReadField(ctx, again, authz.PersonalData, "attendeeName"); apperr.CodeOf(err) != apperr.Forbidden {
		t.Errorf("the answer to a repeated email reads the attendee: %v", err)
	}
}
