package console_test

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp/kb"
)

// TestBrowserDashboard: MIC's admin reads MIC's dashboard of the year: its events by status as the
// API counts them, the seats, applications per day as a chart named and described for assistive
// technology with the same numbers in a table, and the award entries waiting; the secretariat also
// reads the campaign's public counts and the registrations waiting, and chooses a ministry by
// keyboard.
func TestBrowserDashboard(t *testing.T) {
	b := newBrowser(t)
	b.signInAs(micAdmin, "イベント")
	if nav := b.navLinks(); len(nav) == 0 || nav[0] != "ダッシュボード" {
		t.Errorf("the admin's navigation: %q", nav)
	}
	b.clickText("ダッシュボード")
	b.waitHeading("ダッシュボード")
	b.waitFor("the counts", `!!document.getElementById('events-heading') && !!document.getElementById('awards-heading')`)
	text := b.main()
	for _, want := range []string{"イベントの状態", "総務省が主催・共催", "公開中のイベントの座席", "日ごとの申込数", "決定待ちの表彰応募"} {
		if !strings.Contains(text, want) {
			t.Errorf("the dashboard lacks %q:\n%.600s", want, text)
		}
	}
	if strings.Contains(text, "キャンペーンの登録者") {
		t.Error("a ministry admin sees the secretariat's part")
	}
	// The counts are the API's.
	r := b.s.QueryAs(b.token(micAdmin), `{ events(filter: {fiscalYear: 2026, ministryCode: "MIC", status: PUBLISHED}) { totalCount } }`, nil)
	var published struct{ Events struct{ TotalCount int } }
	r.Decode(t, &published)
	if got := eval[string](b, `[...document.querySelectorAll('section')][0].querySelectorAll('tbody tr')[1].querySelector('td').textContent`); got != count(published.Events.TotalCount) {
		t.Errorf("published events %q, the API counts %d", got, published.Events.TotalCount)
	}
	// The chart is an image with a name and a description; its numbers are in the table.
	if role := eval[string](b, `document.querySelector('svg.chart').getAttribute('role')`); role != "img" {
		t.Errorf("the chart's role %q", role)
	}
	desc := eval[string](b, `document.getElementById('per-day-desc').textContent`)
	bars := eval[float64](b, `document.querySelectorAll('svg.chart rect').length`)
	rows := eval[float64](b, `document.querySelectorAll('details tbody tr').length`)
	if bars == 0 || bars != rows || !strings.Contains(desc, "計") {
		t.Errorf("%v bars, %v rows in the table, description %q", bars, rows, desc)
	}
	b.check("dashboard-mic-admin")
	b.fullShot("dashboard-mic-admin")
	b.setLang("en")
	b.waitHeading("Dashboard")
	b.check("dashboard-mic-admin-en")
	b.setLang("ja")

	// The secretariat: the campaign's part, and another ministry by keyboard.
	s := newBrowser(t)
	s.signInAs(secretariat, "イベント")
	s.open("/admin/dashboard")
	s.waitHeading("ダッシュボード")
	s.waitFor("the campaign's part", `!!document.getElementById('campaign-heading')`)
	if text := s.main(); !strings.Contains(text, "審査待ちの登録: ") || !strings.Contains(text, "活動別") || !strings.Contains(text, "都道府県別") {
		t.Errorf("the secretariat's dashboard:\n%.800s", text)
	}
	s.tabTo("ministry", false)
	s.setValue("ministry", "MHLW")
	s.tabTo("表示する", false)
	s.press(kb.Enter)
	s.waitFor("MHLW's part", `document.querySelector('main').innerText.includes('厚生労働省が主催・共催')`)
	if !strings.Contains(s.location(), "ministry=MHLW") {
		t.Errorf("the address %q does not keep the choice", s.location())
	}
	s.check("dashboard-secretariat")
	s.fullShot("dashboard-secretariat")
}

// count writes a number as the console does in Japanese: with thousands separators.
func count(n int) string {
	d := strconv.Itoa(n)
	var out []byte
	for i := range d {
		if i > 0 && (len(d)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, d[i])
	}
	return string(out)
}

// TestBrowserDashboardNotAllowed: a staff member without a role has no dashboard in the navigation,
// and its address says plainly that it is not theirs; the API refuses the counts of a ministry.
func TestBrowserDashboardNotAllowed(t *testing.T) {
	b := newBrowser(t)
	token := b.s.Staff("nobody@example.jp", "", "")
	b.open("/admin/signin?next=%2Fadmin%2Fdashboard")
	b.signIn("nobody@example.jp", "a-test-password-of-some-length", "このページを表示する権限がありません")
	if nav := b.navLinks(); slices.Contains(nav, "ダッシュボード") {
		t.Errorf("a person without a role: navigation %q", nav)
	}
	b.check("dashboard-not-allowed")
	r := b.s.QueryAs(token, `{ applicationsPerDay(fiscalYear: 2026, ministryCode: "MIC") { day count } }`, nil)
	if len(r.Errors) == 0 || r.Errors[0].Code() != "FORBIDDEN" {
		t.Errorf("applicationsPerDay without a role: %s", r.Body)
	}
}
