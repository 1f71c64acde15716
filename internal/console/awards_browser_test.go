package console_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp/kb"

	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/seed"
	"github.com/teleworkmonth/platform/internal/telework"
)

// Entrants of the award tests: one listed publicly, one that did not consent to be listed.
const (
	listedEntrant   = "株式会社リモートワークス"
	unlistedEntrant = "非公開テレワーク合同会社"
)

// enter registers an entrant for FY2026 through the public API and enters it for a program, as a
// registrant would.
func (b *browser) enter(programID, name string, listed bool) {
	b.t.Helper()
	r := b.s.Query(`mutation($in: RegisterActivityInput!) { registerActivity(input: $in) { token } }`, map[string]any{"in": map[string]any{
		"fiscalYear": 2026, "kind": "COMPANY", "name": name, "prefecture": "TOKYO", "activities": []string{"PRACTICING"},
		"publishName": listed, "contact": map[string]any{"name": "総務 担当", "email": "contact@" + map[bool]string{true: "listed", false: "unlisted"}[listed] + ".example.jp"},
	}})
	var reg struct{ RegisterActivity struct{ Token string } }
	r.Decode(b.t, &reg)
	if reg.RegisterActivity.Token == "" {
		b.t.Fatalf("registerActivity: %s", r.Body)
	}
	r = b.s.QueryAs(reg.RegisterActivity.Token, `mutation($in: SubmitAwardEntryInput!) { submitAwardEntry(input: $in) { entry { id } } }`,
		map[string]any{"in": map[string]any{"programId": programID, "summary": name + "は全社員の在宅勤務を実現しました。",
			"contactEmail": "award@" + map[bool]string{true: "listed", false: "unlisted"}[listed] + ".example.jp"}})
	if len(r.Errors) > 0 {
		b.t.Fatalf("submitAwardEntry: %s", r.Body)
	}
}

// openProgram makes a MIC program of FY2026 whose entries are open, through the API, with an entry
// of each entrant, and returns its ID.
func (b *browser) openProgram(name string) string {
	b.t.Helper()
	now := time.Now()
	r := b.s.QueryAs(b.token(micAdmin), `mutation($in: CreateAwardProgramInput!) { createAwardProgram(input: $in) { awardProgram { id } } }`,
		map[string]any{"in": map[string]any{"fiscalYear": 2026, "ministryCode": "MIC", "nameJa": name,
			"entryOpensAt": now.Add(-time.Hour).UTC().Format(time.RFC3339), "entryClosesAt": now.Add(30 * 24 * time.Hour).UTC().Format(time.RFC3339)}})
	var data struct {
		CreateAwardProgram struct{ AwardProgram struct{ ID string } }
	}
	r.Decode(b.t, &data)
	id := data.CreateAwardProgram.AwardProgram.ID
	if id == "" {
		b.t.Fatalf("createAwardProgram: %s", r.Body)
	}
	b.enter(id, listedEntrant, true)
	b.enter(id, unlistedEntrant, false)
	return id
}

// TestBrowserAwardsFlow: a MIC admin creates a program in the console (the form's errors, its own
// and the API's, at their fields), entries arrive through the public API, the admin finds one by
// search, decides it by keyboard alone, checks what the announcement will make public and
// announces; the public API then shows the winner with its citation.
func TestBrowserAwardsFlow(t *testing.T) {
	b := newBrowser(t)
	ceremony := b.createDraft(micAdmin, "MIC", "テレワーク推進表彰式", map[string]any{"kind": "AWARD_CEREMONY"})
	b.signInAs(micAdmin, "イベント")
	if nav := b.navLinks(); !slices.Contains(nav, "表彰") {
		t.Errorf("a ministry admin's navigation: %q", nav)
	}
	b.clickText("表彰")
	b.waitHeading("表彰")
	b.waitFor("the list", `!document.querySelector('main [role=status]')`)
	b.clickText("表彰を作成")
	b.waitHeading("表彰を作成")

	// The form's own checks, then one that only the API makes (a ceremony of another year).
	b.click(`main button[type=submit]`)
	b.waitFocused("error-summary")
	if title := eval[string](b, `document.title`); !strings.HasPrefix(title, "エラー: ") {
		t.Errorf("title %q", title)
	}
	b.check("award-new-error")
	const name = "テレワーク先駆者百選2026（総務大臣賞）"
	b.typeInto("input.nameJa", name)
	b.typeInto("input.nameEn", "Telework Top Runner 2026")
	b.setValue("input.descriptionJa", "テレワークの導入・活用を進め、十分な実績を持つ企業等を選定し、公表します。")
	jst := func(d time.Duration) string { return time.Now().Add(d).In(telework.Japan).Format("2006-01-02T15:04") }
	b.setValue("input.entryOpensAt", jst(time.Hour))
	b.setValue("input.entryClosesAt", jst(-time.Hour))
	b.click(`main button[type=submit]`)
	b.waitFor("the window's error", `!!document.getElementById('input.entryClosesAt-error')`)
	b.setValue("input.entryOpensAt", jst(-time.Hour))
	b.setValue("input.entryClosesAt", jst(30*24*time.Hour))
	other := sqlOne[int64](b, `SELECT e.id FROM events e JOIN campaigns c ON c.id = e.campaign_id WHERE c.fiscal_year = 2023 ORDER BY e.id LIMIT 1`)
	b.waitFor("the ceremony's choices", fmt.Sprintf(`!!document.querySelector('option[value=%q]')`, ceremony))
	eval[any](b, fmt.Sprintf(`document.getElementById('input.ceremonyEventId').add(new Option('2023', %q)); 0`, relayEvent(other)))
	b.setValue("input.ceremonyEventId", relayEvent(other))
	b.click(`main button[type=submit]`)
	b.waitFor("the API's error at the ceremony", `!!document.getElementById('input.ceremonyEventId-error')`)
	if text := b.main(); !strings.Contains(text, "表彰式は同じ年度のイベントから選んでください") {
		t.Errorf("the API's error is not shown:\n%s", text)
	}
	b.setValue("input.ceremonyEventId", ceremony)
	b.fullShot("award-new")
	b.click(`main button[type=submit]`)
	b.waitHeading(name)
	if text := b.main(); !strings.Contains(text, "表彰を作成しました。") || !strings.Contains(text, "テレワーク推進表彰式") {
		t.Errorf("the new program:\n%s", text)
	}
	id := strings.TrimPrefix(b.location(), "/admin/awards/")

	// Editing: the form holds what was saved; a change is saved with the version it read.
	b.clickText("表彰を編集する")
	b.waitHeading("表彰を編集: " + name)
	if got := eval[string](b, `document.getElementById('input.ceremonyEventId').value`); got != ceremony {
		t.Errorf("the form's ceremony %q, want %q", got, ceremony)
	}
	b.replace("input.nameEn", "Telework Pioneers 2026 (MIC Minister's Award)")
	b.waitFor("the new English name in the field", `document.getElementById('input.nameEn').value.startsWith('Telework Pioneers')`)
	b.check("award-edit")
	b.click(`main button[type=submit]`)
	b.waitHeading(name)
	if text := b.main(); !strings.Contains(text, "変更を保存しました。") {
		t.Errorf("no notice after saving:\n%s", text)
	}
	if v := sqlOne[int](b, `SELECT version FROM award_programs WHERE name_en LIKE 'Telework Pioneers%'`); v != 2 {
		t.Errorf("version %d after one edit", v)
	}

	// Entries arrive through the public API.
	b.enter(id, listedEntrant, true)
	b.enter(id, unlistedEntrant, false)
	b.open("/admin/awards")
	b.waitHeading("表彰")
	b.waitFor("the program's row", `document.querySelector('tbody') && document.querySelector('tbody').innerText.includes('`+name+`')`)
	for _, row := range b.texts(`tbody tr`) {
		if strings.Contains(row, name) && (!strings.Contains(row, "未発表") || !strings.HasSuffix(strings.TrimSpace(row), "未発表22")) {
			t.Errorf("the program's row %q: want not announced, 2 entries, 2 undecided", row)
		}
	}
	b.check("awards")
	b.fullShot("awards-mic-admin")
	b.setLang("en")
	b.waitHeading("Awards")
	b.check("awards-en")
	b.setLang("ja")
	b.clickText(name)
	b.waitHeading(name)
	b.waitFor("the entries", `document.querySelectorAll('tbody tr').length === 2`)
	rows := b.texts(`tbody tr`)
	if !strings.Contains(rows[0], listedEntrant) || !strings.Contains(rows[0], "award@listed.example.jp") ||
		strings.Contains(rows[1], unlistedEntrant) || !strings.Contains(rows[1], "名称非公開") {
		t.Errorf("the entries as the admin sees them: %q", rows)
	}
	b.check("award-program")
	b.fullShot("award-program-mic-admin")
	b.setLang("en")
	b.waitFor("English", `document.querySelector('main').innerText.includes('Entrant')`)
	b.check("award-program-en")
	b.setLang("ja")
	b.typeInto("q", "リモート")
	b.click(`form[role=search] button[type=submit]`)
	b.waitFor("the search", `location.search.includes('q=') && document.querySelectorAll('tbody tr').length === 1`)
	csv := fetchCSV(b, eval[string](b, `document.querySelector('main a[download]').getAttribute('href')`))
	if len(csv) != 2 || csv[1][2] != listedEntrant || csv[1][5] != "award@listed.example.jp" {
		t.Errorf("the CSV of the search: %q", csv)
	}

	// Decide by keyboard alone: to the entry, an empty decision refused, then the award.
	b.tabTo(listedEntrant+"（決定する）", false)
	b.press(kb.Enter)
	b.waitHeading("応募を決定する")
	b.tabTo("決定を保存する", false)
	b.press(kb.Enter)
	b.waitFocused("error-summary")
	b.check("award-decide-error")
	b.tabTo("decision", false)
	b.press(kb.ArrowDown) // the next choice, 大臣賞を授与する, chosen as it gets the focus
	b.waitFocused("decision-AWARD")
	b.press(kb.Tab)
	b.waitFocused("citation")
	b.press("全社員の在宅勤務を実現し、地方在住の人材を積極的に採用している。")
	b.tabTo("決定を保存する", false)
	b.press(kb.Enter)
	b.waitHeading(name)
	if text := b.main(); !strings.Contains(text, "決定を保存しました。") {
		t.Errorf("no notice after the decision:\n%s", text)
	}
	if got := sqlOne[string](b, `SELECT a.status FROM award_entries a JOIN registrants r ON r.id = a.registrant_id WHERE r.name = $1`, listedEntrant); got != "AWARDED" {
		t.Errorf("the entry is %s, want AWARDED", got)
	}
	// The other entry is selected through the API, with a citation.
	entry := sqlOne[int64](b, `SELECT a.id FROM award_entries a JOIN registrants r ON r.id = a.registrant_id WHERE r.name = $1`, unlistedEntrant)
	if r := b.s.QueryAs(b.token(micAdmin), `mutation($id: ID!) { decideAwardEntry(id: $id, decision: SHORTLIST, citation: "サテライトオフィスの先進事例。") { entry { status } } }`,
		map[string]any{"id": relayEntry(entry)}); len(r.Errors) > 0 {
		t.Fatalf("decideAwardEntry: %s", r.Body)
	}

	// The check before announcing says exactly what becomes public.
	b.open("/admin/awards/" + id)
	b.waitHeading(name)
	b.clickText("結果を発表する")
	b.waitHeading("結果を発表する")
	text := b.main()
	for _, want := range []string{listedEntrant, "講評: 全社員の在宅勤務を実現し", "名称非公開の登録者（名称の掲載に同意していません）",
		"講評: サテライトオフィスの先進事例。", "発表は取り消せません。"} {
		if !strings.Contains(text, want) {
			t.Errorf("the check before announcing lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "award@listed.example.jp") || strings.Contains(text, "全社員の在宅勤務を実現しました") {
		t.Errorf("the check shows what will stay private:\n%s", text)
	}
	b.check("award-announce")
	b.fullShot("award-announce")
	b.setLang("en")
	b.waitHeading("Announce the results")
	b.check("award-announce-en")
	b.setLang("ja")
	b.waitHeading("結果を発表する")
	b.clickText("発表する")
	b.waitHeading(name)
	if text := b.main(); !strings.Contains(text, "結果を発表しました。") || strings.Contains(text, "結果を発表する") {
		t.Errorf("after the announcement:\n%s", text)
	}

	// The public reads the winners: the award first, with its citation; the unlisted one unnamed.
	r := b.s.Query(`{ awardPrograms(fiscalYear: 2026) { id winners { status citation registrant { name } } } }`, nil)
	var pub struct {
		AwardPrograms []struct {
			ID      string
			Winners []struct {
				Status     string
				Citation   *string
				Registrant struct{ Name *string }
			}
		}
	}
	r.Decode(t, &pub)
	for _, p := range pub.AwardPrograms {
		if p.ID != id {
			continue
		}
		w := p.Winners
		if len(w) != 2 || w[0].Status != "AWARDED" || w[0].Registrant.Name == nil || *w[0].Registrant.Name != listedEntrant ||
			w[0].Citation == nil || !strings.HasPrefix(*w[0].Citation, "全社員の在宅勤務を実現し") || w[1].Registrant.Name != nil {
			t.Errorf("the public winners: %s", r.Body)
		}
		return
	}
	t.Errorf("the public does not see the program: %s", r.Body)
}

// TestBrowserAwardsByRole: an editor decides but does not read contact emails (the screen says so
// rather than break); a viewer has no award screens (not allowed, and the API refuses); another
// ministry's admin reads none of MIC's entries.
func TestBrowserAwardsByRole(t *testing.T) {
	b := newBrowser(t)
	id := b.openProgram("総務省テレワーク推進表彰2026")

	b.signInAs(micEditor, "イベント")
	if nav := b.navLinks(); !slices.Contains(nav, "表彰") {
		t.Errorf("an editor's navigation: %q", nav)
	}
	b.open("/admin/awards/" + id)
	b.waitHeading("総務省テレワーク推進表彰2026")
	b.waitFor("the entries", `document.querySelectorAll('tbody tr').length === 2`)
	rows := b.texts(`tbody tr`)
	for _, r := range rows {
		if strings.Contains(r, "@") || !strings.Contains(r, "あなたの役割には表示されません") {
			t.Errorf("an editor's row %q: want the contact email not shown, and said so", r)
		}
	}
	b.check("award-program-editor")
	b.clickText(listedEntrant + "（決定する）")
	b.waitHeading("応募を決定する")
	if text := b.main(); !strings.Contains(text, "全社員の在宅勤務を実現しました") || !strings.Contains(text, "あなたの役割には表示されません") {
		t.Errorf("the entry as an editor reads it:\n%s", text)
	}
	b.check("award-decide-editor")

	b.click(`header button.button-secondary`) // sign out
	b.waitHeading("ログイン")
	b.open("/admin/awards")
	b.signIn(micViewer, seed.DemoStaffPassword, "このページを表示する権限がありません")
	if nav := b.navLinks(); slices.Contains(nav, "表彰") {
		t.Errorf("a viewer's navigation: %q", nav)
	}
	b.open("/admin/awards/" + id)
	b.waitHeading("このページを表示する権限がありません")
	if text := b.main(); strings.Contains(text, listedEntrant) {
		t.Errorf("the not-allowed screen shows an entry:\n%s", text)
	}
	b.check("awards-not-allowed")
	b.setLang("en")
	b.waitHeading("You are not allowed to see this page")
	b.check("awards-not-allowed-en")
	b.setLang("ja")
	viewer := b.token(micViewer)
	for _, q := range []string{
		`mutation { createAwardProgram(input: {fiscalYear: 2026, ministryCode: "MIC", nameJa: "x"}) { awardProgram { id } } }`,
		fmt.Sprintf(`{ awardProgram(id: %q) { entries { totalCount } } }`, id),
	} {
		if r := b.s.QueryAs(viewer, q, nil); len(r.Errors) == 0 || r.Errors[0].Code() != "FORBIDDEN" {
			t.Errorf("%s as a viewer: %s", q, r.Body)
		}
	}

	// MHLW's admin has award screens, but MIC's entries are not theirs: refused, nothing shown.
	b.click(`header button.button-secondary`)
	b.waitHeading("ログイン")
	b.open("/admin/awards/" + id)
	b.signIn(mhlwAdmin, seed.DemoStaffPassword, "表彰")
	if text := b.main(); strings.Contains(text, listedEntrant) || !strings.Contains(text, "権限") {
		t.Errorf("MHLW's admin on MIC's program:\n%s", text)
	}
}

func relayEvent(key int64) string { return relay.ID(relay.KindEvent, key) }

func relayEntry(key int64) string { return relay.ID(relay.KindAwardEntry, key) }
