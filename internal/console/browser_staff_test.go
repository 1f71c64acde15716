package console_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/chromedp/kb"

	"github.com/teleworkmonth/platform/internal/seed"
)

var (
	invitationPath = regexp.MustCompile(`/admin/password/set#tmi_[A-Za-z0-9_-]{43}`)
	resetPath      = regexp.MustCompile(`/admin/password/reset#tmp_[A-Za-z0-9_-]{43}`)
)

// mailedPath reads the newest message of a kind to an address from the outbox, as the person would
// find it in their mail, and returns the console's path its link opens.
func (b *browser) mailedPath(kind, to string, link *regexp.Regexp) string {
	b.t.Helper()
	var body string
	if err := b.s.DB.Get(&body, `SELECT body FROM outbox_messages WHERE kind = $1 AND recipient = $2 ORDER BY id DESC LIMIT 1`, kind, to); err != nil {
		b.t.Fatalf("no %s message to %s: %v", kind, to, err)
	}
	path := link.FindString(body)
	if path == "" {
		b.t.Fatalf("no link in the message:\n%s", body)
	}
	return path
}

func (b *browser) nav() string { return strings.Join(b.texts("header nav a"), ",") }

// TestBrowserStaffInvitation: a ministry admin invites a person with the keyboard alone; the person
// opens the link from the mail, sets a password and is signed in, with a viewer's screens; the
// admin grants them the admin role after a check, revokes the viewer role after another, and asks
// why they may invite staff now; the person's next sign-in has the staff screens. Every screen
// passes axe-core in both languages.
func TestBrowserStaffInvitation(t *testing.T) {
	b := newBrowser(t)
	const email, name, password = "hanako@soumu.example.jp", "総務 花子", "hanako's own password"
	b.signInAs(micAdmin, "イベント")
	b.clickText("スタッフと権限")
	b.waitHeading("スタッフと権限")
	b.waitFor("the list", `!!document.querySelector('table tbody tr')`)
	if text := b.main(); !strings.Contains(text, micAdmin) || strings.Contains(text, mhlwAdmin) {
		t.Errorf("MIC's admin lists another ministry's staff, or not its own:\n%s", text)
	}
	b.check("staff")
	b.setLang("en")
	b.waitHeading("Staff and roles")
	b.check("staff-en")
	b.setLang("ja")

	// The invitation, by keyboard: Tab to the link, then the fields in order, then Enter.
	b.tabTo("スタッフを招待する", false)
	b.press(kb.Enter)
	b.waitHeading("スタッフを招待する")
	b.check("invite")
	b.tabTo("input.email", false)
	b.press(email)
	b.press(kb.Tab)
	b.press(name)
	b.press(kb.Tab)
	if got := b.focused(); got != "input.role" {
		t.Fatalf("after the name, Tab reaches %q", got)
	}
	b.press(kb.ArrowDown) // 編集者 → 閲覧者
	b.press(kb.Tab)
	if got := b.focused(); got != "input.ministryCode" {
		t.Fatalf("after the role, Tab reaches %q", got)
	}
	b.press(kb.Tab)
	b.press(kb.Enter)
	b.waitHeading("招待メールを送りました")
	if text := b.main(); !strings.Contains(text, name) || !strings.Contains(text, email) {
		t.Errorf("the confirmation:\n%s", text)
	}
	b.check("invite-sent")
	var role string
	if err := b.s.DB.Get(&role, `SELECT v1 || ' ' || v2 FROM casbin_rule r JOIN users u ON r.v0 = 'user:' || u.id WHERE u.email = $1`, email); err != nil || role != "MINISTRY_VIEWER MIC" {
		t.Errorf("the invited person's role: %q (%v)", role, err)
	}

	// The person, in the same browser once the admin has signed out.
	b.clickText("ログアウト")
	b.waitHeading("ログイン")
	link := b.mailedPath("user.invitation", email, invitationPath)
	b.open(link)
	b.waitHeading("パスワードを設定する")
	if loc := eval[string](b, `location.href`); strings.Contains(loc, "#") {
		t.Errorf("the token stays in the address: %s", loc)
	}
	b.check("password-set")
	b.setLang("en")
	b.waitHeading("Set your password")
	b.check("password-set-en")
	b.setLang("ja")
	b.fill("password", password)
	b.fill("confirm", password)
	b.click("main button[type=submit]")
	b.waitHeading("イベント") // signed in: a viewer reads the events
	if nav := b.nav(); nav != "ダッシュボード,イベント,登録者,アカウント" {
		t.Errorf("the viewer's navigation: %q", nav)
	}
	b.open(link) // the link works once: said when it is used again
	b.waitHeading("パスワードを設定する")
	b.fill("password", "someone else's password")
	b.fill("confirm", "someone else's password")
	b.press(kb.Enter)
	b.waitHeading("このリンクは使えません")
	b.check("password-dead")

	// The admin grants the person the admin role, then revokes the viewer role.
	b.clickText("ログアウト")
	b.waitHeading("ログイン")
	b.signIn(micAdmin, seed.DemoStaffPassword, "イベント")
	b.open("/admin/staff?q=hanako")
	b.waitFor("the person", `(document.querySelector('main') || {innerText: ''}).innerText.includes('有効')`)
	b.click(`a[href^="/admin/staff/grant?email=hanako"]`)
	b.waitHeading("総務 花子さんに権限を付与する")
	b.setValue("role", "MINISTRY_ADMIN")
	b.clickText("確認へ進む")
	b.waitFor("the check", `!!document.querySelector('.button-group button.button-primary') && (document.querySelector('main') || {innerText: ''}).innerText.includes('「総務省 · 管理者」の権限を付与します')`)
	b.check("grant-check")
	b.clickText("付与する")
	b.waitHeading("スタッフと権限")
	b.waitFor("the notice", `(document.querySelector('main') || {innerText: ''}).innerText.includes('権限を付与しました。')`)
	b.open("/admin/staff?q=hanako")
	b.waitFor("the roles", `(document.querySelector('main') || {innerText: ''}).innerText.includes('総務省 · 管理者')`)
	b.click(`a[href^="/admin/staff/revoke?email=hanako"][href*="MINISTRY_VIEWER"]`)
	b.waitHeading("総務 花子さんの権限を取り消す")
	if text := b.main(); !strings.Contains(text, "「総務省 · 閲覧者」の権限を取り消します") || !strings.Contains(text, "直ちに") {
		t.Errorf("the check before revoking:\n%s", text)
	}
	b.check("revoke-check")
	b.clickText("取り消す")
	b.waitHeading("スタッフと権限")
	b.waitFor("the notice", `(document.querySelector('main') || {innerText: ''}).innerText.includes('権限を取り消しました。')`)

	// Why may the person now invite staff?
	b.fill("explain-email", email)
	b.setValue("explain-question", "user.create")
	b.clickText("調べる")
	b.waitFor("the answer", `(document.querySelector('main') || {innerText: ''}).innerText.includes('許可されています。')`)
	if text := b.main(); !strings.Contains(text, "MINISTRY_ADMIN, user, create") {
		t.Errorf("the explanation:\n%s", text)
	}
	b.check("staff-explain")
	b.fullShot("staff-mic-admin")

	// The person signs in again: the staff screens are theirs now.
	b.clickText("ログアウト")
	b.waitHeading("ログイン")
	b.signIn(email, password, "イベント")
	if nav := b.nav(); nav != "ダッシュボード,イベント,表彰,登録者,スタッフと権限,監査ログ,アカウント" {
		t.Errorf("the new admin's navigation: %q", nav)
	}
}

// TestBrowserForgottenPassword: from the sign-in screen, a person asks for a link (told the same
// whether the address has an account), opens it from the mail and sets a new password, signed in.
func TestBrowserForgottenPassword(t *testing.T) {
	b := newBrowser(t)
	b.open("/admin/signin")
	b.waitHeading("ログイン")
	b.clickText("パスワードを忘れた場合")
	b.waitHeading("パスワードを忘れた場合")
	b.check("forgot")
	b.setLang("en")
	b.waitHeading("Forgotten password")
	b.check("forgot-en")
	b.setLang("ja")
	b.fill("email", micEditor)
	b.press(kb.Enter)
	b.waitFor("the answer", `(document.querySelector('main') || {innerText: ''}).innerText.includes('パスワード再設定のリンクを送りました')`)
	b.check("forgot-sent")

	b.open(b.mailedPath("user.password_reset", micEditor, resetPath))
	b.waitHeading("新しいパスワードを設定する")
	b.check("password-reset")
	b.setLang("en")
	b.waitHeading("Set a new password")
	b.check("password-reset-en")
	b.setLang("ja")
	b.fill("password", "short")
	b.press(kb.Enter)
	b.waitFocused("error-summary")
	b.replace("password", "the editor's new password")
	b.fill("confirm", "the editor's new password")
	b.press(kb.Enter)
	b.waitHeading("イベント")
}

// TestBrowserStaffByRole: the staff screens are for those who administer staff: the secretariat
// lists every account, an editor gets "not found" and no entry in the navigation.
func TestBrowserStaffByRole(t *testing.T) {
	b := newBrowser(t)
	b.signInAs(secretariat, "イベント")
	b.open("/admin/staff")
	b.waitHeading("スタッフと権限")
	b.waitFor("the list", `!!document.querySelector('table tbody tr')`)
	if text := b.main(); !strings.Contains(text, mhlwAdmin) || !strings.Contains(text, micAdmin) {
		t.Errorf("the secretariat's staff list:\n%s", text)
	}
	b.check("staff-secretariat")
	b.clickText("ログアウト")
	b.waitHeading("ログイン")
	b.signIn(micEditor, seed.DemoStaffPassword, "イベント")
	if nav := b.nav(); strings.Contains(nav, "スタッフと権限") {
		t.Errorf("an editor's navigation: %q", nav)
	}
	for _, path := range []string{"/admin/staff", "/admin/staff/invite", "/admin/staff/grant?email=mic-viewer@example.jp"} {
		b.open(path)
		b.waitHeading("ページが見つかりません")
	}
	b.check("staff-editor-not-found")
}
