package auth_test

import (
	"context"
	"encoding/base64"
	"image/png"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/pquerna/otp/totp"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/export"
	"github.com/teleworkmonth/platform/internal/telework"
	"github.com/teleworkmonth/platform/internal/user"
)

const (
	loginWithCode  = `mutation($e: String!, $p: String!, $c: String) { login(email: $e, password: $p, code: $c) { token viewer { twoStep { enabled recoveryCodesLeft } } } }`
	startSetup     = `mutation { startTwoStepSetup { secret uri qrCode } }`
	confirmSetup   = `mutation($c: String!) { confirmTwoStepSetup(code: $c) { recoveryCodes viewer { twoStep { enabled required setupRequired recoveryCodesLeft } } } }`
	turnOff        = `mutation($c: String, $p: String) { turnOffTwoStep(code: $c, password: $p) { viewer { twoStep { enabled } } } }`
	twoStepOfViewr = `{ viewer { twoStep { enabled required setupRequired recoveryCodesLeft } } }`
)

// codeAt is the authenticator app's code for secret at now+offset, computed with the same library
// as the server's (RFC 6238 defaults: SHA-1, six digits, 30 seconds).
func codeAt(t *testing.T, secret string, offset time.Duration) string {
	t.Helper()
	c, err := totp.GenerateCode(secret, time.Now().Add(offset))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// loginCode signs in with a code and returns the token, or the error's code.
func loginCode(t *testing.T, s *apptest.Server, email, password, code string) (token, errCode string) {
	t.Helper()
	vars := map[string]any{"e": email, "p": password}
	if code != "" {
		vars["c"] = code
	}
	r := s.Query(loginWithCode, vars)
	if len(r.Errors) > 0 {
		return "", r.Errors[0].Code()
	}
	var data struct{ Login struct{ Token string } }
	r.Decode(t, &data)
	return data.Login.Token, ""
}

// setUpTwoStep sets two-step sign-in up for the session's person: it reads the secret from the
// answer, checks the QR code is a PNG, confirms with the current code and returns the secret and
// the recovery codes, and the code it confirmed with.
func setUpTwoStep(t *testing.T, s *apptest.Server, token string) (secret string, recovery []string, first string) {
	t.Helper()
	r := s.QueryAs(token, startSetup, nil)
	var started struct {
		StartTwoStepSetup struct{ Secret, URI, QRCode string }
	}
	r.Decode(t, &started)
	st := started.StartTwoStepSetup
	if st.Secret == "" || !strings.HasPrefix(st.URI, "otpauth://totp/") || !strings.Contains(st.URI, "secret="+st.Secret) {
		t.Fatalf("set-up = %s", r.Body)
	}
	img, ok := strings.CutPrefix(st.QRCode, "data:image/png;base64,")
	raw, err := base64.StdEncoding.DecodeString(img)
	if !ok || err != nil {
		t.Fatalf("qrCode is not a PNG data URL: %.60s", st.QRCode)
	}
	if _, err := png.Decode(strings.NewReader(string(raw))); err != nil {
		t.Fatalf("qrCode: %v", err)
	}
	wantErr(t, s.QueryAs(token, confirmSetup, map[string]any{"c": "000000x"}), "BAD_USER_INPUT", "code")
	first = codeAt(t, st.Secret, 0)
	r = s.QueryAs(token, confirmSetup, map[string]any{"c": first})
	var confirmed struct {
		ConfirmTwoStepSetup struct {
			RecoveryCodes []string
			Viewer        struct{ TwoStep struct{ Enabled bool } }
		}
	}
	r.Decode(t, &confirmed)
	c := confirmed.ConfirmTwoStepSetup
	if !c.Viewer.TwoStep.Enabled || len(c.RecoveryCodes) != 10 {
		t.Fatalf("confirmed = %s", r.Body)
	}
	return st.Secret, c.RecoveryCodes, first
}

func newStaff(t *testing.T, s *apptest.Server, email, password string) {
	t.Helper()
	if _, err := user.NewService(s.DB).Create(context.Background(), user.NewUser{Email: email, DisplayName: "田中", Password: password}); err != nil {
		t.Fatal(err)
	}
}

// TestTwoStepSignIn: set up with the server's QR code and a first code; then signing in takes the
// password and a code; a code works once (replay refused), an older one not at all, a recovery code
// once; the secret is never read back; turning it off takes a code or the password. Each step is
// audited, and an account without two-step sign-in signs in as before.
func TestTwoStepSignIn(t *testing.T) {
	t.Parallel()
	s := apptest.New(t, apptest.Options{})
	const email, password = "kato@mhlw.example.jp", "kato's long password"
	newStaff(t, s, email, password)
	token, _ := login(t, s, email, password)
	secret, recovery, used := setUpTwoStep(t, s, token)

	// The secret is not to be had again: a second start is refused while the set-up is on.
	wantErr(t, s.QueryAs(token, startSetup, nil), "CONFLICT", "")

	// The login mutation of before (no code) asks for the code; the password is still checked first.
	if _, code := login(t, s, email, password); code != "TWO_STEP_REQUIRED" {
		t.Errorf("login without a code: %s, want TWO_STEP_REQUIRED", code)
	}
	if _, code := loginCode(t, s, email, "wrong password", codeAt(t, secret, 30*time.Second)); code != "UNAUTHENTICATED" {
		t.Errorf("wrong password with a code: %s", code)
	}
	// The confirming code's step is used: the same code again is a replay.
	r := s.Query(loginWithCode, map[string]any{"e": email, "p": password, "c": used})
	wantErr(t, r, "UNAUTHENTICATED", "code")
	// The next step's code signs in, once.
	next := codeAt(t, secret, 30*time.Second)
	if tok, code := loginCode(t, s, email, password, next); tok == "" {
		t.Fatalf("login with the next code: %s", code)
	}
	if _, code := loginCode(t, s, email, password, next); code != "UNAUTHENTICATED" {
		t.Errorf("the same code again: %s, want UNAUTHENTICATED", code)
	}
	// A recovery code signs in once, typed in upper case and without its hyphen too.
	rc := strings.ToUpper(strings.ReplaceAll(recovery[0], "-", ""))
	tok, code := loginCode(t, s, email, password, rc)
	if tok == "" {
		t.Fatalf("login with a recovery code: %s", code)
	}
	if _, code := loginCode(t, s, email, password, recovery[0]); code != "UNAUTHENTICATED" {
		t.Errorf("a used recovery code again: %s", code)
	}
	r = s.QueryAs(tok, twoStepOfViewr, nil)
	if !strings.Contains(string(r.Data), `"enabled":true`) || !strings.Contains(string(r.Data), `"recoveryCodesLeft":9`) {
		t.Errorf("viewer = %s", r.Body)
	}

	// Turning off takes proof: nothing, a wrong code or a wrong password is refused.
	wantErr(t, s.QueryAs(tok, turnOff, nil), "BAD_USER_INPUT", "code")
	wantErr(t, s.QueryAs(tok, turnOff, map[string]any{"c": "123456"}), "BAD_USER_INPUT", "code")
	wantErr(t, s.QueryAs(tok, turnOff, map[string]any{"p": "not it"}), "BAD_USER_INPUT", "password")
	r = s.QueryAs(tok, turnOff, map[string]any{"p": password})
	if string(r.Data) != `{"turnOffTwoStep":{"viewer":{"twoStep":{"enabled":false}}}}` {
		t.Fatalf("turn off: %s", r.Body)
	}
	if tok, code := login(t, s, email, password); tok == "" {
		t.Errorf("login after turning off: %s", code)
	}
	// The recovery codes went with it.
	var left int
	if err := s.DB.Get(&left, `SELECT count(*) FROM staff_recovery_codes`); err != nil || left != 0 {
		t.Errorf("%d recovery codes left (%v)", left, err)
	}

	var actions []string
	if err := s.DB.Select(&actions, `SELECT action FROM audit_entries WHERE action LIKE 'two_step.%' ORDER BY id`); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(actions, " "); got != "two_step.start two_step.enable two_step.recovery_code_used two_step.disable" {
		t.Errorf("audited %q", got)
	}
}

// TestTwoStepLockout: wrong codes count as failed logins: after five, even the right code is
// refused with RATE_LIMITED until the window has passed.
func TestTwoStepLockout(t *testing.T) {
	t.Parallel()
	s := apptest.New(t, apptest.Options{})
	const email, password = "ito@mlit.example.jp", "ito's long password"
	newStaff(t, s, email, password)
	token, _ := login(t, s, email, password)
	secret, _, _ := setUpTwoStep(t, s, token)
	for i := range 5 {
		if _, code := loginCode(t, s, email, password, "000000"); code != "UNAUTHENTICATED" {
			t.Fatalf("wrong code %d: %s", i+1, code)
		}
	}
	if _, code := loginCode(t, s, email, password, codeAt(t, secret, 30*time.Second)); code != "RATE_LIMITED" {
		t.Errorf("the right code after five wrong ones: %s, want RATE_LIMITED", code)
	}
}

// TestRequireMFA: with REQUIRE_MFA=true, a ministry admin or the secretariat without two-step
// sign-in signs in with the password, and then the session answers TWO_STEP_SETUP_REQUIRED to
// everything (queries, mutations, CSV exports) but the viewer, the set-up and signing out, until
// it is set up. An editor is not concerned.
func TestRequireMFA(t *testing.T) {
	t.Parallel()
	s := apptest.New(t, apptest.Options{Seed: true, Env: map[string]string{"REQUIRE_MFA": "true"}})
	admin := s.Staff("admin@mic.example.jp", telework.RoleMinistryAdmin, "MIC")
	editor := s.Staff("editor@mic.example.jp", telework.RoleMinistryEditor, "MIC")
	secretariat := s.Staff("office@cas.example.jp", telework.RoleSecretariat, "")

	const staffQuery = `{ auditLog(first: 1) { totalCount } }`
	for _, tok := range []string{admin, secretariat} {
		r := s.QueryAs(tok, twoStepOfViewr, nil)
		if string(r.Data) != `{"viewer":{"twoStep":{"enabled":false,"required":true,"setupRequired":true,"recoveryCodesLeft":0}}}` {
			t.Errorf("viewer = %s", r.Body)
		}
		wantErr(t, s.QueryAs(tok, staffQuery, nil), "TWO_STEP_SETUP_REQUIRED", "")
		wantErr(t, s.QueryAs(tok, `{ viewer { kind } campaigns { fiscalYear } }`, nil), "TWO_STEP_SETUP_REQUIRED", "")
		wantErr(t, s.QueryAs(tok, `mutation { createApiKey(input: {name: "x"}) { key } }`, nil), "TWO_STEP_SETUP_REQUIRED", "")
	}
	req, _ := http.NewRequest(http.MethodGet, s.URL+export.AuditLogPath, nil)
	req.Header.Set("Authorization", "Bearer "+admin)
	if r := s.Raw(req); r.Status != http.StatusForbidden || len(r.Errors) != 1 || r.Errors[0].Code() != "TWO_STEP_SETUP_REQUIRED" {
		t.Errorf("CSV export before set-up: %d %s", r.Status, r.Body)
	}
	if r := s.QueryAs(editor, staffQuery, nil); len(r.Errors) > 0 && r.Errors[0].Code() == "TWO_STEP_SETUP_REQUIRED" {
		t.Errorf("an editor is held up: %s", r.Body)
	}

	setUpTwoStep(t, s, admin)
	if r := s.QueryAs(admin, staffQuery, nil); len(r.Errors) > 0 {
		t.Errorf("after set-up: %s", r.Body)
	}
	if r := s.Raw(req); r.Status != http.StatusOK {
		t.Errorf("CSV export after set-up: %d %s", r.Status, r.Body)
	}
	if r := s.QueryAs(secretariat, `mutation { logout }`, nil); string(r.Data) != `{"logout":true}` {
		t.Errorf("logout before set-up: %s", r.Body)
	}
}
