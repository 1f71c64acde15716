package auth_test

import (
	"context"
	"testing"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/user"
)

const changePassword = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { otherSessionsEnded viewer { email } } }`

func login(t *testing.T, s *apptest.Server, email, password string) (token, code string) {
	t.Helper()
	r := s.Query(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, map[string]any{"e": email, "p": password})
	var data struct{ Login *struct{ Token string } }
	if len(r.Errors) > 0 {
		return "", r.Errors[0].Code()
	}
	r.Decode(t, &data)
	return data.Login.Token, ""
}

func viewerKind(t *testing.T, s *apptest.Server, token string) string {
	t.Helper()
	r := s.QueryAs(token, `{ viewer { kind } }`, nil)
	if len(r.Errors) > 0 {
		return r.Errors[0].Code()
	}
	var data struct{ Viewer struct{ Kind string } }
	r.Decode(t, &data)
	return data.Viewer.Kind
}

// TestChangePassword: through the API, a staff member changes their password with the current one;
// every other session of theirs ends, the current one goes on, and the change is audited.
func TestChangePassword(t *testing.T) {
	s := apptest.New(t, apptest.Options{})
	const email, old, newPassword = "yamada@mhlw.example.jp", "the old password of yamada", "the new password of yamada"
	if _, err := user.NewService(s.DB).Create(context.Background(), user.NewUser{Email: email, DisplayName: "山田", Password: old}); err != nil {
		t.Fatal(err)
	}
	here, _ := login(t, s, email, old)
	elsewhere, _ := login(t, s, email, old)

	for _, tc := range []struct {
		name, current, next, wantField string
	}{
		{"wrong current password", "not the old password", newPassword, "currentPassword"},
		{"new password too short", old, "short", "newPassword"},
		{"new password too long", old, string(make([]rune, 257)), "newPassword"},
		{"new password the same", old, old, "newPassword"},
	} {
		r := s.QueryAs(here, changePassword, map[string]any{"c": tc.current, "n": tc.next})
		if len(r.Errors) != 1 || r.Errors[0].Code() != "BAD_USER_INPUT" || r.Errors[0].Extensions["field"] != tc.wantField {
			t.Errorf("%s: %s, want BAD_USER_INPUT on %s", tc.name, r.Body, tc.wantField)
		}
	}
	if r := s.Query(changePassword, map[string]any{"c": old, "n": newPassword}); len(r.Errors) != 1 || r.Errors[0].Code() != "UNAUTHENTICATED" {
		t.Errorf("anonymous: %s", r.Body)
	}

	r := s.QueryAs(here, changePassword, map[string]any{"c": old, "n": newPassword})
	var data struct {
		ChangePassword struct {
			OtherSessionsEnded int
			Viewer             struct{ Email string }
		}
	}
	r.Decode(t, &data)
	if len(r.Errors) > 0 || data.ChangePassword.OtherSessionsEnded != 1 || data.ChangePassword.Viewer.Email != email {
		t.Fatalf("change: %s", r.Body)
	}
	if got := viewerKind(t, s, here); got != "staff" {
		t.Errorf("the session of the change: %s, want it to go on", got)
	}
	if got := viewerKind(t, s, elsewhere); got != "UNAUTHENTICATED" {
		t.Errorf("the other session: %s, want it ended", got)
	}
	if _, code := login(t, s, email, old); code != "UNAUTHENTICATED" {
		t.Errorf("login with the old password: %q", code)
	}
	if tok, code := login(t, s, email, newPassword); tok == "" {
		t.Errorf("login with the new password: %q", code)
	}
	var n int
	if err := s.DB.Get(&n, `SELECT count(*) FROM audit_entries WHERE action = 'user.change_password' AND after->>'otherSessionsEnded' = '1'`); err != nil || n != 1 {
		t.Errorf("audit entries: %d (%v)", n, err)
	}
	var leaked int
	if err := s.DB.Get(&leaked, `SELECT count(*) FROM audit_entries WHERE after::text LIKE '%password of yamada%'`); err != nil || leaked != 0 {
		t.Errorf("the audit log holds the password (%d, %v)", leaked, err)
	}
}

// TestChangePasswordWrongGuessesAreThrottled: an open session cannot be used to guess the password:
// wrong current passwords count as failed logins.
func TestChangePasswordWrongGuessesAreThrottled(t *testing.T) {
	s := apptest.New(t, apptest.Options{})
	const email, pw = "kato@meti.example.jp", "kato's real password"
	if _, err := user.NewService(s.DB).Create(context.Background(), user.NewUser{Email: email, DisplayName: "加藤", Password: pw}); err != nil {
		t.Fatal(err)
	}
	tok, _ := login(t, s, email, pw)
	for range 5 {
		s.QueryAs(tok, changePassword, map[string]any{"c": "a wrong guess here", "n": "whatever new password"})
	}
	r := s.QueryAs(tok, changePassword, map[string]any{"c": pw, "n": "whatever new password"})
	if len(r.Errors) != 1 || r.Errors[0].Code() != "RATE_LIMITED" {
		t.Errorf("the sixth try: %s, want RATE_LIMITED", r.Body)
	}
}
