package resolvers_test

import (
	"strings"
	"testing"
	"time"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/pgtest"
	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/telework"
)

const grantRole = `mutation($e: String!, $r: Role!, $m: String) {
	grantRole(input: {email: $e, role: $r, ministryCode: $m}) { roles { role ministry { code } } } }`

const revokeRole = `mutation($e: String!, $r: Role!, $m: String) {
	revokeRole(input: {email: $e, role: $r, ministryCode: $m}) { roles { role } } }`

// TestGrantRules: a ministry admin grants only in its own ministry and no role above its own; only
// the secretariat grants SECRETARIAT.
func TestGrantRules(t *testing.T) {
	s := apptest.New(t, apptest.Options{Seed: true})
	sec := s.Staff("chief@example.jp", telework.RoleSecretariat, "")
	admin := s.Staff("admin@mic.example.jp", telework.RoleMinistryAdmin, "MIC")
	editor := s.Staff("editor@mic.example.jp", telework.RoleMinistryEditor, "MIC")
	s.Staff("target@example.jp", "", "")
	tests := []struct {
		name, token, role, ministry string
		wantCode                    string
	}{
		{"admin grants a viewer in its ministry", admin, "MINISTRY_VIEWER", "MIC", ""},
		{"admin grants an admin in its ministry", admin, "MINISTRY_ADMIN", "MIC", ""},
		{"admin grants in another ministry", admin, "MINISTRY_VIEWER", "MHLW", "FORBIDDEN"},
		{"admin grants the secretariat", admin, "SECRETARIAT", "", "FORBIDDEN"},
		{"editor grants below its role", editor, "MINISTRY_VIEWER", "MIC", "FORBIDDEN"},
		{"secretariat grants the secretariat", sec, "SECRETARIAT", "", ""},
		{"a ministry role without a ministry", sec, "MINISTRY_EDITOR", "", "BAD_USER_INPUT"},
		{"an unknown ministry", sec, "MINISTRY_EDITOR", "NOPE", "BAD_USER_INPUT"},
		{"anonymous", "", "MINISTRY_VIEWER", "MIC", "UNAUTHENTICATED"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			vars := map[string]any{"e": "target@example.jp", "r": tt.role, "m": nilIfEmpty(tt.ministry)}
			r := s.QueryAs(tt.token, grantRole, vars)
			if got := firstCode(r); got != tt.wantCode {
				t.Fatalf("code %q, want %q: %s", got, tt.wantCode, r.Body)
			}
		})
	}
	t.Run("a grant above one's own role", func(t *testing.T) {
		// An admin of MHLW only, granted by the secretariat, cannot grant SECRETARIAT or in MIC.
		mhlw := s.Staff("admin@mhlw.example.jp", telework.RoleMinistryAdmin, "MHLW")
		if got := firstCode(s.QueryAs(mhlw, grantRole, map[string]any{"e": "target@example.jp", "r": "MINISTRY_ADMIN", "m": "MIC"})); got != "FORBIDDEN" {
			t.Errorf("MHLW admin granted in MIC: %q", got)
		}
	})
	t.Run("every change is audited", func(t *testing.T) {
		var n int
		if err := s.DB.Get(&n, `SELECT count(*) FROM audit_entries WHERE action = 'role.grant' AND object_type = 'User'`); err != nil || n != 3 {
			t.Errorf("%d role.grant entries (%v), want 3", n, err)
		}
	})
}

// TestCoHostsReadButDoNotEdit: the staff of a co-host read an event and its applications as its
// host does, but only the host edits it.
func TestCoHostsReadButDoNotEdit(t *testing.T) {
	s := apptest.New(t, apptest.Options{Seed: true})
	var eventID int64
	if err := s.DB.Get(&eventID, `SELECT e.id FROM events e JOIN event_cohosts c ON c.event_id = e.id
		JOIN ministries m ON m.id = c.ministry_id WHERE m.code = 'MHLW' AND e.status = 'PUBLISHED'
		AND EXISTS (SELECT 1 FROM event_applications a WHERE a.event_id = e.id) ORDER BY e.id LIMIT 1`); err != nil {
		t.Fatalf("no published event co-hosted by MHLW with applications: %v", err)
	}
	coHostAdmin := s.Staff("admin@mhlw.example.jp", telework.RoleMinistryAdmin, "MHLW")
	id := relay.ID(relay.KindEvent, eventID)

	r := s.QueryAs(coHostAdmin, `query($id: ID!) { event(id: $id) { applications(first: 5) { totalCount edges { node { attendeeEmail } } } } }`, map[string]any{"id": id})
	if len(r.Errors) > 0 || !strings.Contains(string(r.Data), "@") {
		t.Errorf("the co-host's admin could not read the applications: %s", r.Body)
	}
	r = s.QueryAs(coHostAdmin, `mutation($id: ID!) { updateEvent(id: $id, input: {titleJa: "共催者の改題"}, expectedVersion: 1) { event { id } } }`, map[string]any{"id": id})
	if got := firstCode(r); got != "FORBIDDEN" {
		t.Errorf("the co-host edited the event: code %q, %s", got, r.Body)
	}
}

// TestRoleChangesReachEveryInstance runs two servers on one database: a grant made through one is
// in force on the other within a second, and a revoke is in force at once on the one that made it.
func TestRoleChangesReachEveryInstance(t *testing.T) {
	url := pgtest.NewURL(t)
	a := apptest.New(t, apptest.Options{URL: url, Seed: true})
	b := apptest.New(t, apptest.Options{URL: url})
	sec := a.Staff("chief@example.jp", telework.RoleSecretariat, "")
	editor := a.Staff("editor@example.jp", "", "")
	create := `mutation { createEvent(input: {fiscalYear: 2026, hostMinistryCode: "MIC", kind: SEMINAR, titleJa: "伝播の確認",
		startsAt: "2026-12-10T04:00:00Z", endsAt: "2026-12-10T05:00:00Z", onlineStreaming: true, feeYen: 0}) { event { id } } }`
	if got := firstCode(b.QueryAs(editor, create, nil)); got != "FORBIDDEN" {
		t.Fatalf("before the grant: code %q", got)
	}

	grant := map[string]any{"e": "editor@example.jp", "r": "MINISTRY_EDITOR", "m": "MIC"}
	if r := a.QueryAs(sec, grantRole, grant); len(r.Errors) > 0 {
		t.Fatal(r.Body)
	}
	start := time.Now()
	for firstCode(b.QueryAs(editor, create, nil)) != "" {
		if time.Since(start) > time.Second {
			t.Fatal("the grant made on instance A is not in force on instance B after a second")
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Logf("grant in force on the other instance after %v", time.Since(start))

	if r := a.QueryAs(sec, revokeRole, grant); len(r.Errors) > 0 {
		t.Fatal(r.Body)
	}
	if got := firstCode(a.QueryAs(editor, create, nil)); got != "FORBIDDEN" {
		t.Errorf("right after the revoke, instance A answered %q, want FORBIDDEN", got)
	}
}

func firstCode(r apptest.Response) string {
	if r.Status == 401 {
		return "UNAUTHENTICATED"
	}
	if len(r.Errors) == 0 {
		return ""
	}
	return r.Errors[0].Code()
}

func nilIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}
