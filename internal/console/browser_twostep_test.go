package console_test

import (
	"strings"
	"testing"
	"time"

	"github.com/pquerna/otp/totp"

	"github.com/teleworkmonth/platform/internal/seed"
)

// code is the authenticator app's code for secret at now+offset, made with the server's library.
func code(t *testing.T, secret string, offset time.Duration) string {
	t.Helper()
	c, err := totp.GenerateCode(secret, time.Now().Add(offset))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// setUpTwoStep goes through the set-up screen (open): the QR code the server drew, the key read
// from the page to compute the app's code, a wrong code, the right one, the recovery codes once.
// It returns the secret.
func (b *browser) setUpTwoStep(shots string) string {
	b.t.Helper()
	b.waitHeading("2段階認証の設定")
	if shots != "" {
		b.check(shots)
	}
	b.clickText("設定を始める")
	b.waitFor("the QR code", `!!document.querySelector('img.qr-code')?.complete`)
	if src := eval[string](b, `document.querySelector('img.qr-code').src`); !strings.HasPrefix(src, "data:image/png;base64,") {
		b.t.Errorf("the QR code is %.40s", src)
	}
	if w := eval[int](b, `document.querySelector('img.qr-code').naturalWidth`); w == 0 {
		b.t.Error("the QR code does not load")
	}
	secret := eval[string](b, `document.querySelector('code.secret').dataset.secret`)
	if shots != "" {
		b.check(shots + "-scan")
	}
	b.fill("code", "000000")
	b.clickText("2段階認証を有効にする")
	b.waitFor("the error", `document.title.startsWith('エラー: ')`)
	if text := b.main(); !strings.Contains(text, "確認コードが正しくありません") {
		b.t.Errorf("a wrong code:\n%s", text)
	}
	b.replace("code", code(b.t, secret, 0))
	b.clickText("2段階認証を有効にする")
	b.waitFor("the recovery codes", `document.querySelectorAll('.recovery-codes li').length === 10`)
	if shots != "" {
		b.check(shots + "-codes")
	}
	return secret
}

// TestBrowserTwoStepSignIn: a ministry admin sets up two-step sign-in from the account screen (the
// server's QR code, the app's first code, the recovery codes shown once); signing in again then
// asks for the code after the password, refuses a wrong one, and signs in with a current one. The
// screens pass axe-core in both languages.
func TestBrowserTwoStepSignIn(t *testing.T) {
	b := newBrowser(t)
	b.signInAs(micAdmin, "イベント")
	b.clickText("アカウント")
	b.waitHeading("アカウント")
	b.clickText("2段階認証を設定する")
	secret := b.setUpTwoStep("two-step")
	b.setLang("en")
	b.waitHeading("Set up two-step sign-in")
	b.check("two-step-codes-en")
	b.setLang("ja")
	b.clickText("保管しました。続ける")
	b.waitHeading("イベント")

	b.clickText("ログアウト")
	b.waitHeading("ログイン")
	b.fill("email", micAdmin)
	b.fill("password", seed.DemoStaffPassword)
	b.clickText("ログイン")
	b.waitHeading("確認コードの入力")
	b.waitFocused("確認コードの入力") // the h1: a screen reader hears the new step
	b.check("signin-code")
	b.fill("code", "000000")
	b.clickText("ログイン")
	b.waitFor("the error", `document.title.startsWith('エラー: ')`)
	if text := b.main(); !strings.Contains(text, "確認コードが正しくないか") {
		t.Errorf("a wrong code:\n%s", text)
	}
	b.setLang("en")
	b.waitHeading("Enter your verification code")
	b.check("signin-code-error-en")
	b.setLang("ja")
	// The confirming code's step is spent: the next step's code signs in.
	b.replace("code", code(t, secret, 30*time.Second))
	b.clickText("ログイン")
	b.waitHeading("イベント")

	// The account screen says it is on; turning it off takes the password.
	b.clickText("アカウント")
	b.waitHeading("アカウント")
	if text := b.main(); !strings.Contains(text, "未使用の回復コード: 10件") {
		t.Errorf("the account screen:\n%s", text)
	}
	b.clickText("2段階認証を無効にする")
	b.waitHeading("2段階認証の設定")
	b.check("two-step-on")
	b.fill("password", seed.DemoStaffPassword)
	b.click("form button[type=submit]")
	b.waitFor("turned off", `document.querySelector('main').innerText.includes('2段階認証を無効にしました')`)
}

// TestBrowserRequireMFA: with REQUIRE_MFA=true, the secretariat signs in with the password and is
// sent to the set-up, with no navigation, from whatever address it opens; once set up, its screens
// are back.
func TestBrowserRequireMFA(t *testing.T) {
	b := newBrowserEnv(t, map[string]string{"REQUIRE_MFA": "true"})
	b.signInAs("secretariat@example.jp", "2段階認証の設定")
	if nav := b.nav(); nav != "" {
		t.Errorf("navigation before set-up: %q", nav)
	}
	if text := b.main(); !strings.Contains(text, "2段階認証が必須です") {
		t.Errorf("the set-up screen:\n%s", text)
	}
	b.check("two-step-required")
	b.open("/admin/audit")
	b.waitHeading("2段階認証の設定")
	b.setUpTwoStep("")
	b.clickText("保管しました。続ける")
	b.waitHeading("イベント")
	if nav := b.nav(); !strings.Contains(nav, "監査ログ") {
		t.Errorf("navigation after set-up: %q", nav)
	}
}
