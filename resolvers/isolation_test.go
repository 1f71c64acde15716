package resolvers_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/auth"
	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/telework"
)

// Outcomes of an operation in the isolation matrix.
const (
	allowed = "allowed"         // the operation succeeded (for reads: the data came back)
	hidden  = "hidden"          // the object is not there for the viewer: null, no error
	forbid  = "FORBIDDEN"       // refused, or the protected field is null with FORBIDDEN
	unauth  = "UNAUTHENTICATED" // refused: the operation needs a credential
)

// isolationWorld is the demo data plus one actor of each kind and the records the operations use.
// "own" is MIC, the ministry of the staff actors; "other" is MHLW.
type isolationWorld struct {
	s      *apptest.Server
	tokens map[string]string // actor → bearer token ("" for anonymous)
	sec    string            // the secretariat's token, to make fixtures
	// a published event with applications of each ministry, not co-hosted by the other
	publishedEvent map[string]string
	// an award entry of an unannounced program of each ministry
	entry map[string]string
	// the registrant whose token the registrant actor holds
	registrant string
}

func newIsolationWorld(t *testing.T) *isolationWorld {
	s := apptest.New(t, apptest.Options{Seed: true})
	w := &isolationWorld{s: s, tokens: map[string]string{"anonymous": ""}, publishedEvent: map[string]string{}, entry: map[string]string{}}
	w.sec = s.Staff("chief@example.jp", telework.RoleSecretariat, "")
	w.tokens["secretariat"] = w.sec
	w.tokens["MIC admin"] = s.Staff("admin@mic.example.jp", telework.RoleMinistryAdmin, "MIC")
	w.tokens["MIC editor"] = s.Staff("editor@mic.example.jp", telework.RoleMinistryEditor, "MIC")
	w.tokens["MIC viewer"] = s.Staff("viewer@mic.example.jp", telework.RoleMinistryViewer, "MIC")

	var key struct{ CreateAPIKey struct{ Key string } }
	s.QueryAs(w.sec, `mutation { createApiKey(input: {name: "partner portal"}) { key } }`, nil).Decode(t, &key)
	w.tokens["partner"] = key.CreateAPIKey.Key

	var registrantID int64
	mustGet(t, s, &registrantID, `SELECT id FROM registrants WHERE status = 'APPROVED' AND publish_name ORDER BY id LIMIT 1`)
	token, err := auth.NewService(s.DB, auth.Options{}).IssueRecordToken(context.Background(), s.DB, auth.RegistrantToken, registrantID)
	if err != nil {
		t.Fatal(err)
	}
	w.tokens["registrant"], w.registrant = token, relay.ID(relay.KindRegistrant, registrantID)

	for _, code := range []string{"MIC", "MHLW"} {
		other := map[string]string{"MIC": "MHLW", "MHLW": "MIC"}[code]
		var eventID, entryID int64
		mustGet(t, s, &eventID, `SELECT e.id FROM events e JOIN ministries m ON m.id = e.host_ministry_id
			WHERE m.code = $1 AND e.status = 'PUBLISHED' AND EXISTS (SELECT 1 FROM event_applications a WHERE a.event_id = e.id)
			AND NOT EXISTS (SELECT 1 FROM event_cohosts c JOIN ministries o ON o.id = c.ministry_id WHERE c.event_id = e.id AND o.code = $2)
			ORDER BY e.id LIMIT 1`, code, other)
		mustGet(t, s, &entryID, `SELECT a.id FROM award_entries a JOIN award_programs p ON p.id = a.program_id
			JOIN ministries m ON m.id = p.ministry_id WHERE m.code = $1 AND p.announced_at IS NULL AND a.status <> 'WITHDRAWN'
			ORDER BY a.id LIMIT 1`, code)
		w.publishedEvent[code] = relay.ID(relay.KindEvent, eventID)
		w.entry[code] = relay.ID(relay.KindAwardEntry, entryID)
	}
	return w
}

func mustGet(t *testing.T, s *apptest.Server, dest any, query string, args ...any) {
	t.Helper()
	if err := s.DB.Get(dest, query, args...); err != nil {
		t.Fatalf("fixture %q: %v", query, err)
	}
}

// draft makes a fresh draft event of a ministry as the secretariat and returns its ID.
func (w *isolationWorld) draft(t *testing.T, ministry string) string {
	r := w.s.QueryAs(w.sec, `mutation($m: String!) { createEvent(input: {fiscalYear: 2026, hostMinistryCode: $m, kind: SEMINAR,
		titleJa: "下書きのセミナー", startsAt: "2026-12-10T04:00:00Z", endsAt: "2026-12-10T06:00:00Z",
		onlineStreaming: true, feeYen: 0}) { event { id } } }`, map[string]any{"m": ministry})
	var data struct {
		CreateEvent struct{ Event struct{ ID string } }
	}
	r.Decode(t, &data)
	if data.CreateEvent.Event.ID == "" {
		t.Fatalf("fixture draft: %s", r.Body)
	}
	return data.CreateEvent.Event.ID
}

// outcome reads the result of an operation: the first error code, else whether the data at path
// is there.
func outcome(r apptest.Response, present func() bool) string {
	if len(r.Errors) > 0 {
		return r.Errors[0].Code()
	}
	if r.Status == 401 {
		return unauth
	}
	if present() {
		return allowed
	}
	return hidden
}

func contains(r apptest.Response, s string) func() bool {
	return func() bool { return strings.Contains(string(r.Data), s) }
}

// isolationOps are the operations of the matrix: each runs as an actor in a ministry ("" for
// operations of no ministry) and tells the outcome.
var isolationOps = map[string]func(t *testing.T, w *isolationWorld, token, ministry string) string{
	"read a draft event": func(t *testing.T, w *isolationWorld, token, ministry string) string {
		r := w.s.QueryAs(token, `query($id: ID!) { event(id: $id) { id status } }`, map[string]any{"id": w.draft(t, ministry)})
		return outcome(r, contains(r, `"DRAFT"`))
	},
	"list drafts": func(t *testing.T, w *isolationWorld, token, ministry string) string {
		w.draft(t, ministry)
		r := w.s.QueryAs(token, `query($m: String!) { events(filter: {ministryCode: $m, status: DRAFT}) { totalCount } }`, map[string]any{"m": ministry})
		return outcome(r, func() bool { return !contains(r, `"totalCount":0`)() })
	},
	"read applications with personal data": func(t *testing.T, w *isolationWorld, token, ministry string) string {
		r := w.s.QueryAs(token, `query($id: ID!) { event(id: $id) { applications(first: 1) { edges { node { attendeeEmail } } } } }`,
			map[string]any{"id": w.publishedEvent[ministry]})
		return outcome(r, contains(r, `@`))
	},
	"read the audit log": func(t *testing.T, w *isolationWorld, token, ministry string) string {
		r := w.s.QueryAs(token, `query($m: String) { auditLog(ministryCode: $m) { totalCount } }`, map[string]any{"m": ministry})
		return outcome(r, contains(r, `"totalCount"`))
	},
	"create an event": func(t *testing.T, w *isolationWorld, token, ministry string) string {
		r := w.s.QueryAs(token, `mutation($m: String!) { createEvent(input: {fiscalYear: 2026, hostMinistryCode: $m, kind: WORKSHOP,
			titleJa: "新しいワークショップ", startsAt: "2026-12-11T04:00:00Z", endsAt: "2026-12-11T06:00:00Z",
			onlineStreaming: false, feeYen: 0}) { event { id } } }`, map[string]any{"m": ministry})
		return outcome(r, contains(r, `"id"`))
	},
	"edit a draft event": func(t *testing.T, w *isolationWorld, token, ministry string) string {
		r := w.s.QueryAs(token, `mutation($id: ID!) { updateEvent(id: $id, input: {titleJa: "改題"}, expectedVersion: 1) { event { version } } }`,
			map[string]any{"id": w.draft(t, ministry)})
		return outcome(r, contains(r, `"version":2`))
	},
	"publish an event": func(t *testing.T, w *isolationWorld, token, ministry string) string {
		r := w.s.QueryAs(token, `mutation($id: ID!) { publishEvent(id: $id) { event { status } } }`, map[string]any{"id": w.draft(t, ministry)})
		return outcome(r, contains(r, `"PUBLISHED"`))
	},
	"decide an award entry": func(t *testing.T, w *isolationWorld, token, ministry string) string {
		r := w.s.QueryAs(token, `mutation($id: ID!) { decideAwardEntry(id: $id, decision: SHORTLIST, citation: "選定") { entry { status } } }`,
			map[string]any{"id": w.entry[ministry]})
		return outcome(r, contains(r, `"SHORTLISTED"`))
	},
	"grant a role": func(t *testing.T, w *isolationWorld, token, ministry string) string {
		email := fmt.Sprintf("new-%d@example.jp", nextUser())
		w.s.QueryAs(w.sec, `mutation($e: String!) { createUser(input: {email: $e, displayName: "新任", password: "a-long-password-1"}) { email } }`, map[string]any{"e": email})
		r := w.s.QueryAs(token, `mutation($e: String!, $m: String) { grantRole(input: {email: $e, role: MINISTRY_VIEWER, ministryCode: $m}) { roles { role } } }`,
			map[string]any{"e": email, "m": ministry})
		return outcome(r, contains(r, `"MINISTRY_VIEWER"`))
	},
	"read a registrant's contact": func(t *testing.T, w *isolationWorld, token, _ string) string {
		r := w.s.QueryAs(token, `query($id: ID!) { registrant(id: $id) { contact { email } } }`, map[string]any{"id": w.registrant})
		return outcome(r, contains(r, `@`))
	},
	"approve a registrant": func(t *testing.T, w *isolationWorld, token, _ string) string {
		var id int64
		mustGet(t, w.s, &id, `SELECT id FROM registrants WHERE status = 'REGISTERED' ORDER BY id LIMIT 1`)
		r := w.s.QueryAs(token, `mutation($id: ID!) { approveRegistrant(id: $id) { registrant { status } } }`,
			map[string]any{"id": relay.ID(relay.KindRegistrant, id)})
		return outcome(r, contains(r, `"APPROVED"`))
	},
	"create a partner API key": func(t *testing.T, w *isolationWorld, token, _ string) string {
		r := w.s.QueryAs(token, `mutation { createApiKey(input: {name: "another portal"}) { key } }`, nil)
		return outcome(r, contains(r, `tmk_`))
	},
}

var userCounter int

// nextUser numbers the accounts the matrix makes (its rows run one after another).
func nextUser() int { userCounter++; return userCounter }

// TestIsolationMatrix is the authorization of every role, in one table: each row is an actor, an
// operation and whose ministry it touches (own: MIC, the actor's; other: MHLW), with the outcome
// the roles of DESIGN.md require. It runs through the real HTTP handler on a real database with the
// real Casbin policy.
func TestIsolationMatrix(t *testing.T) {
	w := newIsolationWorld(t)
	actors := []string{"anonymous", "partner", "registrant", "MIC viewer", "MIC editor", "MIC admin", "secretariat"}
	// want[operation][scope] lists the outcome for each actor, in the order of actors.
	want := map[string]map[string][7]string{
		"read a draft event":                   {"own": {hidden, hidden, hidden, allowed, allowed, allowed, allowed}, "other": {hidden, hidden, hidden, hidden, hidden, hidden, allowed}},
		"list drafts":                          {"own": {hidden, hidden, hidden, allowed, allowed, allowed, allowed}, "other": {hidden, hidden, hidden, hidden, hidden, hidden, allowed}},
		"read applications with personal data": {"own": {forbid, forbid, forbid, forbid, forbid, allowed, allowed}, "other": {forbid, forbid, forbid, forbid, forbid, forbid, allowed}},
		"read the audit log":                   {"own": {unauth, forbid, forbid, forbid, forbid, allowed, allowed}, "other": {unauth, forbid, forbid, forbid, forbid, forbid, allowed}},
		"create an event":                      {"own": {unauth, forbid, forbid, forbid, allowed, allowed, allowed}, "other": {unauth, forbid, forbid, forbid, forbid, forbid, allowed}},
		"edit a draft event":                   {"own": {unauth, forbid, forbid, forbid, allowed, allowed, allowed}, "other": {unauth, forbid, forbid, forbid, forbid, forbid, allowed}},
		"publish an event":                     {"own": {unauth, forbid, forbid, forbid, allowed, allowed, allowed}, "other": {unauth, forbid, forbid, forbid, forbid, forbid, allowed}},
		"decide an award entry":                {"own": {unauth, forbid, forbid, forbid, allowed, allowed, allowed}, "other": {unauth, forbid, forbid, forbid, forbid, forbid, allowed}},
		"grant a role":                         {"own": {unauth, forbid, forbid, forbid, forbid, allowed, allowed}, "other": {unauth, forbid, forbid, forbid, forbid, forbid, allowed}},
		"read a registrant's contact":          {"-": {forbid, forbid, allowed, forbid, forbid, forbid, allowed}},
		"approve a registrant":                 {"-": {unauth, forbid, forbid, forbid, forbid, forbid, allowed}},
		"create a partner API key":             {"-": {unauth, forbid, forbid, forbid, forbid, forbid, allowed}},
	}
	ministryOf := map[string]string{"own": "MIC", "other": "MHLW", "-": ""}
	for op, scopes := range want {
		for scope, outcomes := range scopes {
			for i, actor := range actors {
				t.Run(fmt.Sprintf("%s/%s/%s", op, scope, actor), func(t *testing.T) {
					if got := isolationOps[op](t, w, w.tokens[actor], ministryOf[scope]); got != outcomes[i] {
						t.Errorf("%s %s (%s ministry): got %s, want %s", actor, op, scope, got, outcomes[i])
					}
				})
			}
		}
	}
}
