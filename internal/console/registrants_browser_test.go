package console_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp/kb"
)

// registrantStatus is a registrant's status as the API answers it to the secretariat.
func (b *browser) registrantStatus(id string) string {
	b.t.Helper()
	r := b.s.QueryAs(b.token(secretariat), `query($id: ID!) { registrant(id: $id) { status } }`, map[string]any{"id": id})
	var data struct{ Registrant struct{ Status string } }
	r.Decode(b.t, &data)
	return data.Registrant.Status
}

// firstRegistrantID is the global ID of the first row's registrant, from its link.
func (b *browser) firstRegistrantID() string {
	href := eval[string](b, `document.querySelector('tbody th a').getAttribute('href')`)
	return strings.TrimPrefix(href, "/admin/registrants/")
}

// TestBrowserRegistrants: the secretariat opens the approval queue (oldest first, waiting for
// review), reads a registrant with its contact and approves it; rejects the next by keyboard
// alone, after the check whose empty reason is refused; the API agrees each time.
func TestBrowserRegistrants(t *testing.T) {
	b := newBrowser(t)
	b.signInAs(secretariat, "イベント")
	b.clickText("登録者")
	b.waitHeading("登録者")
	b.waitFor("the queue", `document.querySelectorAll('tbody tr').length > 0`)
	statuses := b.texts(`tbody td:last-child`)
	for _, s := range statuses {
		if s != "審査待ち" {
			t.Fatalf("the queue holds %q", statuses)
		}
	}
	if eval[string](b, `document.getElementById('status').value`) != "REGISTERED" {
		t.Error("the queue is not the default")
	}
	if text := b.main(); !strings.Contains(text, "登録の古い順") || !strings.Contains(text, "CSVをダウンロード") {
		t.Errorf("the queue:\n%.400s", text)
	}
	b.check("registrants-queue")
	b.fullShot("registrants-queue")

	// Approve the oldest.
	first := b.firstRegistrantID()
	b.click(`tbody th a`)
	b.waitFor("the registrant", `(document.querySelector('h1') || {textContent: ''}).textContent.startsWith('登録者: ')`)
	b.waitFor("its contact", `document.querySelector('main').innerText.includes('連絡先(個人情報)')`)
	b.check("registrant-secretariat")
	b.fullShot("registrant-secretariat")
	b.clickText("承認する")
	b.waitHeading("登録者")
	b.waitFor("the notice", `document.querySelector('main').innerText.includes('登録を承認しました。')`)
	if got := b.registrantStatus(first); got != "APPROVED" {
		t.Errorf("after approving: %s", got)
	}

	// Reject the next by keyboard: the link, an empty reason refused, then a reason.
	b.waitFor("the queue", `document.querySelectorAll('tbody tr').length > 0`)
	next := b.firstRegistrantID()
	if next == first {
		t.Fatal("the approved registrant is still in the queue")
	}
	b.tabTo(eval[string](b, `document.querySelector('tbody th a').textContent`), false)
	b.press(kb.Enter)
	b.waitFor("the registrant", `(document.querySelector('h1') || {textContent: ''}).textContent.startsWith('登録者: ')`)
	b.tabTo("却下する", false)
	b.press(kb.Enter)
	b.waitHeading("登録を却下する")
	if text := b.main(); !strings.Contains(text, "公開一覧に載りません") {
		t.Errorf("the check before rejecting:\n%s", text)
	}
	b.tabTo("登録を却下する", false)
	b.press(kb.Enter)
	b.waitFocused("error-summary")
	if title := eval[string](b, `document.title`); !strings.HasPrefix(title, "エラー: ") {
		t.Errorf("title %q", title)
	}
	b.check("registrant-reject-error")
	b.typeInto("reason", "活動内容が確認できませんでした。")
	b.tabTo("登録を却下する", false)
	b.press(kb.Enter)
	b.waitHeading("登録者")
	b.waitFor("the notice", `document.querySelector('main').innerText.includes('登録を却下しました。')`)
	if got := b.registrantStatus(next); got != "REJECTED" {
		t.Errorf("after rejecting: %s", got)
	}

	b.setLang("en")
	b.waitHeading("Registrants")
	b.waitFor("the queue", `document.querySelectorAll('tbody tr').length > 0`)
	b.check("registrants-queue-en")
}

// TestBrowserRegistrantsPublicOnly: a ministry's viewer has the registrants in the navigation but
// sees the public list only: no status or prefecture filter, no contact, no review; the address of
// a rejection says it is not allowed, and the API refuses the same.
func TestBrowserRegistrantsPublicOnly(t *testing.T) {
	b := newBrowser(t)
	b.signInAs(micViewer, "イベント")
	if nav := b.navLinks(); !slices.Contains(nav, "登録者") {
		t.Errorf("a viewer's navigation: %q", nav)
	}
	b.clickText("登録者")
	b.waitHeading("登録者")
	b.waitFor("the list", `document.querySelectorAll('tbody tr').length > 0`)
	if eval[bool](b, `!!document.getElementById('status') || !!document.getElementById('prefecture')`) {
		t.Error("a viewer is offered the status or prefecture filter")
	}
	for _, s := range b.texts(`tbody td:last-child`) {
		if s != "承認済み" {
			t.Fatalf("a viewer sees a registrant in status %q", s)
		}
	}
	b.check("registrants-public")
	id := b.firstRegistrantID()
	b.click(`tbody th a`)
	b.waitFor("the registrant", `(document.querySelector('h1') || {textContent: ''}).textContent.startsWith('登録者: ')`)
	if text := b.main(); strings.Contains(text, "連絡先") || strings.Contains(text, "承認する") || strings.Contains(text, "却下する") {
		t.Errorf("a viewer's registrant screen:\n%s", text)
	}
	b.check("registrant-public")
	b.open("/admin/registrants/" + id + "/reject")
	b.waitHeading("このページを表示する権限がありません")
	b.setLang("en")
	b.waitHeading("You are not allowed to see this page")
	b.check("registrant-reject-not-allowed-en")
	r := b.s.QueryAs(b.token(micViewer), `mutation($id: ID!) { approveRegistrant(id: $id) { registrant { id } } }`, map[string]any{"id": id})
	if len(r.Errors) == 0 || r.Errors[0].Code() != "FORBIDDEN" {
		t.Errorf("approveRegistrant as a viewer: %s", r.Body)
	}
}
