package console_test

import (
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"testing"
)

// apiEvents asks the API, as the secretariat, for the titles of a page of FY2026 events matching a
// filter, and their number in all: what the console's list must show for the same filter.
func apiEvents(b *browser, token string, filter map[string]any, after []string) (titles []string, total int) {
	b.t.Helper()
	filter["fiscalYear"] = 2026
	var cursor any
	var data struct {
		Events struct {
			TotalCount int
			PageInfo   struct{ EndCursor string }
			Edges      []struct {
				Node struct{ Title struct{ Ja string } }
			}
		}
	}
	for i := 0; i <= len(after); i++ {
		r := b.s.QueryAs(token, `query($f: EventFilter!, $a: String) { events(filter: $f, first: 20, after: $a) {
			totalCount pageInfo { endCursor } edges { node { title { ja } } } } }`, map[string]any{"f": filter, "a": cursor})
		if len(r.Errors) > 0 {
			b.t.Fatalf("events: %s", r.Body)
		}
		data.Events.Edges = nil
		if err := json.Unmarshal(r.Data, &data); err != nil {
			b.t.Fatal(err)
		}
		cursor = data.Events.PageInfo.EndCursor
	}
	for _, e := range data.Events.Edges {
		titles = append(titles, e.Node.Title.Ja)
	}
	return titles, data.Events.TotalCount
}

// listed is the titles of the rows of the list on the screen.
func listed(b *browser) []string { return b.texts("tbody th") }

func sameTitles(t *testing.T, what string, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s: the list shows\n%q\nthe API answers\n%q", what, got, want)
	}
}

// TestBrowserEventListFilters: the secretariat filters the list by ministry, status, start date and
// words; the filters and the page are in the address, so that a reload shows the same list; paging
// goes forward with the API's cursors and back with those kept in the address.
func TestBrowserEventListFilters(t *testing.T) {
	b := newBrowser(t)
	token := b.token(secretariat)
	b.signInAs(secretariat, "イベント")
	b.waitFor("the list", `!!document.querySelector('tbody tr')`)
	all, total := apiEvents(b, token, map[string]any{}, nil)
	sameTitles(t, "every ministry, page 1", listed(b), all)
	if total <= 40 {
		t.Fatalf("the demo's FY2026 has %d events: the test wants three pages", total)
	}

	// Pages: forward, forward, back; each address reloads to the same page.
	b.clickText("次のページ")
	b.waitFor("page 2", fmt.Sprintf(`(document.querySelector('.pager-count') || {}).textContent === '%d件中 21〜40件目'`, total))
	page2, _ := apiEvents(b, token, map[string]any{}, []string{""})
	sameTitles(t, "page 2", listed(b), page2)
	if q, _ := url.ParseQuery(strings.SplitN(b.location(), "?", 2)[1]); len(q["after"]) != 1 {
		t.Errorf("page 2's address %s does not keep its cursor", b.location())
	}
	b.waitFocused("results") // the heading of the results that the new page brought
	b.clickText("次のページ")
	b.waitFor("page 3", fmt.Sprintf(`(document.querySelector('.pager-count') || {}).textContent === '%d件中 41〜%d件目'`, total, total))
	page3 := b.location()
	b.open(page3)
	b.waitFor("page 3 again", fmt.Sprintf(`(document.querySelector('.pager-count') || {}).textContent === '%d件中 41〜%d件目'`, total, total))
	if strings.Contains(strings.Join(b.texts(".pager a"), ","), "次のページ") {
		t.Errorf("the last page links to a next one")
	}
	b.clickText("前のページ")
	b.waitFor("back to page 2", fmt.Sprintf(`(document.querySelector('.pager-count') || {}).textContent === '%d件中 21〜40件目'`, total))
	sameTitles(t, "back to page 2", listed(b), page2)

	// Filters: a ministry, a status, a start date range and words; back to page 1.
	b.setValue("ministry", "MIC")
	b.setValue("status", "PUBLISHED")
	b.setValue("from", "2026-11-01")
	b.setValue("to", "2026-11-30")
	b.fill("q", "テレワーク")
	b.clickText("絞り込む")
	b.waitFor("the filtered list", `location.search.includes('status=PUBLISHED')`)
	filter := map[string]any{"ministryCode": "MIC", "status": "PUBLISHED", "startsAfter": "2026-10-31T15:00:00Z",
		"startsBefore": "2026-11-30T15:00:00Z", "search": "テレワーク"}
	want, n := apiEvents(b, token, filter, nil)
	b.waitFor("the filtered rows", fmt.Sprintf(`document.querySelectorAll('tbody tr').length === %d`, len(want)))
	sameTitles(t, "filtered", listed(b), want)
	if n == 0 || n == total {
		t.Errorf("the filter matches %d of %d: it tests nothing", n, total)
	}
	for _, k := range []string{"fy=2026", "ministry=MIC", "status=PUBLISHED", "from=2026-11-01", "to=2026-11-30", "q=" + url.QueryEscape("テレワーク")} {
		if !strings.Contains(b.location(), k) {
			t.Errorf("the address %s lacks %s", b.location(), k)
		}
	}
	for _, tag := range b.texts("tbody .tag:not(.tag-cohost)") {
		if tag != "公開中" {
			t.Errorf("a row of status %q", tag)
		}
	}
	b.check("events-filtered")

	// A reload (or a bookmark) of the address keeps the filters, in the form too.
	b.open(b.location())
	b.waitFor("the filtered rows", fmt.Sprintf(`document.querySelectorAll('tbody tr').length === %d`, len(want)))
	for id, v := range map[string]string{"ministry": "MIC", "status": "PUBLISHED", "from": "2026-11-01", "to": "2026-11-30", "q": "テレワーク"} {
		if got := eval[string](b, `document.getElementById('`+id+`').value`); got != v {
			t.Errorf("after a reload the filter %s holds %q, want %q", id, got, v)
		}
	}

	// Nothing matches: the list says so; the English page too.
	b.replace("q", "該当しない語句")
	b.clickText("絞り込む")
	b.waitFor("no rows", `(document.querySelector('main') || {innerText: ''}).innerText.includes('条件に合うイベントはありません')`)
	b.check("events-none")
	b.setLang("en")
	b.waitFor("English", `document.querySelector('main').innerText.includes('No event matches these filters')`)
	b.check("events-none-en")
	b.setLang("ja")

	// Clearing the filters keeps the year and lists every ministry's events again.
	b.clickText("条件をクリア")
	b.waitFor("every event", fmt.Sprintf(`(document.querySelector('.pager-count') || {}).textContent === '%d件中 1〜20件目'`, total))
}
