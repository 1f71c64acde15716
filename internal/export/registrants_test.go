package export_test

import (
	"encoding/json"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
)

// registrantsPath is the registrants' export with a query.
func registrantsPath(q url.Values) string { return "/admin/export/registrants.csv?" + q.Encode() }

// apiRegistrantsTotal is how many registrants the API lists to a viewer with this filter.
func (f *fixture) apiRegistrantsTotal(t *testing.T, as string, filter map[string]any) int {
	t.Helper()
	r := f.s.QueryAs(f.tokens[as], `query($f: RegistrantFilter) { registrants(filter: $f) { totalCount } }`, map[string]any{"f": filter})
	var data struct{ Registrants struct{ TotalCount int } }
	r.Decode(t, &data)
	return data.Registrants.TotalCount
}

// TestRegistrantsExport: the registrants' CSV holds what registrants answers the same viewer with
// the same filter, the secretariat's with the restricted columns (audited), a ministry's staff
// only the public list's columns and rows; it refuses what the API refuses.
func TestRegistrantsExport(t *testing.T) {
	f := newFixture(t, nil)

	t.Run("the secretariat's approval queue, with the contact, audited", func(t *testing.T) {
		q := url.Values{"fiscalYear": {"2026"}, "status": {"REGISTERED"}}
		resp := f.get(t, secretariat, registrantsPath(q))
		rows := mustCSV(t, resp)
		if got := strings.Join(rows[0], ","); got != "登録日時,名称,種別,業種,活動,状態,名称（カナ）,都道府県,従業員数,テレワーク実施者数,テレワーク導入,名称の公表,担当者,メールアドレス,電話番号" {
			t.Errorf("header %q", got)
		}
		want := f.apiRegistrantsTotal(t, secretariat, map[string]any{"fiscalYear": 2026, "status": "REGISTERED"})
		if len(rows)-1 != want || want == 0 {
			t.Fatalf("%d rows, registrants answers %d", len(rows)-1, want)
		}
		for _, r := range rows[1:] {
			if r[5] != "審査待ち" || !strings.Contains(r[13], "@") {
				t.Fatalf("row %q: want 審査待ち and an email", r)
			}
		}
		if !slices.IsSortedFunc(rows[1:], func(a, b []string) int { return strings.Compare(a[0], b[0]) }) {
			t.Error("the queue is not oldest first")
		}
		if cd := resp.Header.Get("Content-Disposition"); !strings.Contains(cd, `filename="registrants_`) {
			t.Errorf("Content-Disposition %q", cd)
		}
		r := f.s.QueryAs(f.tokens[secretariat], `{ auditLog(filter: {objectType: "Registrant"}, first: 1) {
			edges { node { action actorEmail after } } } }`, nil)
		var data struct {
			AuditLog struct {
				Edges []struct {
					Node struct{ Action, ActorEmail, After string }
				}
			}
		}
		r.Decode(t, &data)
		if len(data.AuditLog.Edges) != 1 {
			t.Fatalf("no export in the log: %s", r.Body)
		}
		n := data.AuditLog.Edges[0].Node
		var after struct {
			Rows     int
			Complete bool
		}
		if err := json.Unmarshal([]byte(n.After), &after); err != nil {
			t.Fatal(err)
		}
		if n.Action != "registrant.export" || n.ActorEmail != secretariat || after.Rows != want || !after.Complete {
			t.Errorf("export entry %+v", n)
		}
	})

	t.Run("a ministry's staff get the public list only", func(t *testing.T) {
		for _, as := range []string{micAdmin, micViewer} {
			rows := mustCSV(t, f.get(t, as, registrantsPath(url.Values{"fiscalYear": {"2023"}})))
			if got := strings.Join(rows[0], ","); got != "登録日時,名称,種別,業種,活動,状態" {
				t.Errorf("%s: header %q", as, got)
			}
			want := f.apiRegistrantsTotal(t, as, map[string]any{"fiscalYear": 2023})
			all := f.apiRegistrantsTotal(t, secretariat, map[string]any{"fiscalYear": 2023})
			if len(rows)-1 != want || want == 0 || want >= all {
				t.Errorf("%s: %d rows, the public list %d, all %d", as, len(rows)-1, want, all)
			}
			for _, r := range rows[1:] {
				if r[5] != "承認" || r[1] == "" {
					t.Fatalf("%s: row %q is not on the public list", as, r)
				}
			}
			// The queue is not theirs: asking for it lists nothing.
			if rows := mustCSV(t, f.get(t, as, registrantsPath(url.Values{"status": {"REGISTERED"}}))); len(rows) != 1 {
				t.Errorf("%s reads %d registrations waiting for approval", as, len(rows)-1)
			}
			// Refused as the API refuses it (FORBIDDEN, not a bad value), naming the parameter.
			resp := f.get(t, as, registrantsPath(url.Values{"prefecture": {"TOKYO"}}))
			wantCode(t, resp, http.StatusForbidden, "FORBIDDEN")
			if got, _ := resp.Errors[0].Extensions["field"].(string); got != "prefecture" {
				t.Errorf("%s: field %q, want prefecture", as, got)
			}
		}
	})

	t.Run("refusals", func(t *testing.T) {
		wantCode(t, f.get(t, "", registrantsPath(url.Values{})), http.StatusUnauthorized, "UNAUTHENTICATED")
		for param, q := range map[string]url.Values{
			"status":     {"status": {"PENDING"}},
			"kind":       {"kind": {"PERSON"}},
			"activity":   {"activity": {"x"}},
			"fiscalYear": {"fiscalYear": {"1800"}},
			"search":     {"search": {strings.Repeat("あ", 101)}},
			"ministry":   {"ministry": {"MIC"}},
		} {
			wantField(t, f.get(t, secretariat, registrantsPath(q)), param)
		}
		wantField(t, f.get(t, secretariat, "/admin/export/registrants.csv?kind=COMPANY&kind=INDIVIDUAL"), "kind")
	})
}

// TestRegistrantsExportLimit: an export over EXPORT_MAX_ROWS is refused before the file starts.
func TestRegistrantsExportLimit(t *testing.T) {
	f := newFixture(t, map[string]string{"EXPORT_MAX_ROWS": "2"})
	wantCode(t, f.get(t, secretariat, registrantsPath(url.Values{})), http.StatusBadRequest, "BAD_USER_INPUT")
}
