package resolvers_test

// Check-in at the door through the API: who may check in and undo, what may be checked in, that
// it is idempotent and exact under concurrent devices, that it is audited, and who reads the new
// fields.

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/relay"
)

const checkIn = `mutation($id: ID!) { checkInApplication(id: $id) {
	checkedInCount application { id status checkedInAt reference } } }`

const undoCheckIn = `mutation($id: ID!) { undoCheckIn(id: $id) {
	checkedInCount application { id status checkedInAt reference } } }`

// checkInResult is the payload of checkInApplication and undoCheckIn.
type checkInResult struct {
	CheckedInCount int
	Application    struct {
		ID, Status, Reference string
		CheckedInAt           *string
	}
}

func decodeCheckIn(t *testing.T, r apptest.Response, field string) checkInResult {
	t.Helper()
	if len(r.Errors) > 0 {
		t.Fatalf("%s: %s", field, describeErrors(r))
	}
	var data map[string]checkInResult
	r.Decode(t, &data)
	return data[field]
}

// TestCheckInAuthorization: the host's admins and editors and the secretariat check in and undo;
// the host's viewers, co-hosts (who read the applications), other ministries, the applicant and
// the anonymous do neither, and change nothing.
func TestCheckInAuthorization(t *testing.T) {
	d := newDoor(t)
	id := map[string]any{"id": d.apps["seat 1"]}
	tests := []struct {
		actor, wantCode string
	}{
		{"secretariat", ""},
		{"host admin", ""},
		{"host editor", ""},
		{"host viewer", "FORBIDDEN"},
		{"co-host admin", "FORBIDDEN"},
		{"co-host editor", "FORBIDDEN"},
		{"other ministry admin", "FORBIDDEN"},
		{"applicant", "FORBIDDEN"},
		{"anonymous", "UNAUTHENTICATED"},
	}
	for _, tt := range tests {
		t.Run(tt.actor, func(t *testing.T) {
			for _, m := range []struct{ name, query, field string }{
				{"check in", checkIn, "checkInApplication"},
				{"undo", undoCheckIn, "undoCheckIn"},
			} {
				r := d.as(tt.actor, m.query, id)
				if got := firstCode(r); got != tt.wantCode {
					t.Fatalf("%s: code %q, want %q: %s", m.name, got, tt.wantCode, r.Body)
				}
				if tt.wantCode != "" {
					if string(r.Data) != "null" {
						t.Errorf("%s refused with data %s", m.name, r.Data)
					}
					if n := d.checkedInCount(t); n != 0 {
						t.Errorf("%s refused, yet the count is %d", m.name, n)
					}
					continue
				}
				got := decodeCheckIn(t, r, m.field)
				want := map[string]int{"check in": 1, "undo": 0}[m.name]
				if got.CheckedInCount != want || d.checkedInCount(t) != want || (got.Application.CheckedInAt != nil) != (want == 1) {
					t.Errorf("%s: count %d (database %d), checkedInAt %v; want %d", m.name, got.CheckedInCount, d.checkedInCount(t), got.Application.CheckedInAt, want)
				}
			}
		})
	}
	t.Run("each change audited under its actor", func(t *testing.T) {
		var rows []struct {
			Action string `db:"action"`
			Actor  string `db:"actor"`
		}
		if err := d.s.DB.Select(&rows, `SELECT action, actor FROM audit_entries
			WHERE object_type = 'EventApplication' AND action LIKE 'application.%check_in' ORDER BY id`); err != nil {
			t.Fatal(err)
		}
		if len(rows) != 6 {
			t.Fatalf("%d audit entries, want 6 (a check-in and an undo by each of three actors): %v", len(rows), rows)
		}
		for i, row := range rows {
			want := []string{"application.check_in", "application.undo_check_in"}[i%2]
			if row.Action != want || !strings.HasPrefix(row.Actor, "user:") {
				t.Errorf("entry %d: %+v, want %s by a user", i, row, want)
			}
		}
	})
}

// TestCheckInRules: checking in twice keeps the first time and counts once; undoing what was not
// done changes nothing; only confirmed in-person applications of an event not cancelled are
// checked in; a checked-in application is not cancelled until its check-in is undone.
func TestCheckInRules(t *testing.T) {
	d := newDoor(t)
	admin, editor := "host admin", "host editor"
	vars := func(app string) map[string]any { return map[string]any{"id": d.apps[app]} }

	t.Run("twice, from two devices, counts once and keeps the first time", func(t *testing.T) {
		first := decodeCheckIn(t, d.as(admin, checkIn, vars("seat 1")), "checkInApplication")
		again := decodeCheckIn(t, d.as(editor, checkIn, vars("seat 1")), "checkInApplication")
		if first.Application.CheckedInAt == nil || again.Application.CheckedInAt == nil || *again.Application.CheckedInAt != *first.Application.CheckedInAt {
			t.Errorf("checked in at %v, then at %v: want the first time kept", first.Application.CheckedInAt, again.Application.CheckedInAt)
		}
		if first.CheckedInCount != 1 || again.CheckedInCount != 1 || d.checkedInCount(t) != 1 {
			t.Errorf("counts %d and %d (database %d), want 1", first.CheckedInCount, again.CheckedInCount, d.checkedInCount(t))
		}
		if n := auditCount(t, d, "application.check_in"); n != 1 {
			t.Errorf("%d check-ins audited, want 1", n)
		}
	})
	t.Run("undo twice: the second changes nothing", func(t *testing.T) {
		for i := range 2 {
			got := decodeCheckIn(t, d.as(editor, undoCheckIn, vars("seat 1")), "undoCheckIn")
			if got.CheckedInCount != 0 || got.Application.CheckedInAt != nil {
				t.Errorf("undo #%d: %+v", i+1, got)
			}
		}
		if n := auditCount(t, d, "application.undo_check_in"); n != 1 || d.checkedInCount(t) != 0 {
			t.Errorf("%d undos audited, count %d; want 1 and 0", n, d.checkedInCount(t))
		}
	})
	for _, app := range []string{"waitlisted", "online", "cancelled"} {
		t.Run(app+": CONFLICT", func(t *testing.T) {
			if got := firstCode(d.as(admin, checkIn, vars(app))); got != "CONFLICT" {
				t.Errorf("code %q, want CONFLICT", got)
			}
			if d.checkedInCount(t) != 0 {
				t.Error("the count moved")
			}
		})
	}
	t.Run("no such application: NOT_FOUND", func(t *testing.T) {
		for _, id := range []string{relay.ID(relay.KindEventApplication, 1<<40), d.eventID, "not-an-id"} {
			for _, q := range []string{checkIn, undoCheckIn} {
				if got := firstCode(d.as(admin, q, map[string]any{"id": id})); got != "NOT_FOUND" {
					t.Errorf("id %q: code %q, want NOT_FOUND", id, got)
				}
			}
		}
	})
	t.Run("a checked-in applicant cancels only once the check-in is undone", func(t *testing.T) {
		cancel := `mutation($t: String!) { cancelEventApplication(token: $t) { application { status } } }`
		decodeCheckIn(t, d.as(admin, checkIn, vars("seat 2")), "checkInApplication")
		if got := firstCode(d.s.Query(cancel, map[string]any{"t": d.appTokens["seat 2"]})); got != "CONFLICT" {
			t.Fatalf("cancelling a checked-in application: code %q, want CONFLICT", got)
		}
		decodeCheckIn(t, d.as(admin, undoCheckIn, vars("seat 2")), "undoCheckIn")
		if r := d.s.Query(cancel, map[string]any{"t": d.appTokens["seat 2"]}); len(r.Errors) > 0 {
			t.Fatalf("cancel after the undo: %s", r.Body)
		}
		// The seat went to the first on the waitlist, who may now be checked in.
		got := decodeCheckIn(t, d.as(admin, checkIn, vars("waitlisted")), "checkInApplication")
		if got.Application.Status != "CONFIRMED" || got.CheckedInCount != 1 {
			t.Errorf("the promoted applicant: %+v", got)
		}
	})
	t.Run("a cancelled event: no check-in, but an undo", func(t *testing.T) {
		decodeCheckIn(t, d.as(admin, checkIn, vars("seat 3")), "checkInApplication")
		if r := d.as(admin, `mutation($id: ID!) { cancelEvent(id: $id) { event { status } } }`, map[string]any{"id": d.eventID}); len(r.Errors) > 0 {
			t.Fatal(r.Body)
		}
		if got := firstCode(d.as(admin, checkIn, vars("seat 1"))); got != "CONFLICT" {
			t.Errorf("check-in at a cancelled event: code %q, want CONFLICT", got)
		}
		if got := decodeCheckIn(t, d.as(admin, undoCheckIn, vars("seat 3")), "undoCheckIn"); got.CheckedInCount != 1 {
			t.Errorf("undo at a cancelled event: %+v, want the count down to 1", got)
		}
	})
}

func auditCount(t *testing.T, d *door, action string) int {
	t.Helper()
	return sqlInt(t, d.s.DB, `SELECT count(*) FROM audit_entries WHERE action = $1`, action)
}

// TestCheckInFromTwoDevicesAtOnce: many check-ins of one attendee sent at once, from the admin's
// and the editor's devices, count the attendee once, with one time and one audit entry; check-ins
// of several attendees at once each count.
func TestCheckInFromTwoDevicesAtOnce(t *testing.T) {
	d := newDoor(t)
	const perDevice = 8
	run := func(apps ...string) []checkInResult {
		var wg sync.WaitGroup
		start := make(chan struct{})
		results := make(chan apptest.Response, 2*perDevice*len(apps))
		for i := range 2 * perDevice {
			actor := []string{"host admin", "host editor"}[i%2]
			for _, app := range apps {
				wg.Go(func() {
					<-start
					results <- d.as(actor, checkIn, map[string]any{"id": d.apps[app]})
				})
			}
		}
		close(start)
		wg.Wait()
		close(results)
		var out []checkInResult
		for r := range results {
			out = append(out, decodeCheckIn(t, r, "checkInApplication"))
		}
		return out
	}

	results := run("seat 1")
	times := map[string]bool{}
	for _, r := range results {
		if r.Application.CheckedInAt != nil {
			times[*r.Application.CheckedInAt] = true
		}
		if r.CheckedInCount != 1 {
			t.Errorf("an answer counts %d checked in, want 1", r.CheckedInCount)
		}
	}
	if len(times) != 1 || d.checkedInCount(t) != 1 || auditCount(t, d, "application.check_in") != 1 {
		t.Errorf("%d check-in times, count %d, %d audited; want 1 each", len(times), d.checkedInCount(t), auditCount(t, d, "application.check_in"))
	}

	run("seat 2", "seat 3")
	if n := d.checkedInCount(t); n != 3 {
		t.Errorf("three attendees checked in at once from two devices: count %d", n)
	}
	if n := sqlInt(t, d.s.DB, `SELECT count(*) FROM event_applications WHERE event_id = $1 AND checked_in_at IS NOT NULL`, d.key); n != 3 {
		t.Errorf("%d applications checked in, want 3", n)
	}
}

// TestCheckInFields: who reads Event.checkedInCount (the event's staff), and an application's
// reference and checkedInAt (its applicant, and the staff who read the event's applications).
func TestCheckInFields(t *testing.T) {
	d := newDoor(t)
	decodeCheckIn(t, d.as("host admin", checkIn, map[string]any{"id": d.apps["seat 1"]}), "checkInApplication")
	staff := []string{"secretariat", "host admin", "host editor", "host viewer", "co-host admin", "co-host editor"}
	readers := []string{"secretariat", "host admin", "host editor", "co-host admin", "co-host editor", "applicant"}

	t.Run("Event.checkedInCount", func(t *testing.T) {
		for _, actor := range append(staff, "other ministry admin", "applicant", "anonymous") {
			r := d.as(actor, `query($id: ID!) { event(id: $id) { checkedInCount streamingUrl } }`, map[string]any{"id": d.eventID})
			count := string(dig(t, r.Data, "event", "checkedInCount"))
			if containsString(staff, actor) {
				if count != "1" || containsPath(r, "event.checkedInCount") {
					t.Errorf("%s: checkedInCount %s, errors %s", actor, count, describeErrors(r))
				}
				continue
			}
			if count != "null" || !containsPath(r, "event.checkedInCount") {
				t.Errorf("%s: checkedInCount %s, want null and FORBIDDEN; errors %s", actor, count, describeErrors(r))
			}
			// The applicant, confirmed, still reads the stream link: @restricted decides by field.
			if url := string(dig(t, r.Data, "event", "streamingUrl")); (actor == "applicant") != (url != "null") {
				t.Errorf("%s: streamingUrl %s", actor, url)
			}
		}
	})
	t.Run("EventApplication.reference and checkedInAt by node", func(t *testing.T) {
		ref := d.reference(t, "seat 1")
		if !regexp.MustCompile(`^[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}$`).MatchString(ref) {
			t.Fatalf("reference %q is not of the form K7Q-4M2", ref)
		}
		for _, actor := range append(readers, "host viewer", "other ministry admin", "anonymous") {
			r := d.as(actor, `query($id: ID!) { node(id: $id) { ... on EventApplication { reference checkedInAt } } }`,
				map[string]any{"id": d.apps["seat 1"]})
			wantCodes(t, r)
			node := string(dig(t, r.Data, "node"))
			switch {
			case containsString(readers, actor) && (!strings.Contains(node, `"reference":"`+ref+`"`) || strings.Contains(node, `"checkedInAt":null`)):
				t.Errorf("%s: node %s, want the reference %s and the check-in time", actor, node, ref)
			case !containsString(readers, actor) && node != "null":
				t.Errorf("%s: node %s, want null", actor, node)
			}
		}
	})
	t.Run("in the list, for an editor too", func(t *testing.T) {
		r := d.as("host editor", `query($id: ID!) { event(id: $id) { applications(first: 10) { edges { node { reference checkedInAt } } } } }`,
			map[string]any{"id": d.eventID})
		wantCodes(t, r)
		if !strings.Contains(string(r.Data), d.reference(t, "seat 1")) || strings.Count(string(r.Data), `"checkedInAt":"`) != 1 {
			t.Errorf("list: %s", r.Data)
		}
	})
	t.Run("a stranger who applies with the attendee's email does not learn the reference", func(t *testing.T) {
		r := d.s.Query(`mutation($id: ID!) { applyToEvent(input: {eventId: $id, attendeeName: "なりすまし",
			attendeeEmail: "TARO.YAMADA@example.jp", attendance: IN_PERSON}) { token application { id reference checkedInAt } } }`,
			map[string]any{"id": d.eventID})
		wantErrorsAt(t, r, map[string]string{
			"applyToEvent.application.reference": "FORBIDDEN", "applyToEvent.application.checkedInAt": "FORBIDDEN",
		})
		if strings.Contains(string(r.Data), d.reference(t, "seat 1")) {
			t.Errorf("the answer holds the reference: %s", r.Data)
		}
	})
	t.Run("the confirmation message carries the reference", func(t *testing.T) {
		for _, app := range []string{"seat 1", "online", "waitlisted"} {
			key, _ := relay.ParseIDOf(relay.KindEventApplication, d.apps[app])
			var body string
			if err := d.s.DB.Get(&body, `SELECT body FROM outbox_messages WHERE object_type = 'EventApplication'
				AND object_id = $1 ORDER BY id LIMIT 1`, key); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(body, "受付番号: "+d.reference(t, app)) {
				t.Errorf("%s: the message lacks the reference:\n%s", app, body)
			}
		}
	})
}

func containsString(list []string, s string) bool { return slices.Contains(list, s) }

// containsPath reports whether the response has a FORBIDDEN error at path.
func containsPath(r apptest.Response, path string) bool {
	for _, e := range r.Errors {
		if pathString(e.Path) == path && e.Code() == "FORBIDDEN" {
			return true
		}
	}
	return false
}
