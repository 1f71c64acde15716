package seed_test

import (
	"context"
	"testing"
	"time"

	"github.com/teleworkmonth/platform/internal/pgtest"
	"github.com/teleworkmonth/platform/internal/seed"
)

// TestExampleEvent: the README's example event takes the first event ID of a fresh database and is
// open for sign-ups; loading the demo again moves it forward once its deadline is near or past
// (a database seeded weeks ago), opening it again if it had closed, but leaves it cancelled when it
// was cancelled, and leaves an event that is no longer the demo's (renamed) alone.
func TestExampleEvent(t *testing.T) {
	db := pgtest.NewDB(t)
	ctx := context.Background()
	sum, err := seed.Demo(ctx, db)
	if err != nil || !sum.ExampleEvent {
		t.Fatalf("Demo: %+v, %v; want the example event", sum, err)
	}
	type state struct {
		Status   string    `db:"status"`
		Starts   time.Time `db:"starts_at"`
		Deadline time.Time `db:"application_deadline"`
		Host     string    `db:"host"`
		Year     int       `db:"fiscal_year"`
	}
	read := func() state {
		t.Helper()
		var s state
		if err := db.Get(&s, `SELECT e.status, e.starts_at, e.application_deadline, m.code AS host, c.fiscal_year
			FROM events e JOIN ministries m ON m.id = e.host_ministry_id JOIN campaigns c ON c.id = e.campaign_id
			WHERE e.id = $1`, seed.ExampleEventID); err != nil {
			t.Fatal(err)
		}
		return s
	}
	wantOpen := func(when string) {
		t.Helper()
		s := read()
		if s.Status != "PUBLISHED" || time.Until(s.Deadline) < 7*24*time.Hour || !s.Starts.After(s.Deadline) {
			t.Errorf("%s: %+v, want published with its deadline a week or more ahead, before its start", when, s)
		}
	}
	wantOpen("fresh")
	if s := read(); s.Host != "MIC" || s.Year != 2026 {
		t.Errorf("host %s in FY%d, want MIC in FY2026", s.Host, s.Year)
	}

	// As if seeded two months ago: started and closed since.
	db.MustExec(`UPDATE events SET status = 'CLOSED', starts_at = now() - interval '30 days',
		ends_at = now() - interval '30 days' + interval '2 hours', application_deadline = now() - interval '31 days' WHERE id = $1`, seed.ExampleEventID)
	if _, err := seed.Demo(ctx, db); err != nil {
		t.Fatal(err)
	}
	wantOpen("seeded long ago")

	db.MustExec(`UPDATE events SET status = 'CANCELLED', application_deadline = now() WHERE id = $1`, seed.ExampleEventID)
	if _, err := seed.Demo(ctx, db); err != nil {
		t.Fatal(err)
	}
	if s := read(); s.Status != "CANCELLED" || time.Until(s.Deadline) < 7*24*time.Hour {
		t.Errorf("cancelled: %+v, want moved forward and still cancelled", s)
	}

	db.MustExec(`UPDATE events SET title_ja = '職員が付けた題名', application_deadline = now() WHERE id = $1`, seed.ExampleEventID)
	if sum, err := seed.Demo(ctx, db); err != nil || sum.ExampleEvent {
		t.Fatalf("Demo: %+v, %v; want no example event once renamed", sum, err)
	}
	if s := read(); time.Until(s.Deadline) > time.Minute {
		t.Errorf("renamed: moved to %v", s.Deadline)
	}
}
