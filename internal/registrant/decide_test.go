package registrant_test

import (
	"context"
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/authz"
	"github.com/teleworkmonth/platform/internal/loader"
	"github.com/teleworkmonth/platform/internal/pgtest"
	"github.com/teleworkmonth/platform/internal/registrant"
	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// TestDecisions runs the secretariat's decisions on FY2026 registrants of the demo data.
func TestDecisions(t *testing.T) {
	f := newFixture(t)
	t.Run("permissions", f.permissions)
	t.Run("reason", f.reason)
	t.Run("in and out of the public list", f.publicList)
}

type fixture struct {
	db  *sqlx.DB
	svc *registrant.Service
	as  map[string]context.Context
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	w := apptest.NewWorld(t, map[string]apptest.Actor{
		"secretariat": {Role: telework.RoleSecretariat, Ministry: ""},
		"MIC admin":   {Role: telework.RoleMinistryAdmin, Ministry: "MIC"},
	})
	return &fixture{db: w.DB, svc: registrant.NewService(w.DB, w.Authz), as: w.As}
}

// registrants returns n FY2026 registrants of the demo data with a status and consent, each for
// one caller only: offset keeps the callers apart.
func (f *fixture) registrants(t *testing.T, status string, publishName bool, offset, n int) []int64 {
	t.Helper()
	var ids []int64
	if err := f.db.Select(&ids, `SELECT r.id FROM registrants r JOIN campaigns c ON c.id = r.campaign_id
		WHERE c.fiscal_year = 2026 AND r.status = $1 AND r.publish_name = $2 ORDER BY r.id OFFSET $3 LIMIT $4`,
		status, publishName, offset, n); err != nil || len(ids) != n {
		t.Fatalf("%d %s registrants (publish %v) after %d in the demo data: %v", n, status, publishName, offset, err)
	}
	return ids
}

type decided struct {
	store.RegistrantDecision
	UpdatedAt time.Time `db:"updated_at"`
}

func (f *fixture) load(t *testing.T, id int64) decided {
	t.Helper()
	var d decided
	if err := f.db.Get(&d, `SELECT id, version, campaign_id, kind, name, name_kana, prefecture, industry,
		employee_count, teleworker_count, telework_introduced, activities, publish_name, status, contact_name,
		contact_email, contact_phone, registered_at, reject_reason, decided_at, updated_at
		FROM registrants WHERE id = $1`, id); err != nil {
		t.Fatal(err)
	}
	return d
}

func (f *fixture) auditOf(t *testing.T, id int64) []telework.AuditEntry {
	t.Helper()
	var entries []telework.AuditEntry
	if err := f.db.Select(&entries, `
		SELECT id, at, actor, ministry_id, action, object_type, object_id, before, after FROM audit_entries
		WHERE object_type = 'Registrant' AND object_id = $1 ORDER BY id`, strconv.FormatInt(id, 10)); err != nil {
		t.Fatal(err)
	}
	return entries
}

// listed reports whether the public sees the registrant, by the read side, and how many
// registrants the public list of FY2026 holds.
func (f *fixture) listed(t *testing.T, id int64) (bool, int) {
	t.Helper()
	ctx := loader.WithLoaders(f.as["anonymous"], loader.New(f.db, nil, time.Now()))
	r, err := f.svc.ByID(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	first, fy := 1, 2026
	page, err := registrant.PageOf(&first, nil)
	if err != nil {
		t.Fatal(err)
	}
	conn, err := f.svc.List(ctx, store.RegistrantFilter{FiscalYear: &fy}, page, true)
	if err != nil {
		t.Fatal(err)
	}
	return r != nil, conn.TotalCount
}

func wantErr(t *testing.T, err error, code apperr.Code, field string) {
	t.Helper()
	if code == "" {
		if err != nil {
			t.Fatalf("error %v, want none", err)
		}
		return
	}
	e, ok := apperr.As(err)
	if !ok || e.Code != code || e.Field != field {
		t.Fatalf("error %v, want %s naming %q", err, code, field)
	}
}

// permissions: only the secretariat decides registrations.
func (f *fixture) permissions(t *testing.T) {
	t.Parallel()
	ids := f.registrants(t, "REGISTERED", true, 0, 1)
	self := authz.WithViewer(f.as["anonymous"], &authz.Viewer{Kind: authz.Registrant, RegistrantID: ids[0]})
	actors := []struct {
		name string
		ctx  context.Context
		want apperr.Code
	}{
		{"anonymous", f.as["anonymous"], apperr.Unauthenticated},
		{"the registrant itself", self, apperr.Forbidden},
		{"a ministry's admin", f.as["MIC admin"], apperr.Forbidden},
	}
	for _, a := range actors {
		for _, op := range []string{"approve", "reject"} {
			t.Run(a.name+" "+op+"s", func(t *testing.T) {
				var err error
				if op == "approve" {
					_, err = f.svc.Approve(a.ctx, ids[0])
				} else {
					_, err = f.svc.Reject(a.ctx, ids[0], "重複登録のため")
				}
				wantErr(t, err, a.want, "")
				if r := f.load(t, ids[0]); r.Status != telework.RegistrantRegistered || r.Version != 1 || len(f.auditOf(t, ids[0])) != 0 {
					t.Errorf("a refused decision left %s at version %d", r.Status, r.Version)
				}
			})
		}
	}
}

func (f *fixture) reason(t *testing.T) {
	t.Parallel()
	ids := f.registrants(t, "REGISTERED", true, 1, 1)
	tests := []struct {
		name, reason string
		code         apperr.Code
	}{
		{"empty", "", apperr.BadUserInput},
		{"blank", " \n ", apperr.BadUserInput},
		{"1001 characters", strings.Repeat("否", 1001), apperr.BadUserInput},
		{"a control character", "活動内容が\x0b不明", apperr.BadUserInput},
		{"1000 characters over two lines", strings.Repeat("否", 500) + "\r\n" + strings.Repeat("否", 499), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := f.svc.Reject(f.as["secretariat"], ids[0], tt.reason)
			field := "reason"
			if tt.code == "" {
				field = ""
			}
			wantErr(t, err, tt.code, field)
			r := f.load(t, ids[0])
			if tt.code != "" && (r.Status != telework.RegistrantRegistered || len(f.auditOf(t, ids[0])) != 0) {
				t.Errorf("an invalid reason left %s", r.Status)
			}
			if tt.code == "" && (r.RejectReason == nil || *r.RejectReason != strings.ReplaceAll(tt.reason, "\r\n", "\n")) {
				t.Errorf("reason %v", r.RejectReason)
			}
		})
	}
}

// publicList follows registrants through the secretariat's decisions: approval moves one that
// consented into the public list, rejection out of it, and every decision is audited once.
func (f *fixture) publicList(t *testing.T) {
	t.Parallel()
	ctx := f.as["secretariat"]
	consenting := f.registrants(t, "REGISTERED", true, 2, 1)[0]
	unlisted := f.registrants(t, "REGISTERED", false, 0, 1)[0]
	withdrawn := f.registrants(t, "WITHDRAWN", true, 0, 1)[0]
	_, total := f.listed(t, consenting)
	approve := func(id int64) func() (*telework.Registrant, error) {
		return func() (*telework.Registrant, error) { return f.svc.Approve(ctx, id) }
	}
	reject := func(id int64, reason string) func() (*telework.Registrant, error) {
		return func() (*telework.Registrant, error) { return f.svc.Reject(ctx, id, reason) }
	}
	steps := []struct {
		name    string
		id      int64
		do      func() (*telework.Registrant, error)
		code    apperr.Code
		status  telework.RegistrantStatus
		version int
		action  string // the audit entry written, "" for none
		reason  string
		listed  bool
		total   int
	}{
		{"approve", consenting, approve(consenting), "", telework.RegistrantApproved, 2, registrant.ActionApprove, "", true, total + 1},
		{"approve again", consenting, approve(consenting), "", telework.RegistrantApproved, 2, "", "", true, total + 1},
		{"reject the approved", consenting, reject(consenting, " 活動実態が確認できないため "), "", telework.RegistrantRejected, 3, registrant.ActionReject, "活動実態が確認できないため", false, total},
		{"reject again, for another reason", consenting, reject(consenting, "重複登録のため"), "", telework.RegistrantRejected, 4, registrant.ActionReject, "重複登録のため", false, total},
		{"approve the rejected", consenting, approve(consenting), "", telework.RegistrantApproved, 5, registrant.ActionApprove, "", true, total + 1},
		{"approve without consent to be listed", unlisted, approve(unlisted), "", telework.RegistrantApproved, 2, registrant.ActionApprove, "", false, total + 1},
		{"approve the withdrawn", withdrawn, approve(withdrawn), apperr.Conflict, telework.RegistrantWithdrawn, 1, "", "", false, total + 1},
		{"reject the withdrawn", withdrawn, reject(withdrawn, "重複登録のため"), apperr.Conflict, telework.RegistrantWithdrawn, 1, "", "", false, total + 1},
		{"approve an unknown registrant", 1 << 40, approve(1 << 40), apperr.NotFound, "", 0, "", "", false, total + 1},
	}
	for _, s := range steps {
		t.Run(s.name, func(t *testing.T) {
			entries := len(f.auditOf(t, s.id))
			got, err := s.do()
			wantErr(t, err, s.code, "")
			if listed, n := f.listed(t, s.id); listed != s.listed || n != s.total {
				t.Errorf("listed %v among %d, want %v among %d", listed, n, s.listed, s.total)
			}
			if s.code == apperr.NotFound {
				return
			}
			r, wrote := f.load(t, s.id), f.auditOf(t, s.id)[entries:]
			if r.Status != s.status || r.Version != s.version || (r.RejectReason != nil) != (s.reason != "") ||
				(r.RejectReason != nil && *r.RejectReason != s.reason) {
				t.Errorf("%s at version %d rejected for %v, want %s at %d for %q", r.Status, r.Version, r.RejectReason, s.status, s.version, s.reason)
			}
			if err == nil && (got.Status != r.Status || got.Version != r.Version) {
				t.Errorf("returned %s at %d, stored %s at %d", got.Status, got.Version, r.Status, r.Version)
			}
			if s.action == "" {
				if len(wrote) != 0 {
					t.Errorf("%d audit entries of no change", len(wrote))
				}
				return
			}
			if len(wrote) != 1 {
				t.Fatalf("%d audit entries, want 1", len(wrote))
			}
			checkAudit(t, wrote[0], s.action, r)
		})
	}
}

// checkAudit checks the audit entry of a decision: of no ministry, written in the decision's
// transaction, with the reason and without the contact in clear.
func checkAudit(t *testing.T, a telework.AuditEntry, action string, r decided) {
	t.Helper()
	if a.Action != action || a.MinistryID != nil || !strings.HasPrefix(a.Actor, "user:") {
		t.Errorf("audit entry %+v", a)
	}
	if r.DecidedAt == nil || !r.DecidedAt.Equal(a.At) || !r.UpdatedAt.Equal(a.At) {
		t.Errorf("decided at %v, updated at %v, audited at %v: not one transaction", r.DecidedAt, r.UpdatedAt, a.At)
	}
	var before, after map[string]any
	if json.Unmarshal(a.Before, &before) != nil || json.Unmarshal(a.After, &after) != nil {
		t.Fatalf("audit records %s, %s", a.Before, a.After)
	}
	for _, rec := range []map[string]any{before, after} {
		if rec["ContactName"] != "***" || rec["ContactEmail"] != "***" || rec["Name"] != r.Name {
			t.Errorf("audit record %v: want the registrant with its contact masked", rec)
		}
	}
	if after["Status"] != string(r.Status) || after["Version"] != float64(r.Version) {
		t.Errorf("audit after %v, want status %s at version %d", after, r.Status, r.Version)
	}
	if reason, _ := after["RejectReason"].(string); (r.RejectReason == nil) != (reason == "") {
		t.Errorf("audit after has reason %q, stored %v", reason, r.RejectReason)
	}
}
