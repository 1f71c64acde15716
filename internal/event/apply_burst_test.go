package event_test

import (
	"context"
	"database/sql"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/event"
	"github.com/teleworkmonth/platform/internal/outbox"
	"github.com/teleworkmonth/platform/internal/telework"
)

// TestApplyBurst: 400 people sign up for 40 seats at the same moment, through a pool of 20
// connections. Exactly 40 get a seat; the other 360 wait in line, numbered 1..360 in the order
// their sign-ups committed; the counters agree with the applications; each sign-up has its audit
// entry and its message.
func TestApplyBurst(t *testing.T) {
	t.Parallel()
	const signUps, seats = 400, 40
	f := newSignups(t, 20)
	eventID := f.makeEvent(t, eventSpec{capacity: some(seats)})

	start := make(chan struct{})
	results := make([]*telework.EventApplication, signUps)
	errs := make([]error, signUps)
	var wg sync.WaitGroup
	for i := range signUps {
		wg.Go(func() {
			<-start
			results[i], _, errs[i] = f.svc.Apply(t.Context(), applicant(eventID, i))
		})
	}
	began := time.Now()
	close(start)
	wg.Wait()
	elapsed := time.Since(began)
	t.Logf("%d sign-ups in %v: %.0f per second", signUps, elapsed.Round(time.Millisecond), signUps/elapsed.Seconds())

	confirmed, waitlisted := 0, 0
	for i, err := range errs {
		if err != nil {
			t.Fatalf("sign-up %d: %v", i, err)
		}
		switch results[i].Status {
		case telework.ApplicationConfirmed:
			confirmed++
		case telework.ApplicationWaitlisted:
			waitlisted++
		}
	}
	if confirmed != seats || waitlisted != signUps-seats {
		t.Errorf("%d confirmed and %d waitlisted, want %d and %d", confirmed, waitlisted, seats, signUps-seats)
	}
	// seatsOf checks the positions against the order of IDs and creation times.
	if taken, waiting := f.seatsOf(t, eventID); taken != seats || waiting != signUps-seats {
		t.Errorf("counters: %d taken, %d waiting", taken, waiting)
	}
	rows := f.applications(t, eventID)
	for i, a := range rows {
		want := "CONFIRMED"
		if i >= seats {
			want = "WAITLISTED"
		}
		if a.Status != want {
			t.Errorf("application %d, number %d by arrival, is %s: the first %d to arrive have the seats", a.ID, i+1, a.Status, seats)
		}
	}
	byID := map[int64]*telework.EventApplication{}
	for _, r := range results {
		byID[r.ID] = r
	}
	for _, a := range rows {
		r := byID[a.ID]
		if r == nil || string(r.Status) != a.Status || (r.WaitlistPosition == nil) != (a.Position == nil) ||
			(a.Position != nil && *r.WaitlistPosition != *a.Position) {
			t.Errorf("application %d is stored as %s %v but was answered as %+v", a.ID, a.Status, a.Position, r)
		}
	}
	tr := f.trailOf(t, eventID)
	for _, r := range results {
		kind := outbox.KindApplicationConfirmed
		if r.Status == telework.ApplicationWaitlisted {
			kind = outbox.KindApplicationWaitlisted
		}
		if countOf(tr.audit, event.ActionApply, r.ID) != 1 || countOf(tr.messages, kind, r.ID) != 1 {
			t.Errorf("application %d: want one audit entry and one %s message", r.ID, kind)
		}
	}
	if len(tr.audit) != signUps || len(tr.messages) != signUps {
		t.Errorf("%d audit entries and %d messages for %d sign-ups", len(tr.audit), len(tr.messages), signUps)
	}
}

// TestApplyWhileConnectionsDie kills the database connections of the service several times during
// a burst of 200 sign-ups (pg_terminate_backend from a connection of its own). Each applicant
// retries with the same idempotency key until it gets an answer, as a client should. Whatever
// broke where (before the lock, holding it, in COMMIT), nothing answered is lost and nothing is
// counted twice: every application returned is stored as returned, each applicant has exactly
// one, no more seats are confirmed than exist, and the counters agree.
func TestApplyWhileConnectionsDie(t *testing.T) {
	t.Parallel()
	const signUps, seats, kills = 200, 50, 6
	f := newSignups(t, 20)
	eventID := f.makeEvent(t, eventSpec{capacity: some(seats)})
	killer, err := sql.Open("postgres", f.url)
	if err != nil {
		t.Fatal(err)
	}
	defer killer.Close()
	killer.SetMaxOpenConns(1)

	ctx, cancel := context.WithTimeout(t.Context(), 40*time.Second)
	defer cancel()
	var (
		wg               sync.WaitGroup
		retries, settled atomic.Int64
		start            = make(chan struct{})
		results          = make([]*telework.EventApplication, signUps)
		errs             = make([]error, signUps)
	)
	for i := range signUps {
		wg.Go(func() {
			<-start
			n := applicant(eventID, i)
			n.IdempotencyKey = some(fmt.Sprintf("burst-sign-up-%04d", i))
			for attempt := 0; ; attempt++ {
				results[i], _, errs[i] = f.svc.Apply(ctx, n)
				if errs[i] == nil || apperr.CodeOf(errs[i]) != apperr.Internal || attempt == 50 || ctx.Err() != nil {
					break
				}
				retries.Add(1) // a broken connection: try again, with the same key
				time.Sleep(time.Duration(1+attempt) * 2 * time.Millisecond)
			}
			settled.Add(1)
		})
	}

	// The kills are spread over the burst: each when another seventh of the sign-ups is done.
	killed, rounds := 0, 0
	close(start)
	for k := 1; k <= kills; k++ {
		for settled.Load() < int64(k*signUps/(kills+1)) && ctx.Err() == nil {
			time.Sleep(time.Millisecond)
		}
		var n int
		if err := killer.QueryRowContext(ctx, `
			SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
			WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`).Scan(&n); err != nil {
			t.Fatalf("kill connections: %v", err)
		}
		killed, rounds = killed+n, rounds+1
	}
	wg.Wait()
	t.Logf("%d connections killed in %d rounds; %d sign-ups retried", killed, rounds, retries.Load())
	if killed == 0 {
		t.Fatal("no connection was killed: the test tested nothing")
	}

	for i, err := range errs {
		if err != nil {
			t.Fatalf("sign-up %d never succeeded: %v", i, err)
		}
	}
	rows := f.applications(t, eventID)
	if len(rows) != signUps {
		t.Errorf("%d applications stored for %d applicants", len(rows), signUps)
	}
	byID := map[int64]stored{}
	emails := map[string]int{}
	for _, a := range rows {
		byID[a.ID] = a
		emails[a.Email]++
	}
	for i, r := range results {
		a, ok := byID[r.ID]
		if !ok || string(r.Status) != a.Status {
			t.Errorf("sign-up %d was answered %s (application %d) but the database has %+v", i, r.Status, r.ID, a)
		}
		if emails[r.AttendeeEmail] != 1 {
			t.Errorf("%s has %d applications", r.AttendeeEmail, emails[r.AttendeeEmail])
		}
	}
	if taken, waiting := f.seatsOf(t, eventID); taken != seats || waiting != signUps-seats {
		t.Errorf("counters: %d taken, %d waiting; want %d and %d", taken, waiting, seats, signUps-seats)
	}
	if tr := f.trailOf(t, eventID); len(tr.audit) != signUps || len(tr.messages) != signUps {
		t.Errorf("%d audit entries and %d messages for %d applications", len(tr.audit), len(tr.messages), signUps)
	}
}
