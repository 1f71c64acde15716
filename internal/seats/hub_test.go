package seats

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/rs/zerolog"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/pgtest"
	"github.com/teleworkmonth/platform/internal/telework"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// propagation is how soon a change must reach the subscribers of every instance.
const propagation = time.Second

// fixture is a database of the test's own with one campaign and ministry to hang events on.
type fixture struct {
	url                    string
	db                     *sqlx.DB
	campaignID, ministryID int64
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	f := &fixture{url: pgtest.NewURL(t)}
	f.db = openDB(t, f.url)
	f.db.QueryRowx(`INSERT INTO ministries (code, name_ja) VALUES ('MIC', '総務省') RETURNING id`).Scan(&f.ministryID)
	err := f.db.QueryRowx(`INSERT INTO campaigns (fiscal_year, name_ja, starts_on, ends_on)
		VALUES (2023, 'テレワーク月間', '2023-04-01', '2024-03-31') RETURNING id`).Scan(&f.campaignID)
	if err != nil || f.ministryID == 0 {
		t.Fatalf("fixture: %v", err)
	}
	return f
}

func openDB(t *testing.T, url string) *sqlx.DB {
	t.Helper()
	db, err := sqlx.Open("postgres", url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// event makes an event with the status and capacity (nil: unlimited) and returns its id.
func (f *fixture) event(t *testing.T, status telework.EventStatus, capacity *int) int64 {
	t.Helper()
	var id int64
	err := f.db.QueryRowx(`INSERT INTO events (campaign_id, host_ministry_id, kind, status, title_ja, starts_at, ends_at, capacity)
		VALUES ($1, $2, 'SYMPOSIUM', $3, 'シンポジウム', '2023-11-27 04:30:00+00', '2023-11-27 07:30:00+00', $4) RETURNING id`,
		f.campaignID, f.ministryID, string(status), capacity).Scan(&id)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// setSeats changes an event's counters and, when notify is set, announces the change in the same
// transaction, as the application service does.
func (f *fixture) setSeats(t *testing.T, eventID int64, taken, waitlist int, notify bool) {
	t.Helper()
	tx := f.db.MustBegin()
	defer tx.Rollback()
	tx.MustExec(`UPDATE events SET seats_taken = $2, waitlist_length = $3 WHERE id = $1`, eventID, taken, waitlist)
	if notify {
		tx.MustExec(`SELECT pg_notify($1, $2::text)`, Channel, eventID)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
}

// startHub runs a hub on the fixture's database until the test ends, and checks that Run then
// returns nil at once.
func (f *fixture) startHub(t *testing.T) *Hub {
	t.Helper()
	h := NewHub(openDB(t, f.url), f.url, zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.WarnLevel))
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- h.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Run returned %v when its context ended", err)
			}
		case <-time.After(5 * time.Second):
			t.Error("Run did not return within 5s of its context's end")
		}
	})
	return h
}

func subscribe(t *testing.T, h *Hub, eventID int64) <-chan *telework.EventSeats {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	ch, err := h.Subscribe(ctx, eventID)
	if err != nil {
		t.Fatalf("Subscribe(%d): %v", eventID, err)
	}
	return ch
}

func ptr(n int) *int { return &n }

// seats is an expected state.
func seats(eventID int64, capacity, remaining *int, waitlist int) *telework.EventSeats {
	return &telework.EventSeats{EventID: eventID, Capacity: capacity, SeatsRemaining: remaining, WaitlistLength: waitlist}
}

// receive waits up to within for the next state of ch and checks it is want.
func receive(t *testing.T, ch <-chan *telework.EventSeats, within time.Duration, want *telework.EventSeats) {
	t.Helper()
	select {
	case got, ok := <-ch:
		if !ok {
			t.Fatalf("the channel closed; want %s", show(want))
		}
		if !got.Equal(want) {
			t.Fatalf("received %s, want %s", show(got), show(want))
		}
	case <-time.After(within):
		t.Fatalf("nothing received within %v; want %s", within, show(want))
	}
}

// quiet checks that ch receives nothing for a while.
func quiet(t *testing.T, ch <-chan *telework.EventSeats) {
	t.Helper()
	select {
	case got := <-ch:
		t.Fatalf("received %s, want nothing", show(got))
	case <-time.After(100 * time.Millisecond):
	}
}

func show(s *telework.EventSeats) string {
	if s == nil {
		return "nil"
	}
	n := func(p *int) string {
		if p == nil {
			return "null"
		}
		return strconv.Itoa(*p)
	}
	return fmt.Sprintf("{event %d capacity %s remaining %s waitlist %d}", s.EventID, n(s.Capacity), n(s.SeatsRemaining), s.WaitlistLength)
}

// TestSubscribe: the current state first, then each change notified by pg_notify within a second;
// unlimited seats show as null; the states of other events do not reach the subscriber.
func TestSubscribe(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	h := f.startHub(t)
	limited, unlimited, other := f.event(t, telework.EventPublished, ptr(100)), f.event(t, telework.EventClosed, nil), f.event(t, telework.EventPublished, ptr(5))
	f.setSeats(t, limited, 40, 0, false)

	ch := subscribe(t, h, limited)
	receive(t, ch, propagation, seats(limited, ptr(100), ptr(60), 0))
	f.setSeats(t, limited, 41, 0, true)
	receive(t, ch, propagation, seats(limited, ptr(100), ptr(59), 0))
	f.setSeats(t, limited, 100, 2, true)
	receive(t, ch, propagation, seats(limited, ptr(100), ptr(0), 2))

	f.setSeats(t, other, 1, 0, true)
	quiet(t, ch)

	un := subscribe(t, h, unlimited)
	receive(t, un, propagation, seats(unlimited, nil, nil, 0))
	f.setSeats(t, unlimited, 7, 0, true)
	// Only the waitlist and capacity show: seats taken without a limit change nothing visible.
	quiet(t, un)
	f.setSeats(t, unlimited, 7, 1, true)
	receive(t, un, propagation, seats(unlimited, nil, nil, 1))
}

// TestSubscribeNotFound: unknown events and drafts answer NOT_FOUND, and leave nothing behind.
func TestSubscribeNotFound(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	h := f.startHub(t)
	draft := f.event(t, telework.EventDraft, ptr(10))
	for _, tt := range []struct {
		name string
		id   int64
	}{{"unknown", draft + 1000}, {"draft", draft}, {"zero", 0}} {
		t.Run(tt.name, func(t *testing.T) {
			ch, err := h.Subscribe(context.Background(), tt.id)
			if ch != nil || apperr.CodeOf(err) != apperr.NotFound {
				t.Errorf("Subscribe = %v, %v; want nil and NOT_FOUND", ch, err)
			}
		})
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if len(h.subs) != 0 || len(h.last) != 0 {
		t.Errorf("refused subscriptions left %d events subscribed", len(h.subs))
	}
}

// TestCoalescing: a burst of notifications makes one read of the events it names, not one each;
// subscribers see the final state of the burst.
func TestCoalescing(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	h := f.startHub(t)
	a, b := f.event(t, telework.EventPublished, ptr(100)), f.event(t, telework.EventPublished, ptr(100))
	chA, chB := subscribe(t, h, a), subscribe(t, h, b)
	receive(t, chA, propagation, seats(a, ptr(100), ptr(100), 0))
	receive(t, chB, propagation, seats(b, ptr(100), ptr(100), 0))

	// Two events changed in one transaction: one read.
	before := h.reads.Load()
	tx := f.db.MustBegin()
	tx.MustExec(`UPDATE events SET seats_taken = 10 WHERE id IN ($1, $2)`, a, b)
	tx.MustExec(`SELECT pg_notify($1, $2::text), pg_notify($1, $3::text)`, Channel, a, b)
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	receive(t, chA, propagation, seats(a, ptr(100), ptr(90), 0))
	receive(t, chB, propagation, seats(b, ptr(100), ptr(90), 0))
	if n := h.reads.Load() - before; n != 1 {
		t.Errorf("%d reads for one transaction's notifications, want 1", n)
	}

	// Thirty changes in a row, each in its own transaction, arriving while the hub is busy (held
	// here, between the read of the first and its delivery): they make one read more, not thirty.
	before = h.reads.Load()
	const burst = 30
	h.mu.Lock()
	for i := 1; i <= burst; i++ {
		f.setSeats(t, a, 10+i, 0, true)
	}
	time.Sleep(100 * time.Millisecond) // for the notifications to reach the listener
	h.mu.Unlock()
	deadline := time.After(propagation)
	var got []*telework.EventSeats
	for last := false; !last; {
		select {
		case s := <-chA:
			got = append(got, s)
			last = *s.SeatsRemaining == 90-burst
		case <-deadline:
			t.Fatalf("the final state did not arrive within %v; received %d states", propagation, len(got))
		}
	}
	if n := h.reads.Load() - before; n > 3 {
		t.Errorf("%d reads for %d notifications in a burst: they were not coalesced", n, burst)
	}
	if len(got) > 3 {
		t.Errorf("%d states delivered for a burst, want the final one (and perhaps one before)", len(got))
	}
	quiet(t, chB)
}

// TestSlowSubscriber: a subscriber that does not read holds up neither the hub nor the others, and
// when it reads at last it gets the latest state, not the oldest.
func TestSlowSubscriber(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	h := f.startHub(t)
	id := f.event(t, telework.EventPublished, ptr(50))
	slow, fast := subscribe(t, h, id), subscribe(t, h, id)
	receive(t, fast, propagation, seats(id, ptr(50), ptr(50), 0))
	for taken := 1; taken <= 5; taken++ {
		f.setSeats(t, id, taken, 0, true)
		receive(t, fast, propagation, seats(id, ptr(50), ptr(50-taken), 0))
	}
	if n := len(slow); n != 1 {
		t.Errorf("the slow subscriber holds %d states, want 1", n)
	}
	receive(t, slow, propagation, seats(id, ptr(50), ptr(45), 0))
	quiet(t, slow)
}

// TestReconnect: after the listening connection is lost, every subscriber gets the current state
// once the hub listens again, since notifications may have been lost meanwhile; and later changes
// arrive as before.
func TestReconnect(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	h := f.startHub(t)
	a, b := f.event(t, telework.EventPublished, ptr(20)), f.event(t, telework.EventPublished, ptr(20))
	chA, chB := subscribe(t, h, a), subscribe(t, h, b)
	receive(t, chA, propagation, seats(a, ptr(20), ptr(20), 0))
	receive(t, chB, propagation, seats(b, ptr(20), ptr(20), 0))

	// A change whose notification is lost.
	f.setSeats(t, a, 20, 3, false)
	var terminated int
	if err := f.db.Get(&terminated, `SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
		WHERE datname = current_database() AND query LIKE 'LISTEN%'`); err != nil || terminated != 1 {
		t.Fatalf("terminated %d listening connections (%v), want 1", terminated, err)
	}
	receive(t, chA, 3*propagation, seats(a, ptr(20), ptr(0), 3))
	// b did not change: nothing to resend.
	quiet(t, chB)

	f.setSeats(t, b, 1, 0, true)
	receive(t, chB, propagation, seats(b, ptr(20), ptr(19), 0))
}

// TestTwoHubs: two server instances on one database each deliver a change to their subscribers.
func TestTwoHubs(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	h1, h2 := f.startHub(t), f.startHub(t)
	id := f.event(t, telework.EventPublished, ptr(10))
	ch1, ch2 := subscribe(t, h1, id), subscribe(t, h2, id)
	receive(t, ch1, propagation, seats(id, ptr(10), ptr(10), 0))
	receive(t, ch2, propagation, seats(id, ptr(10), ptr(10), 0))
	f.setSeats(t, id, 10, 1, true)
	receive(t, ch1, propagation, seats(id, ptr(10), ptr(0), 1))
	receive(t, ch2, propagation, seats(id, ptr(10), ptr(0), 1))
}

// TestUnsubscribe: the channel closes once the subscription's context is done, and the hub forgets
// the subscriber; many subscribers coming and going at once leave nothing behind.
func TestUnsubscribe(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	h := f.startHub(t)
	id := f.event(t, telework.EventPublished, ptr(10))
	ctx, cancel := context.WithCancel(context.Background())
	ch, err := h.Subscribe(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	receive(t, ch, propagation, seats(id, ptr(10), ptr(10), 0))
	cancel()
	select {
	case s, ok := <-ch:
		if ok {
			t.Fatalf("received %s after the context ended; want the channel closed", show(s))
		}
	case <-time.After(propagation):
		t.Fatal("the channel did not close within a second of the context's end")
	}

	var wg sync.WaitGroup
	for i := range 50 {
		wg.Go(func() {
			ctx, cancel := context.WithCancel(context.Background())
			ch, err := h.Subscribe(ctx, id)
			if err != nil {
				t.Error(err)
				cancel()
				return
			}
			if i%2 == 0 {
				<-ch
			}
			cancel()
			for range ch {
			}
		})
	}
	wg.Wait()
	h.mu.Lock()
	defer h.mu.Unlock()
	if len(h.subs) != 0 || len(h.last) != 0 {
		t.Errorf("%d events still subscribed after every subscription ended", len(h.subs))
	}
}

// TestNotRunning: without a running hub, Subscribe fails at once rather than hang; Run runs once.
func TestNotRunning(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	id := f.event(t, telework.EventPublished, ptr(10))
	h := NewHub(f.db, f.url, zerolog.Nop())
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := h.Run(ctx); err != nil {
		t.Fatalf("Run with a done context = %v, want nil", err)
	}
	if err := h.Run(context.Background()); err == nil {
		t.Error("a second Run returned nil, want an error")
	}
	began := time.Now()
	ch, err := h.Subscribe(context.Background(), id)
	if ch != nil || !errors.Is(err, errUnavailable) {
		t.Errorf("Subscribe on a stopped hub = %v, %v; want nil and errUnavailable", ch, err)
	}
	if d := time.Since(began); d > propagation {
		t.Errorf("Subscribe on a stopped hub took %v", d)
	}
}
