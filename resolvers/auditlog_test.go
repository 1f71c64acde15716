package resolvers_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/telework"
)

// auditWorld is a database with a known audit log: entries of MIC by its admin and its editor, of
// MHLW by its admin, on days of November 2026, and the staff who read it.
type auditWorld struct {
	s      *apptest.Server
	tokens map[string]string
}

func newAuditWorld(t *testing.T) *auditWorld {
	t.Helper()
	s := apptest.New(t, apptest.Options{Seed: true})
	w := &auditWorld{s: s, tokens: map[string]string{
		"secretariat": s.Staff("sec@example.jp", telework.RoleSecretariat, ""),
		"micAdmin":    s.Staff("mic.admin@example.jp", telework.RoleMinistryAdmin, "MIC"),
		"micEditor":   s.Staff("mic.editor@example.jp", telework.RoleMinistryEditor, "MIC"),
		"mhlwAdmin":   s.Staff("mhlw.admin@example.jp", telework.RoleMinistryAdmin, "MHLW"),
	}}
	// The accounts' creation and sign-in wrote entries of no ministry; the ministries' logs start
	// empty.
	for _, e := range []struct {
		email, ministry, objectType, at string
		n                               int
	}{
		{"mic.admin@example.jp", "MIC", "Event", "2026-11-01T01:00:00Z", 3},
		{"mic.admin@example.jp", "MIC", "AwardProgram", "2026-11-02T01:00:00Z", 2},
		{"mic.editor@example.jp", "MIC", "Event", "2026-11-03T01:00:00Z", 4},
		{"mhlw.admin@example.jp", "MHLW", "Event", "2026-11-01T01:00:00Z", 5},
	} {
		_, err := s.DB.Exec(`INSERT INTO audit_entries (at, actor, ministry_id, action, object_type, object_id, after)
			SELECT $1::timestamptz + g * interval '1 minute', 'user:' || (SELECT id FROM users WHERE email = $2),
				(SELECT id FROM ministries WHERE code = $3), 'x.update', $4, g::text, '{"Title": "t"}'
			FROM generate_series(1, $5) g`, e.at, e.email, e.ministry, e.objectType, e.n)
		if err != nil {
			t.Fatal(err)
		}
	}
	return w
}

const auditQuery = `query($m: String, $f: AuditFilter, $first: Int, $after: String) {
	auditLog(ministryCode: $m, filter: $f, first: $first, after: $after) {
		totalCount pageInfo { hasNextPage endCursor }
		edges { node { actor actorEmail objectType at ministry { code } } } } }`

type auditPage struct {
	AuditLog struct {
		TotalCount int
		PageInfo   struct {
			HasNextPage bool
			EndCursor   string
		}
		Edges []struct {
			Node struct {
				Actor, ObjectType, At string
				ActorEmail            *string
				Ministry              *struct{ Code string }
			}
		}
	}
}

// TestAuditLogFilters: auditLog's filter narrows by who, what kind of record and when, together
// with the ministry and with paging, and refuses a bad filter naming its field.
func TestAuditLogFilters(t *testing.T) {
	w := newAuditWorld(t)
	cases := []struct {
		name   string
		as     string
		vars   map[string]any
		total  int
		actors string // the actorEmail every entry must have, when set
	}{
		{name: "a ministry", as: "secretariat", vars: map[string]any{"m": "MIC"}, total: 9},
		{name: "by actor, in any case", as: "secretariat", vars: map[string]any{"f": map[string]any{"actorEmail": " MIC.Admin@example.jp "}}, total: 6, actors: "mic.admin@example.jp"},
		{name: "by kind of record", as: "secretariat", vars: map[string]any{"m": "MIC", "f": map[string]any{"objectType": "Event"}}, total: 7},
		{name: "by time", as: "secretariat", vars: map[string]any{"f": map[string]any{"since": "2026-11-02T00:00:00Z", "until": "2026-11-03T00:00:00Z"}}, total: 2},
		{name: "all at once", as: "secretariat", vars: map[string]any{"m": "MIC", "f": map[string]any{
			"actorEmail": "mic.editor@example.jp", "objectType": "Event", "since": "2026-11-03T01:02:00Z"}}, total: 3, actors: "mic.editor@example.jp"},
		{name: "an account that never acted", as: "secretariat", vars: map[string]any{"f": map[string]any{"actorEmail": "nobody@example.jp"}}, total: 0},
		{name: "a ministry admin sees its own ministry only", as: "micAdmin", vars: map[string]any{"f": map[string]any{"objectType": "Event"}}, total: 7},
		{name: "even when it filters by another ministry's admin", as: "micAdmin", vars: map[string]any{"f": map[string]any{"actorEmail": "mhlw.admin@example.jp"}}, total: 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := w.s.QueryAs(w.tokens[c.as], auditQuery, c.vars)
			var p auditPage
			r.Decode(t, &p)
			if p.AuditLog.TotalCount != c.total || len(p.AuditLog.Edges) != min(c.total, 20) {
				t.Fatalf("total %d, %d edges; want %d: %s", p.AuditLog.TotalCount, len(p.AuditLog.Edges), c.total, r.Body)
			}
			for _, e := range p.AuditLog.Edges {
				if c.actors != "" && (e.Node.ActorEmail == nil || *e.Node.ActorEmail != c.actors) {
					t.Errorf("entry by %s (%v), want %s", e.Node.Actor, e.Node.ActorEmail, c.actors)
				}
				if c.as == "micAdmin" && (e.Node.Ministry == nil || e.Node.Ministry.Code != "MIC") {
					t.Errorf("a MIC admin read an entry of %+v", e.Node.Ministry)
				}
			}
		})
	}

	t.Run("pages of a filtered log", func(t *testing.T) {
		vars := map[string]any{"m": "MIC", "f": map[string]any{"objectType": "Event"}, "first": 4}
		var seen []string
		for page := 0; page < 3; page++ {
			var p auditPage
			w.s.QueryAs(w.tokens["secretariat"], auditQuery, vars).Decode(t, &p)
			for _, e := range p.AuditLog.Edges {
				if e.Node.ObjectType != "Event" {
					t.Errorf("page %d holds a %s", page, e.Node.ObjectType)
				}
				seen = append(seen, e.Node.At)
			}
			if !p.AuditLog.PageInfo.HasNextPage {
				break
			}
			vars["after"] = p.AuditLog.PageInfo.EndCursor
		}
		if len(seen) != 7 || seen[0] < seen[6] {
			t.Errorf("paged through %v, want the 7 entries newest first", seen)
		}
	})

	t.Run("refusals", func(t *testing.T) {
		for _, c := range []struct {
			name, as  string
			vars      map[string]any
			code, fld string
		}{
			{"another ministry's log", "micAdmin", map[string]any{"m": "MHLW"}, "FORBIDDEN", ""},
			{"another ministry's log by filter too", "micAdmin", map[string]any{"m": "MHLW", "f": map[string]any{"actorEmail": "mhlw.admin@example.jp"}}, "FORBIDDEN", ""},
			{"an editor", "micEditor", map[string]any{"f": map[string]any{"objectType": "Event"}}, "FORBIDDEN", ""},
			{"no credential", "", nil, "UNAUTHENTICATED", ""},
			{"an unknown kind of record", "secretariat", map[string]any{"f": map[string]any{"objectType": "event"}}, "BAD_USER_INPUT", "filter.objectType"},
			{"not an email", "secretariat", map[string]any{"f": map[string]any{"actorEmail": "mic admin"}}, "BAD_USER_INPUT", "filter.actorEmail"},
			{"an email over 254 characters", "secretariat", map[string]any{"f": map[string]any{"actorEmail": strings.Repeat("a", 250) + "@example.jp"}}, "BAD_USER_INPUT", "filter.actorEmail"},
			{"until before since", "secretariat", map[string]any{"f": map[string]any{"since": "2026-11-02T00:00:00Z", "until": "2026-11-02T00:00:00Z"}}, "BAD_USER_INPUT", "filter.until"},
			{"a bad filter before a refusal of the ministry", "micAdmin", map[string]any{"m": "MHLW", "f": map[string]any{"objectType": "Nope"}}, "BAD_USER_INPUT", "filter.objectType"},
		} {
			t.Run(c.name, func(t *testing.T) {
				r := w.s.QueryAs(w.tokens[c.as], auditQuery, c.vars)
				if len(r.Errors) != 1 || r.Errors[0].Code() != c.code {
					t.Fatalf("got %s, want %s", r.Body, c.code)
				}
				if f, _ := r.Errors[0].Extensions["field"].(string); f != c.fld {
					t.Errorf("field %q, want %q", f, c.fld)
				}
			})
		}
	})
}

// TestAuditLogStatementsDoNotGrowWithPageSize: a page of 100 filtered entries with their ministry
// and the email of who acted costs as many statements as a page of 5.
func TestAuditLogStatementsDoNotGrowWithPageSize(t *testing.T) {
	w := newAuditWorld(t)
	if _, err := w.s.DB.Exec(`INSERT INTO audit_entries (actor, ministry_id, action, object_type, object_id)
		SELECT 'user:' || (SELECT id FROM users WHERE email = 'mic.admin@example.jp'), (SELECT id FROM ministries WHERE code = 'MIC'),
			'x.update', 'Event', g::text FROM generate_series(1, 200) g`); err != nil {
		t.Fatal(err)
	}
	// A first request marks the session used (once a minute), which is no statement of the list's.
	w.s.QueryAs(w.tokens["secretariat"], `{ viewer { email } }`, nil)
	counts := map[int]int64{}
	for _, first := range []int{5, 100} {
		r := w.s.QueryAs(w.tokens["secretariat"], auditQuery, map[string]any{"first": first,
			"f": map[string]any{"actorEmail": "mic.admin@example.jp", "objectType": "Event"}})
		var p auditPage
		r.Decode(t, &p)
		if len(p.AuditLog.Edges) != first {
			t.Fatalf("first=%d: %d edges", first, len(p.AuditLog.Edges))
		}
		counts[first] = r.Statements
	}
	t.Logf("SQL statements: first=5 → %d, first=100 → %d", counts[5], counts[100])
	if counts[5] != counts[100] || counts[5] == 0 {
		t.Errorf("statements grow with the page size: %v", counts)
	}
}

// TestAPIKeyOwnLimits: a key lists the limits in effect, and which of them are its own.
func TestAPIKeyOwnLimits(t *testing.T) {
	s := apptest.New(t, apptest.Options{})
	sec := s.Staff("sec@example.jp", telework.RoleSecretariat, "")
	for _, in := range []map[string]any{{"name": "既定"}, {"name": "独自", "requestsPerMinute": 1200}} {
		if r := s.QueryAs(sec, `mutation($in: CreateApiKeyInput!) { createApiKey(input: $in) { id } }`, map[string]any{"in": in}); len(r.Errors) > 0 {
			t.Fatal(r.Body)
		}
	}
	r := s.QueryAs(sec, `{ apiKeys { edges { node { name requestsPerMinute costPerMinute ownRequestsPerMinute ownCostPerMinute } } } }`, nil)
	got := fmt.Sprint(string(r.Data))
	want := `{"apiKeys":{"edges":[{"node":{"name":"独自","requestsPerMinute":1200,"costPerMinute":60000,"ownRequestsPerMinute":1200,"ownCostPerMinute":null}},` +
		`{"node":{"name":"既定","requestsPerMinute":600,"costPerMinute":60000,"ownRequestsPerMinute":null,"ownCostPerMinute":null}}]}}`
	if got != want {
		t.Errorf("apiKeys\n got %s\nwant %s", got, want)
	}
}
