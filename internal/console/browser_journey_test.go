package console_test

import (
	"strings"
	"testing"
	"time"

	"github.com/teleworkmonth/platform/internal/seed"
)

// TestBrowserStaffJourney is the whole path of a new staff member, one screen after another as
// people would go through them: MIC's admin invites a person; the person opens the link from the
// mail, sets a password, sets up two-step sign-in, and signs in again with the password and a
// code; the admin grants them the admin role; their next sign-in, with a recovery code in place of
// the app's, brings the staff and audit screens; and the secretariat's audit log shows every step.
func TestBrowserStaffJourney(t *testing.T) {
	b := newBrowser(t)
	const email, password = "jiro.journey@soumu.example.jp", "jiro's own password"

	// The invitation.
	b.signInAs(micAdmin, "イベント")
	b.open("/admin/staff/invite")
	b.waitHeading("スタッフを招待する")
	b.fill("input.email", email)
	b.fill("input.displayName", "総務 次郎")
	b.setValue("input.role", "MINISTRY_VIEWER")
	b.click("main button[type=submit]")
	b.waitHeading("招待メールを送りました")
	b.clickText("ログアウト")
	b.waitHeading("ログイン")

	// The person sets a password from the mail's link, then two-step sign-in from the account.
	b.open(b.mailedPath("user.invitation", email, invitationPath))
	b.waitHeading("パスワードを設定する")
	b.fill("password", password)
	b.fill("confirm", password)
	b.click("main button[type=submit]")
	b.waitHeading("イベント")
	b.clickText("アカウント")
	b.waitHeading("アカウント")
	b.clickText("2段階認証を設定する")
	secret := b.setUpTwoStep("")
	recovery := b.texts(".recovery-codes li")[0] // kept, as the person is told to
	b.clickText("保管しました。続ける")
	b.waitHeading("イベント")
	if nav := b.nav(); strings.Contains(nav, "スタッフと権限") {
		t.Errorf("a viewer's navigation offers the staff screens: %q", nav)
	}

	// Signing in again takes the password and a code.
	b.clickText("ログアウト")
	b.waitHeading("ログイン")
	b.fill("email", email)
	b.fill("password", password)
	b.clickText("ログイン")
	b.waitHeading("確認コードの入力")
	b.fill("code", code(t, secret, 30*time.Second)) // the set-up spent the current step
	b.clickText("ログイン")
	b.waitHeading("イベント")
	b.clickText("ログアウト")
	b.waitHeading("ログイン")

	// The admin grants the admin role, after the check.
	b.signIn(micAdmin, seed.DemoStaffPassword, "イベント")
	b.open("/admin/staff?q=journey")
	b.waitFor("the person", `(document.querySelector('main') || {innerText: ''}).innerText.includes('`+email+`')`)
	b.click(`a[href^="/admin/staff/grant?email=jiro.journey"]`)
	b.waitHeading("総務 次郎さんに権限を付与する")
	b.setValue("role", "MINISTRY_ADMIN")
	b.clickText("確認へ進む")
	b.waitFor("the check", `!!document.querySelector('.button-group button.button-primary')`)
	b.clickText("付与する")
	b.waitHeading("スタッフと権限")
	b.clickText("ログアウト")
	b.waitHeading("ログイン")

	// The person's next sign-in, with the phone left at home: a recovery code in place of the app's
	// (whose next code would only come in the next 30 s). It brings the admin's screens.
	b.fill("email", email)
	b.fill("password", password)
	b.clickText("ログイン")
	b.waitHeading("確認コードの入力")
	b.fill("code", strings.TrimSpace(recovery))
	b.clickText("ログイン")
	b.waitHeading("イベント")
	if nav := b.nav(); !strings.Contains(nav, "スタッフと権限") || !strings.Contains(nav, "監査ログ") {
		t.Errorf("the new admin's navigation: %q", nav)
	}
	b.clickText("ログアウト")
	b.waitHeading("ログイン")

	// The secretariat reads every step in the audit log.
	b.signIn(secretariat, seed.DemoStaffPassword, "イベント")
	b.open("/admin/audit")
	b.waitHeading("監査ログ")
	b.waitFor("the entries", `document.querySelectorAll('tbody tr').length > 0`)
	text := b.main()
	for _, action := range []string{"user.invite", "user.accept_invitation", "two_step.start", "two_step.enable", "session.login", "role.grant", "two_step.recovery_code_used"} {
		if !strings.Contains(text, action) {
			t.Errorf("the audit log does not show %s:\n%.3000s", action, text)
		}
	}
}
