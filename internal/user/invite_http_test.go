package user_test

import (
	"context"
	"regexp"
	"testing"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/telework"
)

const (
	inviteStaff = `mutation($in: InviteStaffInput!) { inviteStaff(input: $in) {
		expiresAt staffMember { email displayName status invitedAt roles { role ministry { code } } } } }`
	acceptInvitation = `mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { email } }`
	loginMutation    = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`
)

var invitationLink = regexp.MustCompile(`/admin/password/set#(tmi_[A-Za-z0-9_-]{43})\n`)

// lastInvitation reads the link of the newest invitation sent to an address from the outbox, as
// the person would find it in their mail, and returns its token.
func lastInvitation(t *testing.T, s *apptest.Server, to string) string {
	t.Helper()
	var body string
	err := s.DB.GetContext(context.Background(), &body, `
		SELECT body FROM outbox_messages WHERE kind = 'user.invitation' AND recipient = $1 ORDER BY id DESC LIMIT 1`, to)
	if err != nil {
		t.Fatalf("no invitation to %s in the outbox: %v", to, err)
	}
	m := invitationLink.FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("no link in the invitation:\n%s", body)
	}
	return m[1]
}

func invite(email, name string, role telework.Role, ministry string) map[string]any {
	in := map[string]any{"email": email, "displayName": name, "role": role}
	if ministry != "" {
		in["ministryCode"] = ministry
	}
	return map[string]any{"in": in}
}

func wantError(t *testing.T, r apptest.Response, code, field string) {
	t.Helper()
	if len(r.Errors) != 1 || r.Errors[0].Code() != code || (field != "" && r.Errors[0].Extensions["field"] != field) {
		t.Errorf("got %s, want %s on %q", r.Body, code, field)
	}
}

// TestInvitationSetsThePersonsOwnPassword: an admin invites; the account cannot sign in until the
// person opens the link from their mail and sets a password; the link works once; the person then
// signs in with the role the admin chose. Every step is audited.
func TestInvitationSetsThePersonsOwnPassword(t *testing.T) {
	s := apptest.New(t, apptest.Options{Seed: true})
	admin := s.Staff("admin@mic.example.jp", telework.RoleMinistryAdmin, "MIC")
	const email, password = "hanako@soumu.example.jp", "hanako's own password"

	r := s.QueryAs(admin, inviteStaff, invite(" Hanako@Soumu.example.jp ", "総務 花子", telework.RoleMinistryEditor, "mic"))
	var invited struct {
		InviteStaff struct {
			StaffMember struct {
				Email, DisplayName, Status string
				Roles                      []struct {
					Role     string
					Ministry struct{ Code string }
				}
			}
		}
	}
	r.Decode(t, &invited)
	m := invited.InviteStaff.StaffMember
	if len(r.Errors) > 0 || m.Email != email || m.Status != "INVITED" || len(m.Roles) != 1 || m.Roles[0].Role != "MINISTRY_EDITOR" || m.Roles[0].Ministry.Code != "MIC" {
		t.Fatalf("inviteStaff: %s", r.Body)
	}
	token := lastInvitation(t, s, email)

	if r := s.Query(loginMutation, map[string]any{"e": email, "p": ""}); len(r.Errors) != 1 || r.Errors[0].Code() != "UNAUTHENTICATED" {
		t.Errorf("login before the invitation is accepted: %s", r.Body)
	}
	wantError(t, s.Query(acceptInvitation, map[string]any{"t": token, "p": "too short"}), "BAD_USER_INPUT", "password")
	wantError(t, s.Query(acceptInvitation, map[string]any{"t": "tmi_not-a-token", "p": password}), "BAD_USER_INPUT", "token")

	r = s.Query(acceptInvitation, map[string]any{"t": token, "p": password})
	var accepted struct{ AcceptInvitation struct{ Email string } }
	r.Decode(t, &accepted)
	if accepted.AcceptInvitation.Email != email {
		t.Fatalf("acceptInvitation: %s", r.Body)
	}
	wantError(t, s.Query(acceptInvitation, map[string]any{"t": token, "p": "another password entirely"}), "BAD_USER_INPUT", "token")

	r = s.Query(loginMutation, map[string]any{"e": email, "p": password})
	var login struct{ Login struct{ Token string } }
	r.Decode(t, &login)
	if login.Login.Token == "" {
		t.Fatalf("login with the password set: %s", r.Body)
	}
	r = s.QueryAs(login.Login.Token, `{ viewer { can(action: "edit", object: "event", ministryCode: "MIC") } }`, nil)
	if string(r.Data) != `{"viewer":{"can":true}}` {
		t.Errorf("the invited editor's rights: %s", r.Body)
	}
	r = s.QueryAs(admin, `{ staff(search: "hanako") { edges { node { status } } } }`, nil)
	if string(r.Data) != `{"staff":{"edges":[{"node":{"status":"ACTIVE"}}]}}` {
		t.Errorf("the staff list after acceptance: %s", r.Body)
	}
	var actions []string
	if err := s.DB.SelectContext(context.Background(), &actions, `
		SELECT action FROM audit_entries WHERE object_type = 'User' AND action LIKE 'user.%' ORDER BY id`); err != nil {
		t.Fatal(err)
	}
	if want := []string{"user.invite", "user.accept_invitation"}; !equal(actions, want) {
		t.Errorf("audited %v, want %v", actions, want)
	}
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestInvitationLinks: inviting a pending account again replaces its link (the older one stops
// working) and takes the new name; an invitation expires.
func TestInvitationLinks(t *testing.T) {
	s := apptest.New(t, apptest.Options{Seed: true})
	chief := s.Staff("chief@example.jp", telework.RoleSecretariat, "")
	const email = "jiro@mhlw.example.jp"

	s.QueryAs(chief, inviteStaff, invite(email, "厚労 次郎", telework.RoleMinistryViewer, "MHLW"))
	first := lastInvitation(t, s, email)
	r := s.QueryAs(chief, inviteStaff, invite(email, "厚生 次郎", telework.RoleMinistryEditor, "MHLW"))
	if len(r.Errors) > 0 {
		t.Fatalf("invite again: %s", r.Body)
	}
	second := lastInvitation(t, s, email)
	if first == second {
		t.Fatal("the second invitation has the first's link")
	}
	wantError(t, s.Query(acceptInvitation, map[string]any{"t": first, "p": "jiro's own password"}), "BAD_USER_INPUT", "token")

	// The link expires: 72 hours by default; here its time is moved back.
	if _, err := s.DB.Exec(`UPDATE password_tokens SET created_at = now() - interval '73 hours', expires_at = now() - interval '1 hour'`); err != nil {
		t.Fatal(err)
	}
	wantError(t, s.Query(acceptInvitation, map[string]any{"t": second, "p": "jiro's own password"}), "BAD_USER_INPUT", "token")

	r = s.QueryAs(chief, inviteStaff, invite(email, "厚生 次郎", telework.RoleMinistryEditor, "MHLW"))
	if r := s.Query(acceptInvitation, map[string]any{"t": lastInvitation(t, s, email), "p": "jiro's own password"}); len(r.Errors) > 0 {
		t.Fatalf("a third invitation, after the second expired: %s", r.Body)
	}
	r = s.QueryAs(chief, `{ staff(search: "jiro@") { edges { node { displayName status roles { role } } } } }`, nil)
	if want := `{"staff":{"edges":[{"node":{"displayName":"厚生 次郎","status":"ACTIVE","roles":[{"role":"MINISTRY_EDITOR"},{"role":"MINISTRY_VIEWER"}]}}]}}`; string(r.Data) != want {
		t.Errorf("the account: %s, want %s", r.Data, want)
	}
	// Now that it has a password, inviting it again is a conflict: grant it a role instead.
	wantError(t, s.QueryAs(chief, inviteStaff, invite(email, "厚生 次郎", telework.RoleMinistryAdmin, "MHLW")), "CONFLICT", "input.email")
}

// TestWhoMayInvite: an admin invites only into its own ministry and no role above its own; the
// secretariat anywhere; nobody else.
func TestWhoMayInvite(t *testing.T) {
	s := apptest.New(t, apptest.Options{Seed: true})
	tokens := map[string]string{
		"chief":      s.Staff("chief@example.jp", telework.RoleSecretariat, ""),
		"mic admin":  s.Staff("admin@mic.example.jp", telework.RoleMinistryAdmin, "MIC"),
		"mic editor": s.Staff("editor@mic.example.jp", telework.RoleMinistryEditor, "MIC"),
		"anonymous":  "",
	}
	for _, tc := range []struct {
		name, actor, email  string
		role                telework.Role
		ministry            string
		wantCode, wantField string
	}{
		{"admin into its own ministry", "mic admin", "a@example.jp", telework.RoleMinistryViewer, "MIC", "", ""},
		{"admin, its own rank", "mic admin", "b@example.jp", telework.RoleMinistryAdmin, "MIC", "", ""},
		{"admin into another ministry", "mic admin", "c@example.jp", telework.RoleMinistryViewer, "MHLW", "FORBIDDEN", ""},
		{"admin, the secretariat", "mic admin", "d@example.jp", telework.RoleSecretariat, "", "FORBIDDEN", ""},
		{"editor", "mic editor", "e@example.jp", telework.RoleMinistryViewer, "MIC", "FORBIDDEN", ""},
		{"anonymous", "anonymous", "f@example.jp", telework.RoleMinistryViewer, "MIC", "UNAUTHENTICATED", ""},
		{"secretariat into any ministry", "chief", "g@example.jp", telework.RoleMinistryAdmin, "MHLW", "", ""},
		{"secretariat, the secretariat", "chief", "h@example.jp", telework.RoleSecretariat, "", "", ""},
		{"an account with a password", "chief", "editor@mic.example.jp", telework.RoleMinistryViewer, "MIC", "CONFLICT", "input.email"},
		{"not an email", "chief", "not an email", telework.RoleMinistryViewer, "MIC", "BAD_USER_INPUT", "input.email"},
		{"no ministry for a ministry role", "chief", "i@example.jp", telework.RoleMinistryViewer, "", "BAD_USER_INPUT", "input.ministryCode"},
		{"a ministry for the secretariat", "chief", "j@example.jp", telework.RoleSecretariat, "MIC", "BAD_USER_INPUT", "input.ministryCode"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := s.QueryAs(tokens[tc.actor], inviteStaff, invite(tc.email, "名前", tc.role, tc.ministry))
			if tc.wantCode == "" {
				if len(r.Errors) > 0 {
					t.Errorf("%s", r.Body)
				}
				return
			}
			wantError(t, r, tc.wantCode, tc.wantField)
		})
	}
	var sent int
	if err := s.DB.Get(&sent, `SELECT count(*) FROM outbox_messages WHERE kind = 'user.invitation'`); err != nil || sent != 4 {
		t.Errorf("%d invitations sent (%v), want 4: one for each allowed", sent, err)
	}
}
