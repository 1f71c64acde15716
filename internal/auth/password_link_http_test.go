package auth_test

import (
	"context"
	"fmt"
	"regexp"
	"testing"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/user"
)

const (
	requestReset  = `mutation($e: String!) { requestPasswordReset(email: $e) }`
	resetPassword = `mutation($t: String!, $p: String!) { resetPassword(token: $t, password: $p) { email } }`
)

var resetLink = regexp.MustCompile(`/admin/password/reset#(tmp_[A-Za-z0-9_-]{43})\n`)

// resetTokens returns the tokens of the reset links sent to an address, oldest first.
func resetTokens(t *testing.T, s *apptest.Server, to string) []string {
	t.Helper()
	var bodies []string
	if err := s.DB.Select(&bodies, `SELECT body FROM outbox_messages WHERE kind = 'user.password_reset' AND recipient = $1 ORDER BY id`, to); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, b := range bodies {
		m := resetLink.FindStringSubmatch(b)
		if m == nil {
			t.Fatalf("no link in the message:\n%s", b)
		}
		out = append(out, m[1])
	}
	return out
}

func wantErr(t *testing.T, r apptest.Response, code, field string) {
	t.Helper()
	if len(r.Errors) != 1 || r.Errors[0].Code() != code || (field != "" && r.Errors[0].Extensions["field"] != field) {
		t.Errorf("got %s, want %s on %q", r.Body, code, field)
	}
}

// TestForgottenPassword: asking for a link answers the same, with the same statements, whether the
// email has an account or not; the link sets a new password once, and ends every session of the
// person; an older link or an expired one does not work.
func TestForgottenPassword(t *testing.T) {
	s := apptest.New(t, apptest.Options{})
	const email, old, newPassword = "sato@meti.example.jp", "sato's old password", "sato's new password"
	if _, err := user.NewService(s.DB).Create(context.Background(), user.NewUser{Email: email, DisplayName: "佐藤", Password: old}); err != nil {
		t.Fatal(err)
	}
	session, _ := login(t, s, email, old)

	known := s.Query(requestReset, map[string]any{"e": "Sato@METI.example.jp"})
	unknown := s.Query(requestReset, map[string]any{"e": "nobody@meti.example.jp"})
	if string(known.Body) != string(unknown.Body) || known.Status != unknown.Status || string(known.Data) != `{"requestPasswordReset":true}` {
		t.Errorf("a known email answers %d %s, an unknown one %d %s", known.Status, known.Body, unknown.Status, unknown.Body)
	}
	if known.Statements != unknown.Statements {
		t.Errorf("a known email costs %d statements, an unknown one %d", known.Statements, unknown.Statements)
	}
	wantErr(t, s.Query(requestReset, map[string]any{"e": "not an email"}), "BAD_USER_INPUT", "email")
	var sent int
	if err := s.DB.Get(&sent, `SELECT count(*) FROM outbox_messages WHERE kind = 'user.password_reset'`); err != nil || sent != 1 {
		t.Errorf("%d messages (%v), want 1: to the account only", sent, err)
	}
	// Asked again at once: no second message (nobody floods a mailbox), the same answer.
	if r := s.Query(requestReset, map[string]any{"e": email}); string(r.Data) != `{"requestPasswordReset":true}` || len(resetTokens(t, s, email)) != 1 {
		t.Errorf("asked again within a minute: %s, %d links", r.Body, len(resetTokens(t, s, email)))
	}
	// A minute later a new link replaces the first.
	if _, err := s.DB.Exec(`UPDATE password_tokens SET created_at = created_at - interval '2 minutes'`); err != nil {
		t.Fatal(err)
	}
	s.Query(requestReset, map[string]any{"e": email})
	links := resetTokens(t, s, email)
	if len(links) != 2 {
		t.Fatalf("%d links, want 2", len(links))
	}
	wantErr(t, s.Query(resetPassword, map[string]any{"t": links[0], "p": newPassword}), "BAD_USER_INPUT", "token")
	wantErr(t, s.Query(resetPassword, map[string]any{"t": links[1], "p": "short"}), "BAD_USER_INPUT", "password")

	r := s.Query(resetPassword, map[string]any{"t": links[1], "p": newPassword})
	if string(r.Data) != `{"resetPassword":{"email":"sato@meti.example.jp"}}` {
		t.Fatalf("resetPassword: %s", r.Body)
	}
	wantErr(t, s.Query(resetPassword, map[string]any{"t": links[1], "p": "yet another password"}), "BAD_USER_INPUT", "token")
	if kind := viewerKind(t, s, session); kind != "UNAUTHENTICATED" {
		t.Errorf("the session from before the reset: %s, want it ended", kind)
	}
	if _, code := login(t, s, email, old); code != "UNAUTHENTICATED" {
		t.Errorf("login with the old password: %q", code)
	}
	if token, _ := login(t, s, email, newPassword); token == "" {
		t.Error("login with the new password failed")
	}

	// An expired link.
	if _, err := s.DB.Exec(`UPDATE password_tokens SET created_at = created_at - interval '2 hours'`); err != nil {
		t.Fatal(err)
	}
	s.Query(requestReset, map[string]any{"e": email})
	links = resetTokens(t, s, email)
	if _, err := s.DB.Exec(`UPDATE password_tokens SET created_at = now() - interval '2 hours', expires_at = now() - interval '1 hour' WHERE used_at IS NULL`); err != nil {
		t.Fatal(err)
	}
	wantErr(t, s.Query(resetPassword, map[string]any{"t": links[len(links)-1], "p": "a password too late"}), "BAD_USER_INPUT", "token")

	var actions []string
	if err := s.DB.Select(&actions, `SELECT action || ':' || object_id FROM audit_entries WHERE action LIKE 'user.%' ORDER BY id`); err != nil {
		t.Fatal(err)
	}
	// Every request is audited, naming the account a link went to, or none (0): the unknown email,
	// and the request within a minute of the last link.
	want := []string{"user.request_password_reset:1", "user.request_password_reset:0", "user.request_password_reset:0",
		"user.request_password_reset:1", "user.reset_password:1", "user.request_password_reset:1"}
	if fmt.Sprint(actions) != fmt.Sprint(want) {
		t.Errorf("audited %v, want %v", actions, want)
	}
}

// TestLinksAreNotCredentials: a link's token of one kind does not work as the other, nor as a
// bearer credential.
func TestLinksAreNotCredentials(t *testing.T) {
	s := apptest.New(t, apptest.Options{})
	const email = "kato@mlit.example.jp"
	if _, err := user.NewService(s.DB).Create(context.Background(), user.NewUser{Email: email, DisplayName: "加藤", Password: "kato's password!"}); err != nil {
		t.Fatal(err)
	}
	s.Query(requestReset, map[string]any{"e": email})
	token := resetTokens(t, s, email)[0]
	wantErr(t, s.Query(`mutation($t: String!) { acceptInvitation(token: $t, password: "a new password here") { email } }`,
		map[string]any{"t": token}), "BAD_USER_INPUT", "token")
	if kind := viewerKind(t, s, token); kind != "UNAUTHENTICATED" {
		t.Errorf("a reset token as a bearer credential: %s", kind)
	}
	if r := s.Query(resetPassword, map[string]any{"t": token, "p": "a new password here"}); len(r.Errors) > 0 {
		t.Errorf("the link after those attempts: %s", r.Body)
	}
}

// TestPasswordLinksAreRateLimited: the three mutations anyone may call are public writes, limited
// per client address.
func TestPasswordLinksAreRateLimited(t *testing.T) {
	s := apptest.New(t, apptest.Options{Env: map[string]string{"RATE_LIMIT_PUBLIC_WRITES_BURST": "2"}})
	for i, want := range []string{"", "", "RATE_LIMITED"} {
		r := s.Query(requestReset, map[string]any{"e": "someone@example.jp"})
		if got := fmt.Sprint(r.Codes()); (want == "" && len(r.Errors) > 0) || (want != "" && got != "["+want+"]") {
			t.Errorf("request %d: %s, want %q", i+1, r.Body, want)
		}
	}
}
