package console_test

import (
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/teleworkmonth/platform/internal/seed"
)

// TestBrowserAuditLog: a MIC admin reads its ministry's log, filtered by who and by kind of record
// (what changed shown field by field, personal data masked), with a date range the wrong way round
// refused at its field; the CSV of the same filter holds the same entries; an editor gets the
// not-allowed page, and the API refuses it too.
func TestBrowserAuditLog(t *testing.T) {
	b := newBrowser(t)
	// MIC's admin makes and edits a draft; the secretariat makes one of MIC's too.
	id := b.createDraft(micAdmin, "MIC", "監査されるセミナー", nil)
	if r := b.s.QueryAs(b.token(micAdmin), `mutation($id: ID!) { updateEvent(id: $id, expectedVersion: 1, input: {titleJa: "監査されたセミナー"}) { event { id } } }`,
		map[string]any{"id": id}); len(r.Errors) > 0 {
		t.Fatalf("updateEvent: %s", r.Body)
	}
	b.createDraft(secretariat, "MIC", "事務局のセミナー", nil)
	b.createDraft(mhlwAdmin, "MHLW", "厚労省のセミナー", nil)

	b.signInAs(micAdmin, "イベント")
	b.clickText("監査ログ")
	b.waitHeading("監査ログ")
	b.waitFor("the entries", `document.querySelectorAll('tbody tr').length > 0`)
	if text := b.main(); strings.Contains(text, "厚労省のセミナー") || strings.Contains(text, "厚生労働省") {
		t.Errorf("MIC's admin reads MHLW's log:\n%s", text)
	}
	if eval[bool](b, `!!document.getElementById('ministry')`) {
		t.Error("a ministry admin of one ministry is offered a choice of ministry")
	}

	// Who and what kind: the admin's own changes to events.
	b.typeInto("who", micAdmin)
	b.setValue("kind", "Event")
	b.do(chromedp.Click(chromedp.CSS(`form[role=search] button[type=submit]`)))
	b.waitFor("the filter in the address", `location.search.includes('who=')`)
	// The unfiltered page showed the update already: wait until every row is the admin's own.
	b.waitFor("the filtered entries", `(() => { const rows = [...document.querySelectorAll('tbody tr')];
		return rows.length > 0 && rows.every((r) => r.innerText.includes('`+micAdmin+`')); })()`)
	rows := b.texts(`tbody tr`)
	if len(rows) != 2 {
		t.Fatalf("rows %q, want the creation and the update", rows)
	}
	for _, r := range rows {
		if !strings.Contains(r, micAdmin) || strings.Contains(r, "事務局のセミナー") {
			t.Errorf("row %q: want MIC's admin's changes only", r)
		}
	}
	if !strings.Contains(rows[0], "監査されるセミナー → 監査されたセミナー") {
		t.Errorf("the update does not show what changed: %q", rows[0])
	}
	b.check("audit")
	b.fullShot("audit-mic-admin")
	csv := fetchCSV(b, eval[string](b, `document.querySelector('main a[download]').getAttribute('href')`))
	if len(csv)-1 != len(rows) || !slices.Contains(csv[1], micAdmin) {
		t.Errorf("the CSV of the filter: %q, want the %d rows shown", csv, len(rows))
	}
	b.setLang("en")
	b.waitHeading("Audit log")
	b.check("audit-en")
	b.setLang("ja")

	// A date range the wrong way round is refused at its field.
	b.setValue("from", "2026-11-10")
	b.setValue("to", "2026-11-01")
	b.do(chromedp.Click(chromedp.CSS(`form[role=search] button[type=submit]`)))
	b.waitFocused("error-summary")
	b.waitFor("the field's error", `!!document.querySelector('#to-error')`)
	b.check("audit-error")

	// An editor: no entry in the navigation, the not-allowed page, and the API says no.
	b.do(chromedp.Click(chromedp.CSS(`header button.button-secondary`)))
	b.waitHeading("ログイン")
	b.open("/admin/audit?" + url.Values{"who": {micAdmin}}.Encode())
	b.signIn(micEditor, seed.DemoStaffPassword, "このページを表示する権限がありません")
	if nav := b.navLinks(); slices.Contains(nav, "監査ログ") || slices.Contains(nav, "APIキー") {
		t.Errorf("an editor's navigation: %q", nav)
	}
	if text := b.main(); strings.Contains(text, "監査") && strings.Contains(text, "セミナー") {
		t.Errorf("the not-allowed page shows entries:\n%s", text)
	}
	b.check("audit-not-allowed")
	if r := b.s.QueryAs(b.token(micEditor), `{ auditLog(ministryCode: "MIC") { totalCount } }`, nil); len(r.Errors) == 0 || r.Errors[0].Code() != "FORBIDDEN" {
		t.Errorf("auditLog as an editor: %s", r.Body)
	}
}

// TestBrowserAuditLogSecretariat: the secretariat chooses a ministry among all of them.
func TestBrowserAuditLogSecretariat(t *testing.T) {
	b := newBrowser(t)
	b.createDraft(mhlwAdmin, "MHLW", "厚労省のセミナー", nil)
	b.createDraft(micAdmin, "MIC", "総務省のセミナー", nil)
	b.signInAs(secretariat, "イベント")
	b.open("/admin/audit?ministry=MHLW")
	b.waitHeading("監査ログ")
	b.waitFor("MHLW's entries", `document.querySelector('main').innerText.includes('厚労省のセミナー')`)
	if text := b.main(); strings.Contains(text, "総務省のセミナー") {
		t.Errorf("MHLW's log holds MIC's entries:\n%s", text)
	}
	if got := eval[string](b, `document.getElementById('ministry').value`); got != "MHLW" {
		t.Errorf("the ministry chosen: %q", got)
	}
	b.check("audit-secretariat")
}
