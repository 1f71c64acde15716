package export_test

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// auditPath is the audit log's export with a query.
func auditPath(q url.Values) string { return "/admin/export/audit.csv?" + q.Encode() }

// apiAuditTotal is how many entries auditLog answers a viewer with these arguments.
func (f *fixture) apiAuditTotal(t *testing.T, as string, vars map[string]any) int {
	t.Helper()
	r := f.s.QueryAs(f.tokens[as], `query($m: String, $f: AuditFilter) { auditLog(ministryCode: $m, filter: $f) { totalCount } }`, vars)
	var data struct{ AuditLog struct{ TotalCount int } }
	r.Decode(t, &data)
	return data.AuditLog.TotalCount
}

// TestAuditLogExport: the audit log's CSV holds what auditLog answers the same viewer with the
// same arguments, refuses what auditLog refuses, and is itself written to the log.
func TestAuditLogExport(t *testing.T) {
	f := newFixture(t, nil)

	t.Run("the secretariat, filtered by actor and ministry", func(t *testing.T) {
		q := url.Values{"ministryCode": {"MIC"}, "actorEmail": {"MIC-Admin@example.jp"}, "objectType": {"Event"}}
		resp := f.get(t, secretariat, auditPath(q))
		rows := mustCSV(t, resp)
		if strings.Join(rows[0], ",") != "日時,府省庁,操作者,操作,対象の種類,対象のキー,変更前,変更後" {
			t.Errorf("header %q", rows[0])
		}
		want := f.apiAuditTotal(t, secretariat, map[string]any{"m": "MIC", "f": map[string]any{"actorEmail": "mic-admin@example.jp", "objectType": "Event"}})
		if len(rows)-1 != want || want == 0 {
			t.Fatalf("%d rows, auditLog answers %d", len(rows)-1, want)
		}
		for _, r := range rows[1:] {
			if r[1] != "総務省" || r[2] != micAdmin || r[4] != "Event" {
				t.Errorf("row %q: want 総務省, %s, Event", r, micAdmin)
			}
		}
		if cd := resp.Header.Get("Content-Disposition"); !strings.Contains(cd, `filename="audit-log_`) || !strings.Contains(cd, "%E7%9B%A3%E6%9F%BB%E3%83%AD%E3%82%B0_") {
			t.Errorf("Content-Disposition %q", cd)
		}
	})

	t.Run("a ministry admin gets its own ministry's entries only", func(t *testing.T) {
		rows := mustCSV(t, f.get(t, micAdmin, auditPath(url.Values{})))
		for _, r := range rows[1:] {
			if r[1] != "総務省" {
				t.Errorf("a MIC admin's export holds %q", r)
			}
		}
		wantCode(t, f.get(t, micAdmin, auditPath(url.Values{"ministryCode": {"MHLW"}})), http.StatusForbidden, "FORBIDDEN")
		// MHLW's admin filtering by MIC's admin finds nothing of MIC's.
		if rows := mustCSV(t, f.get(t, mhlwAdmin, auditPath(url.Values{"actorEmail": {micAdmin}}))); len(rows) != 1 {
			t.Errorf("MHLW's admin read %d entries of MIC's admin", len(rows)-1)
		}
	})

	t.Run("refusals", func(t *testing.T) {
		wantCode(t, f.get(t, "", auditPath(url.Values{})), http.StatusUnauthorized, "UNAUTHENTICATED")
		wantCode(t, f.get(t, micEditor, auditPath(url.Values{})), http.StatusForbidden, "FORBIDDEN")
		wantCode(t, f.get(t, micViewer, auditPath(url.Values{})), http.StatusForbidden, "FORBIDDEN")
		for param, q := range map[string]url.Values{
			"objectType": {"objectType": {"Nope"}},
			"actorEmail": {"actorEmail": {"not an email"}},
			"until":      {"since": {"2026-11-02T00:00:00Z"}, "until": {"2026-11-01T00:00:00Z"}},
			"since":      {"since": {"yesterday"}},
			"search":     {"search": {"x"}},
		} {
			wantField(t, f.get(t, secretariat, auditPath(q)), param)
		}
		wantField(t, f.get(t, secretariat, "/admin/export/audit.csv?objectType=Event&objectType=User"), "objectType")
	})

	t.Run("each download is audited in the log it was of", func(t *testing.T) {
		mustCSV(t, f.get(t, micAdmin, auditPath(url.Values{"objectType": {"Event"}})))
		r := f.s.QueryAs(f.tokens[micAdmin], `{ auditLog(ministryCode: "MIC", filter: {objectType: "AuditLog"}, first: 1) {
			edges { node { action actorEmail ministry { code } after } } } }`, nil)
		var data struct {
			AuditLog struct {
				Edges []struct {
					Node struct {
						Action, ActorEmail, After string
						Ministry                  struct{ Code string }
					}
				}
			}
		}
		r.Decode(t, &data)
		if len(data.AuditLog.Edges) != 1 {
			t.Fatalf("no export in MIC's log: %s", r.Body)
		}
		n := data.AuditLog.Edges[0].Node
		var after struct {
			ObjectType string
			Rows       int
			Complete   bool
		}
		if err := json.Unmarshal([]byte(n.After), &after); err != nil {
			t.Fatal(err)
		}
		if n.Action != "audit_log.export" || n.ActorEmail != micAdmin || n.Ministry.Code != "MIC" ||
			after.ObjectType != "Event" || after.Rows == 0 || !after.Complete {
			t.Errorf("export entry %+v", n)
		}
	})
}

// TestAuditLogExportLimit: an export over EXPORT_MAX_ROWS is refused before the file starts.
func TestAuditLogExportLimit(t *testing.T) {
	f := newFixture(t, map[string]string{"EXPORT_MAX_ROWS": "2"})
	wantCode(t, f.get(t, secretariat, auditPath(url.Values{})), http.StatusBadRequest, "BAD_USER_INPUT")
}
