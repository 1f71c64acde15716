package console_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/teleworkmonth/platform/internal/seed"
)

// typeInto focuses a field by its id (dots allowed) and types text into it.
func (b *browser) typeInto(id, text string) {
	b.t.Helper()
	b.do(chromedp.Focus(chromedp.CSS("#"+cssID(id))), chromedp.KeyEvent(text))
}

// navLinks are the entries of the main navigation.
func (b *browser) navLinks() []string { return b.texts(`nav[aria-label] a`) }

// TestBrowserAPIKeys: the secretariat makes a key by keyboard alone (the form's errors first), sees
// it once with its warning and copy button, the partner uses it, the list shows its last use and
// own limit but never the key, and revoking it (by keyboard, after the check) stops it at once.
func TestBrowserAPIKeys(t *testing.T) {
	b := newBrowser(t)
	b.signInAs(secretariat, "イベント")
	if nav := b.navLinks(); !slices.Contains(nav, "APIキー") || !slices.Contains(nav, "監査ログ") {
		t.Errorf("the secretariat's navigation: %q", nav)
	}
	b.clickText("APIキー")
	b.waitHeading("APIキー")
	b.waitFor("the list", `!!document.querySelector('main a.button-primary')`)
	b.check("apikeys-empty")

	// By keyboard: to the create button, an empty submit, the errors, then the key.
	b.tabTo("APIキーを作成", false)
	b.press(kb.Enter)
	b.waitHeading("APIキーを作成")
	b.tabTo("キーを作成する", false)
	b.press(kb.Enter)
	b.waitFocused("error-summary")
	if title := eval[string](b, `document.title`); !strings.HasPrefix(title, "エラー: ") {
		t.Errorf("title %q", title)
	}
	b.check("apikey-new-error")
	b.typeInto("input.name", "東京都テレワーク推進ポータル")
	b.typeInto("input.requestsPerMinute", "1200")
	b.tabTo("キーを作成する", false)
	b.press(kb.Enter)
	b.waitHeading("APIキー「東京都テレワーク推進ポータル」を作成しました")
	key := eval[string](b, `document.getElementById('new-key').value`)
	if !strings.HasPrefix(key, "tmk_") {
		t.Fatalf("the key shown: %q", key)
	}
	if text := b.main(); !strings.Contains(text, "このキーは今回だけ表示されます") {
		t.Errorf("no warning that the key is shown once:\n%s", text)
	}
	b.tabTo("キーをコピー", false)
	b.press(kb.Enter)
	// Headless Chromium may refuse the clipboard: then the key is selected for the person to copy.
	b.waitFor("the copy's outcome", `document.querySelector('.copy-status').textContent !== ''`)
	b.check("apikey-made")

	// The partner uses the key: the list shows its last use, its own limit, never the key.
	if r := b.s.QueryAs(key, `{ viewer { kind } }`, nil); !strings.Contains(string(r.Data), "partner") {
		t.Fatalf("the new key as a partner: %s", r.Body)
	}
	b.clickText("コピーしたので一覧へ戻る")
	b.waitHeading("APIキー")
	b.waitFor("the key's row", `document.querySelectorAll('tbody tr').length === 1`)
	row := b.texts(`tbody tr`)[0]
	for _, want := range []string{"東京都テレワーク推進ポータル", "有効", "1,200リクエスト(個別設定)", "コスト60,000(既定)"} {
		if !strings.Contains(row, want) {
			t.Errorf("the key's row %q lacks %q", row, want)
		}
	}
	if strings.Contains(row, "未使用") || strings.Contains(b.main(), key) {
		t.Errorf("the row %q: want its last use, never the key", row)
	}
	b.check("apikeys")
	b.fullShot("apikeys-secretariat")
	b.setLang("en")
	b.waitHeading("API keys")
	b.check("apikeys-en")
	b.setLang("ja")
	b.waitHeading("APIキー")

	// Revoke by keyboard, after the check that says what happens.
	link := eval[string](b, `document.querySelector('tbody a').textContent`)
	b.tabTo(link, false)
	b.press(kb.Enter)
	b.waitHeading("APIキーを失効させる")
	if text := b.main(); !strings.Contains(text, "直ちにすべて拒否されます") || !strings.Contains(text, "元に戻すことはできません") {
		t.Errorf("the check before revoking:\n%s", text)
	}
	b.check("apikey-revoke")
	b.tabTo("キーを失効させる", false)
	b.press(kb.Enter)
	b.waitHeading("APIキー")
	b.waitFor("the revoked key", `document.querySelector('tbody tr') && document.querySelector('tbody tr').textContent.includes('失効(')`)
	if text := b.main(); !strings.Contains(text, "APIキーを失効させました。") {
		t.Errorf("no notice after revoking:\n%s", text)
	}
	if r := b.s.QueryAs(key, `{ viewer { kind } }`, nil); r.Status != 401 {
		t.Errorf("the revoked key still works: %d %s", r.Status, r.Body)
	}
}

// TestBrowserAPIKeysNotAllowed: a ministry admin has no API keys in the navigation; their address
// says plainly that the person may not use them, with nothing of the keys; the API refuses too.
func TestBrowserAPIKeysNotAllowed(t *testing.T) {
	b := newBrowser(t)
	b.s.QueryAs(b.token(secretariat), `mutation { createApiKey(input: {name: "秘密のパートナー"}) { id } }`, nil)
	b.open("/admin/api-keys/new")
	b.signIn(micAdmin, seed.DemoStaffPassword, "このページを表示する権限がありません")
	if nav := b.navLinks(); slices.Contains(nav, "APIキー") || !slices.Contains(nav, "監査ログ") {
		t.Errorf("a ministry admin's navigation: %q", nav)
	}
	b.open("/admin/api-keys")
	b.waitHeading("このページを表示する権限がありません")
	if text := b.main(); strings.Contains(text, "秘密のパートナー") {
		t.Errorf("the not-allowed screen shows a key:\n%s", text)
	}
	b.check("apikeys-not-allowed")
	b.setLang("en")
	b.waitHeading("You are not allowed to see this page")
	b.check("apikeys-not-allowed-en")
	for _, q := range []string{`{ apiKeys { totalCount } }`, `mutation { createApiKey(input: {name: "x"}) { id } }`} {
		if r := b.s.QueryAs(b.token(micAdmin), q, nil); len(r.Errors) == 0 || r.Errors[0].Code() != "FORBIDDEN" {
			t.Errorf("%s as a ministry admin: %s", q, r.Body)
		}
	}
}
