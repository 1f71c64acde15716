package console_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/teleworkmonth/platform/internal/seed"
)

const doorEventTitle = "受付のある総務省セミナー"

// applicant is one application made through the public API for a test.
type applicant struct {
	Name, Email, Org, Attendance string
	ID, Reference, Status        string
}

// doorEvent creates and publishes a MIC event in 2030 with three seats, as the MIC admin, and
// applies to it as the public: three confirmed in person, one waitlisted, one online.
func doorEvent(b *browser) (string, []applicant) {
	b.t.Helper()
	admin := b.token(micAdmin)
	r := b.s.QueryAs(admin, `mutation($t: String!) { createEvent(input: {fiscalYear: 2026, hostMinistryCode: "MIC", kind: SEMINAR,
		titleJa: $t, titleEn: "MIC seminar with a door", startsAt: "2030-11-20T04:00:00Z", endsAt: "2030-11-20T06:00:00Z",
		venue: {nameJa: "講堂"}, onlineStreaming: true, feeYen: 0, capacity: 3}) { event { id } } }`, map[string]any{"t": doorEventTitle})
	var created struct {
		CreateEvent struct{ Event struct{ ID string } }
	}
	r.Decode(b.t, &created)
	id := created.CreateEvent.Event.ID
	if r := b.s.QueryAs(admin, `mutation($id: ID!) { publishEvent(id: $id) { event { id } } }`, map[string]any{"id": id}); len(r.Errors) > 0 {
		b.t.Fatalf("publish: %s", r.Body)
	}
	people := []applicant{
		{Name: "受付 一郎", Email: "ichiro@example.jp", Org: "一郎商事", Attendance: "IN_PERSON"},
		{Name: "受付 二郎", Email: "jiro@example.jp", Attendance: "IN_PERSON"},
		{Name: "受付 三郎", Email: "saburo@example.jp", Org: "三郎工業", Attendance: "IN_PERSON"},
		{Name: "待機 四郎", Email: "shiro@example.jp", Attendance: "IN_PERSON"},
		{Name: "配信 五郎", Email: "goro@example.jp", Attendance: "ONLINE"},
	}
	for i := range people {
		p := &people[i]
		r := b.s.Query(`mutation($id: ID!, $n: String!, $e: String!, $o: String, $a: Attendance!) {
			applyToEvent(input: {eventId: $id, attendeeName: $n, attendeeEmail: $e, organization: $o, attendance: $a}) {
				application { id reference status } } }`,
			map[string]any{"id": id, "n": p.Name, "e": p.Email, "o": p.Org, "a": p.Attendance})
		var applied struct {
			ApplyToEvent struct {
				Application struct{ ID, Reference, Status string }
			}
		}
		r.Decode(b.t, &applied)
		a := applied.ApplyToEvent.Application
		if a.Reference == "" {
			b.t.Fatalf("apply: %s", r.Body)
		}
		p.ID, p.Reference, p.Status = a.ID, a.Reference, a.Status
	}
	return id, people
}

// references lists the references in the table of applications, in its order.
func (b *browser) references() []string {
	return eval[[]string](b, `[...document.querySelectorAll('tbody th.reference')].map((th) => th.textContent)`)
}

// TestBrowserApplications: a MIC admin lists an event's applications with names, filters and
// searches them by reference, downloads the CSV (whose rows are those of the list), and sees the
// way to the door; a MIC editor sees them without names and searches by reference only; a MIC
// viewer, who reads no applications, gets the not-allowed screen.
func TestBrowserApplications(t *testing.T) {
	b := newBrowser(t)
	eventID, people := doorEvent(b)
	address := "/admin/events/" + url.PathEscape(eventID) + "/applications"
	b.open(address)
	b.signIn(micAdmin, seed.DemoStaffPassword, "申込一覧: "+doorEventTitle)
	b.waitFor("the table", `document.querySelectorAll('tbody tr').length === 5`)
	b.waitFor("the way to the door", `!!document.querySelector('main a[href$="/door"]')`)
	text := b.main()
	for _, want := range []string{"受付 一郎", "jiro@example.jp", "三郎工業", "キャンセル待ち 1番目", "全5件", "CSVをダウンロード", "受付画面(当日の受付)を開く"} {
		if !strings.Contains(text, want) {
			t.Errorf("the applications lack %q:\n%s", want, text)
		}
	}
	if got := eval[string](b, `document.querySelector('[data-seat=left]').textContent`); got != "0人" {
		t.Errorf("seats left %q, want 0人", got)
	}
	b.check("applications")
	b.setLang("en")
	b.waitHeading("Applications: MIC seminar with a door")
	b.check("applications-en")
	b.setLang("ja")

	// The CSV, fetched with the session cookie, holds the rows of the list.
	href := eval[string](b, `[...document.querySelectorAll('main a')].find((a) => a.textContent.includes('CSV')).getAttribute('href')`)
	rows := fetchCSV(b, href)
	want := b.references()
	var got []string
	col := slices.Index(rows[0], "受付番号")
	for _, r := range rows[1:] {
		got = append(got, r[col])
	}
	if col < 0 || !slices.Equal(got, want) || !slices.Contains(rows[0], "氏名") {
		t.Errorf("the CSV (%q) has references %q, the list %q", rows[0], got, want)
	}

	// Search by reference, typed without the hyphen, in lower case.
	b.fill("search", strings.ToLower(strings.ReplaceAll(people[1].Reference, "-", "")))
	b.do(chromedp.Click(chromedp.CSS(`form[role=search] button[type=submit]`)))
	b.waitFor("one row", `document.querySelectorAll('tbody tr').length === 1`)
	if refs := b.references(); len(refs) != 1 || refs[0] != people[1].Reference {
		t.Errorf("searching %s finds %q", people[1].Reference, refs)
	}
	// The status filter goes into the address and into the CSV link.
	b.open(address + "?status=WAITLISTED")
	b.waitFor("the waitlist", `document.querySelectorAll('tbody tr').length === 1`)
	if href := eval[string](b, `[...document.querySelectorAll('main a')].find((a) => a.textContent.includes('CSV')).getAttribute('href')`); !strings.HasSuffix(href, "?status=WAITLISTED") {
		t.Errorf("the CSV link with the filter: %s", href)
	}

	// An editor: no names, and a search by name is refused at the field.
	b.do(chromedp.Click(chromedp.CSS(`header button.button-secondary`)))
	b.waitHeading("ログイン")
	b.open(address)
	b.signIn("mic-editor@example.jp", seed.DemoStaffPassword, "申込一覧: "+doorEventTitle)
	b.waitFor("the table", `document.querySelectorAll('tbody tr').length === 5`)
	if text := b.main(); strings.Contains(text, "受付 一郎") || strings.Contains(text, "@example.jp") || !strings.Contains(text, people[0].Reference) {
		t.Errorf("an editor's list:\n%s", text)
	}
	b.check("applications-editor")
	b.fill("search", "一郎")
	b.do(chromedp.Click(chromedp.CSS(`form[role=search] button[type=submit]`)))
	b.waitFor("the field's error", `!!document.querySelector('#search-error')`)

	// A viewer reads no applications: the not-allowed screen, with nothing of the event.
	b.do(chromedp.Click(chromedp.CSS(`header button.button-secondary`)))
	b.waitHeading("ログイン")
	b.open(address)
	b.signIn("mic-viewer@example.jp", seed.DemoStaffPassword, "ページが見つかりません")
	if text := b.main(); strings.Contains(text, doorEventTitle) || strings.Contains(text, people[0].Reference) {
		t.Errorf("a viewer sees:\n%s", text)
	}
}

// fetchCSV downloads a path of the server with the browser's session cookie and parses it.
func fetchCSV(b *browser, path string) [][]string {
	b.t.Helper()
	got, err := chromedp.Run(b.ctx, func(ctx context.Context, tg *chromedp.Target) (network.GetCookiesResult, error) {
		return cdp.Call(ctx, tg, network.GetCookies, network.GetCookiesParams{})
	})
	if err != nil {
		b.t.Fatal(err)
	}
	cookies := got.Cookies
	req, _ := http.NewRequest(http.MethodGet, b.s.URL+path, nil)
	for _, c := range cookies {
		req.AddCookie(&http.Cookie{Name: c.Name, Value: c.Value})
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		b.t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		b.t.Fatalf("GET %s: %d %s", path, resp.StatusCode, body)
	}
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(body, []byte("\ufeff")))).ReadAll()
	if err != nil || len(rows) == 0 {
		b.t.Fatalf("the CSV: %v\n%s", err, body)
	}
	return rows
}

// TestBrowserDoor: at the door, a MIC admin finds an attendee by name, checks them in by keyboard
// (type, Enter, Tab, Enter), and a second device on the same event sees the count go up live; the
// other device's check-in reaches the first; the undo brings the count back.
func TestBrowserDoor(t *testing.T) {
	b := newBrowser(t)
	eventID, people := doorEvent(b)
	address := "/admin/events/" + url.PathEscape(eventID) + "/door"
	heading := "受付: " + doorEventTitle
	b.open(address)
	b.signIn(micAdmin, seed.DemoStaffPassword, heading)
	other := b.tab()
	other.open(address)
	other.waitHeading(heading)
	count := `document.querySelector('[data-count]').textContent`
	other.waitFor("the count", count+` === '0 / 3'`)

	b.do(chromedp.Focus(chromedp.CSS("#door-search")))
	b.press("受付 一郎")
	b.press(kb.Enter)
	b.waitFor("one result", `document.querySelectorAll('.door-row').length === 1`)
	b.tabTo("受付する", false) // past the search button
	b.press(kb.Enter)
	b.waitFor("the undo", `!!document.querySelector('.door-row-done')`)
	if msg := eval[string](b, `document.querySelector('[role=status]').textContent`); !strings.Contains(msg, "受付 一郎を受付しました") {
		t.Errorf("the message after a check-in: %q", msg)
	}
	b.waitFor("the count here", count+` === '1 / 3'`)
	other.waitFor("the count on the other device", count+` === '1 / 3'`)
	b.check("door")

	// The other device finds the same person, who shows as checked in, and a second one: it
	// checks in the second, by reference.
	other.do(chromedp.Focus(chromedp.CSS("#door-search")))
	other.press(people[1].Reference)
	other.press(kb.Enter)
	other.waitFor("the result", `document.querySelectorAll('.door-row').length === 1`)
	other.do(chromedp.Click(chromedp.CSS(".door-button")))
	other.waitFor("the check-in", `!!document.querySelector('.door-row-done')`)
	b.waitFor("the count from the other device", count+` === '2 / 3'`)

	// The first device still shows 一郎's row: undo it.
	b.do(chromedp.Click(chromedp.CSS(".door-button")))
	b.waitFor("the undo done", `!document.querySelector('.door-row-done')`)
	other.waitFor("the count after the undo", count+` === '1 / 3'`)
	if msg := eval[string](b, `document.querySelector('[role=status]').textContent`); !strings.Contains(msg, "取り消しました") {
		t.Errorf("the message after an undo: %q", msg)
	}
	b.setLang("en")
	b.waitHeading("Door: MIC seminar with a door")
	b.check("door-en")

	// A viewer may not check in: the not-allowed screen.
	b.do(chromedp.Click(chromedp.CSS(`header button.button-secondary`)))
	b.waitHeading("Sign in")
	b.setLang("ja")
	b.open(address)
	b.signIn("mic-viewer@example.jp", seed.DemoStaffPassword, "ページが見つかりません")
}
