package server_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"testing"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/relay"
)

// behindProxy is the configuration of a server behind a reverse proxy on this machine, as the
// tests' requests come from the loopback interface.
var behindProxy = map[string]string{"TRUSTED_PROXIES": "127.0.0.1/32,::1/128"}

const registerMutation = `mutation($in: RegisterActivityInput!) { registerActivity(input: $in) { registrant { id } } }`

func registerInput(i int) map[string]any {
	return map[string]any{"in": map[string]any{
		"fiscalYear": 2026, "kind": "COMPANY", "name": fmt.Sprintf("株式会社レート%d", i), "nameKana": "レート",
		"prefecture": "TOKYO", "activities": []string{"PRACTICING"}, "publishName": false,
		"contact": map[string]any{"name": "山田 太郎", "email": fmt.Sprintf("rate%d@example.jp", i)},
	}}
}

const applyMutation = `mutation($in: ApplyToEventInput!) { applyToEvent(input: $in) { application { status } } }`

func applyInput(eventID string, i int) map[string]any {
	return map[string]any{"in": map[string]any{
		"eventId": eventID, "attendeeName": fmt.Sprintf("応募者 %d", i), "attendeeEmail": fmt.Sprintf("applicant%d@example.jp", i),
		"attendance": "IN_PERSON",
	}}
}

// openEvent returns the global ID of a published demo event open for sign-ups, with its seats
// left.
func openEvent(t *testing.T, s *apptest.Server) (id string, seatsLeft int) {
	t.Helper()
	var eventID int64
	err := s.DB.QueryRow(`SELECT id, capacity - seats_taken FROM events WHERE status = 'PUBLISHED' AND capacity > seats_taken
		AND (application_deadline IS NULL OR application_deadline > now()) AND starts_at > now()
		ORDER BY id LIMIT 1`).Scan(&eventID, &seatsLeft)
	if err != nil {
		t.Fatalf("no open event in the demo data: %v", err)
	}
	return relay.ID(relay.KindEvent, eventID), seatsLeft
}

// from sends a GraphQL request as if a proxy had forwarded it for the client address forwardedFor
// ("" for no X-Forwarded-For).
func from(s *apptest.Server, forwardedFor, query string, vars map[string]any) apptest.Response {
	h := http.Header{}
	if forwardedFor != "" {
		h.Set("X-Forwarded-For", forwardedFor)
	}
	return s.Do(apptest.Request{Query: query, Variables: vars, Header: h})
}

// wantRateLimited checks a refusal of a rate limit: 429, RATE_LIMITED with retryAfter, the same
// Retry-After header, and no data (nothing ran).
func wantRateLimited(t *testing.T, r apptest.Response, wantRetry int) {
	t.Helper()
	if r.Status != http.StatusTooManyRequests || len(r.Errors) != 1 || r.Errors[0].Code() != "RATE_LIMITED" || len(r.Data) != 0 {
		t.Fatalf("status %d, body %s; want 429 with one RATE_LIMITED error and no data", r.Status, r.Body)
	}
	retry, _ := r.Errors[0].Extensions["retryAfter"].(float64)
	header, err := strconv.Atoi(r.Header.Get("Retry-After"))
	if err != nil || int(retry) != header || header < 1 || (wantRetry > 0 && header != wantRetry) {
		t.Errorf("retryAfter %v, Retry-After %q; want the same whole seconds (%d)", r.Errors[0].Extensions["retryAfter"], r.Header.Get("Retry-After"), wantRetry)
	}
}

// TestPublicWritesLimitedPerAddress: from one client address, 20 public writes pass at once (the
// default) and the 21st is refused before it runs, whether the writes are registrations or
// sign-ups; another address is not affected; a refused operation with several public writes runs
// none of them.
func TestPublicWritesLimitedPerAddress(t *testing.T) {
	t.Parallel()
	s := apptest.New(t, apptest.Options{Seed: true, Env: behindProxy})
	eventID, _ := openEvent(t, s)

	for i := range 20 {
		if r := from(s, "203.0.113.1", registerMutation, registerInput(i)); len(r.Errors) > 0 {
			t.Fatalf("registration %d: %s", i+1, r.Body)
		}
	}
	var registrants int
	s.DB.Get(&registrants, `SELECT count(*) FROM registrants`)
	wantRateLimited(t, from(s, "203.0.113.1", registerMutation, registerInput(20)), 30)
	var after int
	s.DB.Get(&after, `SELECT count(*) FROM registrants`)
	if after != registrants {
		t.Errorf("the refused registration ran: %d registrants, then %d", registrants, after)
	}

	for i := range 20 {
		if r := from(s, "203.0.113.2", applyMutation, applyInput(eventID, i)); len(r.Errors) > 0 {
			t.Fatalf("sign-up %d: %s", i+1, r.Body)
		}
	}
	wantRateLimited(t, from(s, "203.0.113.2", applyMutation, applyInput(eventID, 20)), 30)
	// Every public write counts, whatever the mutation.
	wantRateLimited(t, from(s, "203.0.113.2", registerMutation, registerInput(99)), 30)

	// Two sign-ups in one operation take two: with one left, neither runs.
	for i := range 19 {
		if r := from(s, "203.0.113.3", applyMutation, applyInput(eventID, 100+i)); len(r.Errors) > 0 {
			t.Fatalf("sign-up %d: %s", i+1, r.Body)
		}
	}
	two := `mutation($a: ApplyToEventInput!, $b: ApplyToEventInput!) {
		a: applyToEvent(input: $a) { application { status } } b: applyToEvent(input: $b) { application { status } } }`
	vars := map[string]any{"a": applyInput(eventID, 200)["in"], "b": applyInput(eventID, 201)["in"]}
	wantRateLimited(t, from(s, "203.0.113.3", two, vars), 30)
	var signedUp int
	s.DB.Get(&signedUp, `SELECT count(*) FROM event_applications WHERE attendee_email IN ('applicant200@example.jp', 'applicant201@example.jp')`)
	if signedUp != 0 {
		t.Errorf("%d sign-ups of the refused operation ran", signedUp)
	}
	if r := from(s, "203.0.113.3", applyMutation, applyInput(eventID, 202)); len(r.Errors) > 0 {
		t.Errorf("the last token of the address: %s", r.Body)
	}

	// Other addresses, and reads, are not affected.
	if r := from(s, "203.0.113.4", registerMutation, registerInput(300)); len(r.Errors) > 0 {
		t.Errorf("another address: %s", r.Body)
	}
	if r := from(s, "203.0.113.1", `{ campaigns { fiscalYear } }`, nil); len(r.Errors) > 0 || r.Status != http.StatusOK {
		t.Errorf("a read from a limited address: %d %s", r.Status, r.Body)
	}
}

// TestForwardedForOfAnUntrustedPeerIsIgnored: without TRUSTED_PROXIES, a client cannot escape its
// limit by sending a new X-Forwarded-For with each request.
func TestForwardedForOfAnUntrustedPeerIsIgnored(t *testing.T) {
	t.Parallel()
	s := apptest.New(t, apptest.Options{Seed: true, Env: map[string]string{"RATE_LIMIT_PUBLIC_WRITES_BURST": "3"}})
	for i := range 3 {
		if r := from(s, fmt.Sprintf("198.51.100.%d", i+1), registerMutation, registerInput(i)); len(r.Errors) > 0 {
			t.Fatalf("registration %d: %s", i+1, r.Body)
		}
	}
	wantRateLimited(t, from(s, "198.51.100.99", registerMutation, registerInput(3)), 30)

	// More public writes in one operation than the burst could never pass: refused as too large.
	four := `mutation($in: RegisterActivityInput!) { a: registerActivity(input: $in) { token }
		b: registerActivity(input: $in) { token } c: registerActivity(input: $in) { token } d: registerActivity(input: $in) { token } }`
	if r := s.Query(four, registerInput(4)); len(r.Errors) != 1 || r.Errors[0].Code() != "GRAPHQL_VALIDATION_FAILED" {
		t.Errorf("four public writes with a burst of 3: %d %s", r.Status, r.Body)
	}
}

// TestSignUpBurstFromDistinctAddresses: 400 sign-ups at once from 400 addresses behind a trusted
// proxy, as a popular event opens, are none of them rate-limited, and confirm exactly the seats
// there were; the rest wait.
func TestSignUpBurstFromDistinctAddresses(t *testing.T) {
	t.Parallel()
	s := apptest.New(t, apptest.Options{Seed: true, Env: behindProxy})
	eventID, seats := openEvent(t, s)
	const n = 400
	if seats >= n {
		t.Fatalf("the event has %d seats left, want fewer than %d", seats, n)
	}
	statuses := map[string]int{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	sem := make(chan struct{}, 32)
	for i := range n {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			r := from(s, fmt.Sprintf("198.18.%d.%d", i/250, 1+i%250), applyMutation, applyInput(eventID, i))
			var data struct {
				ApplyToEvent struct{ Application struct{ Status string } }
			}
			key := "no answer"
			if len(r.Errors) > 0 {
				key = r.Errors[0].Code()
			} else if json.Unmarshal(r.Data, &data) == nil && data.ApplyToEvent.Application.Status != "" {
				key = data.ApplyToEvent.Application.Status
			}
			mu.Lock()
			statuses[key]++
			mu.Unlock()
		})
	}
	wg.Wait()
	if statuses["CONFIRMED"] != seats || statuses["WAITLISTED"] != n-seats || len(statuses) != 2 {
		t.Errorf("outcomes %v; want %d CONFIRMED and %d WAITLISTED, nothing else", statuses, seats, n-seats)
	}
}

// TestLoginThrottleSaysWhenToRetry: login's own throttling (5 failures for an email in 15
// minutes) answers its RATE_LIMITED with retryAfter and Retry-After too, the whole window.
func TestLoginThrottleSaysWhenToRetry(t *testing.T) {
	t.Parallel()
	s := apptest.New(t, apptest.Options{})
	login := `mutation { login(email: "nobody@example.jp", password: "wrong password") { token } }`
	for i := range 5 {
		if r := s.Query(login, nil); len(r.Errors) != 1 || r.Errors[0].Code() != "UNAUTHENTICATED" {
			t.Fatalf("attempt %d: %s", i+1, r.Body)
		}
	}
	r := s.Query(login, nil)
	if len(r.Errors) != 1 || r.Errors[0].Code() != "RATE_LIMITED" || r.Errors[0].Extensions["retryAfter"] != 900.0 ||
		r.Header.Get("Retry-After") != "900" {
		t.Errorf("the sixth attempt: %d %v %s", r.Status, r.Header.Get("Retry-After"), r.Body)
	}
}
