package console_test

import (
	"net/url"
	"slices"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/teleworkmonth/platform/internal/seed"
)

// TestBrowserFullFlow is an event's life as a ministry's admin runs it: a draft is published from
// the console, applications arrive through the public API and appear live on the applications
// screen, one applicant is checked in at the door, and the CSV downloaded afterwards is the API's
// answer, row for row.
func TestBrowserFullFlow(t *testing.T) {
	b := newBrowser(t)
	const title = "流れを通して確かめるセミナー"
	id := b.createDraft(micAdmin, "MIC", title, map[string]any{"capacity": 2})
	event := "/admin/events/" + url.PathEscape(id)

	// Publish, by keyboard: the confirmation's primary action.
	b.open(event + "/publish")
	b.signIn(micAdmin, seed.DemoStaffPassword, "イベントを公開する")
	b.tabTo("公開する", false)
	b.press(kb.Enter)
	b.waitHeading(title)
	b.waitFor("the notice", `document.querySelector('main').innerText.includes('イベントを公開しました')`)

	// The applications screen, open while people apply through the public API.
	b.clickText("申込一覧を開く")
	b.waitHeading("申込一覧: " + title)
	b.waitFor("no applications yet", `document.querySelectorAll('tbody th.reference').length === 0`)
	var references []string
	for _, p := range []struct{ name, email string }{
		{"流れ 一子", "kazuko@example.jp"}, {"流れ 二子", "futako@example.jp"}, {"流れ 三子", "mitsuko@example.jp"},
	} {
		r := b.s.Query(`mutation($id: ID!, $n: String!, $e: String!) {
			applyToEvent(input: {eventId: $id, attendeeName: $n, attendeeEmail: $e, attendance: IN_PERSON}) {
				application { reference } } }`, map[string]any{"id": id, "n": p.name, "e": p.email})
		var applied struct {
			ApplyToEvent struct{ Application struct{ Reference string } }
		}
		r.Decode(t, &applied)
		if applied.ApplyToEvent.Application.Reference == "" {
			t.Fatalf("applyToEvent: %s", r.Body)
		}
		references = append(references, applied.ApplyToEvent.Application.Reference)
	}
	b.waitFor("the three applications, live", `document.querySelectorAll('tbody th.reference').length === 3`)
	if got := b.references(); !slices.Equal(got, references) {
		t.Errorf("the list shows %q, want %q in the order they arrived", got, references)
	}
	b.waitFor("the waitlist, live", `document.querySelector('[data-seat="waitlist"]').textContent.includes('1')`)
	b.check("flow-applications")

	// The door, on another device: the first applicant, by reference.
	door := b.tab()
	door.open(event + "/door")
	door.waitHeading("受付: " + title)
	door.do(chromedp.Focus(chromedp.CSS("#door-search")))
	door.press(references[0])
	door.press(kb.Enter)
	door.waitFor("one result", `document.querySelectorAll('.door-row').length === 1`)
	door.do(chromedp.Click(chromedp.CSS(".door-button")))
	door.waitFor("the check-in", `!!document.querySelector('.door-row-done')`)
	b.waitFor("the check-in on the applications screen, live",
		`document.querySelector('[data-seat="checkedIn"]').textContent.includes('1')`)

	// The CSV is the API's answer.
	rows := fetchCSV(b, "/admin/export/events/"+url.PathEscape(id)+"/applications.csv")
	r := b.s.QueryAs(b.token(micAdmin), `query($id: ID!) { event(id: $id) { applications(first: 100) { edges { node {
		reference status checkedInAt attendeeName attendeeEmail } } } } }`, map[string]any{"id": id})
	var api struct {
		Event struct {
			Applications struct {
				Edges []struct {
					Node struct {
						Reference, Status, AttendeeName, AttendeeEmail string
						CheckedInAt                                    *string
					}
				}
			}
		}
	}
	r.Decode(t, &api)
	edges := api.Event.Applications.Edges
	if len(rows) != 1+len(edges) || len(edges) != 3 {
		t.Fatalf("the CSV has %d rows, the API %d applications:\n%q", len(rows)-1, len(edges), rows)
	}
	header := rows[0]
	col := func(name string) int { return slices.Index(header, name) }
	status := map[string]string{"CONFIRMED": "確定", "WAITLISTED": "キャンセル待ち"}
	for i, e := range edges {
		row, n := rows[i+1], e.Node
		if row[col("受付番号")] != n.Reference || row[col("状態")] != status[n.Status] ||
			row[col("氏名")] != n.AttendeeName || row[col("メールアドレス")] != n.AttendeeEmail ||
			(row[col("来場確認日時")] != "") != (n.CheckedInAt != nil) {
			t.Errorf("CSV row %d %q, the API's %+v", i+1, row, n)
		}
	}
	if edges[0].Node.CheckedInAt == nil || edges[2].Node.Status != "WAITLISTED" {
		t.Errorf("the API's applications: %+v", edges)
	}
}
