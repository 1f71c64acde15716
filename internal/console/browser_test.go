package console_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/teleworkmonth/platform/internal/seed"
)

const micAdmin = "mic-admin@example.jp"

// TestBrowserSignInAndOutByKeyboard: a person signs in and out with the keyboard alone, and every
// screen on the way passes axe-core in both languages.
func TestBrowserSignInAndOutByKeyboard(t *testing.T) {
	b := newBrowser(t)
	b.open("/admin/")
	b.waitHeading("ログイン")
	if loc := b.location(); loc != "/admin/signin" {
		t.Errorf("the console's start signed out goes to %s", loc)
	}
	if lang := eval[string](b, `document.documentElement.lang`); lang != "ja" {
		t.Errorf("lang %q, want ja whatever the browser's language", lang)
	}
	b.check("signin")
	b.setLang("en")
	b.waitHeading("Sign in")
	b.check("signin-en")
	b.open("/admin/signin") // the choice is remembered
	b.waitHeading("Sign in")
	b.setLang("ja")
	b.waitHeading("ログイン")

	b.tabTo("email", false)
	b.press(micAdmin)
	b.press(kb.Tab)
	if got := b.focused(); got != "password" {
		t.Fatalf("after the email, Tab reaches %q", got)
	}
	b.press(seed.DemoStaffPassword)
	b.press(kb.Enter)
	b.waitHeading("イベント") // the event list: the first screen of those who may use it
	b.waitFocused("イベント") // the screen's h1
	nav := eval[string](b, `[...document.querySelectorAll('header nav a')].map((a) => a.textContent).join(',')`)
	if nav != "ダッシュボード,イベント,表彰,登録者,スタッフと権限,監査ログ,アカウント" { // a ministry admin's
		t.Errorf("the main navigation holds %q", nav)
	}
	b.clickText("アカウント")
	b.waitHeading("アカウント")
	text := eval[string](b, `document.querySelector('main').innerText`)
	for _, want := range []string{"総務省 管理 太郎", micAdmin, "総務省", "管理者"} {
		if !strings.Contains(text, want) {
			t.Errorf("the account screen lacks %q:\n%s", want, text)
		}
	}
	b.check("account")
	b.setLang("en")
	b.waitHeading("Account")
	if text := eval[string](b, `document.querySelector('main').innerText`); !strings.Contains(text, "Ministry of Internal Affairs") || !strings.Contains(text, "Administrator") {
		t.Errorf("the account screen in English:\n%s", text)
	}
	b.check("account-en")
	b.setLang("ja")

	b.tabTo("ログアウト", true)
	b.press(kb.Enter)
	b.waitHeading("ログイン")
	if text := eval[string](b, `document.querySelector('main').innerText`); !strings.Contains(text, "ログアウトしました") {
		t.Errorf("after signing out:\n%s", text)
	}
	var ended int
	if err := b.s.DB.Get(&ended, `SELECT count(*) FROM sessions WHERE revoked_at IS NOT NULL`); err != nil || ended != 1 {
		t.Errorf("sessions ended on the server: %d (%v)", ended, err)
	}
	b.open("/admin/account")
	b.waitHeading("ログイン")
}

// TestBrowserSignInErrors: a wrong password, missing fields and rate limiting each show the error
// summary, focused, linking to the field, with the page's title starting "エラー: ".
func TestBrowserSignInErrors(t *testing.T) {
	b := newBrowser(t)
	b.open("/admin/signin")
	b.waitHeading("ログイン")

	b.do(chromedp.Click(chromedp.CSS("button[type=submit]")))
	b.waitFor("the error summary", `document.querySelectorAll('.error-summary li').length === 2`)
	b.waitFocused("error-summary")
	if links := eval[string](b, `[...document.querySelectorAll('.error-summary a')].map((a) => a.getAttribute('href')).join(',')`); links != "#email,#password" {
		t.Errorf("the summary links to %q", links)
	}
	b.check("signin-missing")

	b.fill("email", micAdmin)
	b.fill("password", "not the password")
	b.do(chromedp.Click(chromedp.CSS("button[type=submit]")))
	b.waitFor("the wrong-password error", `(document.querySelector('.error-summary') || {textContent: ''}).textContent.includes('正しくありません')`)
	if title := eval[string](b, `document.title`); !strings.HasPrefix(title, "エラー: ") {
		t.Errorf("title %q", title)
	}
	if msg := eval[string](b, `document.getElementById('email-error').textContent`); !strings.Contains(msg, "正しくありません") {
		t.Errorf("the message beside the email field: %q", msg)
	}
	if desc := eval[string](b, `document.getElementById('email').getAttribute('aria-describedby')`); desc != "email-error" {
		t.Errorf("the email field is described by %q", desc)
	}
	b.check("signin-error")
	b.setLang("en")
	b.check("signin-error-en")
	b.setLang("ja")

	// The link of the summary takes the focus to its field.
	b.do(chromedp.Click(chromedp.CSS(".error-summary a")))
	b.waitFocused("email") // the summary's link focuses its field

	if _, err := b.s.DB.Exec(`INSERT INTO login_failures (email, client_ip, at) SELECT $1, '192.0.2.1', now() FROM generate_series(1, 5)`, micAdmin); err != nil {
		t.Fatal(err)
	}
	b.fill("password", seed.DemoStaffPassword)
	b.do(chromedp.Click(chromedp.CSS("button[type=submit]")))
	b.waitFor("the rate limit", `(document.querySelector('.error-summary') || {textContent: ''}).textContent.includes('15分')`)
	b.check("signin-rate-limited")
}

// TestBrowserExpiredSessionComesBack: a session that expires sends the person to sign-in, and
// signing in again brings them back where they were; a deep link signed out does the same.
func TestBrowserExpiredSessionComesBack(t *testing.T) {
	b := newBrowser(t)
	b.open("/admin/events/123?tab=applications")
	b.waitHeading("ログイン")
	if loc := b.location(); loc != "/admin/signin?next=%2Fadmin%2Fevents%2F123%3Ftab%3Dapplications&reason=required" {
		t.Errorf("a deep link signed out goes to %s", loc)
	}
	b.signIn(micAdmin, seed.DemoStaffPassword, "ページが見つかりません")
	if loc := b.location(); loc != "/admin/events/123?tab=applications" {
		t.Errorf("after signing in the person is at %s", loc)
	}

	b.open("/admin/account")
	b.waitHeading("アカウント")
	if _, err := b.s.DB.Exec(`UPDATE sessions SET expires_at = now() - interval '1 second'`); err != nil {
		t.Fatal(err)
	}
	// The next request of the screen finds the session gone.
	b.fill("currentPassword", seed.DemoStaffPassword)
	b.fill("newPassword", "a brand new password")
	b.do(chromedp.Click(chromedp.CSS("main button[type=submit]")))
	b.waitHeading("ログイン")
	if loc := b.location(); loc != "/admin/signin?next=%2Fadmin%2Faccount&reason=expired" {
		t.Errorf("an expired session goes to %s", loc)
	}
	if text := eval[string](b, `document.querySelector('main').innerText`); !strings.Contains(text, "有効期限") {
		t.Errorf("no word of the expiry:\n%s", text)
	}
	b.check("signin-expired")
	b.signIn(micAdmin, seed.DemoStaffPassword, "アカウント")
	if loc := b.location(); loc != "/admin/account" {
		t.Errorf("after signing in again the person is at %s", loc)
	}
}

// TestBrowserNotFound: an unknown address shows the not-found screen and nothing else.
func TestBrowserNotFound(t *testing.T) {
	b := newBrowser(t)
	b.open("/admin/signin")
	b.signIn("mhlw-admin@example.jp", seed.DemoStaffPassword, "イベント")
	b.open("/admin/no/such/screen")
	b.waitHeading("ページが見つかりません")
	if main := eval[string](b, `document.querySelector('main').innerText`); strings.Contains(main, "@") {
		t.Errorf("the not-found screen shows data:\n%s", main)
	}
	b.check("notfound")
	b.setLang("en")
	b.waitHeading("Page not found")
	b.check("notfound-en")
	// Unknown files of the bundle are plain 404s, not the page.
	resp, err := http.Get(b.s.URL + "/admin/assets/nope.js")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotFound {
		t.Errorf("an unknown asset: %d", resp.StatusCode)
	}
}

// TestBrowserChangePassword: the account screen changes the password; the person's other session
// stops working and this one goes on.
func TestBrowserChangePassword(t *testing.T) {
	b := newBrowser(t)
	other := b.s.Query(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
		map[string]any{"e": "mic-editor@example.jp", "p": seed.DemoStaffPassword})
	var data struct{ Login struct{ Token string } }
	other.Decode(t, &data)

	b.open("/admin/signin?next=%2Fadmin%2Faccount")
	b.signIn("mic-editor@example.jp", seed.DemoStaffPassword, "アカウント")
	b.fill("currentPassword", "not my password")
	b.fill("newPassword", "my brand new password")
	b.do(chromedp.Click(chromedp.CSS("main button[type=submit]")))
	b.waitFor("the error", `!!document.getElementById('currentPassword-error')`)
	b.check("account-error")

	eval[any](b, `document.getElementById('currentPassword').select(); 0`)
	b.press(seed.DemoStaffPassword)
	b.do(chromedp.Click(chromedp.CSS("main button[type=submit]")))
	b.waitFor("the notice", `(document.querySelector('.notice') || {textContent: ''}).textContent.includes('1件')`)
	b.check("account-changed")
	if r := b.s.QueryAs(data.Login.Token, `{ viewer { kind } }`, nil); r.Status != http.StatusUnauthorized {
		t.Errorf("the other session after the change: %d %s", r.Status, r.Body)
	}
	b.open("/admin/account")
	b.waitHeading("アカウント")
}
