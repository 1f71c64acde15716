package event_test

import (
	"context"
	"encoding/json"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/event"
	"github.com/teleworkmonth/platform/internal/pgtest"
	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// fixture is a database with the demo data, the event service on the real policy, and a context
// for each kind of actor.
type fixture struct {
	db  *sqlx.DB
	svc *event.Service
	as  map[string]context.Context
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	w := apptest.NewWorld(t, map[string]apptest.Actor{
		"secretariat": {Role: telework.RoleSecretariat, Ministry: ""},
		"MIC editor":  {Role: telework.RoleMinistryEditor, Ministry: "MIC"},
		"MIC viewer":  {Role: telework.RoleMinistryViewer, Ministry: "MIC"},
	})
	return &fixture{db: w.DB, svc: event.NewService(w.DB, w.Authz), as: w.As}
}

// TestEventWrites runs the stories of event writes on one database with the demo data: each
// works on events of its own, or only reads the demo's.
func TestEventWrites(t *testing.T) {
	f := newFixture(t)
	t.Run("create validation", f.createValidation)
	t.Run("create", f.create)
	t.Run("permissions", f.writePermissions)
	t.Run("update", f.update)
	t.Run("concurrent updates", f.concurrentUpdates)
	t.Run("publish and cancel", f.publishAndCancel)
}

func ptr[T any](v T) *T { return &v }

var startsAt = time.Date(2026, time.November, 30, 4, 0, 0, 0, time.UTC) // 13:00 in Japan

// newEvent is a valid event of FY2026.
func newEvent(title, host string, coHosts ...string) telework.NewEvent {
	return telework.NewEvent{
		FiscalYear: 2026, HostMinistryCode: host, CoHostMinistryCodes: coHosts, Kind: "SEMINAR",
		TitleJa: title, DescriptionJa: ptr("第一部 講演\n第二部 パネルディスカッション"),
		StartsAt: startsAt, EndsAt: startsAt.Add(2 * time.Hour),
		Venue:    &telework.VenueInput{NameJa: "御茶ノ水ソラシティ", Prefecture: ptr(telework.Prefecture("TOKYO"))},
		Capacity: ptr(100), ApplicationDeadline: ptr(startsAt.Add(-24 * time.Hour)),
	}
}

// mustCreate creates an event as the secretariat.
func (f *fixture) mustCreate(t *testing.T, n telework.NewEvent) *telework.Event {
	t.Helper()
	e, err := f.svc.Create(f.as["secretariat"], n)
	if err != nil {
		t.Fatalf("Create: %v", err)
	}
	return e
}

// seedEvent returns a published FY2026 event of the demo data hosted by host and, if coHost is
// not "", co-hosted by coHost.
func (f *fixture) seedEvent(t *testing.T, host, coHost string) *telework.Event {
	t.Helper()
	var id int64
	err := f.db.Get(&id, `
		SELECT e.id FROM events e JOIN campaigns c ON c.id = e.campaign_id
		JOIN ministries h ON h.id = e.host_ministry_id
		WHERE c.fiscal_year = 2026 AND e.status = 'PUBLISHED' AND h.code = $1 AND ($2 = '' OR EXISTS (
			SELECT 1 FROM event_cohosts ec JOIN ministries m ON m.id = ec.ministry_id
			WHERE ec.event_id = e.id AND m.code = $2))
		ORDER BY e.id LIMIT 1`, host, coHost)
	if err != nil {
		t.Fatalf("no published FY2026 event of %s co-hosted by %q in the demo data: %v", host, coHost, err)
	}
	return f.load(t, id)
}

// load reads an event as stored, description included.
func (f *fixture) load(t *testing.T, id int64) *telework.Event {
	t.Helper()
	var e *telework.Event
	err := store.InTx(t.Context(), f.db, func(tx *sqlx.Tx) (err error) {
		e, err = store.LockEvent(t.Context(), tx, id)
		return err
	})
	if err != nil || e == nil {
		t.Fatalf("load event %d: %v", id, err)
	}
	return e
}

func (f *fixture) coHosts(t *testing.T, id int64) []string {
	t.Helper()
	codes := []string{}
	if err := f.db.Select(&codes, `
		SELECT m.code FROM event_cohosts c JOIN ministries m ON m.id = c.ministry_id
		WHERE c.event_id = $1 ORDER BY m.code`, id); err != nil {
		t.Fatal(err)
	}
	return codes
}

// auditOf returns the audit entries of an event, oldest first.
func (f *fixture) auditOf(t *testing.T, id int64) []telework.AuditEntry {
	t.Helper()
	var entries []telework.AuditEntry
	if err := f.db.Select(&entries, `
		SELECT id, at, actor, ministry_id, action, object_type, object_id, before, after FROM audit_entries
		WHERE object_type = 'Event' AND object_id = $1 ORDER BY id`, strconv.FormatInt(id, 10)); err != nil {
		t.Fatal(err)
	}
	return entries
}

// wantErr checks that err is an application error of code, naming field when field is not "".
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
	long := func(n int) string { return strings.Repeat("あ", n) }
	tests := []struct {
		name   string
		change func(n *telework.NewEvent)
		code   apperr.Code
		field  string
	}{
		{"fiscal year out of range", func(n *telework.NewEvent) { n.FiscalYear = 1900 }, apperr.BadUserInput, "input.fiscalYear"},
		{"fiscal year without a campaign", func(n *telework.NewEvent) { n.FiscalYear = 2030 }, apperr.BadUserInput, "input.fiscalYear"},
		{"host code malformed", func(n *telework.NewEvent) { n.HostMinistryCode = "総務省" }, apperr.BadUserInput, "input.hostMinistryCode"},
		{"host of no ministry", func(n *telework.NewEvent) { n.HostMinistryCode = "XYZ" }, apperr.BadUserInput, "input.hostMinistryCode"},
		{"co-host of no ministry", func(n *telework.NewEvent) { n.CoHostMinistryCodes = []string{"MHLW", "XYZ"} }, apperr.BadUserInput, "input.coHostMinistryCodes"},
		{"co-host twice", func(n *telework.NewEvent) { n.CoHostMinistryCodes = []string{"MHLW", " mhlw "} }, apperr.BadUserInput, "input.coHostMinistryCodes"},
		{"host as co-host", func(n *telework.NewEvent) { n.CoHostMinistryCodes = []string{"MIC"} }, apperr.BadUserInput, "input.coHostMinistryCodes"},
		{"kind unknown", func(n *telework.NewEvent) { n.Kind = "PARTY" }, apperr.BadUserInput, "input.kind"},
		{"title blank", func(n *telework.NewEvent) { n.TitleJa = "  \t " }, apperr.BadUserInput, "input.titleJa"},
		{"title of 201 characters", func(n *telework.NewEvent) { n.TitleJa = long(201) }, apperr.BadUserInput, "input.titleJa"},
		{"title with a line break", func(n *telework.NewEvent) { n.TitleJa = "テレワーク\nセミナー" }, apperr.BadUserInput, "input.titleJa"},
		{"English title with a control character", func(n *telework.NewEvent) { n.TitleEn = ptr("Telework\x07") }, apperr.BadUserInput, "input.titleEn"},
		{"description of 5001 characters", func(n *telework.NewEvent) { n.DescriptionJa = ptr(long(5001)) }, apperr.BadUserInput, "input.descriptionJa"},
		{"description with a control character", func(n *telework.NewEvent) { n.DescriptionJa = ptr("概要\x00") }, apperr.BadUserInput, "input.descriptionJa"},
		{"English description alone", func(n *telework.NewEvent) { n.DescriptionJa, n.DescriptionEn = nil, ptr("About") }, apperr.BadUserInput, "input.descriptionJa"},
		{"no start", func(n *telework.NewEvent) { n.StartsAt = time.Time{} }, apperr.BadUserInput, "input.startsAt"},
		{"ends when it starts", func(n *telework.NewEvent) { n.EndsAt = n.StartsAt }, apperr.BadUserInput, "input.endsAt"},
		{"ends before it starts", func(n *telework.NewEvent) { n.EndsAt = n.StartsAt.Add(-time.Hour) }, apperr.BadUserInput, "input.endsAt"},
		{"deadline after the start", func(n *telework.NewEvent) { n.ApplicationDeadline = ptr(n.StartsAt.Add(time.Minute)) }, apperr.BadUserInput, "input.applicationDeadline"},
		{"venue without a name", func(n *telework.NewEvent) { n.Venue.NameJa = " " }, apperr.BadUserInput, "input.venue.nameJa"},
		{"venue in no prefecture", func(n *telework.NewEvent) { n.Venue.Prefecture = ptr(telework.Prefecture("EDO")) }, apperr.BadUserInput, "input.venue.prefecture"},
		{"venue address too long", func(n *telework.NewEvent) { n.Venue.AddressJa = ptr(long(501)) }, apperr.BadUserInput, "input.venue.addressJa"},
		{"negative fee", func(n *telework.NewEvent) { n.FeeYen = -1 }, apperr.BadUserInput, "input.feeYen"},
		{"fee over a million yen", func(n *telework.NewEvent) { n.FeeYen = 1_000_001 }, apperr.BadUserInput, "input.feeYen"},
		{"no seats", func(n *telework.NewEvent) { n.Capacity = ptr(0) }, apperr.BadUserInput, "input.capacity"},
		{"too many seats", func(n *telework.NewEvent) { n.Capacity = ptr(100_001) }, apperr.BadUserInput, "input.capacity"},
		{"the largest event", func(n *telework.NewEvent) { n.Capacity, n.FeeYen, n.TitleJa = ptr(100_000), 1_000_000, long(200) }, "", ""},
		{"online only, until full", func(n *telework.NewEvent) { n.Venue, n.Capacity, n.ApplicationDeadline = nil, nil, nil }, "", ""},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := newEvent("検証 "+strconv.Itoa(i), "MIC")
			tt.change(&n)
			e, err := f.svc.Create(f.as["secretariat"], n)
			wantErr(t, err, tt.code, tt.field)
			var stored int
			if err := f.db.Get(&stored, `SELECT count(*) FROM events WHERE title_ja = $1`, n.TitleJa); err != nil {
				t.Fatal(err)
			}
			if tt.code != "" {
				if stored != 0 {
					t.Errorf("%d events stored by a failed create", stored)
				}
				return
			}
			if stored != 1 || len(f.auditOf(t, e.ID)) != 1 {
				t.Errorf("%d events stored, %d audit entries; want 1 and 1", stored, len(f.auditOf(t, e.ID)))
			}
		})
	}
}

func (f *fixture) create(t *testing.T) {
	t.Parallel()
	n := newEvent("  テレワークセキュリティ講習会  ", " mic ", "mhlw", "METI")
	n.TitleEn = ptr("  ")
	e, err := f.svc.Create(f.as["MIC editor"], n)
	if err != nil {
		t.Fatalf("Create: %v", err)
	}
	got := f.load(t, e.ID)
	if got.Status != telework.EventDraft || got.Version != 1 || got.TitleJa != "テレワークセキュリティ講習会" || got.TitleEn != nil ||
		*got.DescriptionJa != "第一部 講演\n第二部 パネルディスカッション" || got.SeatsTaken != 0 {
		t.Errorf("stored %+v: want a trimmed draft at version 1", got)
	}
	if co := f.coHosts(t, e.ID); strings.Join(co, ",") != "METI,MHLW" {
		t.Errorf("co-hosts %v, want METI and MHLW", co)
	}
	entries := f.auditOf(t, e.ID)
	if len(entries) != 1 {
		t.Fatalf("%d audit entries, want 1", len(entries))
	}
	a := entries[0]
	if a.Action != event.ActionCreate || a.MinistryID == nil || *a.MinistryID != e.HostMinistryID ||
		!strings.HasPrefix(a.Actor, "user:") || a.Before != nil {
		t.Errorf("audit entry %+v", a)
	}
	var after struct {
		TitleJa             string
		CoHostMinistryCodes []string
	}
	if err := json.Unmarshal(a.After, &after); err != nil || after.TitleJa != got.TitleJa || len(after.CoHostMinistryCodes) != 2 {
		t.Errorf("audit after = %s (%v)", a.After, err)
	}
}

// writePermissions runs every write as every kind of actor on events of every relation to MIC,
// and checks the database after each: a refused write changes nothing and records nothing.
func (f *fixture) writePermissions(t *testing.T) {
	t.Parallel()
	type target struct{ host, coHost string }
	var (
		mic      = target{"MIC", ""}
		mhlw     = target{"MHLW", ""}
		coHosted = target{"MHLW", "MIC"}
	)
	ops := map[string]func(ctx context.Context, e *telework.Event) (*telework.Event, error){
		"update": func(ctx context.Context, e *telework.Event) (*telework.Event, error) {
			return f.svc.Update(ctx, e.ID, telework.EventChanges{TitleJa: ptr(e.TitleJa + "（改）")}, e.Version)
		},
		"publish": func(ctx context.Context, e *telework.Event) (*telework.Event, error) { return f.svc.Publish(ctx, e.ID) },
		"cancel":  func(ctx context.Context, e *telework.Event) (*telework.Event, error) { return f.svc.Cancel(ctx, e.ID) },
	}
	tests := []struct {
		actor  string
		target target
		seeded bool // a published event of the demo data rather than a new draft
		want   apperr.Code
	}{
		{"MIC editor", mic, false, ""},
		{"MIC editor", mhlw, false, apperr.Forbidden},
		{"MIC editor", coHosted, false, apperr.Forbidden},
		{"MIC editor", mhlw, true, apperr.Forbidden},
		{"MIC editor", target{"CAO", "MIC"}, true, apperr.Forbidden},
		{"MIC viewer", mic, false, apperr.Forbidden},
		{"MIC viewer", mic, true, apperr.Forbidden},
		{"MIC viewer", coHosted, false, apperr.Forbidden},
		{"secretariat", mic, false, ""},
		{"secretariat", coHosted, false, ""},
		{"secretariat", mhlw, true, ""},
		{"anonymous", mic, false, apperr.Unauthenticated},
	}
	for i, tt := range tests {
		name := tt.actor + " on " + tt.target.host
		if tt.target.coHost != "" {
			name += " co-hosted by " + tt.target.coHost
		}
		if tt.seeded {
			name += " (demo data)"
		} else {
			t.Run(name+"/create", func(t *testing.T) {
				n := newEvent("権限 "+strconv.Itoa(i), tt.target.host)
				if tt.target.coHost != "" {
					n.CoHostMinistryCodes = []string{tt.target.coHost}
				}
				e, err := f.svc.Create(f.as[tt.actor], n)
				wantErr(t, err, tt.want, "")
				var stored int
				if err := f.db.Get(&stored, `SELECT count(*) FROM events WHERE title_ja = $1`, n.TitleJa); err != nil {
					t.Fatal(err)
				}
				if want := map[bool]int{true: 1, false: 0}[tt.want == ""]; stored != want {
					t.Errorf("%d events stored, want %d", stored, want)
				}
				if e != nil && len(f.auditOf(t, e.ID)) != 1 {
					t.Errorf("want one audit entry of the creation")
				}
			})
		}
		for _, op := range []string{"update", "publish", "cancel"} {
			t.Run(name+"/"+op, func(t *testing.T) {
				var before *telework.Event
				if tt.seeded {
					before = f.seedEvent(t, tt.target.host, tt.target.coHost)
				} else {
					n := newEvent("権限 "+strconv.Itoa(i)+" "+op, tt.target.host)
					if tt.target.coHost != "" {
						n.CoHostMinistryCodes = []string{tt.target.coHost}
					}
					before = f.mustCreate(t, n)
				}
				entries := len(f.auditOf(t, before.ID))
				_, err := ops[op](f.as[tt.actor], before)
				wantErr(t, err, tt.want, "")
				after, wrote := f.load(t, before.ID), len(f.auditOf(t, before.ID))-entries
				changes := tt.want == "" && !(op == "publish" && before.Status == telework.EventPublished)
				switch {
				case !changes && (after.Version != before.Version || after.Status != before.Status || after.TitleJa != before.TitleJa || wrote != 0):
					t.Errorf("a refused or empty %s changed the event (%+v) or wrote %d audit entries", op, after, wrote)
				case changes && (after.Version != before.Version+1 || wrote != 1):
					t.Errorf("version %d → %d with %d audit entries: want one more and one entry", before.Version, after.Version, wrote)
				}
			})
		}
	}
}

func (f *fixture) update(t *testing.T) {
	t.Parallel()
	ctx := f.as["MIC editor"]
	var fullID int64 // the last published MIC event with seats taken; permissions reads the first
	if err := f.db.Get(&fullID, `SELECT e.id FROM events e JOIN ministries m ON m.id = e.host_ministry_id
		WHERE m.code = 'MIC' AND e.status = 'PUBLISHED' AND e.seats_taken > 0 AND e.capacity IS NOT NULL
		ORDER BY e.id DESC LIMIT 1`); err != nil {
		t.Fatalf("no MIC event with seats taken in the demo data: %v", err)
	}
	full := f.load(t, fullID)
	cancelled := f.mustCreate(t, newEvent("中止されたセミナー", "MIC"))
	if _, err := f.svc.Cancel(ctx, cancelled.ID); err != nil {
		t.Fatal(err)
	}
	var closed int64
	if err := f.db.Get(&closed, `SELECT e.id FROM events e JOIN ministries m ON m.id = e.host_ministry_id
		WHERE m.code = 'MIC' AND e.status = 'CLOSED' ORDER BY e.id LIMIT 1`); err != nil {
		t.Fatalf("no closed MIC event in the demo data: %v", err)
	}

	tests := []struct {
		name    string
		event   func(t *testing.T) *telework.Event // nil: a new MIC draft
		changes telework.EventChanges
		version func(e *telework.Event) int // nil: the event's
		code    apperr.Code
		field   string
		check   func(t *testing.T, e *telework.Event)
	}{
		{name: "title and kind", changes: telework.EventChanges{TitleJa: ptr(" 新しい題名 "), Kind: ptr(telework.EventKind("WORKSHOP"))},
			check: func(t *testing.T, e *telework.Event) {
				if e.TitleJa != "新しい題名" || e.Kind != "WORKSHOP" {
					t.Errorf("title %q kind %s", e.TitleJa, e.Kind)
				}
			}},
		{name: "co-hosts replaced", changes: telework.EventChanges{CoHostMinistryCodes: []string{"CAO", "METI"}},
			check: func(t *testing.T, e *telework.Event) {
				if co := f.coHosts(t, e.ID); strings.Join(co, ",") != "CAO,METI" {
					t.Errorf("co-hosts %v", co)
				}
			}},
		{name: "co-hosts removed", changes: telework.EventChanges{CoHostMinistryCodes: []string{}},
			check: func(t *testing.T, e *telework.Event) {
				if co := f.coHosts(t, e.ID); len(co) != 0 {
					t.Errorf("co-hosts %v", co)
				}
			}},
		{name: "online only, no limit, until full",
			changes: telework.EventChanges{Venue: telework.Cleared[telework.VenueInput](), Capacity: telework.Cleared[int](),
				ApplicationDeadline: telework.Cleared[time.Time](), OnlineStreaming: ptr(true)},
			check: func(t *testing.T, e *telework.Event) {
				if e.Venue() != nil || e.Capacity != nil || e.ApplicationDeadline != nil || !e.OnlineStreaming {
					t.Errorf("event %+v", e)
				}
			}},
		{name: "capacity down to the seats taken", event: func(*testing.T) *telework.Event { return f.load(t, full.ID) },
			changes: telework.EventChanges{Capacity: telework.SetTo(full.SeatsTaken)}},
		{name: "capacity below the seats taken", event: func(*testing.T) *telework.Event { return f.load(t, full.ID) },
			changes: telework.EventChanges{Capacity: telework.SetTo(full.SeatsTaken - 1)}, code: apperr.BadUserInput, field: "input.capacity"},
		{name: "start moved past the end", changes: telework.EventChanges{StartsAt: ptr(startsAt.Add(3 * time.Hour))},
			code: apperr.BadUserInput, field: "input.startsAt"},
		{name: "start moved before the deadline", changes: telework.EventChanges{StartsAt: ptr(startsAt.Add(-48 * time.Hour))},
			code: apperr.BadUserInput, field: "input.startsAt"},
		{name: "empty title", changes: telework.EventChanges{TitleJa: ptr("")}, code: apperr.BadUserInput, field: "input.titleJa"},
		{name: "venue in no prefecture", changes: telework.EventChanges{Venue: telework.SetTo(telework.VenueInput{NameJa: "会場", Prefecture: ptr(telework.Prefecture("tokyo"))})},
			code: apperr.BadUserInput, field: "input.venue.prefecture"},
		{name: "host as co-host", changes: telework.EventChanges{CoHostMinistryCodes: []string{"MIC"}}, code: apperr.BadUserInput, field: "input.coHostMinistryCodes"},
		{name: "co-host of no ministry", changes: telework.EventChanges{CoHostMinistryCodes: []string{"METI", "ABC"}}, code: apperr.BadUserInput, field: "input.coHostMinistryCodes"},
		{name: "stale version", version: func(e *telework.Event) int { return e.Version - 1 }, changes: telework.EventChanges{TitleJa: ptr("古い版から")},
			event: func(t *testing.T) *telework.Event {
				e := f.mustCreate(t, newEvent("二度編集されるセミナー", "MIC"))
				if _, err := f.svc.Update(ctx, e.ID, telework.EventChanges{FeeYen: ptr(500)}, e.Version); err != nil {
					t.Fatal(err)
				}
				return f.load(t, e.ID)
			}, code: apperr.Conflict},
		{name: "cancelled event", event: func(*testing.T) *telework.Event { return f.load(t, cancelled.ID) },
			changes: telework.EventChanges{TitleJa: ptr("再開")}, code: apperr.Conflict},
		{name: "closed event", event: func(*testing.T) *telework.Event { return f.load(t, closed) },
			changes: telework.EventChanges{TitleJa: ptr("再開")}, code: apperr.Conflict},
		{name: "unknown event", event: func(*testing.T) *telework.Event { return &telework.Event{ID: 1 << 40, Version: 1} },
			changes: telework.EventChanges{TitleJa: ptr("幻")}, code: apperr.NotFound},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var before *telework.Event
			if tt.event != nil {
				before = tt.event(t)
			} else {
				before = f.mustCreate(t, newEvent("更新 "+strconv.Itoa(i), "MIC", "MHLW"))
			}
			version := before.Version
			if tt.version != nil {
				version = tt.version(before)
			}
			entries, coHosts := len(f.auditOf(t, before.ID)), f.coHosts(t, before.ID)
			got, err := f.svc.Update(ctx, before.ID, tt.changes, version)
			wantErr(t, err, tt.code, tt.field)
			if tt.code == apperr.NotFound {
				return
			}
			after, wrote := f.load(t, before.ID), f.auditOf(t, before.ID)[entries:]
			if tt.code != "" {
				if after.Version != before.Version || after.TitleJa != before.TitleJa || len(wrote) != 0 ||
					strings.Join(f.coHosts(t, before.ID), ",") != strings.Join(coHosts, ",") {
					t.Errorf("a failed update changed the event or wrote %d audit entries", len(wrote))
				}
				return
			}
			if got.Version != before.Version+1 || after.Version != got.Version || len(wrote) != 1 || wrote[0].Action != event.ActionUpdate {
				t.Fatalf("version %d → %d, audit %+v: want one more and one event.update", before.Version, after.Version, wrote)
			}
			var updatedAt time.Time
			if err := f.db.Get(&updatedAt, `SELECT updated_at FROM events WHERE id = $1`, before.ID); err != nil {
				t.Fatal(err)
			}
			if !updatedAt.Equal(wrote[0].At) {
				t.Errorf("updated at %v, audited at %v: not one transaction", updatedAt, wrote[0].At)
			}
			if tt.check != nil {
				tt.check(t, after)
			}
		})
	}
}

// concurrentUpdates races writers with the same expected version: exactly one wins each round.
func (f *fixture) concurrentUpdates(t *testing.T) {
	t.Parallel()
	e := f.mustCreate(t, newEvent("同時編集", "MIC"))
	const writers = 6
	for round := range 3 {
		before := f.load(t, e.ID)
		start := make(chan struct{})
		errs := make([]error, writers)
		var wg sync.WaitGroup
		for w := range writers {
			wg.Go(func() {
				<-start
				_, errs[w] = f.svc.Update(f.as["MIC editor"], e.ID,
					telework.EventChanges{FeeYen: ptr(1000*round + w)}, before.Version)
			})
		}
		close(start)
		wg.Wait()
		won := 0
		for _, err := range errs {
			if err == nil {
				won++
			} else if apperr.CodeOf(err) != apperr.Conflict {
				t.Fatalf("round %d: %v, want CONFLICT", round, err)
			}
		}
		after := f.load(t, e.ID)
		if won != 1 || after.Version != before.Version+1 || after.FeeYen/1000 != round {
			t.Errorf("round %d: %d winners, version %d → %d", round, won, before.Version, after.Version)
		}
	}
	if n := len(f.auditOf(t, e.ID)); n != 1+3 {
		t.Errorf("%d audit entries, want the creation and one per round", n)
	}
}

func (f *fixture) publishAndCancel(t *testing.T) {
	t.Parallel()
	ctx := f.as["MIC editor"]
	e := f.mustCreate(t, newEvent("公開と中止", "MIC"))
	steps := []struct {
		name    string
		do      func() (*telework.Event, error)
		code    apperr.Code
		status  telework.EventStatus
		version int
		audited int
	}{
		{"publish a draft", func() (*telework.Event, error) { return f.svc.Publish(ctx, e.ID) }, "", telework.EventPublished, 2, 2},
		{"publish again", func() (*telework.Event, error) { return f.svc.Publish(ctx, e.ID) }, "", telework.EventPublished, 2, 2},
		{"cancel", func() (*telework.Event, error) { return f.svc.Cancel(ctx, e.ID) }, "", telework.EventCancelled, 3, 3},
		{"cancel again", func() (*telework.Event, error) { return f.svc.Cancel(ctx, e.ID) }, "", telework.EventCancelled, 3, 3},
		{"publish a cancelled event", func() (*telework.Event, error) { return f.svc.Publish(ctx, e.ID) }, apperr.Conflict, telework.EventCancelled, 3, 3},
		{"edit a cancelled event", func() (*telework.Event, error) {
			return f.svc.Update(ctx, e.ID, telework.EventChanges{FeeYen: ptr(0)}, 3)
		}, apperr.Conflict, telework.EventCancelled, 3, 3},
		{"publish an unknown event", func() (*telework.Event, error) { return f.svc.Publish(ctx, 1<<40) }, apperr.NotFound, telework.EventCancelled, 3, 3},
	}
	for _, s := range steps {
		got, err := s.do()
		wantErr(t, err, s.code, "")
		stored := f.load(t, e.ID)
		if stored.Status != s.status || stored.Version != s.version || len(f.auditOf(t, e.ID)) != s.audited {
			t.Errorf("%s: %s at version %d with %d audit entries, want %s at %d with %d",
				s.name, stored.Status, stored.Version, len(f.auditOf(t, e.ID)), s.status, s.version, s.audited)
		}
		if err == nil && (got.Status != stored.Status || got.Version != stored.Version) {
			t.Errorf("%s: returned %s at %d, stored %s at %d", s.name, got.Status, got.Version, stored.Status, stored.Version)
		}
	}
	var actions []string
	for _, a := range f.auditOf(t, e.ID) {
		actions = append(actions, a.Action)
	}
	if strings.Join(actions, ",") != "event.create,event.publish,event.cancel" {
		t.Errorf("audit actions %v", actions)
	}
}
