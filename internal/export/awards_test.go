package export_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/teleworkmonth/platform/internal/relay"
)

// entriesPath is the export of a program's entries with a query.
func entriesPath(programID string, q url.Values) string {
	p := "/admin/export/award-programs/" + programID + "/entries.csv"
	if len(q) > 0 {
		p += "?" + q.Encode()
	}
	return p
}

// newProgram makes a MIC program of FY2026 (its name has a comma, which the file name keeps) with
// three entries: a listed registrant's, shortlisted with a citation; an unlisted registrant's; and
// one whose summary and contact email begin as a formula would.
func (f *fixture) newProgram(t *testing.T) string {
	t.Helper()
	r := f.s.QueryAs(f.tokens[micAdmin], `mutation($in: CreateAwardProgramInput!) { createAwardProgram(input: $in) { awardProgram { id } } }`,
		map[string]any{"in": map[string]any{"fiscalYear": 2026, "ministryCode": "MIC", "nameJa": "テレワークトップランナー, 2026"}})
	var data struct {
		CreateAwardProgram struct{ AwardProgram struct{ ID string } }
	}
	r.Decode(t, &data)
	id := data.CreateAwardProgram.AwardProgram.ID
	_, key, err := relay.ParseID(id)
	if err != nil {
		t.Fatalf("createAwardProgram: %s", r.Body)
	}
	for _, e := range []struct {
		name    string
		listed  bool
		summary string
		email   string
		status  string
	}{
		{"公開株式会社", true, "全社員の在宅勤務", "info@listed.example.jp", "SHORTLISTED"},
		{"非公開合同会社", false, "サテライトオフィス三拠点", "hidden@unlisted.example.jp", "SUBMITTED"},
		{"数式研究所", true, "=HYPERLINK(\"http://attacker.example/\")", "=cmd@formula.example.jp", "SUBMITTED"},
	} {
		f.s.DB.MustExec(`WITH r AS (INSERT INTO registrants (campaign_id, kind, name, prefecture, activities, publish_name, status,
				contact_name, contact_email)
			SELECT id, 'COMPANY', $1, 'TOKYO', ARRAY['PRACTICING'], $2, 'APPROVED', '担当', $3 FROM campaigns WHERE fiscal_year = 2026
			RETURNING id)
			INSERT INTO award_entries (program_id, registrant_id, summary, contact_email, status, citation)
			SELECT $4, r.id, $5, $3, $6, CASE WHEN $6 = 'SHORTLISTED' THEN '全国の模範となる取組' END FROM r`,
			e.name, e.listed, e.email, key, e.summary, e.status)
	}
	return id
}

// TestAwardEntriesExport: a program's entries as AwardProgram.entries answers the same viewer:
// every column for those who read personal data, the contact email left out for an editor, names
// not listed publicly for the secretariat only; refused as the API refuses, and audited.
func TestAwardEntriesExport(t *testing.T) {
	f := newFixture(t, nil)
	id := f.newProgram(t)
	head := "受付日時,状態,応募者,取組の概要,講評"

	t.Run("the program's admin: every column, names as the API shows them", func(t *testing.T) {
		resp := f.get(t, micAdmin, entriesPath(id, nil))
		rows := mustCSV(t, resp)
		if got := strings.Join(rows[0], ","); got != head+",連絡先メールアドレス" {
			t.Fatalf("header %q", got)
		}
		if len(rows) != 4 {
			t.Fatalf("%d rows: %q", len(rows)-1, rows)
		}
		want := [][]string{
			{"選定", "公開株式会社", "全社員の在宅勤務", "全国の模範となる取組", "info@listed.example.jp"},
			{"応募済み", "", "サテライトオフィス三拠点", "", "hidden@unlisted.example.jp"},
			{"応募済み", "数式研究所", `'=HYPERLINK("http://attacker.example/")`, "", "'=cmd@formula.example.jp"},
		}
		for i, w := range want {
			if got := strings.Join(rows[i+1][1:], "|"); got != strings.Join(w, "|") {
				t.Errorf("row %d: %q, want %q", i+1, rows[i+1][1:], w)
			}
		}
		if cd := resp.Header.Get("Content-Disposition"); !strings.Contains(cd, `filename="award-entries_`+todayInJapan()+`.csv"`) ||
			!strings.Contains(cd, url.PathEscape("テレワークトップランナー, 2026_応募_")) {
			t.Errorf("Content-Disposition %q", cd)
		}
	})

	t.Run("the secretariat sees the name that is not listed", func(t *testing.T) {
		rows := mustCSV(t, f.get(t, secretariat, entriesPath(id, nil)))
		if rows[2][2] != "非公開合同会社" || len(rows[0]) != 6 {
			t.Errorf("rows %q", rows)
		}
	})

	t.Run("an editor: no contact email, as the API answers FORBIDDEN at contactEmail", func(t *testing.T) {
		rows := mustCSV(t, f.get(t, micEditor, entriesPath(id, nil)))
		if got := strings.Join(rows[0], ","); got != head {
			t.Errorf("header %q", got)
		}
		for _, r := range rows[1:] {
			if len(r) != 5 || strings.Contains(strings.Join(r, ","), "@") {
				t.Errorf("an editor's row %q", r)
			}
		}
		r := f.s.QueryAs(f.tokens[micEditor], `query($id: ID!) { awardProgram(id: $id) { entries { edges { node { contactEmail } } } } }`,
			map[string]any{"id": id})
		if codes := r.Codes(); len(codes) != 3 || codes[0] != "FORBIDDEN" {
			t.Errorf("the API answers the editor %s", r.Body)
		}
	})

	t.Run("narrowed by status and search as the API narrows", func(t *testing.T) {
		if rows := mustCSV(t, f.get(t, micAdmin, entriesPath(id, url.Values{"status": {"SHORTLISTED"}}))); len(rows) != 2 || rows[1][2] != "公開株式会社" {
			t.Errorf("SHORTLISTED: %q", rows)
		}
		if rows := mustCSV(t, f.get(t, micAdmin, entriesPath(id, url.Values{"search": {"hidden@"}}))); len(rows) != 2 {
			t.Errorf("an admin searching by email: %q", rows)
		}
		if rows := mustCSV(t, f.get(t, micEditor, entriesPath(id, url.Values{"search": {"hidden@"}}))); len(rows) != 1 {
			t.Errorf("an editor found by an email it may not read: %q", rows)
		}
	})

	t.Run("refused", func(t *testing.T) {
		wantCode(t, f.get(t, "", entriesPath(id, nil)), http.StatusUnauthorized, "UNAUTHENTICATED")
		wantCode(t, f.get(t, mhlwAdmin, entriesPath(id, nil)), http.StatusForbidden, "FORBIDDEN")
		wantCode(t, f.get(t, micViewer, entriesPath(id, nil)), http.StatusForbidden, "FORBIDDEN")
		wantCode(t, f.get(t, micAdmin, entriesPath(relay.ID(relay.KindAwardProgram, 999999), nil)), http.StatusNotFound, "NOT_FOUND")
		wantCode(t, f.get(t, micAdmin, entriesPath(f.eventID, nil)), http.StatusNotFound, "NOT_FOUND")
		wantCode(t, f.get(t, micAdmin, entriesPath("nonsense", nil)), http.StatusNotFound, "NOT_FOUND")
		wantField(t, f.get(t, micAdmin, entriesPath(id, url.Values{"status": {"WON"}})), "status")
		wantField(t, f.get(t, micAdmin, entriesPath(id, url.Values{"search": {" "}})), "search")
		wantField(t, f.get(t, micAdmin, entriesPath(id, url.Values{"search": {strings.Repeat("あ", 101)}})), "search")
		wantField(t, f.get(t, micAdmin, entriesPath(id, url.Values{"order": {"name"}})), "order")
		wantField(t, f.get(t, micAdmin, entriesPath(id, url.Values{"status": {"AWARDED", "SHORTLISTED"}})), "status")
	})

	t.Run("an export with contact emails is audited; an editor's is not", func(t *testing.T) {
		var n int
		if err := f.s.DB.Get(&n, `SELECT count(*) FROM audit_entries WHERE action = 'award_entry.export'`); err != nil {
			t.Fatal(err)
		}
		before := n
		mustCSV(t, f.get(t, micEditor, entriesPath(id, nil)))
		mustCSV(t, f.get(t, micAdmin, entriesPath(id, nil)))
		var after string
		if err := f.s.DB.Get(&after, `SELECT after::text FROM audit_entries WHERE action = 'award_entry.export' ORDER BY id DESC LIMIT 1`); err != nil {
			t.Fatal(err)
		}
		if err := f.s.DB.Get(&n, `SELECT count(*) FROM audit_entries WHERE action = 'award_entry.export'`); err != nil {
			t.Fatal(err)
		}
		if n != before+1 || !strings.Contains(after, `"rows": 3`) || !strings.Contains(after, `"complete": true`) {
			t.Errorf("%d audited exports (was %d), the last %s", n, before, after)
		}
	})
}
