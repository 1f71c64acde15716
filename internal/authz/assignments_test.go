package authz

import (
	"context"
	"slices"
	"sync/atomic"
	"testing"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/pgtest"
	"github.com/teleworkmonth/platform/internal/telework"
)

// countReads makes the current version of p count its reads of roles.
func countReads(p *Policy) *atomic.Int64 {
	var n atomic.Int64
	grants := p.current.Load().grants
	read := grants.read
	grants.read = func(ctx context.Context, sub string) ([]Grant, error) {
		n.Add(1)
		return read(ctx, sub)
	}
	return &n
}

// TestPolicyHoldsNoAssignments: loading the policy reads the role templates only, whatever the
// number of staff; their roles are read when a decision first needs them.
func TestPolicyHoldsNoAssignments(t *testing.T) {
	t.Parallel()
	db := pgtest.NewDB(t)
	db.MustExec(`INSERT INTO casbin_rule (ptype, v0, v1, v2)
		SELECT 'g', 'user:' || i, 'MINISTRY_VIEWER', 'MOE' FROM generate_series(1, 20000) i`)
	p := loadPolicy(t, db)
	s := p.current.Load()
	m := s.enforcer.GetModel()
	if n := len(m["g"]["g"].Policy) + len(m["g"]["g2"].Policy); n != 0 {
		t.Fatalf("the enforcer holds %d role assignments", n)
	}
	if n := len(s.grants.bySubject); n != 0 {
		t.Fatalf("the policy holds the roles of %d subjects before any decision", n)
	}
	if !mustAllowed(t, p, "user:20000", "MOE", ObjEvent, ActReadDraft, "") {
		t.Fatal("user:20000 may not read MOE's drafts")
	}
}

// TestRolesAreReadOncePerSubjectAndVersion: every decision about a subject after the first finds
// its roles held; subjects that are not staff are never read; a change of the policy makes them read
// again, and the change is seen.
func TestRolesAreReadOncePerSubjectAndVersion(t *testing.T) {
	t.Parallel()
	db := pgtest.NewDB(t)
	insertGrant(t, db, 1, telework.RoleMinistryAdmin, "MIC")
	p := loadPolicy(t, db)
	reads := countReads(p)

	for range 3 {
		if !mustAllowed(t, p, "user:1", "MIC", ObjEvent, ActEdit, "") {
			t.Fatal("user:1 may not edit MIC's events")
		}
	}
	if codes, all := mustMinistries(t, p, "user:1", ObjEvent, ActEdit); all || !slices.Equal(codes, []string{"MIC"}) {
		t.Fatalf("Ministries(user:1) = %q, %v", codes, all)
	}
	mustGrants(t, p, "user:1")
	if _, _, err := p.Explain(t.Context(), "user:1", "MIC", ObjEvent, ActEdit, ""); err != nil {
		t.Fatal(err)
	}
	if n := reads.Load(); n != 1 {
		t.Fatalf("user:1's roles were read %d times, want once", n)
	}
	// The owner rules decide for registrants and applicants: no role of theirs is read.
	owner := RegistrantSubject(5)
	if !mustAllowed(t, p, owner, "", ObjRegistrant, ActUpdate, owner) {
		t.Fatal("a registrant may not update its own registration")
	}
	mustAllowed(t, p, ApplicationSubject(6), "MIC", ObjEvent, ActEdit, "")
	if n := reads.Load(); n != 1 {
		t.Fatalf("%d reads of roles after decisions about a registrant and an applicant, want still 1", n)
	}

	insertGrant(t, db, 1, telework.RoleMinistryViewer, "MOE")
	if err := p.Reload(t.Context()); err != nil {
		t.Fatal(err)
	}
	if codes, _ := mustMinistries(t, p, "user:1", ObjEvent, ActReadDraft); !slices.Equal(codes, []string{"MIC", "MOE"}) {
		t.Fatalf("after the grant and a reload, user:1 reads drafts in %q", codes)
	}
}

// TestGrantCacheIsBounded: beyond its limit the cache forgets subjects, and reads them again.
func TestGrantCacheIsBounded(t *testing.T) {
	var reads int
	c := newGrantCache(func(_ context.Context, sub string) ([]Grant, error) {
		reads++
		return []Grant{{Role: "MINISTRY_VIEWER", MinistryCode: sub[len("user:"):]}}, nil
	})
	c.limit = 2
	subjects := []string{"user:A", "user:B", "user:C", "user:D"}
	for range 3 {
		for _, sub := range subjects {
			grants, err := c.get(t.Context(), sub)
			if err != nil || len(grants) != 1 || grants[0].MinistryCode != sub[len("user:"):] {
				t.Fatalf("get(%s) = %v, %v", sub, grants, err)
			}
			if n := len(c.bySubject); n > c.limit {
				t.Fatalf("the cache holds %d subjects, limit %d", n, c.limit)
			}
		}
	}
	if reads <= len(subjects) {
		t.Fatalf("%d reads: the cache held more than its limit", reads)
	}
}

// TestRolesThatCannotBeReadFailTheDecision: when the database does not answer, decisions about a
// staff member fail with an error rather than answer no, and the Authorizer reports it as such, not
// as FORBIDDEN.
func TestRolesThatCannotBeReadFailTheDecision(t *testing.T) {
	t.Parallel()
	db := pgtest.NewDB(t)
	p := loadPolicy(t, db)
	db.Close()
	if _, err := p.Allowed(t.Context(), "user:1", "MIC", ObjEvent, ActEdit, ""); err == nil {
		t.Error("Allowed answered without the user's roles")
	}
	if _, _, err := p.Ministries(t.Context(), "user:1", ObjEvent, ActEdit); err == nil {
		t.Error("Ministries answered without the user's roles")
	}
	a := New(p)
	ctx := WithViewer(t.Context(), &Viewer{Kind: Staff, UserID: 1})
	if _, err := a.EventScope(ctx); err == nil {
		t.Error("EventScope answered without the viewer's roles")
	}
	for name, err := range map[string]error{
		"Authorize":         a.Authorize(ctx, ObjEvent, ActEdit, "MIC"),
		"AuthorizeAnywhere": a.AuthorizeAnywhere(ctx, ObjUser, ActCreate),
	} {
		if err == nil || apperr.CodeOf(err) == apperr.Forbidden {
			t.Errorf("%s: %v, want the failure to read roles", name, err)
		}
	}
	// Registrants are decided by the owner rules alone, which need no read.
	owner := RegistrantSubject(5)
	if ok, err := p.Allowed(t.Context(), owner, "", ObjRegistrant, ActUpdate, owner); !ok || err != nil {
		t.Errorf("a registrant's own registration: %v, %v", ok, err)
	}
}
