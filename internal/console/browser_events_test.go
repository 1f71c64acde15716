package console_test

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"testing"
)

// fy2026Events counts the FY2026 events that a ministry hosts or co-hosts ("" for every ministry).
func fy2026Events(b *browser, ministry string) int {
	return sqlOne[int](b, `
		SELECT count(*) FROM events e JOIN campaigns c ON c.id = e.campaign_id
		WHERE c.fiscal_year = 2026 AND ($1 = '' OR EXISTS (
			SELECT 1 FROM ministries m WHERE m.code = $1 AND (m.id = e.host_ministry_id
				OR EXISTS (SELECT 1 FROM event_cohosts x WHERE x.event_id = e.id AND x.ministry_id = m.id))))`, ministry)
}

// TestBrowserEventsByRole: each role lands on the event list after signing in, sees the events of
// its ministry (every ministry for the secretariat) and may create events or not; on an event of
// MIC, the host's admins and editors and the secretariat get the form and the ways to publish and
// cancel, a MIC viewer reads it only, and an MHLW admin gets "not found" with none of its data.
func TestBrowserEventsByRole(t *testing.T) {
	b := newBrowser(t)
	draft := b.createDraft(micEditor, "MIC", "総務省 下書きの研修会", map[string]any{"coHostMinistryCodes": []string{"METI"}})
	coHosted := b.createDraft(micEditor, "MIC", "総務省・厚生労働省 共催の研修会", map[string]any{"coHostMinistryCodes": []string{"MHLW"}})
	tests := []struct {
		email, ministry string
		create, edit    bool
		readOnly        bool   // the draft is shown read-only (else "not found")
		nav             string // the entries of the main navigation
	}{
		{secretariat, "", true, true, false, "ダッシュボード,イベント,表彰,登録者,スタッフと権限,APIキー,監査ログ,アカウント"},
		{micAdmin, "MIC", true, true, false, "ダッシュボード,イベント,表彰,登録者,スタッフと権限,監査ログ,アカウント"},
		{micEditor, "MIC", true, true, false, "ダッシュボード,イベント,表彰,登録者,アカウント"},
		{micViewer, "MIC", false, false, true, "ダッシュボード,イベント,登録者,アカウント"},
		{mhlwAdmin, "MHLW", true, false, false, "ダッシュボード,イベント,表彰,登録者,スタッフと権限,監査ログ,アカウント"},
	}
	for i, tt := range tests {
		t.Run(tt.email, func(t *testing.T) {
			b.t = t
			if i > 0 {
				b.clickText("ログアウト")
				b.waitHeading("ログイン")
			}
			b.signInAs(tt.email, "イベント")
			if loc := b.location(); !strings.HasPrefix(loc, "/admin/events") {
				t.Errorf("after signing in %s is at %s", tt.email, loc)
			}
			if nav := strings.Join(b.texts("header nav a"), ","); nav != tt.nav {
				t.Errorf("the main navigation holds %q", nav)
			}
			b.waitFor("the list", `!!document.querySelector('table tbody tr')`)
			want := min(fy2026Events(b, tt.ministry), 20)
			if rows := len(b.texts("tbody tr")); rows != want {
				t.Errorf("%d rows, want %d", rows, want)
			}
			text := b.main()
			total := fy2026Events(b, tt.ministry)
			if !strings.Contains(text, fmt.Sprintf("%d件中 1〜%d件目", total, want)) || !strings.Contains(text, "令和8年度のイベント") {
				t.Errorf("the list does not count %d events of 令和8年度:\n%s", total, text)
			}
			if hasCreate := slices.Contains(b.texts("main a"), "イベントを作成する"); hasCreate != tt.create {
				t.Errorf("the link to create an event: %v, want %v", hasCreate, tt.create)
			}
			if tt.ministry == "" {
				if got := eval[string](b, `document.getElementById('ministry').selectedOptions[0].textContent`); got != "すべての府省庁" {
					t.Errorf("the secretariat's list is of %q", got)
				}
			} else if tt.ministry == "MIC" && !strings.Contains(text, "総務省が主催・共催するイベントです。") {
				t.Errorf("the list does not say whose events it shows:\n%s", text)
			}
			for _, personal := range []string{"@", "申込者"} {
				if strings.Contains(text, personal) {
					t.Errorf("the list shows %q", personal)
				}
			}
			if i == 0 || tt.email == micAdmin {
				name := "events-" + strings.Split(tt.email, "@")[0]
				b.check(name)
				b.fullShot(name)
				b.setLang("en")
				b.waitHeading("Events")
				b.check(name + "-en")
				b.setLang("ja")
				b.waitHeading("イベント")
			}

			b.open("/admin/events/" + url.PathEscape(draft))
			switch {
			case tt.edit:
				b.waitHeading("総務省 下書きの研修会")
				b.waitFor("the form", `!!document.getElementById('titleJa')`)
				for _, link := range []string{"このイベントを公開する", "このイベントを中止する"} {
					if !slices.Contains(b.texts("main a"), link) {
						t.Errorf("no %q", link)
					}
				}
			case tt.readOnly:
				b.waitHeading("総務省 下書きの研修会")
				if n := eval[int](b, `document.querySelectorAll('main input, main textarea, main select').length`); n != 0 {
					t.Errorf("the read-only event has %d fields", n)
				}
				text := b.main()
				if !strings.Contains(text, "閲覧だけできます") || strings.Contains(text, "公開する") || strings.Contains(text, "中止する") {
					t.Errorf("the read-only event:\n%s", text)
				}
				b.check("event-readonly")
				b.setLang("en")
				b.waitFor("English", `(document.querySelector('main') || {innerText: ''}).innerText.includes('You can read this event')`)
				b.check("event-readonly-en")
				b.setLang("ja")
			default:
				b.waitHeading("ページが見つかりません")
				if text := b.main(); strings.Contains(text, "研修会") || strings.Contains(text, "霞が関") {
					t.Errorf("the not-found screen shows the draft:\n%s", text)
				}
				for _, path := range []string{"/publish", "/cancel"} {
					b.open("/admin/events/" + url.PathEscape(draft) + path)
					b.waitHeading("ページが見つかりません")
				}
				// A co-host reads the events it co-hosts, drafts too, and does not edit them.
				b.open("/admin/events/" + url.PathEscape(coHosted))
				b.waitFor("the event", `(document.querySelector('main') || {innerText: ''}).innerText.includes('閲覧だけできます')`)
				if n := eval[int](b, `document.querySelectorAll('main input, main textarea, main select').length`); n != 0 {
					t.Errorf("a co-host gets %d fields of the host's event", n)
				}
			}
			if i == 0 {
				b.waitFor("the form", `!!document.getElementById('titleJa')`)
				b.check("event-edit")
				b.fullShot("event-edit")
				b.setLang("en")
				b.waitFor("English", `!!document.querySelector('main h2') && document.body.innerText.includes('Save changes')`)
				b.check("event-edit-en")
				b.setLang("ja")
			}
		})
	}
}
