package authz

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"slices"
	"strings"
	"testing"

	"github.com/casbin/casbin/v2"
	"github.com/casbin/casbin/v2/model"
	"github.com/jmoiron/sqlx"

	"github.com/teleworkmonth/platform/internal/pgtest"
)

func parseModel(t *testing.T) model.Model {
	t.Helper()
	m, err := model.NewModelFromString(modelConf)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// tableRules returns the rules of casbin_rule as "ptype, v0, v1, …" with trailing empty values
// dropped, sorted.
func tableRules(t *testing.T, db *sqlx.DB) []string {
	t.Helper()
	rows, err := loadRows(t.Context(), db, "")
	if err != nil {
		t.Fatal(err)
	}
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = strings.Join(append([]string{r[0]}, r.values(0)...), ", ")
	}
	slices.Sort(out)
	return out
}

// modelRules returns the rules of m, as tableRules does.
func modelRules(m model.Model) []string {
	var out []string
	for _, sec := range []string{"p", "g"} {
		for ptype, ast := range m[sec] {
			for _, rule := range ast.Policy {
				out = append(out, strings.Join(append([]string{ptype}, rule...), ", "))
			}
		}
	}
	slices.Sort(out)
	return out
}

func countRules(t *testing.T, db *sqlx.DB, where string, args ...any) int {
	t.Helper()
	var n int
	if err := db.Get(&n, `SELECT count(*) FROM casbin_rule WHERE `+where, args...); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestAdapterLoadPolicy(t *testing.T) {
	t.Parallel()
	db := pgtest.NewDB(t)
	db.MustExec(`INSERT INTO casbin_rule (ptype, v0, v1, v2) VALUES
		('g', 'user:1', 'MINISTRY_ADMIN', 'MIC'), ('g2', 'user:2', 'SECRETARIAT', '')`)
	m := parseModel(t)
	if err := NewAdapter(db).LoadPolicy(m); err != nil {
		t.Fatal(err)
	}
	if got, _ := m.GetPolicy("g", "g2"); !slices.EqualFunc(got, [][]string{{"user:2", "SECRETARIAT"}}, slices.Equal) {
		t.Errorf("g2 rules %q, want one of two values", got)
	}
	if got, _ := m.GetPolicy("g", "g"); !slices.EqualFunc(got, [][]string{{"user:1", "MINISTRY_ADMIN", "MIC"}}, slices.Equal) {
		t.Errorf("g rules %q", got)
	}
	p, _ := m.GetPolicy("p", "p")
	if n := countRules(t, db, `ptype = 'p'`); len(p) != n || n < 50 {
		t.Errorf("%d p rules loaded of %d", len(p), n)
	}
	if !slices.Equal(modelRules(m), tableRules(t, db)) {
		t.Errorf("loaded %q\ntable  %q", modelRules(m), tableRules(t, db))
	}
}

func TestAdapterSavePolicyRoundTrip(t *testing.T) {
	t.Parallel()
	db := pgtest.NewDB(t)
	a := NewAdapter(db)
	m := parseModel(t)
	if err := a.LoadPolicy(m); err != nil {
		t.Fatal(err)
	}
	// A different set of rules: one template removed, one added, roles of both kinds.
	if _, err := m.RemovePolicy("p", "p", []string{"MINISTRY_VIEWER", "stats", "read"}); err != nil {
		t.Fatal(err)
	}
	for _, r := range []struct {
		sec, ptype string
		rule       []string
	}{
		{"p", "p", []string{"MINISTRY_VIEWER", "award_entry", "read"}},
		{"g", "g", []string{"user:1", "MINISTRY_ADMIN", "MIC"}},
		{"g", "g", []string{"user:1", "MINISTRY_VIEWER", "MHLW"}},
		{"g", "g2", []string{"user:2", "SECRETARIAT"}},
	} {
		if err := m.AddPolicy(r.sec, r.ptype, r.rule); err != nil {
			t.Fatal(err)
		}
	}
	if err := a.SavePolicy(m); err != nil {
		t.Fatal(err)
	}
	if got, want := tableRules(t, db), modelRules(m); !slices.Equal(got, want) {
		t.Fatalf("table after SavePolicy:\n%q\nwant\n%q", got, want)
	}
	m2 := parseModel(t)
	if err := a.LoadPolicy(m2); err != nil {
		t.Fatal(err)
	}
	if got, want := modelRules(m2), modelRules(m); !slices.Equal(got, want) {
		t.Fatalf("LoadPolicy after SavePolicy:\n%q\nwant\n%q", got, want)
	}
	if countRules(t, db, `ptype = 'g2' AND v2 = ''`) != 1 || countRules(t, db, `ptype = 'p' AND v0 = 'MINISTRY_VIEWER' AND v1 = 'stats'`) != 0 {
		t.Fatal("SavePolicy did not replace the rules")
	}
	// Saving an empty policy empties the table.
	if err := a.SavePolicy(parseModel(t)); err != nil {
		t.Fatal(err)
	}
	if n := countRules(t, db, `true`); n != 0 {
		t.Fatalf("%d rules left after saving an empty policy", n)
	}
}

func TestAdapterSavePolicyIsAtomic(t *testing.T) {
	t.Parallel()
	db := pgtest.NewDB(t)
	a := NewAdapter(db)
	db.MustExec(`INSERT INTO casbin_rule (ptype, v0, v1, v2) VALUES ('g', 'user:1', 'MINISTRY_ADMIN', 'MIC')`)
	before := tableRules(t, db)

	replacement := func() model.Model {
		m := parseModel(t)
		if err := m.AddPolicy("g", "g", []string{"user:2", "MINISTRY_EDITOR", "MOE"}); err != nil {
			t.Fatal(err)
		}
		return m
	}

	// A value too long for the unique index fails the insert, after the old rules were deleted.
	huge := make([]byte, 16<<10)
	if _, err := rand.Read(huge); err != nil {
		t.Fatal(err)
	}
	m := replacement()
	if err := m.AddPolicy("p", "p", []string{"ROLE", hex.EncodeToString(huge), "read"}); err != nil {
		t.Fatal(err)
	}
	if err := a.SavePolicy(m); err == nil || !strings.Contains(err.Error(), "save policy") {
		t.Fatalf("SavePolicy of a rule too long for the index: %v", err)
	} else {
		t.Logf("as expected: %v", err)
	}
	if got := tableRules(t, db); !slices.Equal(got, before) {
		t.Fatalf("a failed SavePolicy changed the table:\n%q\nwas\n%q", got, before)
	}

	// A cancelled context.
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if err := a.SavePolicyCtx(ctx, replacement()); err == nil {
		t.Fatal("SavePolicy with a cancelled context succeeded")
	}
	if got := tableRules(t, db); !slices.Equal(got, before) {
		t.Fatalf("a cancelled SavePolicy changed the table:\n%q", got)
	}

	// And it does succeed.
	if err := a.SavePolicy(replacement()); err != nil {
		t.Fatal(err)
	}
	if got := tableRules(t, db); !slices.Equal(got, []string{"g, user:2, MINISTRY_EDITOR, MOE"}) {
		t.Fatalf("table %q", got)
	}
}

func TestAdapterAddRemove(t *testing.T) {
	t.Parallel()
	db := pgtest.NewDB(t)
	a := NewAdapter(db)
	nTemplates := countRules(t, db, `ptype = 'p'`)
	g := func(sub string) int { return countRules(t, db, `ptype = 'g' AND v0 = $1`, sub) }

	// Adding a rule twice is not an error and stores it once.
	for range 2 {
		if err := a.AddPolicy("g", "g", []string{"user:9", "MINISTRY_ADMIN", "MIC"}); err != nil {
			t.Fatal(err)
		}
	}
	if n := g("user:9"); n != 1 {
		t.Fatalf("%d rows after adding a rule twice", n)
	}
	if err := a.AddPolicy("g", "g2", []string{"user:9", "SECRETARIAT"}); err != nil {
		t.Fatal(err)
	}
	if n := countRules(t, db, `ptype = 'g2' AND v0 = 'user:9' AND v1 = 'SECRETARIAT' AND v2 = ''`); n != 1 {
		t.Fatalf("g2 rule stored %d times", n)
	}

	// A batch with a rule that exists and one twice.
	if err := a.AddPolicies("g", "g", [][]string{
		{"user:9", "MINISTRY_EDITOR", "MHLW"},
		{"user:9", "MINISTRY_ADMIN", "MIC"},
		{"user:9", "MINISTRY_EDITOR", "MHLW"},
		{"user:10", "MINISTRY_VIEWER", "MIC"},
		{"user:11", "MINISTRY_VIEWER", "MOE"},
		{"user:11", "MINISTRY_EDITOR", "MOE"},
	}); err != nil {
		t.Fatal(err)
	}
	if g("user:9") != 2 || g("user:10") != 1 || g("user:11") != 2 {
		t.Fatalf("after AddPolicies: %q", tableRules(t, db))
	}

	if err := a.RemovePolicy("g", "g2", []string{"user:9", "SECRETARIAT"}); err != nil {
		t.Fatal(err)
	}
	if n := countRules(t, db, `ptype = 'g2'`); n != 0 {
		t.Fatal("RemovePolicy left the g2 rule")
	}
	// Removing what does not exist is not an error.
	if err := a.RemovePolicy("g", "g", []string{"user:99", "MINISTRY_ADMIN", "MIC"}); err != nil {
		t.Fatal(err)
	}

	if err := a.RemovePolicies("g", "g", [][]string{
		{"user:9", "MINISTRY_EDITOR", "MHLW"},
		{"user:99", "MINISTRY_EDITOR", "MHLW"},
	}); err != nil {
		t.Fatal(err)
	}
	if g("user:9") != 1 {
		t.Fatalf("after RemovePolicies: %q", tableRules(t, db))
	}
	if err := a.RemovePolicies("g", "g", nil); err != nil {
		t.Fatal(err)
	}

	// Every g rule in MIC (v1 empty: any role), then every rule of user:11.
	if err := a.RemoveFilteredPolicy("g", "g", 1, "", "MIC"); err != nil {
		t.Fatal(err)
	}
	if g("user:9") != 0 || g("user:10") != 0 || g("user:11") != 2 {
		t.Fatalf("after removing the roles in MIC: %q", tableRules(t, db))
	}
	if err := a.RemoveFilteredPolicy("g", "g", 0, "user:11"); err != nil {
		t.Fatal(err)
	}
	if n := countRules(t, db, `ptype <> 'p'`); n != 0 {
		t.Fatalf("roles left: %q", tableRules(t, db))
	}
	if n := countRules(t, db, `ptype = 'p'`); n != nTemplates {
		t.Fatalf("%d templates of %d left: the filters reached other ptypes", n, nTemplates)
	}

	// Rules that do not fit the table.
	if err := a.AddPolicy("p", "p", []string{"1", "2", "3", "4", "5", "6", "7"}); err == nil {
		t.Error("a rule of seven values was accepted")
	}
	if err := a.AddPolicies("p", "p", [][]string{{"1", "2", "3", "4", "5", "6", "7"}}); err == nil {
		t.Error("a batch with a rule of seven values was accepted")
	}
	if err := a.RemoveFilteredPolicy("g", "g", 5, "a", "b"); err == nil {
		t.Error("a filter past v5 was accepted")
	}
}

// TestAdapterWithEnforcer uses the adapter as Casbin does: changes through an enforcer's API are
// saved to the table.
func TestAdapterWithEnforcer(t *testing.T) {
	t.Parallel()
	db := pgtest.NewDB(t)
	e, err := casbin.NewSyncedEnforcer(parseModel(t), NewAdapter(db))
	if err != nil {
		t.Fatal(err)
	}
	if ok, err := e.AddNamedGroupingPolicy("g", "user:20", "MINISTRY_VIEWER", "MOE"); !ok || err != nil {
		t.Fatalf("AddNamedGroupingPolicy: %v, %v", ok, err)
	}
	if ok, err := e.AddNamedGroupingPolicies("g2", [][]string{{"user:21", "SECRETARIAT"}, {"user:22", "SECRETARIAT"}}); !ok || err != nil {
		t.Fatalf("AddNamedGroupingPolicies: %v, %v", ok, err)
	}
	if ok, _ := e.Enforce("user:20", "MOE", "event", "read_draft", ""); !ok {
		t.Error("user:20 may not read drafts in MOE")
	}
	if got, want := tableRules(t, db), modelRules(e.GetModel()); !slices.Equal(got, want) {
		t.Fatalf("table %q\nmodel %q", got, want)
	}
	if _, err := e.RemoveFilteredNamedGroupingPolicy("g", 0, "user:20"); err != nil {
		t.Fatal(err)
	}
	if _, err := e.RemoveNamedGroupingPolicies("g2", [][]string{{"user:21", "SECRETARIAT"}}); err != nil {
		t.Fatal(err)
	}
	if got, want := tableRules(t, db), modelRules(e.GetModel()); !slices.Equal(got, want) {
		t.Fatalf("table %q\nmodel %q", got, want)
	}
	if countRules(t, db, `ptype <> 'p'`) != 1 {
		t.Fatalf("roles %q", tableRules(t, db))
	}
}
