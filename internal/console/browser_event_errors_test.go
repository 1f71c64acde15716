package console_test

import (
	"net/url"
	"strings"
	"testing"
)

// TestBrowserEditConflict: two tabs edit the same event. The second save is refused with CONFLICT,
// and the screen shows what changed since it was read, field by field; keeping on editing keeps
// that person's change over the other's, and reloading drops it.
func TestBrowserEditConflict(t *testing.T) {
	b := newBrowser(t)
	id := b.createDraft(micEditor, "MIC", "競合するイベント", nil)
	key := b.eventKey(id)
	b.signInAs(micEditor, "イベント")
	path := "/admin/events/" + url.PathEscape(id)
	b.open(path)
	b.waitFor("the form", `!!document.getElementById('titleJa')`)
	other := b.tab()
	other.open(path)
	other.waitFor("the form", `!!document.getElementById('feeYen')`)

	b.replace("titleJa", "競合するイベント(第1タブ)")
	b.clickText("変更を保存する")
	b.waitFor("the save", `(document.querySelector('main') || {innerText: ''}).innerText.includes('変更を保存しました')`)

	other.replace("feeYen", "1000")
	other.clickText("変更を保存する")
	other.waitFor("the conflict", `!!document.querySelector('.conflict')`)
	other.waitFocused("error-summary")
	text := other.main()
	if !strings.Contains(text, "ほかの人がこのイベントを変更しました") || !strings.Contains(text, "版 1 → 2") {
		t.Errorf("the conflict:\n%s", text)
	}
	rows := other.texts(".conflict tbody tr")
	if len(rows) != 1 || !strings.Contains(rows[0], "タイトル(日本語)") || !strings.Contains(rows[0], "競合するイベント") ||
		!strings.Contains(rows[0], "競合するイベント(第1タブ)") {
		t.Errorf("what changed: %q", rows)
	}
	if title := eval[string](other, `document.title`); !strings.HasPrefix(title, "エラー: ") {
		t.Errorf("title %q", title)
	}
	if fee := sqlOne[int](b, `SELECT fee_yen FROM events WHERE id = $1`, key); fee != 0 {
		t.Errorf("the refused save changed the fee to %d", fee)
	}
	other.check("event-conflict")
	other.setLang("en")
	other.waitFor("English", `(document.querySelector('main') || {innerText: ''}).innerText.includes('Someone else has changed this event')`)
	other.check("event-conflict-en")
	other.setLang("ja")

	// Keep editing: the field this tab did not change takes the other's value; its own stays.
	other.clickText("編集を続ける")
	other.waitFor("the merged form", `document.getElementById('titleJa').value === '競合するイベント(第1タブ)' && document.getElementById('feeYen').value === '1000'`)
	other.clickText("変更を保存する")
	other.waitFor("the save", `(document.querySelector('main') || {innerText: ''}).innerText.includes('変更を保存しました')`)
	var title string
	var fee, version int
	if err := b.s.DB.QueryRow(`SELECT title_ja, fee_yen, version FROM events WHERE id = $1`, key).Scan(&title, &fee, &version); err != nil {
		t.Fatal(err)
	}
	if title != "競合するイベント(第1タブ)" || fee != 1000 || version != 3 {
		t.Errorf("after both saves: %q, fee %d, version %d", title, fee, version)
	}

	// The first tab is now behind: its save conflicts, and reloading shows the latest version.
	b.replace("venue-nameJa", "別の会場")
	b.clickText("変更を保存する")
	b.waitFor("the conflict", `!!document.querySelector('.conflict')`)
	if rows := b.texts(".conflict tbody tr"); len(rows) != 1 || !strings.Contains(rows[0], "参加費") {
		t.Errorf("what changed for the first tab: %q", rows)
	}
	b.clickText("最新の内容を読み込む(入力中の変更は破棄)")
	b.waitFor("the latest version", `!document.querySelector('.conflict') && document.getElementById('feeYen').value === '1000' && document.getElementById('venue-nameJa').value === '霞が関ビル'`)
}

// TestBrowserEventFieldErrors: errors that the API reports about a field (BAD_USER_INPUT with
// extensions.field) appear at that field and in the error summary at the top, whose link leads to
// it; the page's title starts "エラー: ".
func TestBrowserEventFieldErrors(t *testing.T) {
	b := newBrowser(t)
	id := b.createDraft(micEditor, "MIC", "入力を誤るイベント", nil)
	b.signInAs(micEditor, "イベント")
	b.open("/admin/events/" + url.PathEscape(id))
	b.waitFor("the form", `!!document.getElementById('endsAt')`)

	save := func(wantField, says string) {
		t.Helper()
		b.clickText("変更を保存する")
		b.waitFor("the error at "+wantField, `!!document.getElementById('`+wantField+`-error')`)
		b.waitFocused("error-summary")
		if links := b.texts(".error-summary a"); len(links) != 1 || !strings.Contains(links[0], says) {
			t.Errorf("the summary: %q, want one link saying %q", links, says)
		}
		if href := eval[string](b, `document.querySelector('.error-summary a').getAttribute('href')`); href != "#"+wantField {
			t.Errorf("the summary links to %s, want #%s", href, wantField)
		}
		if msg := eval[string](b, `document.getElementById('`+wantField+`-error').textContent`); !strings.Contains(msg, says) {
			t.Errorf("beside the field: %q", msg)
		}
		if inv := eval[string](b, `document.getElementById('`+wantField+`').getAttribute('aria-invalid') || ''`); inv != "true" {
			t.Errorf("%s is not marked invalid", wantField)
		}
		if title := eval[string](b, `document.title`); !strings.HasPrefix(title, "エラー: ") {
			t.Errorf("title %q", title)
		}
	}

	// The API's errors (the form sends these; only the API refuses them).
	b.setValue("endsAt", "2027-01-20T12:00")
	save("endsAt", "終了日時は開始日時より後にしてください")
	b.check("event-field-error")
	b.setLang("en")
	b.waitFor("English", `document.getElementById('endsAt-error').textContent.includes('The event must end after it starts')`)
	b.check("event-field-error-en")
	b.setLang("ja")
	b.click(".error-summary a")
	b.waitFocused("endsAt")

	b.setValue("endsAt", "2027-01-20T15:00")
	b.clickText("プログラムを追加する")
	b.fill("programParts-0-titleJa", "第一部")
	b.setValue("programParts-0-startsAt", "2027-01-20T14:00")
	b.setValue("programParts-0-endsAt", "2027-01-20T16:00")
	save("programParts-0-endsAt", "プログラム 1 の終了日時は")

	b.setValue("programParts-0-endsAt", "2027-01-20T15:00")
	b.click("#onlineStreaming")
	b.fill("streamingUrl", "javascript:alert(1)")
	save("streamingUrl", "https:// で始まるアドレス")

	b.replace("streamingUrl", "https://stream.example.jp/ok")
	b.replace("titleJa", " ")
	save("titleJa", "タイトル(日本語)を200文字以内で入力してください")

	// What the form finds itself, before sending: a number that is not one.
	b.replace("titleJa", "入力を誤るイベント")
	b.replace("capacity", "たくさん")
	save("capacity", "定員は半角数字で入力してください")
	if v := sqlOne[int](b, `SELECT version FROM events WHERE id = $1`, b.eventKey(id)); v != 1 {
		t.Errorf("a refused save changed the event (version %d)", v)
	}

	b.replace("capacity", "30")
	b.clickText("変更を保存する")
	b.waitFor("the save", `(document.querySelector('main') || {innerText: ''}).innerText.includes('変更を保存しました')`)
	if n := len(b.texts(".error-summary")); n != 0 {
		t.Errorf("the error summary stays after a save")
	}
}
