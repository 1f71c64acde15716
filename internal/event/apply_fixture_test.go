package event_test

import (
	"fmt"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/authz"
	"github.com/teleworkmonth/platform/internal/event"
	"github.com/teleworkmonth/platform/internal/pgtest"
	"github.com/teleworkmonth/platform/internal/telework"
)

// signups is a database of its own with one ministry and one campaign, and the event service on
// the real policy: sign-up tests make their own events, and those that kill connections or bound
// the pool need a database no other test uses.
type signups struct {
	url string
	db  *sqlx.DB
	svc *event.Service
	az  *authz.Authorizer
	seq atomic.Int64
}

func newSignups(t testing.TB, maxConns int) *signups {
	t.Helper()
	ctx := t.Context()
	f := &signups{url: pgtest.NewURL(t)}
	db, err := sqlx.Open("postgres", f.url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	db.SetMaxOpenConns(maxConns)
	db.SetMaxIdleConns(maxConns)
	f.db = db
	db.MustExecContext(ctx, `INSERT INTO ministries (code, name_ja, name_en) VALUES ('MIC', '総務省', 'Ministry of Internal Affairs and Communications')`)
	db.MustExecContext(ctx, `INSERT INTO campaigns (fiscal_year, name_ja, starts_on, ends_on) VALUES (2026, 'テレワーク月間', '2026-11-01', '2026-11-30')`)
	policy, err := authz.NewPolicy(ctx, db)
	if err != nil {
		t.Fatalf("NewPolicy: %v", err)
	}
	f.az = authz.New(policy)
	f.svc = event.NewService(db, f.az)
	return f
}

// eventSpec describes an event to make; the zero value is a published in-person seminar with
// unlimited seats, no deadline, starting in a week, streamed online too.
type eventSpec struct {
	status      telework.EventStatus
	capacity    *int
	deadline    *time.Time
	startsAt    time.Time
	onlineOnly  bool
	notStreamed bool
}

// makeEvent stores an event as spec describes and returns its ID.
func (f *signups) makeEvent(t testing.TB, spec eventSpec) int64 {
	t.Helper()
	if spec.status == "" {
		spec.status = telework.EventPublished
	}
	if spec.startsAt.IsZero() {
		spec.startsAt = time.Now().Add(7 * 24 * time.Hour).Truncate(time.Minute)
	}
	var venue, address *string
	if !spec.onlineOnly {
		venue, address = some("御茶ノ水ソラシティ カンファレンスセンター"), some("東京都千代田区神田駿河台4-6")
	}
	var id int64
	err := f.db.GetContext(t.Context(), &id, `
		INSERT INTO events (campaign_id, host_ministry_id, kind, status, title_ja, title_en, starts_at, ends_at,
			venue_name_ja, venue_address_ja, online_streaming, capacity, application_deadline)
		SELECT c.id, m.id, 'SEMINAR', $1, $2, 'Telework seminar', $3, $4, $5, $6, $7, $8, $9
		FROM campaigns c, ministries m WHERE c.fiscal_year = 2026 AND m.code = 'MIC'
		RETURNING id`,
		spec.status, "テレワークセミナー "+strconv.FormatInt(f.seq.Add(1), 10), spec.startsAt, spec.startsAt.Add(3*time.Hour),
		venue, address, !spec.notStreamed, spec.capacity, spec.deadline)
	if err != nil {
		t.Fatalf("make event: %v", err)
	}
	return id
}

// applicant is the i-th applicant to an event, in person.
func applicant(eventID int64, i int) telework.NewApplication {
	return telework.NewApplication{
		EventID:       eventID,
		AttendeeName:  fmt.Sprintf("申込 太郎 %d", i),
		AttendeeEmail: fmt.Sprintf("taro.%d@example.jp", i),
		Organization:  some("テレワーク株式会社"),
		Attendance:    telework.AttendanceInPerson,
	}
}

// stored is an application as the database holds it, with what the tests look at.
type stored struct {
	ID       int64     `db:"id"`
	Email    string    `db:"attendee_email"`
	Status   string    `db:"status"`
	Position *int      `db:"waitlist_position"`
	Created  time.Time `db:"created_at"`
}

func (f *signups) applications(t testing.TB, eventID int64) []stored {
	t.Helper()
	var out []stored
	if err := f.db.SelectContext(t.Context(), &out, `
		SELECT id, attendee_email, status, waitlist_position, created_at FROM event_applications
		WHERE event_id = $1 ORDER BY id`, eventID); err != nil {
		t.Fatal(err)
	}
	return out
}

// seatsOf checks that an event's counters agree with its applications (seats taken are its
// confirmed in-person applications, never more than its capacity; the waitlist is numbered 1..n
// in arrival order, by ID and by creation time) and returns them.
func (f *signups) seatsOf(t testing.TB, eventID int64) (taken, waitlist int) {
	t.Helper()
	var counters struct {
		Taken    int  `db:"seats_taken"`
		Waitlist int  `db:"waitlist_length"`
		Capacity *int `db:"capacity"`
	}
	if err := f.db.GetContext(t.Context(), &counters, `SELECT seats_taken, waitlist_length, capacity FROM events WHERE id = $1`, eventID); err != nil {
		t.Fatal(err)
	}
	var confirmed int
	if err := f.db.GetContext(t.Context(), &confirmed, `
		SELECT count(*) FROM event_applications WHERE event_id = $1 AND status = 'CONFIRMED' AND attendance = 'IN_PERSON'`, eventID); err != nil {
		t.Fatal(err)
	}
	var line []stored
	for _, a := range f.applications(t, eventID) {
		if a.Status == "WAITLISTED" {
			line = append(line, a)
		}
	}
	if counters.Taken != confirmed || counters.Waitlist != len(line) {
		t.Errorf("event %d counts %d seats taken and %d waiting; its applications: %d confirmed in person, %d waitlisted",
			eventID, counters.Taken, counters.Waitlist, confirmed, len(line))
	}
	if counters.Capacity != nil && confirmed > *counters.Capacity {
		t.Errorf("event %d: %d seats confirmed of %d", eventID, confirmed, *counters.Capacity)
	}
	for i, a := range line { // in ID order
		if a.Position == nil || *a.Position != i+1 {
			t.Errorf("waitlisted application %d (number %d by arrival) is at position %v", a.ID, i+1, a.Position)
		}
		if i > 0 && a.Created.Before(line[i-1].Created) {
			t.Errorf("waitlisted application %d was created at %v, before %d ahead of it (%v)", a.ID, a.Created, line[i-1].ID, line[i-1].Created)
		}
	}
	return counters.Taken, counters.Waitlist
}

// trail is what a set of applications left behind: their audit entries and outbox messages, by
// kind, in ID order.
type trail struct {
	audit    []string // action:objectID
	messages []string // kind:objectID
}

func (f *signups) trailOf(t testing.TB, eventID int64) trail {
	t.Helper()
	var tr trail
	if err := f.db.SelectContext(t.Context(), &tr.audit, `
		SELECT action || ':' || object_id FROM audit_entries
		WHERE object_type = 'EventApplication' AND object_id::bigint IN (SELECT id FROM event_applications WHERE event_id = $1)
		ORDER BY id`, eventID); err != nil {
		t.Fatal(err)
	}
	if err := f.db.SelectContext(t.Context(), &tr.messages, `
		SELECT kind || ':' || object_id FROM outbox_messages
		WHERE object_type = 'EventApplication' AND object_id IN (SELECT id FROM event_applications WHERE event_id = $1)
		ORDER BY id`, eventID); err != nil {
		t.Fatal(err)
	}
	return tr
}

// countOf returns how many of entries are of kind (an action or message kind) and object id.
func countOf(entries []string, kind string, id int64) int {
	want := kind + ":" + strconv.FormatInt(id, 10)
	n := 0
	for _, e := range entries {
		if e == want {
			n++
		}
	}
	return n
}

func some[T any](v T) *T { return &v }

// wantCode checks that err is an application error of code, naming field when field is not "".
func wantCode(t testing.TB, err error, code apperr.Code, field string) {
	t.Helper()
	e, ok := apperr.As(err)
	if !ok || e.Code != code || (field != "" && e.Field != field) {
		t.Fatalf("error %v, want %s naming %q", err, code, field)
	}
}
