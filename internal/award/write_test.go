package award_test

import (
	"context"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/award"
	"github.com/teleworkmonth/platform/internal/loader"
	"github.com/teleworkmonth/platform/internal/pgtest"
	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// TestAwardWrites runs the stories of award writes on one database with the demo data: each works
// on programs and entries of its own.
func TestAwardWrites(t *testing.T) {
	f := newFixture(t)
	t.Run("create validation", f.createValidation)
	t.Run("permissions", f.permissions)
	t.Run("update", f.update)
	t.Run("concurrent updates", f.concurrentUpdates)
	t.Run("decide and announce", f.decideAndAnnounce)
}

// fixture is a database with the demo data, the award service on the real policy, and a context
// for each kind of actor.
type fixture struct {
	db  *sqlx.DB
	svc *award.Service
	as  map[string]context.Context
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	w := apptest.NewWorld(t, map[string]apptest.Actor{
		"secretariat": {Role: telework.RoleSecretariat, Ministry: ""},
		"MIC editor":  {Role: telework.RoleMinistryEditor, Ministry: "MIC"},
		"MIC viewer":  {Role: telework.RoleMinistryViewer, Ministry: "MIC"},
	})
	return &fixture{db: w.DB, svc: award.NewService(w.DB, w.Authz, time.Now), as: w.As}
}

func ptr[T any](v T) *T { return &v }

var opens = time.Date(2026, time.June, 1, 1, 0, 0, 0, time.UTC)

// newProgram is a valid program of FY2026.
func newProgram(name, ministry string) telework.NewAwardProgram {
	return telework.NewAwardProgram{
		FiscalYear: 2026, MinistryCode: ministry, NameJa: name, DescriptionJa: ptr("優れた取組を表彰します。\n詳細は募集要項のとおり。"),
		EntryOpensAt: ptr(opens), EntryClosesAt: ptr(opens.AddDate(0, 2, 0)),
	}
}

func (f *fixture) mustCreate(t *testing.T, n telework.NewAwardProgram) *telework.AwardProgram {
	t.Helper()
	p, err := f.svc.CreateProgram(f.as["secretariat"], n)
	if err != nil {
		t.Fatalf("CreateProgram: %v", err)
	}
	return p
}

// seedProgram returns the demo program of a ministry in a fiscal year.
func (f *fixture) seedProgram(t *testing.T, fiscalYear int, ministry string) *telework.AwardProgram {
	t.Helper()
	var id int64
	if err := f.db.Get(&id, `SELECT p.id FROM award_programs p JOIN campaigns c ON c.id = p.campaign_id
		JOIN ministries m ON m.id = p.ministry_id WHERE c.fiscal_year = $1 AND m.code = $2`, fiscalYear, ministry); err != nil {
		t.Fatalf("no FY%d program of %s in the demo data: %v", fiscalYear, ministry, err)
	}
	return f.program(t, id)
}

func (f *fixture) program(t *testing.T, id int64) *telework.AwardProgram {
	t.Helper()
	ps, err := store.AwardProgramsByIDs(t.Context(), f.db, []int64{id})
	if err != nil || len(ps) != 1 {
		t.Fatalf("load program %d: %v", id, err)
	}
	return ps[0]
}

// entryOf returns the first entry of a program with a status.
func (f *fixture) entryOf(t *testing.T, p *telework.AwardProgram, status string) *telework.AwardEntry {
	t.Helper()
	var id int64
	if err := f.db.Get(&id, `SELECT id FROM award_entries WHERE program_id = $1 AND status = $2 ORDER BY id LIMIT 1`, p.ID, status); err != nil {
		t.Fatalf("no %s entry of program %d in the demo data: %v", status, p.ID, err)
	}
	return f.entry(t, id)
}

func (f *fixture) entry(t *testing.T, id int64) *telework.AwardEntry {
	t.Helper()
	es, err := store.AwardEntriesByIDs(t.Context(), f.db, []int64{id})
	if err != nil || len(es) != 1 {
		t.Fatalf("load entry %d: %v", id, err)
	}
	return es[0]
}

// auditOf returns the audit entries of an object, oldest first.
func (f *fixture) auditOf(t *testing.T, objectType string, id int64) []telework.AuditEntry {
	t.Helper()
	var entries []telework.AuditEntry
	if err := f.db.Select(&entries, `
		SELECT id, at, actor, ministry_id, action, object_type, object_id, before, after FROM audit_entries
		WHERE object_type = $1 AND object_id = $2 ORDER BY id`, objectType, strconv.FormatInt(id, 10)); err != nil {
		t.Fatal(err)
	}
	return entries
}

// winners reads a program's winners as the public does.
func (f *fixture) winners(t *testing.T, p *telework.AwardProgram) []*telework.AwardEntry {
	t.Helper()
	ctx := loader.WithLoaders(f.as["anonymous"], loader.New(f.db, nil, time.Now()))
	ws, err := f.svc.Winners(ctx, f.program(t, p.ID))
	if err != nil {
		t.Fatal(err)
	}
	return ws
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

func (f *fixture) createValidation(t *testing.T) {
	t.Parallel()
	var ceremony2026, event2025 int64
	if err := f.db.Get(&ceremony2026, `SELECT e.id FROM events e JOIN campaigns c ON c.id = e.campaign_id
		WHERE c.fiscal_year = 2026 AND e.kind = 'AWARD_CEREMONY' ORDER BY e.id LIMIT 1`); err != nil {
		t.Fatalf("no FY2026 ceremony in the demo data: %v", err)
	}
	if err := f.db.Get(&event2025, `SELECT e.id FROM events e JOIN campaigns c ON c.id = e.campaign_id
		WHERE c.fiscal_year = 2025 ORDER BY e.id LIMIT 1`); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		change func(n *telework.NewAwardProgram)
		code   apperr.Code
		field  string
	}{
		{"fiscal year out of range", func(n *telework.NewAwardProgram) { n.FiscalYear = 3000 }, apperr.BadUserInput, "input.fiscalYear"},
		{"fiscal year without a campaign", func(n *telework.NewAwardProgram) { n.FiscalYear = 2030 }, apperr.BadUserInput, "input.fiscalYear"},
		{"ministry code malformed", func(n *telework.NewAwardProgram) { n.MinistryCode = "M1C" }, apperr.BadUserInput, "input.ministryCode"},
		{"ministry unknown", func(n *telework.NewAwardProgram) { n.MinistryCode = "XYZ" }, apperr.BadUserInput, "input.ministryCode"},
		{"name blank", func(n *telework.NewAwardProgram) { n.NameJa = " " }, apperr.BadUserInput, "input.nameJa"},
		{"name of 201 characters", func(n *telework.NewAwardProgram) { n.NameJa = strings.Repeat("賞", 201) }, apperr.BadUserInput, "input.nameJa"},
		{"English name with a control character", func(n *telework.NewAwardProgram) { n.NameEn = ptr("Tele\u0085work Award") }, apperr.BadUserInput, "input.nameEn"},
		{"description of 5001 characters", func(n *telework.NewAwardProgram) { n.DescriptionJa = ptr(strings.Repeat("a", 5001)) }, apperr.BadUserInput, "input.descriptionJa"},
		{"English description with a tab", func(n *telework.NewAwardProgram) { n.DescriptionEn = ptr("a\tb") }, apperr.BadUserInput, "input.descriptionEn"},
		{"entries close when they open", func(n *telework.NewAwardProgram) { n.EntryClosesAt = n.EntryOpensAt }, apperr.BadUserInput, "input.entryClosesAt"},
		{"ceremony not an event", func(n *telework.NewAwardProgram) { n.CeremonyEventID = ptr(int64(1 << 40)) }, apperr.BadUserInput, "input.ceremonyEventId"},
		{"ceremony of another campaign", func(n *telework.NewAwardProgram) { n.CeremonyEventID = &event2025 }, apperr.BadUserInput, "input.ceremonyEventId"},
		{"ceremony of the campaign", func(n *telework.NewAwardProgram) { n.CeremonyEventID = &ceremony2026 }, "", ""},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := newProgram("検証賞 "+strconv.Itoa(i), "MIC")
			tt.change(&n)
			p, err := f.svc.CreateProgram(f.as["secretariat"], n)
			wantErr(t, err, tt.code, tt.field)
			var stored int
			if err := f.db.Get(&stored, `SELECT count(*) FROM award_programs WHERE name_ja = $1`, n.NameJa); err != nil {
				t.Fatal(err)
			}
			if tt.code != "" && stored != 0 {
				t.Errorf("%d programs stored by a failed create", stored)
			}
			if tt.code == "" && (stored != 1 || len(f.auditOf(t, "AwardProgram", p.ID)) != 1) {
				t.Errorf("%d programs stored: want 1 with its audit entry", stored)
			}
		})
	}
}

// permissions runs every program write as every kind of actor on programs of MIC and MHLW.
func (f *fixture) permissions(t *testing.T) {
	t.Parallel()
	ops := map[string]func(ctx context.Context, n telework.NewAwardProgram) (int64, error){
		"create": func(ctx context.Context, n telework.NewAwardProgram) (int64, error) {
			p, err := f.svc.CreateProgram(ctx, n)
			if err != nil {
				return 0, err
			}
			return p.ID, nil
		},
		"update": func(ctx context.Context, n telework.NewAwardProgram) (int64, error) {
			p := f.mustCreate(t, n)
			_, err := f.svc.UpdateProgram(ctx, p.ID, telework.AwardProgramChanges{NameEn: telework.SetTo("Award")}, p.Version)
			return p.ID, err
		},
		"announce": func(ctx context.Context, n telework.NewAwardProgram) (int64, error) {
			p := f.mustCreate(t, n)
			_, err := f.svc.Announce(ctx, p.ID)
			return p.ID, err
		},
	}
	tests := []struct {
		actor, ministry string
		want            apperr.Code
	}{
		{"MIC editor", "MIC", ""},
		{"MIC editor", "MHLW", apperr.Forbidden},
		{"MIC viewer", "MIC", apperr.Forbidden},
		{"secretariat", "MHLW", ""},
		{"anonymous", "MIC", apperr.Unauthenticated},
	}
	for i, tt := range tests {
		for _, op := range []string{"create", "update", "announce"} {
			t.Run(tt.actor+" "+op+" in "+tt.ministry, func(t *testing.T) {
				n := newProgram("権限賞 "+strconv.Itoa(i)+" "+op, tt.ministry)
				id, err := ops[op](f.as[tt.actor], n)
				wantErr(t, err, tt.want, "")
				if id == 0 {
					return // a refused create: createValidation checks that nothing is stored
				}
				p, entries := f.program(t, id), f.auditOf(t, "AwardProgram", id)
				wantVersion, wantEntries := 1, 1 // the secretariat's creation
				if tt.want == "" {
					wantVersion, wantEntries = 2, 2
					if op == "create" {
						wantVersion, wantEntries = 1, 1
					}
				}
				if p.Version != wantVersion || len(entries) != wantEntries || (op == "announce" && (p.AnnouncedAt != nil) != (tt.want == "")) {
					t.Errorf("version %d with %d audit entries, want %d with %d", p.Version, len(entries), wantVersion, wantEntries)
				}
			})
		}
	}
}

func (f *fixture) update(t *testing.T) {
	t.Parallel()
	ctx := f.as["MIC editor"]
	announced := f.seedProgram(t, 2025, "MIC")
	tests := []struct {
		name    string
		program func(t *testing.T) *telework.AwardProgram // nil: a new MIC program
		changes telework.AwardProgramChanges
		stale   bool
		code    apperr.Code
		field   string
	}{
		{name: "name and description", changes: telework.AwardProgramChanges{NameJa: ptr(" 新しい賞 "), DescriptionEn: telework.SetTo("Honours"), DescriptionJa: telework.SetTo("表彰します")}},
		{name: "entry window moved", changes: telework.AwardProgramChanges{EntryClosesAt: telework.SetTo(opens.AddDate(0, 3, 0))}},
		{name: "window without an end", changes: telework.AwardProgramChanges{EntryClosesAt: telework.Cleared[time.Time]()}},
		{name: "entries close before they open", changes: telework.AwardProgramChanges{EntryOpensAt: telework.SetTo(opens.AddDate(0, 3, 0))},
			code: apperr.BadUserInput, field: "input.entryOpensAt"},
		{name: "description cleared under an English one", changes: telework.AwardProgramChanges{DescriptionJa: telework.Cleared[string](), DescriptionEn: telework.SetTo("x")},
			code: apperr.BadUserInput, field: "input.descriptionJa"},
		{name: "ceremony of another campaign", program: func(*testing.T) *telework.AwardProgram { return f.program(t, announced.ID) },
			changes: telework.AwardProgramChanges{CeremonyEventID: telework.SetTo(int64(1))}, code: apperr.BadUserInput, field: "input.ceremonyEventId"},
		{name: "stale version", stale: true, changes: telework.AwardProgramChanges{NameJa: ptr("古い版から")}, code: apperr.Conflict},
		{name: "announced: window moved", program: func(*testing.T) *telework.AwardProgram { return f.program(t, announced.ID) },
			changes: telework.AwardProgramChanges{EntryOpensAt: telework.SetTo(opens)}, code: apperr.Conflict},
		{name: "announced: window as it is, name changed", program: func(*testing.T) *telework.AwardProgram { return f.program(t, announced.ID) },
			changes: telework.AwardProgramChanges{NameEn: telework.SetTo("Telework Top Runners 2025"), EntryOpensAt: telework.IfGiven(announced.EntryOpensAt)}},
		{name: "unknown program", program: func(*testing.T) *telework.AwardProgram { return &telework.AwardProgram{ID: 1 << 40, Version: 1} },
			changes: telework.AwardProgramChanges{NameJa: ptr("幻の賞")}, code: apperr.NotFound},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var before *telework.AwardProgram
			if tt.program != nil {
				before = tt.program(t)
			} else {
				before = f.mustCreate(t, newProgram("更新賞 "+strconv.Itoa(i), "MIC"))
			}
			version := before.Version
			if tt.stale {
				if _, err := f.svc.UpdateProgram(ctx, before.ID, telework.AwardProgramChanges{NameEn: telework.SetTo("Award")}, version); err != nil {
					t.Fatal(err)
				}
				before = f.program(t, before.ID)
			}
			entries := len(f.auditOf(t, "AwardProgram", before.ID))
			got, err := f.svc.UpdateProgram(ctx, before.ID, tt.changes, version)
			wantErr(t, err, tt.code, tt.field)
			if tt.code == apperr.NotFound {
				return
			}
			after, wrote := f.program(t, before.ID), f.auditOf(t, "AwardProgram", before.ID)[entries:]
			if tt.code != "" {
				if after.Version != before.Version || after.NameJa != before.NameJa || len(wrote) != 0 {
					t.Errorf("a failed update changed the program or wrote %d audit entries", len(wrote))
				}
				return
			}
			if got.Version != before.Version+1 || after.Version != got.Version || len(wrote) != 1 || wrote[0].Action != award.ActionUpdateProgram {
				t.Errorf("version %d → %d, audit %+v: want one more and one award_program.update", before.Version, after.Version, wrote)
			}
			if tt.changes.NameJa != nil && after.NameJa != "新しい賞" {
				t.Errorf("name %q, want it trimmed", after.NameJa)
			}
		})
	}
}

func (f *fixture) concurrentUpdates(t *testing.T) {
	t.Parallel()
	p := f.mustCreate(t, newProgram("同時編集賞", "MIC"))
	const writers = 6
	errs := make([]error, writers)
	start := make(chan struct{})
	var wg sync.WaitGroup
	for w := range writers {
		wg.Go(func() {
			<-start
			_, errs[w] = f.svc.UpdateProgram(f.as["MIC editor"], p.ID,
				telework.AwardProgramChanges{NameEn: telework.SetTo("Writer " + strconv.Itoa(w))}, p.Version)
		})
	}
	close(start)
	wg.Wait()
	won := 0
	for _, err := range errs {
		if err == nil {
			won++
		} else if apperr.CodeOf(err) != apperr.Conflict {
			t.Fatalf("%v, want CONFLICT", err)
		}
	}
	if after := f.program(t, p.ID); won != 1 || after.Version != 2 || len(f.auditOf(t, "AwardProgram", p.ID)) != 2 {
		t.Errorf("%d winners, version %d: want one, at version 2, with one update audited", won, after.Version)
	}
}

// decideAndAnnounce tells the end of FY2026's MIC program: the ministry decides entries while the
// winners are still secret, announces, and the winners become public; decisions end there.
func (f *fixture) decideAndAnnounce(t *testing.T) {
	t.Parallel()
	mic, mhlw := f.seedProgram(t, 2026, "MIC"), f.seedProgram(t, 2026, "MHLW")
	if mic.AnnouncedAt != nil || mhlw.AnnouncedAt != nil {
		t.Fatal("the demo's FY2026 programs of MIC and MHLW should not be announced")
	}
	notAwarded, shortlisted := f.entryOf(t, mic, "NOT_AWARDED"), f.entryOf(t, mic, "SHORTLISTED")
	submitted, withdrawn := f.entryOf(t, mhlw, "SUBMITTED"), f.entryOf(t, mhlw, "WITHDRAWN")
	past := f.entryOf(t, f.seedProgram(t, 2025, "MIC"), "AWARDED")

	decisions := []struct {
		name     string
		actor    string
		entry    *telework.AwardEntry
		decision telework.AwardDecision
		citation *string
		code     apperr.Code
		field    string
		status   string
	}{
		{"award a runner-up", "MIC editor", notAwarded, telework.DecisionAward, ptr("  総務大臣賞。全社でのテレワーク定着。  "), "", "", "AWARDED"},
		{"drop from the shortlist", "MIC editor", shortlisted, telework.DecisionNotAward, nil, "", "", "NOT_AWARDED"},
		{"unknown decision", "MIC editor", shortlisted, "MAYBE", nil, apperr.BadUserInput, "decision", "NOT_AWARDED"},
		{"citation of 2001 characters", "MIC editor", shortlisted, telework.DecisionAward, ptr(strings.Repeat("秀", 2001)), apperr.BadUserInput, "citation", "NOT_AWARDED"},
		{"citation with a control character", "MIC editor", shortlisted, telework.DecisionAward, ptr("秀\x1b"), apperr.BadUserInput, "citation", "NOT_AWARDED"},
		{"viewer decides", "MIC viewer", shortlisted, telework.DecisionAward, nil, apperr.Forbidden, "", "NOT_AWARDED"},
		{"anonymous decides", "anonymous", shortlisted, telework.DecisionAward, nil, apperr.Unauthenticated, "", "NOT_AWARDED"},
		{"another ministry's entry", "MIC editor", submitted, telework.DecisionAward, nil, apperr.Forbidden, "", "SUBMITTED"},
		{"the secretariat decides any", "secretariat", submitted, telework.DecisionShortlist, ptr("最終審査に選出"), "", "", "SHORTLISTED"},
		{"withdrawn entry", "secretariat", withdrawn, telework.DecisionAward, nil, apperr.Conflict, "", "WITHDRAWN"},
		{"announced program", "secretariat", past, telework.DecisionNotAward, nil, apperr.Conflict, "", "AWARDED"},
		{"unknown entry", "secretariat", &telework.AwardEntry{ID: 1 << 40}, telework.DecisionAward, nil, apperr.NotFound, "", ""},
	}
	for _, d := range decisions {
		t.Run(d.name, func(t *testing.T) {
			entries := len(f.auditOf(t, "AwardEntry", d.entry.ID))
			_, err := f.svc.DecideEntry(f.as[d.actor], d.entry.ID, d.decision, d.citation)
			wantErr(t, err, d.code, d.field)
			if d.code == apperr.NotFound {
				return
			}
			after, wrote := f.entry(t, d.entry.ID), f.auditOf(t, "AwardEntry", d.entry.ID)[entries:]
			if string(after.Status) != d.status {
				t.Errorf("status %s, want %s", after.Status, d.status)
			}
			if d.code != "" {
				if len(wrote) != 0 {
					t.Errorf("a refused decision wrote %d audit entries", len(wrote))
				}
				return
			}
			if len(wrote) != 1 || wrote[0].Action != award.ActionDecideEntry {
				t.Fatalf("audit %+v: want one award_entry.decide", wrote)
			}
			if (d.citation == nil) != (after.Citation == nil) || (d.citation != nil && *after.Citation != strings.TrimSpace(*d.citation)) {
				t.Errorf("citation %v, want %v trimmed", after.Citation, d.citation)
			}
			for _, side := range []json.RawMessage{wrote[0].Before, wrote[0].After} {
				var rec map[string]any
				if err := json.Unmarshal(side, &rec); err != nil || rec["ContactEmail"] != "***" || rec["ID"] != float64(d.entry.ID) {
					t.Errorf("audit record %s: want the entry with its contact masked", side)
				}
			}
		})
	}

	if ws := f.winners(t, mic); len(ws) != 0 {
		t.Fatalf("%d winners public before the announcement", len(ws))
	}
	announced, err := f.svc.Announce(f.as["MIC editor"], mic.ID)
	if err != nil {
		t.Fatalf("Announce: %v", err)
	}
	entries := f.auditOf(t, "AwardProgram", mic.ID)
	if announced.AnnouncedAt == nil || announced.Version != mic.Version+1 || len(entries) != 1 ||
		entries[0].Action != award.ActionAnnounceProgram || !entries[0].At.Equal(*announced.AnnouncedAt) {
		t.Fatalf("announced %+v with audit %+v: want announced now, one version on, one entry in its transaction", announced, entries)
	}
	var want []int64
	if err := f.db.Select(&want, `SELECT id FROM award_entries WHERE program_id = $1 AND status IN ('AWARDED', 'SHORTLISTED')
		ORDER BY status = 'AWARDED' DESC, id`, mic.ID); err != nil {
		t.Fatal(err)
	}
	var got []int64
	for _, w := range f.winners(t, mic) {
		got = append(got, w.ID)
	}
	if len(got) == 0 || len(got) != len(want) || got[0] != want[0] || !slices.Contains(got, notAwarded.ID) || slices.Contains(got, shortlisted.ID) {
		t.Errorf("public winners %v, want %v: with the new award, without the dropped entry", got, want)
	}

	again, err := f.svc.Announce(f.as["MIC editor"], mic.ID)
	if err != nil || !again.AnnouncedAt.Equal(*announced.AnnouncedAt) || again.Version != announced.Version ||
		len(f.auditOf(t, "AwardProgram", mic.ID)) != 1 {
		t.Errorf("announcing again: %+v, %v: want it unchanged and nothing audited", again, err)
	}
	_, err = f.svc.DecideEntry(f.as["MIC editor"], shortlisted.ID, telework.DecisionAward, nil)
	wantErr(t, err, apperr.Conflict, "")
	_, err = f.svc.UpdateProgram(f.as["MIC editor"], mic.ID, telework.AwardProgramChanges{EntryClosesAt: telework.Cleared[time.Time]()}, again.Version)
	wantErr(t, err, apperr.Conflict, "")
}
