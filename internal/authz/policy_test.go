package authz

import (
	"context"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/teleworkmonth/platform/internal/pgtest"
	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// ministryCodes are the ministries of the campaign.
var allMinistries = []string{"CAS", "CAO", "DA", "MIC", "MHLW", "METI", "MLIT", "JTA", "MOE"}

// insertGrant gives user a role as the grantRole mutation does: a g or g2 row inserted with SQL.
func insertGrant(tb testing.TB, db sqlx.ExecerContext, user int64, role telework.Role, ministry string) {
	tb.Helper()
	if err := InsertGrant(context.Background(), db, user, role, ministry); err != nil {
		tb.Fatal(err)
	}
}

func loadPolicy(tb testing.TB, db *sqlx.DB) *Policy {
	tb.Helper()
	p, err := NewPolicy(tb.Context(), db)
	if err != nil {
		tb.Fatal(err)
	}
	return p
}

func mustGrants(t *testing.T, p *Policy, sub string) []Grant {
	t.Helper()
	grants, err := p.Grants(t.Context(), sub)
	if err != nil {
		t.Fatalf("Grants(%s): %v", sub, err)
	}
	return grants
}

func mustMinistries(t *testing.T, p *Policy, sub, obj, act string) ([]string, bool) {
	t.Helper()
	codes, all, err := p.Ministries(t.Context(), sub, obj, act)
	if err != nil {
		t.Fatalf("Ministries(%s, %s, %s): %v", sub, obj, act, err)
	}
	return codes, all
}

func mustAllowed(t *testing.T, p *Policy, sub, dom, obj, act, owner string) bool {
	t.Helper()
	ok, err := p.Allowed(t.Context(), sub, dom, obj, act, owner)
	if err != nil {
		t.Fatalf("Allowed(%s, %s, %s, %s, %q): %v", sub, dom, obj, act, owner, err)
	}
	return ok
}

// roleTemplates reads the role templates of the migration: role -> "object action" -> true.
func roleTemplates(t *testing.T, db *sqlx.DB) (byRole map[string]map[[2]string]bool, all [][2]string) {
	t.Helper()
	var rows []struct{ V0, V1, V2 string }
	if err := db.Select(&rows, `SELECT v0, v1, v2 FROM casbin_rule WHERE ptype = 'p' ORDER BY id`); err != nil {
		t.Fatal(err)
	}
	byRole = map[string]map[[2]string]bool{}
	for _, r := range rows {
		if byRole[r.V0] == nil {
			byRole[r.V0] = map[[2]string]bool{}
		}
		oa := [2]string{r.V1, r.V2}
		byRole[r.V0][oa] = true
		if !slices.Contains(all, oa) {
			all = append(all, oa)
		}
	}
	for _, role := range []string{"SECRETARIAT", "MINISTRY_ADMIN", "MINISTRY_EDITOR", "MINISTRY_VIEWER", "OWNER"} {
		if len(byRole[role]) == 0 {
			t.Fatalf("no template for %s in the migrated database", role)
		}
	}
	return byRole, all
}

// TestPolicy checks the decisions and the questions of a policy loaded once, each subtest with
// users of its own.
func TestPolicy(t *testing.T) {
	t.Parallel()
	db := pgtest.NewDB(t)
	byRole, all := roleTemplates(t, db)
	roles := []telework.Role{telework.RoleMinistryAdmin, telework.RoleMinistryEditor, telework.RoleMinistryViewer}
	for _, g := range []struct {
		user     int64
		role     telework.Role
		ministry string
	}{
		// decisions, explain
		{1, telework.RoleSecretariat, ""},
		{2, telework.RoleMinistryAdmin, "MIC"},
		{3, telework.RoleMinistryEditor, "MIC"},
		{4, telework.RoleMinistryViewer, "MHLW"},
		// grants
		{11, telework.RoleMinistryAdmin, "MIC"},
		{11, telework.RoleMinistryViewer, "MHLW"},
		{11, telework.RoleMinistryEditor, "MIC"},
		{11, telework.RoleSecretariat, ""},
		{11, telework.RoleSecretariat, ""}, // twice: still one role
		{12, telework.RoleMinistryViewer, "MOE"},
		// ministries
		{21, telework.RoleSecretariat, ""},
		{22, telework.RoleMinistryAdmin, "MIC"},
		{22, telework.RoleMinistryEditor, "MIC"},
		{22, telework.RoleMinistryViewer, "MHLW"},
		{22, telework.RoleMinistryEditor, "METI"},
		// templates: each role in MIC
		{31, telework.RoleSecretariat, ""},
		{32, telework.RoleMinistryAdmin, "MIC"},
		{33, telework.RoleMinistryEditor, "MIC"},
		{34, telework.RoleMinistryViewer, "MIC"},
	} {
		insertGrant(t, db, g.user, g.role, g.ministry)
	}
	// Users with zero to three roles in various ministries, and a secretariat among them.
	for u := int64(100); u < 120; u++ {
		for k := range u % 4 {
			insertGrant(t, db, u, roles[(u+k)%3], allMinistries[(u*7+k*5)%9])
		}
		if u == 117 {
			insertGrant(t, db, u, telework.RoleSecretariat, "")
		}
	}
	p := loadPolicy(t, db)

	t.Run("decisions", func(t *testing.T) {
		t.Parallel()
		for _, c := range []struct {
			sub, dom, obj, act, owner string
			want                      bool
		}{
			// The secretariat, in every ministry and for records of none.
			{"user:1", "MIC", "event", "edit", "", true},
			{"user:1", "MHLW", "event", "publish", "", true},
			{"user:1", "MOE", "application", "read_personal", "", true},
			{"user:1", "", "registrant", "approve", "", true},
			{"user:1", "", "registrant", "update", "", false}, // only its owner updates a registration
			// A ministry admin, in its ministry only.
			{"user:2", "MIC", "event", "edit", "", true},
			{"user:2", "MHLW", "event", "edit", "", false},
			{"user:2", "MIC", "application", "read_personal", "", true},
			{"user:2", "MIC", "role", "grant", "", true},
			{"user:2", "", "registrant", "approve", "", false},
			// An editor: no personal data, no roles.
			{"user:3", "MIC", "event", "publish", "", true},
			{"user:3", "MIC", "application", "read", "", true},
			{"user:3", "MIC", "application", "read_personal", "", false},
			{"user:3", "MIC", "role", "grant", "", false},
			// A viewer: drafts and statistics.
			{"user:4", "MHLW", "event", "read_draft", "", true},
			{"user:4", "MHLW", "stats", "read", "", true},
			{"user:4", "MHLW", "application", "read_personal", "", false},
			{"user:4", "MHLW", "event", "edit", "", false},
			{"user:4", "MIC", "event", "read_draft", "", false},
			// Check-in at the door: the secretariat, admins and editors of the ministry; not its
			// viewers, nor the applicant.
			{"user:1", "MHLW", "application", "check_in", "", true},
			{"user:2", "MIC", "application", "check_in", "", true},
			{"user:2", "MHLW", "application", "check_in", "", false},
			{"user:3", "MIC", "application", "check_in", "", true},
			{"user:4", "MHLW", "application", "check_in", "", false},
			{"application:9", "MIC", "application", "check_in", "application:9", false},
			// Owners, of their own records only.
			{"registrant:7", "", "registrant", "read_personal", "registrant:7", true},
			{"registrant:7", "", "registrant", "update", "registrant:7", true},
			{"registrant:7", "", "registrant", "update", "registrant:8", false},
			{"registrant:7", "", "registrant", "update", "", false},
			{"registrant:7", "", "registrant", "approve", "registrant:7", false},
			{"application:9", "MIC", "application", "cancel", "application:9", true},
			{"application:9", "MIC", "application", "cancel", "application:10", false},
			{"user:2", "MIC", "registrant", "update", "registrant:7", false},
			// Nobody else.
			{"user:5", "MIC", "event", "read_draft", "", false},
			{"anonymous", "MIC", "event", "read_draft", "", false},
			{"", "", "registrant", "read", "", false},
			// A subject that names a role holds nothing (Casbin takes a name to hold itself).
			{"SECRETARIAT", "MIC", "event", "edit", "", false},
			{"MINISTRY_ADMIN", "MIC", "event", "edit", "", false},
			{"OWNER", "", "registrant", "read", "OWNER", false},
		} {
			if got := mustAllowed(t, p, c.sub, c.dom, c.obj, c.act, c.owner); got != c.want {
				t.Errorf("Allowed(%s, %q, %s, %s, %q) = %v, want %v", c.sub, c.dom, c.obj, c.act, c.owner, got, c.want)
			}
		}
	})

	// Every role template of the migration, action by action: a role allows exactly its
	// template, in its ministry only; the secretariat's in every ministry.
	t.Run("templates", func(t *testing.T) {
		t.Parallel()
		users := map[string]int64{"SECRETARIAT": 31, "MINISTRY_ADMIN": 32, "MINISTRY_EDITOR": 33, "MINISTRY_VIEWER": 34}
		for role, id := range users {
			sub := store.UserSubject(id)
			for _, oa := range all {
				for _, dom := range allMinistries {
					want := byRole[role][oa] && (role == "SECRETARIAT" || dom == "MIC")
					if got := mustAllowed(t, p, sub, dom, oa[0], oa[1], ""); got != want {
						t.Errorf("%s (%s) %s %s in %s: %v, want %v", sub, role, oa[0], oa[1], dom, got, want)
					}
				}
				// Owning a record adds only the owner's template.
				want := byRole[role][oa] && role == "SECRETARIAT" || byRole["OWNER"][oa]
				if got := mustAllowed(t, p, sub, "", oa[0], oa[1], sub); got != want {
					t.Errorf("%s (%s) %s %s of its own record: %v, want %v", sub, role, oa[0], oa[1], got, want)
				}
			}
		}
	})

	t.Run("explain", func(t *testing.T) {
		t.Parallel()
		for _, c := range []struct {
			sub, dom, obj, act, owner string
			want                      []string
		}{
			{"user:2", "MIC", "event", "edit", "", []string{"MINISTRY_ADMIN", "event", "edit"}},
			{"user:1", "MHLW", "event", "edit", "", []string{"SECRETARIAT", "event", "edit"}},
			{"registrant:3", "", "registrant", "update", "registrant:3", []string{"OWNER", "registrant", "update"}},
			{"user:2", "MHLW", "event", "edit", "", nil},
			{"SECRETARIAT", "MHLW", "event", "edit", "", nil},
		} {
			ok, rule, err := p.Explain(t.Context(), c.sub, c.dom, c.obj, c.act, c.owner)
			if err != nil {
				t.Fatal(err)
			}
			if ok != (c.want != nil) || !slices.Equal(rule, c.want) {
				t.Errorf("Explain(%s, %s, %s, %s, %q) = %v, %q; want %q", c.sub, c.dom, c.obj, c.act, c.owner, ok, rule, c.want)
			}
		}
		// The rule returned is a copy: changing it changes no decision.
		_, rule, _ := p.Explain(t.Context(), "user:2", "MIC", "event", "edit", "")
		rule[0] = "MINISTRY_VIEWER"
		if _, again, _ := p.Explain(t.Context(), "user:2", "MIC", "event", "edit", ""); again[0] != "MINISTRY_ADMIN" {
			t.Fatalf("Explain hands out the enforcer's own rule: %q", again)
		}
	})

	t.Run("grants", func(t *testing.T) {
		t.Parallel()
		want := []Grant{
			{Role: "SECRETARIAT"},
			{Role: "MINISTRY_VIEWER", MinistryCode: "MHLW"},
			{Role: "MINISTRY_ADMIN", MinistryCode: "MIC"},
			{Role: "MINISTRY_EDITOR", MinistryCode: "MIC"},
		}
		if got := mustGrants(t, p, "user:11"); !slices.Equal(got, want) {
			t.Errorf("Grants(user:11) = %+v, want %+v", got, want)
		}
		if got := mustGrants(t, p, "user:12"); !slices.Equal(got, []Grant{{Role: "MINISTRY_VIEWER", MinistryCode: "MOE"}}) {
			t.Errorf("Grants(user:12) = %+v", got)
		}
		if got := mustGrants(t, p, "user:13"); len(got) != 0 {
			t.Errorf("Grants(user:13) = %+v, want none", got)
		}
		// The result is the caller's.
		mustGrants(t, p, "user:12")[0].Role = "SECRETARIAT"
		if got := mustGrants(t, p, "user:12"); got[0].Role != "MINISTRY_VIEWER" {
			t.Errorf("Grants hands out the policy's own slice: %+v", got)
		}
	})

	t.Run("ministries", func(t *testing.T) {
		t.Parallel()
		for _, c := range []struct {
			sub, obj, act string
			codes         []string
			all           bool
		}{
			{"user:21", "event", "edit", nil, true},
			{"user:21", "registrant", "update", nil, false},
			{"user:22", "event", "read_draft", []string{"METI", "MHLW", "MIC"}, false},
			{"user:22", "event", "edit", []string{"METI", "MIC"}, false},
			{"user:22", "application", "read_personal", []string{"MIC"}, false},
			{"user:22", "registrant", "approve", nil, false},
			{"user:23", "event", "read_draft", nil, false},
			{"SECRETARIAT", "event", "edit", nil, false},
		} {
			codes, all := mustMinistries(t, p, c.sub, c.obj, c.act)
			if all != c.all || !slices.Equal(codes, c.codes) {
				t.Errorf("Ministries(%s, %s, %s) = %q, %v; want %q, %v", c.sub, c.obj, c.act, codes, all, c.codes, c.all)
			}
		}
	})

	// Ministries, which reads the rules directly, answers as the enforcer does, for every
	// template action in every ministry.
	t.Run("ministries agree with Allowed", func(t *testing.T) {
		t.Parallel()
		users := []int64{1, 2, 3, 4, 5, 11, 12, 21, 22, 31, 32, 33, 34}
		for u := int64(100); u <= 120; u++ {
			users = append(users, u)
		}
		for _, u := range users {
			sub := store.UserSubject(u)
			for _, oa := range all {
				codes, everywhere := mustMinistries(t, p, sub, oa[0], oa[1])
				for _, dom := range allMinistries {
					want := everywhere || slices.Contains(codes, dom)
					if got := mustAllowed(t, p, sub, dom, oa[0], oa[1], ""); got != want {
						t.Errorf("%s %s %s in %s: Allowed %v, Ministries %q/%v", sub, oa[0], oa[1], dom, got, codes, everywhere)
					}
				}
			}
		}
	})
}

func TestReload(t *testing.T) {
	t.Parallel()
	db := pgtest.NewDB(t)
	p := loadPolicy(t, db)
	ctx := t.Context()
	if mustAllowed(t, p, "user:1", "MIC", "event", "edit", "") {
		t.Fatal("allowed before any grant")
	}
	insertGrant(t, db, 1, telework.RoleMinistryEditor, "MIC")
	if mustAllowed(t, p, "user:1", "MIC", "event", "edit", "") {
		t.Fatal("a grant took effect with neither reload nor watch")
	}
	if err := p.Reload(ctx); err != nil {
		t.Fatal(err)
	}
	if !mustAllowed(t, p, "user:1", "MIC", "event", "edit", "") {
		t.Fatal("a grant is not in force after Reload")
	}
	// A revoke is in force as soon as Reload returns.
	db.MustExec(`DELETE FROM casbin_rule WHERE ptype = 'g' AND v0 = 'user:1'`)
	if err := p.Reload(ctx); err != nil {
		t.Fatal(err)
	}
	if mustAllowed(t, p, "user:1", "MIC", "event", "edit", "") {
		t.Fatal("a revoked role is still in force after Reload")
	}

	// A reload that finds nothing changed keeps the enforcer.
	before := p.current.Load()
	if changed, err := p.reload(ctx); err != nil || changed || p.current.Load() != before {
		t.Fatalf("reload of an unchanged policy: changed %v, err %v", changed, err)
	}

	// A reload that fails leaves the policy as it was.
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if err := p.Reload(cctx); err == nil {
		t.Fatal("Reload with a cancelled context succeeded")
	}
	if p.current.Load() != before {
		t.Fatal("a failed reload changed the policy")
	}
}

func TestUnknownRuleTypeFailsTheLoad(t *testing.T) {
	t.Parallel()
	db := pgtest.NewDB(t)
	db.MustExec(`INSERT INTO casbin_rule (ptype, v0, v1) VALUES ('g3', 'user:1', 'X')`)
	if _, err := NewPolicy(t.Context(), db); err == nil {
		t.Fatal("a rule of a ptype the model does not define was loaded")
	}
}

func TestNotLoaded(t *testing.T) {
	var p Policy
	if ok, err := p.Allowed(t.Context(), "user:1", "MIC", "event", "edit", ""); ok || err == nil {
		t.Fatalf("the zero Policy: %v, %v", ok, err)
	}
	if codes, all, err := p.Ministries(t.Context(), "user:1", "event", "edit"); codes != nil || all || err == nil {
		t.Fatalf("the zero Policy: %v, %v, %v", codes, all, err)
	}
	if grants, err := p.Grants(t.Context(), "user:1"); grants != nil || err == nil {
		t.Fatalf("the zero Policy: %v, %v", grants, err)
	}
}

// TestDecisionsDuringReloads runs decisions while the policy is reloaded, for the race detector,
// and checks that a role unaffected by the changes never flickers.
func TestDecisionsDuringReloads(t *testing.T) {
	t.Parallel()
	db := pgtest.NewDB(t)
	insertGrant(t, db, 1, telework.RoleMinistryAdmin, "MIC")
	p := loadPolicy(t, db)
	ctx := t.Context()
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for range 2 {
		wg.Go(func() {
			for {
				select {
				case <-stop:
					return
				default:
				}
				if ok, err := p.Allowed(ctx, "user:1", "MIC", "event", "edit", ""); !ok || err != nil {
					t.Errorf("user:1 lost its role during a reload: %v, %v", ok, err)
					return
				}
				if _, _, err := p.Ministries(ctx, "user:2", "event", "edit"); err != nil {
					t.Error(err)
					return
				}
				if _, err := p.Grants(ctx, "user:2"); err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	for i := range 10 {
		insertGrant(t, db, int64(100+i), telework.RoleMinistryViewer, allMinistries[i%9])
		if err := p.Reload(ctx); err != nil {
			t.Error(err)
		}
	}
	close(stop)
	wg.Wait()
	if got := mustGrants(t, p, "user:109"); len(got) != 1 {
		t.Fatalf("Grants(user:109) = %v after the reloads", got)
	}
}

// waitUntil polls cond every millisecond until it holds, failing after limit; it returns how long it
// took.
func waitUntil(t *testing.T, limit time.Duration, what string, cond func() bool) time.Duration {
	t.Helper()
	began := time.Now()
	for !cond() {
		if time.Since(began) > limit {
			t.Fatalf("%s: not within %v", what, limit)
		}
		time.Sleep(time.Millisecond)
	}
	return time.Since(began)
}

// TestReloadReadsRulesOnlyWhenTheVersionChanged: the safety-net reload of every instance reads
// one row, not the whole policy, while nothing changes; a change raises the version in its own
// transaction, and the next reload reads the rules and sees it.
func TestReloadReadsRulesOnlyWhenTheVersionChanged(t *testing.T) {
	db := pgtest.NewDB(t)
	p := loadPolicy(t, db)
	if n := p.ruleLoads.Load(); n != 1 {
		t.Fatalf("NewPolicy read the rules %d times, want once", n)
	}
	for range 3 {
		if err := p.Reload(t.Context()); err != nil {
			t.Fatal(err)
		}
	}
	if n := p.ruleLoads.Load(); n != 1 {
		t.Fatalf("reloads with no change read the rules %d times in all, want once", n)
	}
	insertGrant(t, db, 4242, telework.RoleMinistryViewer, "MOE")
	if err := p.Reload(t.Context()); err != nil {
		t.Fatal(err)
	}
	if n := p.ruleLoads.Load(); n != 2 {
		t.Fatalf("a change was read %d times in all, want twice", n)
	}
	if !mustAllowed(t, p, store.UserSubject(4242), "MOE", ObjEvent, ActReadDraft, "") {
		t.Fatal("the grant is not in force after the reload")
	}
}
