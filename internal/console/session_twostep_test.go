package console_test

import (
	"encoding/json"
	"net/http"
	"testing"
	"time"

	"github.com/pquerna/otp/totp"
)

// TestSignInInTwoSteps: for an account with two-step sign-in, the console's session exchange asks
// for the code after the right password (401 TWO_STEP_REQUIRED, no cookie), refuses a wrong code
// naming the field, and sets the cookie only with the password and a current code.
func TestSignInInTwoSteps(t *testing.T) {
	s := newServer(t, nil)
	r := s.Query(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
		map[string]any{"e": staffEmail, "p": staffPassword})
	var in struct{ Login struct{ Token string } }
	r.Decode(t, &in)
	r = s.QueryAs(in.Login.Token, `mutation { startTwoStepSetup { secret } }`, nil)
	var started struct{ StartTwoStepSetup struct{ Secret string } }
	r.Decode(t, &started)
	secret := started.StartTwoStepSetup.Secret
	now, _ := totp.GenerateCode(secret, time.Now())
	if r := s.QueryAs(in.Login.Token, `mutation($c: String!) { confirmTwoStepSetup(code: $c) { recoveryCodes } }`, map[string]any{"c": now}); len(r.Errors) > 0 {
		t.Fatalf("confirm: %s", r.Body)
	}

	post := func(code string) *http.Request {
		b, _ := json.Marshal(map[string]string{"email": staffEmail, "password": staffPassword, "code": code})
		return request(t, s, http.MethodPost, "/admin/session", string(b), "Content-Type: application/json")
	}
	resp := s.Raw(post(""))
	wantCode(t, resp, http.StatusUnauthorized, "TWO_STEP_REQUIRED")
	if len(resp.Header.Values("Set-Cookie")) != 0 {
		t.Errorf("a cookie before the second step: %v", resp.Header.Values("Set-Cookie"))
	}
	resp = s.Raw(post("999999"))
	wantCode(t, resp, http.StatusUnauthorized, "UNAUTHENTICATED")
	if len(resp.Errors) == 1 && resp.Errors[0].Extensions["field"] != "code" {
		t.Errorf("a wrong code names %v, want code", resp.Errors[0].Extensions["field"])
	}
	next, _ := totp.GenerateCode(secret, time.Now().Add(30*time.Second))
	resp = s.Raw(post(next))
	if resp.Status != http.StatusOK {
		t.Fatalf("sign in with the code: %d %s", resp.Status, resp.Body)
	}
	if status, kind, _ := viewerKind(t, s, sessionCookie(t, resp)); status != http.StatusOK || kind != "staff" {
		t.Errorf("the cookie: %d %s", status, kind)
	}
}
