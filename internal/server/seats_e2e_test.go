package server_test

import (
	"encoding/json"
	"net/http"
	"slices"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/server"
	"github.com/teleworkmonth/platform/internal/telework"
)

// seatsWired is set once the application runs the seats hub (app.New, apptest) and New registers
// the WebSocket transport; until then the end-to-end tests of eventSeatsChanged are skipped.
const seatsWired = true

func requireSeatsWired(t *testing.T) {
	t.Helper()
	if !seatsWired {
		t.Skip("eventSeatsChanged is not wired into the application yet (seatsWired)")
	}
}

// seatsPropagation is how soon a change of seats made through one instance must reach the
// subscribers of another.
const seatsPropagation = time.Second

const seatsSubscription = `subscription($id: ID!) {
	eventSeatsChanged(eventId: $id) { eventId capacity seatsRemaining waitlistLength } }`

// seatsState is one eventSeatsChanged result.
type seatsState struct {
	EventID        string `json:"eventId"`
	Capacity       *int   `json:"capacity"`
	SeatsRemaining *int   `json:"seatsRemaining"`
	WaitlistLength int    `json:"waitlistLength"`
}

// limitedEvent returns the database id of a published demo event whose seats are limited.
func limitedEvent(t *testing.T, db *sqlx.DB) (id int64, capacity int) {
	t.Helper()
	err := db.QueryRow(`SELECT id, capacity FROM events WHERE status = $1 AND capacity IS NOT NULL
		ORDER BY id LIMIT 1`, string(telework.EventPublished)).Scan(&id, &capacity)
	if err != nil {
		t.Fatalf("no published demo event with limited seats: %v", err)
	}
	return id, capacity
}

// changeSeats changes an event's counters and announces it, in one transaction, as the
// application service does.
func changeSeats(t *testing.T, db *sqlx.DB, eventID int64, taken, waitlist int) {
	t.Helper()
	tx := db.MustBegin()
	defer tx.Rollback()
	tx.MustExec(`UPDATE events SET seats_taken = $2, waitlist_length = $3 WHERE id = $1`, eventID, taken, waitlist)
	tx.MustExec(`SELECT pg_notify('event_seats', $1::text)`, eventID)
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
}

// nextSeats reads the next state of subscription id and checks it.
func nextSeats(t *testing.T, c *server.WSClient, id string, within time.Duration, want seatsState) {
	t.Helper()
	r := c.Next(id, within)
	if len(r.Errors) > 0 {
		t.Fatalf("errors %v: %s", r.Codes(), r.Data)
	}
	var data struct{ EventSeatsChanged seatsState }
	if err := json.Unmarshal(r.Data, &data); err != nil {
		t.Fatalf("data %s: %v", r.Data, err)
	}
	got := data.EventSeatsChanged
	if got.EventID != want.EventID || !equalPtr(got.Capacity, want.Capacity) ||
		!equalPtr(got.SeatsRemaining, want.SeatsRemaining) || got.WaitlistLength != want.WaitlistLength {
		t.Fatalf("received %s, want %+v", r.Data, want)
	}
}

func equalPtr(a, b *int) bool { return (a == nil && b == nil) || (a != nil && b != nil && *a == *b) }

func intPtr(n int) *int { return &n }

// TestEventSeatsChangedAcrossInstances: two server instances on one database; a browser
// subscribed through instance B sees, within a second, each change of seats made through instance
// A, and a subscription outlives REQUEST_TIMEOUT.
func TestEventSeatsChangedAcrossInstances(t *testing.T) {
	requireSeatsWired(t)
	t.Parallel()
	env := map[string]string{"REQUEST_TIMEOUT": "300ms"}
	a := apptest.New(t, apptest.Options{Seed: true, Env: env})
	b := apptest.New(t, apptest.Options{URL: a.App.Config.DatabaseURL, Env: env})
	eventID, capacity := limitedEvent(t, a.DB)
	gid := relay.ID(relay.KindEvent, eventID)

	c, _, err := server.DialWS(t, b.URL, http.Header{"Origin": {b.URL}})
	if err != nil {
		t.Fatal(err)
	}
	c.Init(nil)
	c.Subscribe("seats", seatsSubscription, map[string]any{"id": gid})
	var taken int
	if err := a.DB.Get(&taken, `SELECT seats_taken FROM events WHERE id = $1`, eventID); err != nil {
		t.Fatal(err)
	}
	nextSeats(t, c, "seats", 5*time.Second, seatsState{gid, &capacity, intPtr(capacity - taken), 0})

	changeSeats(t, a.DB, eventID, capacity-1, 0)
	nextSeats(t, c, "seats", seatsPropagation, seatsState{gid, &capacity, intPtr(1), 0})

	// Past REQUEST_TIMEOUT, the subscription still runs.
	time.Sleep(600 * time.Millisecond)
	changeSeats(t, a.DB, eventID, capacity, 2)
	nextSeats(t, c, "seats", seatsPropagation, seatsState{gid, &capacity, intPtr(0), 2})
}

// TestEventSeatsChangedRefusals: unknown events, drafts and IDs of another kind answer NOT_FOUND
// over the subscription; a page of another origin cannot open the connection (403); a credential
// that is not valid in connection_init closes it with 4403.
func TestEventSeatsChangedRefusals(t *testing.T) {
	requireSeatsWired(t)
	t.Parallel()
	s := apptest.New(t, apptest.Options{Seed: true})
	var draft int64
	err := s.DB.Get(&draft, `INSERT INTO events (campaign_id, host_ministry_id, kind, title_ja, starts_at, ends_at, capacity)
		SELECT c.id, m.id, 'SEMINAR', '下書きのセミナー', now() + interval '30 days', now() + interval '31 days', 10
		FROM campaigns c CROSS JOIN ministries m ORDER BY c.id, m.id LIMIT 1 RETURNING id`)
	if err != nil {
		t.Fatal(err)
	}

	c, _, err := server.DialWS(t, s.URL, http.Header{"Origin": {"http://localhost:5173"}})
	if err != nil {
		t.Fatalf("a local page in the test environment was refused: %v", err)
	}
	c.Init(nil)
	for _, tt := range []struct {
		name, id string
		want     []string // any of these codes
	}{
		{"unknown", relay.ID(relay.KindEvent, 1<<40), []string{"NOT_FOUND"}},
		{"draft", relay.ID(relay.KindEvent, draft), []string{"NOT_FOUND"}},
		{"another kind", relay.ID(relay.KindMinistry, 1), []string{"NOT_FOUND", "BAD_USER_INPUT"}},
		{"not an ID", "nope", []string{"NOT_FOUND", "BAD_USER_INPUT"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c.Subscribe(tt.name, seatsSubscription, map[string]any{"id": tt.id})
			// An error ends the operation: as an error message, or as a result with errors
			// followed by complete.
			var codes []string
			for done := false; !done; {
				m := c.Read(5 * time.Second)
				if m.ID != tt.name {
					t.Fatalf("received %s of %q, want a message of %q", m.Type, m.ID, tt.name)
				}
				switch m.Type {
				case "next":
					var r server.WSResult
					json.Unmarshal(m.Payload, &r)
					codes = append(codes, r.Codes()...)
				case "error":
					var errs []struct{ Extensions map[string]any }
					json.Unmarshal(m.Payload, &errs)
					for _, e := range errs {
						code, _ := e.Extensions["code"].(string)
						codes = append(codes, code)
					}
					done = true
				case "complete":
					done = true
				}
			}
			if len(codes) != 1 || !slices.Contains(tt.want, codes[0]) {
				t.Errorf("error codes %v, want one of %v", codes, tt.want)
			}
		})
	}

	t.Run("origin not allowed", func(t *testing.T) {
		_, resp, err := server.DialWS(t, s.URL, http.Header{"Origin": {"https://evil.example"}})
		if err == nil || resp == nil || resp.StatusCode != http.StatusForbidden {
			t.Errorf("dial from another origin = %v, %v; want 403", resp, err)
		}
	})
	t.Run("invalid credential", func(t *testing.T) {
		c, _, err := server.DialWS(t, s.URL, nil)
		if err != nil {
			t.Fatal(err)
		}
		c.Send("connection_init", "", map[string]any{"Authorization": "Bearer tw_not_a_real_token"})
		if code := c.Closed(5 * time.Second); code != 4403 {
			t.Errorf("closed with %d, want 4403", code)
		}
	})
}
