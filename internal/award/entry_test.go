package award_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/authz"
	"github.com/teleworkmonth/platform/internal/award"
	"github.com/teleworkmonth/platform/internal/registrant"
	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/telework"
)

// TestAwardEntries runs registrants' entries for award programs on the demo data, with programs
// of their own (entries open from 1 June to 1 August 2026) and the service's clock set per case.
func TestAwardEntries(t *testing.T) {
	f := newFixture(t)
	policy, err := authz.NewPolicy(t.Context(), f.db)
	if err != nil {
		t.Fatal(err)
	}
	e := &entries{fixture: f, authz: authz.New(policy), registrants: registrant.NewService(f.db, authz.New(policy))}
	t.Run("submit", e.submit)
	t.Run("twice at once", e.twiceAtOnce)
	t.Run("withdrawn with the registrant", e.withdrawnWithRegistrant)
}

type entries struct {
	*fixture
	authz       *authz.Authorizer
	registrants *registrant.Service
}

// at returns the award service with its clock stopped at t.
func (e *entries) at(t time.Time) *award.Service {
	return award.NewService(e.db, e.authz, func() time.Time { return t })
}

var entrants atomic.Int64

// register registers a company for FY2026 and returns it with a context acting as it.
func (e *entries) register(t *testing.T) (*telework.Registrant, context.Context) {
	t.Helper()
	r, _, err := e.registrants.Register(e.as["anonymous"], telework.NewRegistration{
		FiscalYear: 2026, Kind: telework.KindCompany, Name: fmt.Sprintf("応募テスト株式会社%04d", entrants.Add(1)),
		Prefecture: ptr(telework.Prefecture("OSAKA")), Activities: []telework.ActivityCategory{"PRACTICING"},
		PublishName: true, Contact: telework.Contact{Name: "応募 担当", Email: "entry@example.jp"},
	})
	if err != nil {
		t.Fatal(err)
	}
	return r, as(e.as["anonymous"], r.ID)
}

func as(ctx context.Context, registrantID int64) context.Context {
	return authz.WithViewer(ctx, &authz.Viewer{Kind: authz.Registrant, RegistrantID: registrantID})
}

func (e *entries) submit(t *testing.T) {
	t.Parallel()
	inside := opens.Add(24 * time.Hour)
	p := e.mustCreate(t, newProgram("応募テスト賞", "MIC"))
	noWindow := newProgram("期間未定の賞", "MIC")
	noWindow.EntryOpensAt, noWindow.EntryClosesAt = nil, nil
	undated := e.mustCreate(t, noWindow)

	r, self := e.register(t)
	entered, _ := e.register(t)
	withdrawn, wctx := e.register(t)
	if _, err := e.registrants.Withdraw(wctx); err != nil {
		t.Fatal(err)
	}
	rejected, _ := e.register(t)
	if _, err := e.registrants.Reject(e.as["secretariat"], rejected.ID, "重複登録のため"); err != nil {
		t.Fatal(err)
	}
	approved, _ := e.register(t)
	if _, err := e.registrants.Approve(e.as["secretariat"], approved.ID); err != nil {
		t.Fatal(err)
	}
	var pastYear int64 // an approved registrant of FY2023, whose call is closed
	if err := e.db.Get(&pastYear, `SELECT r.id FROM registrants r JOIN campaigns c ON c.id = r.campaign_id
		WHERE c.fiscal_year = 2023 AND r.status = 'APPROVED' ORDER BY r.id LIMIT 1`); err != nil {
		t.Fatal(err)
	}

	const summary = "全社員を対象にテレワーク制度を導入しました。\n地方拠点との会議をすべてオンライン化しています。"
	tests := []struct {
		name             string
		ctx              context.Context
		now              time.Time
		program          int64
		summary, email   string
		code             apperr.Code
		field            string
		wantEntryCreated bool
	}{
		{"a registered registrant", self, inside, p.ID, summary, "Entry@Example.JP", "", "", true},
		{"the same registrant again", self, inside, p.ID, summary, "entry@example.jp", apperr.Conflict, "input.programId", false},
		{"an approved registrant, as entries open", as(e.as["anonymous"], approved.ID), opens, p.ID, summary, "entry@example.jp", "", "", true},
		{"before the window", as(e.as["anonymous"], entered.ID), opens.Add(-time.Second), p.ID, summary, "entry@example.jp", apperr.DeadlinePassed, "", false},
		{"as entries close", as(e.as["anonymous"], entered.ID), *p.EntryClosesAt, p.ID, summary, "entry@example.jp", apperr.DeadlinePassed, "", false},
		{"after the window", as(e.as["anonymous"], entered.ID), p.EntryClosesAt.AddDate(0, 1, 0), p.ID, summary, "entry@example.jp", apperr.DeadlinePassed, "", false},
		{"a program without a window", as(e.as["anonymous"], entered.ID), inside, undated.ID, summary, "entry@example.jp", apperr.DeadlinePassed, "", false},
		{"a withdrawn registrant", as(e.as["anonymous"], withdrawn.ID), inside, p.ID, summary, "entry@example.jp", apperr.Forbidden, "", false},
		{"a rejected registrant", as(e.as["anonymous"], rejected.ID), inside, p.ID, summary, "entry@example.jp", apperr.Forbidden, "", false},
		{"a registrant of another campaign", as(e.as["anonymous"], pastYear), inside, p.ID, summary, "entry@example.jp", apperr.Forbidden, "", false},
		{"anonymous", e.as["anonymous"], inside, p.ID, summary, "entry@example.jp", apperr.Unauthenticated, "", false},
		{"the secretariat", e.as["secretariat"], inside, p.ID, summary, "entry@example.jp", apperr.Forbidden, "", false},
		{"the ministry's editor", e.as["MIC editor"], inside, p.ID, summary, "entry@example.jp", apperr.Forbidden, "", false},
		{"an unknown program", as(e.as["anonymous"], entered.ID), inside, 1 << 40, summary, "entry@example.jp", apperr.NotFound, "", false},
		{"an empty summary", as(e.as["anonymous"], entered.ID), inside, p.ID, " \n", "entry@example.jp", apperr.BadUserInput, "input.summary", false},
		{"a summary of 4,001", as(e.as["anonymous"], entered.ID), inside, p.ID, strings.Repeat("取", 4001), "entry@example.jp", apperr.BadUserInput, "input.summary", false},
		{"an invalid email", as(e.as["anonymous"], entered.ID), inside, p.ID, summary, "entry@example", apperr.BadUserInput, "input.contactEmail", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := e.count(t, p.ID, undated.ID)
			got, err := e.at(tt.now).SubmitEntry(tt.ctx, tt.program, tt.summary, tt.email)
			wantErr(t, err, tt.code, tt.field)
			want := 0
			if tt.wantEntryCreated {
				want = 1
			}
			if created := e.count(t, p.ID, undated.ID) - before; created != want {
				t.Fatalf("%d entries created, want %d", created, want)
			}
			if err != nil {
				return
			}
			if got.Status != "SUBMITTED" || !got.SubmittedAt.Equal(tt.now) || got.Summary != summary ||
				strings.ToLower(got.ContactEmail) != "entry@example.jp" {
				t.Errorf("entry %+v", got)
			}
			wrote := e.auditOf(t, string(relay.KindAwardEntry), got.ID)
			if len(wrote) != 1 || wrote[0].Action != award.ActionSubmitEntry || wrote[0].MinistryID == nil ||
				*wrote[0].MinistryID != p.MinistryID || wrote[0].Actor != authz.RegistrantSubject(got.RegistrantID) {
				t.Fatalf("audit entries %+v", wrote)
			}
			var after map[string]any
			if json.Unmarshal(wrote[0].After, &after) != nil || after["ContactEmail"] != "***" {
				t.Errorf("audit record %s", wrote[0].After)
			}
		})
	}
	if got := e.entry(t, e.entryID(t, p.ID, r.ID)); got.ContactEmail != "Entry@example.jp" {
		t.Errorf("stored contact email %q, want the domain in lower case", got.ContactEmail)
	}
}

// twiceAtOnce: of two entries of one registrant for one program at the same time, one is taken
// and the other is CONFLICT.
func (e *entries) twiceAtOnce(t *testing.T) {
	t.Parallel()
	p := e.mustCreate(t, newProgram("同時応募テスト賞", "MHLW"))
	_, self := e.register(t)
	svc := e.at(opens.Add(time.Hour))
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i := range errs {
		wg.Go(func() {
			_, errs[i] = svc.SubmitEntry(self, p.ID, "同時に二度送信した応募", "entry@example.jp")
		})
	}
	wg.Wait()
	codes := []apperr.Code{apperr.CodeOf(errs[0]), apperr.CodeOf(errs[1])}
	if !(errs[0] == nil && codes[1] == apperr.Conflict || errs[1] == nil && codes[0] == apperr.Conflict) {
		t.Fatalf("errors %v, want one entry and one CONFLICT", errs)
	}
}

// withdrawnWithRegistrant: a registrant's withdrawal withdraws its open entries, each audited in
// its program's ministry, and the ministry can no longer decide them.
func (e *entries) withdrawnWithRegistrant(t *testing.T) {
	t.Parallel()
	mic := e.mustCreate(t, newProgram("撤回テスト賞", "MIC"))
	cao := e.mustCreate(t, newProgram("撤回テスト地方賞", "CAO"))
	r, self := e.register(t)
	svc := e.at(opens.Add(time.Hour))
	var ids []int64
	for _, p := range []*telework.AwardProgram{mic, cao} {
		entry, err := svc.SubmitEntry(self, p.ID, "撤回される応募", "entry@example.jp")
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, entry.ID)
	}
	if _, err := e.svc.DecideEntry(e.as["MIC editor"], ids[0], telework.DecisionShortlist, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := e.registrants.Withdraw(self); err != nil {
		t.Fatal(err)
	}
	for i, p := range []*telework.AwardProgram{mic, cao} {
		if got := e.entry(t, ids[i]); got.Status != "WITHDRAWN" {
			t.Errorf("entry for %s: %s, want WITHDRAWN", p.NameJa, got.Status)
		}
		wrote := e.auditOf(t, string(relay.KindAwardEntry), ids[i])
		last := wrote[len(wrote)-1]
		if last.Action != registrant.ActionWithdrawEntry || *last.MinistryID != p.MinistryID || last.Actor != authz.RegistrantSubject(r.ID) {
			t.Errorf("audit of the withdrawn entry %+v", last)
		}
	}
	_, err := e.svc.DecideEntry(e.as["MIC editor"], ids[0], telework.DecisionAward, nil)
	wantErr(t, err, apperr.Conflict, "")
}

// count counts the entries of some programs.
func (e *entries) count(t *testing.T, programIDs ...int64) int {
	t.Helper()
	var n int
	for _, id := range programIDs {
		var c int
		if err := e.db.Get(&c, `SELECT count(*) FROM award_entries WHERE program_id = $1`, id); err != nil {
			t.Fatal(err)
		}
		n += c
	}
	return n
}

func (e *entries) entryID(t *testing.T, programID, registrantID int64) int64 {
	t.Helper()
	var id int64
	if err := e.db.Get(&id, `SELECT id FROM award_entries WHERE program_id = $1 AND registrant_id = $2`, programID, registrantID); err != nil {
		t.Fatal(err)
	}
	return id
}
