package retention_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/teleworkmonth/platform/internal/pgtest"
	"github.com/teleworkmonth/platform/internal/retention"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

var policy = retention.Policy{DeliveredMessages: 30 * 24 * time.Hour, EndedSessions: 7 * 24 * time.Hour, Every: time.Hour, Batch: 2}

// TestPurgeDeletesOnlyWhatIsPastItsRetention: of messages and sessions in every state, the purge
// deletes the messages delivered more than 30 days ago and the sessions that ended (expired or
// signed out) more than 7 days ago, in batches of two, and keeps everything else: messages not yet
// sent or failed however old, sessions still open or ended recently.
func TestPurgeDeletesOnlyWhatIsPastItsRetention(t *testing.T) {
	db := pgtest.NewDB(t)
	now := time.Date(2026, 12, 6, 3, 0, 0, 0, time.UTC)
	days := func(n int) time.Time { return now.AddDate(0, 0, -n) }
	db.MustExec(`INSERT INTO users (email, display_name, password_hash) VALUES ('purge@example.jp', 'Purge', 'x')`)
	for _, m := range []struct {
		name         string
		sent, failed *time.Time
	}{
		{"sent 40 days ago", ptr(days(40)), nil},
		{"sent 31 days ago", ptr(days(31)), nil},
		{"sent 90 days ago", ptr(days(90)), nil},
		{"sent 29 days ago", ptr(days(29)), nil},
		{"pending for 60 days", nil, nil},
		{"failed 60 days ago", nil, ptr(days(60))},
	} {
		db.MustExec(`INSERT INTO outbox_messages (kind, object_type, object_id, recipient, subject, body, created_at, sent_at, failed_at)
			VALUES ('application.confirmed', 'event_application', 1, 'a@example.jp', $1, 'body', $2, $3, $4)`,
			m.name, days(100), m.sent, m.failed)
	}
	for _, s := range []struct {
		name             string
		expires, revoked time.Time
	}{
		{"expired 10 days ago", days(10), time.Time{}},
		{"signed out 8 days ago, would have expired later", days(-1), days(8)},
		{"expired 20 days ago, signed out before", days(20), days(21)},
		{"expired 6 days ago", days(6), time.Time{}},
		{"signed out 2 days ago", days(1), days(2)},
		{"open", days(-1), time.Time{}},
	} {
		var revoked *time.Time
		if !s.revoked.IsZero() {
			revoked = &s.revoked
		}
		db.MustExec(`INSERT INTO sessions (user_id, token_hash, created_at, expires_at, revoked_at)
			SELECT id, convert_to($1, 'UTF8'), $2, $3, $4 FROM users`, s.name, days(30), s.expires, revoked)
	}

	purged, err := retention.Purge(t.Context(), db, policy, now)
	if err != nil {
		t.Fatal(err)
	}
	if purged.Messages != 3 || purged.Sessions != 3 {
		t.Errorf("purged %d messages and %d sessions, want 3 and 3", purged.Messages, purged.Sessions)
	}
	var messages, sessions []string
	db.Select(&messages, `SELECT subject FROM outbox_messages ORDER BY subject`)
	db.Select(&sessions, `SELECT convert_from(token_hash, 'UTF8') FROM sessions ORDER BY 1`)
	if want := []string{"failed 60 days ago", "pending for 60 days", "sent 29 days ago"}; !slices.Equal(messages, want) {
		t.Errorf("messages kept %q, want %q", messages, want)
	}
	if want := []string{"expired 6 days ago", "open", "signed out 2 days ago"}; !slices.Equal(sessions, want) {
		t.Errorf("sessions kept %q, want %q", sessions, want)
	}

	again, err := retention.Purge(t.Context(), db, policy, now)
	if err != nil || again != (retention.Purged{}) {
		t.Errorf("a second purge deleted %+v (%v), want nothing", again, err)
	}
}

// TestRunPurgesAtOnceAndStopsWithItsContext: the background purge runs when it starts, and returns
// when its context ends.
func TestRunPurgesAtOnceAndStopsWithItsContext(t *testing.T) {
	db := pgtest.NewDB(t)
	db.MustExec(`INSERT INTO outbox_messages (kind, object_type, object_id, recipient, subject, body, sent_at)
		VALUES ('application.confirmed', 'event_application', 1, 'a@example.jp', 'old', 'body', now() - interval '31 days')`)
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan struct{})
	go func() {
		retention.Run(ctx, db, policy, zerolog.Nop())
		close(done)
	}()
	deadline := time.Now().Add(30 * time.Second)
	for {
		var n int
		if err := db.Get(&n, `SELECT count(*) FROM outbox_messages`); err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the message past its retention is still there")
		}
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	<-done
}

func ptr[T any](v T) *T { return &v }
