package authz

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/casbin/casbin/v2"
	"github.com/casbin/casbin/v2/model"
	"github.com/jmoiron/sqlx"
	"github.com/teleworkmonth/platform/internal/metrics"
)

// modelConf is the Casbin model: RBAC with ministries as domains, plus the record's owner.
//
//go:embed model.conf
var modelConf string

// Policy decides the staff roles. It holds the role templates of casbin_rule (the p rules: what
// each role may do) in a SyncedEnforcer, with no decision cache, and reloads them from the database
// on Reload and when Watch hears of a change, if the policy's version (raised by every change of
// casbin_rule, in its transaction) is not the one it holds.
//
// The role assignments (the g and g2 rules: who holds which role where) are not held in full: the
// enforcer's role managers read a subject's assignments from casbin_rule when first asked about
// it, with one indexed statement, and keep them in a bounded cache that belongs to the version of
// the policy it was read under. Memory and the cost of a decision so stay the same with 1,000 staff
// or 100,000 (the whole policy in memory took 100 MiB for 100,000 staff, and every request paid
// for the larger heap).
//
// A reload builds a new enforcer, with an empty cache of assignments, beside the current one and
// swaps it in when complete: decisions never wait for a reload, and see either the old templates or
// the new ones. A subject's roles, read when first needed, may be newer than the templates they are
// decided with, until the reload that follows their change (within a second with Watch); each
// subject's roles are one read, never a mix of two.
type Policy struct {
	// ReloadInterval is how often Watch checks the policy's version even when no change was
	// notified, as a safety net, reloading the rules if it changed. Zero means 30 seconds. Set it
	// before Watch starts.
	ReloadInterval time.Duration

	adapter   *Adapter
	reloadMu  sync.Mutex // serialises reloads, so that an older read never replaces a newer one
	current   atomic.Pointer[loadedPolicy]
	loads     atomic.Int64 // reloads, for tests
	ruleLoads atomic.Int64 // reloads that read the rules (the version had changed), for tests
}

// loadedPolicy is one version of the policy: the enforcer, the assignments read under it, and
// indexes for the questions that need no enforcement.
type loadedPolicy struct {
	version  int64 // casbin_policy_version of the role templates
	enforcer *casbin.SyncedEnforcer
	grants   *grantCache
	// roles holds every role name: a subject that names a role is refused, as it would match the
	// OWNER rules' comparison of subject and owner.
	roles map[string]struct{}
	// allows holds the role templates: role, object, action.
	allows map[[3]string]struct{}
	// vocabulary is what the templates name, to refuse questions about what does not exist.
	vocabulary *Vocabulary
}

// Grant is a role of a subject.
type Grant struct {
	Role string
	// MinistryCode is the ministry the role holds in; "" for a role held in every ministry (the
	// secretariat's, a g2 rule).
	MinistryCode string
}

// NewPolicy loads the role templates of db's casbin_rule table.
func NewPolicy(ctx context.Context, db *sqlx.DB) (*Policy, error) {
	p := NewUnloadedPolicy(db)
	if err := p.Reload(ctx); err != nil {
		return nil, err
	}
	return p, nil
}

// NewUnloadedPolicy returns a policy that has loaded nothing yet: every decision fails until a
// Reload succeeds (Watch retries). It serves a server that starts before its database is migrated,
// which reports itself not ready meanwhile.
func NewUnloadedPolicy(db *sqlx.DB) *Policy { return &Policy{adapter: NewAdapter(db)} }

// Reload reads the policy's version from the database and, when it changed, replaces the policy:
// the role templates are read again and the assignments read so far are forgotten. It returns once
// the new policy is in force: a change committed before the call is seen by every decision made
// after it returns.
func (p *Policy) Reload(ctx context.Context) error {
	_, err := p.reload(ctx)
	return err
}

// Version is the version of the policy in force: it rises with every change of roles or rules,
// and 0 means none was loaded yet.
func (p *Policy) Version() int64 {
	if cur := p.current.Load(); cur != nil {
		return cur.version
	}
	return 0
}

// reload is Reload, also reporting whether the policy had changed since the last load.
func (p *Policy) reload(ctx context.Context) (changed bool, err error) {
	p.reloadMu.Lock()
	defer p.reloadMu.Unlock()
	p.loads.Add(1)
	var known int64 // versions start at 1
	if cur := p.current.Load(); cur != nil {
		known = cur.version
	}
	began := time.Now()
	version, templates, changed, err := p.adapter.loadTemplatesIfChanged(ctx, known)
	if err != nil {
		return false, fmt.Errorf("authz: reload the policy: %w", err)
	}
	if !changed {
		return false, nil
	}
	defer func() { metrics.PolicyReloads.Observe(time.Since(began).Seconds()) }()
	p.ruleLoads.Add(1)
	s, err := newLoadedPolicy(templates, p.adapter.grantsOf)
	if err != nil {
		return false, fmt.Errorf("authz: reload the policy: %w", err)
	}
	s.version = version
	p.current.Store(s)
	return true, nil
}

// newLoadedPolicy builds the enforcer and indexes of a set of role templates, the role managers
// reading assignments with readGrants.
func newLoadedPolicy(templates []ruleRow, readGrants func(ctx context.Context, sub string) ([]Grant, error)) (*loadedPolicy, error) {
	m, err := model.NewModelFromString(modelConf)
	if err != nil {
		return nil, fmt.Errorf("casbin model: %w", err)
	}
	if err := addRowsToModel(m, templates); err != nil {
		return nil, err
	}
	// No adapter: the enforcer never writes; changes go to the database, and come back by reload.
	e, err := casbin.NewSyncedEnforcer(m)
	if err != nil {
		return nil, fmt.Errorf("casbin enforcer: %w", err)
	}
	grants := newGrantCache(readGrants)
	e.SetNamedRoleManager("g", &assignments{grants: grants, inMinistry: true})
	e.SetNamedRoleManager("g2", &assignments{grants: grants})
	if err := e.BuildRoleLinks(); err != nil {
		return nil, fmt.Errorf("casbin role links: %w", err)
	}

	s := &loadedPolicy{
		enforcer: e,
		grants:   grants,
		roles:    map[string]struct{}{},
		allows:   map[[3]string]struct{}{},
	}
	pairs := map[[2]string]struct{}{}
	for _, r := range templates {
		if r[0] == "p" {
			s.allows[[3]string{r[1], r[2], r[3]}] = struct{}{}
			s.roles[r[1]] = struct{}{}
			pairs[[2]string{r[2], r[3]}] = struct{}{}
		}
	}
	s.vocabulary = newVocabulary(pairs)
	return s, nil
}

var errNotLoaded = errors.New("authz: the policy is not loaded (use NewPolicy)")

// refused reports whether sub can hold no permission whatever the rules: the empty subject, and a
// subject that names a role.
func (s *loadedPolicy) refused(sub string) bool {
	if sub == "" {
		return true
	}
	_, isRole := s.roles[sub]
	return isRole
}

// Allowed reports whether sub may do act on obj in the ministry dom ("" for a record of no
// ministry), owner being the subject that owns the record ("" when none does or it does not
// matter). It fails only when sub's roles cannot be read.
func (p *Policy) Allowed(ctx context.Context, sub, dom, obj, act, owner string) (bool, error) {
	ok, _, err := p.enforce(ctx, sub, dom, obj, act, owner)
	return ok, err
}

// Explain is Allowed, also returning the rule that allowed the request (role, object, action,
// such as MINISTRY_ADMIN, event, edit), or nothing when it is refused.
func (p *Policy) Explain(ctx context.Context, sub, dom, obj, act, owner string) (bool, []string, error) {
	ok, rule, err := p.enforce(ctx, sub, dom, obj, act, owner)
	if !ok || err != nil {
		return false, nil, err
	}
	// The enforcer returns the rule of its model: a copy, so that no caller can change it.
	return true, slices.Clone(rule), nil
}

func (p *Policy) enforce(ctx context.Context, sub, dom, obj, act, owner string) (bool, []string, error) {
	s := p.current.Load()
	if s == nil {
		return false, nil, errNotLoaded
	}
	if s.refused(sub) {
		return false, nil, nil
	}
	// Read sub's roles here, where a failure can be reported: the enforcer's role managers then
	// find them in the cache.
	if _, err := s.grants.get(ctx, sub); err != nil {
		return false, nil, err
	}
	ok, rule, err := s.enforcer.EnforceEx(sub, dom, obj, act, owner)
	if err != nil {
		return false, nil, fmt.Errorf("authz: enforce %s %s %s %s: %w", sub, dom, obj, act, err)
	}
	return ok, rule, nil
}

// Grants returns every role of sub: its roles in each ministry (g rules) and its roles in every
// ministry (g2 rules, with MinistryCode ""), sorted by ministry code then role.
func (p *Policy) Grants(ctx context.Context, sub string) ([]Grant, error) {
	s := p.current.Load()
	if s == nil {
		return nil, errNotLoaded
	}
	grants, err := s.grants.get(ctx, sub)
	return slices.Clone(grants), err
}

// Ministries returns where sub may do act on obj: all is true when a role of sub in every ministry
// allows it (the secretariat), codes being nil then; otherwise codes are the ministries, sorted,
// where a role of sub allows it. It reads the rules directly, as the roles are flat: a role
// template is a p rule, and a subject's roles are g and g2 rules that name the subject.
func (p *Policy) Ministries(ctx context.Context, sub, obj, act string) (codes []string, all bool, err error) {
	s := p.current.Load()
	if s == nil {
		return nil, false, errNotLoaded
	}
	if s.refused(sub) {
		return nil, false, nil
	}
	grants, err := s.grants.get(ctx, sub)
	if err != nil {
		return nil, false, err
	}
	for _, g := range grants {
		if _, ok := s.allows[[3]string{g.Role, obj, act}]; !ok {
			continue
		}
		if g.MinistryCode == "" {
			return nil, true, nil
		}
		// Grants are sorted by ministry: a ministry where sub has two roles comes twice in a row.
		if n := len(codes); n == 0 || codes[n-1] != g.MinistryCode {
			codes = append(codes, g.MinistryCode)
		}
	}
	return codes, false, nil
}

// Vocabulary returns the objects and actions the role templates in force name.
func (p *Policy) Vocabulary() (*Vocabulary, error) {
	s := p.current.Load()
	if s == nil {
		return nil, errNotLoaded
	}
	return s.vocabulary, nil
}
