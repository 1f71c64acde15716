package authz

import (
	"cmp"
	"context"
	"errors"
	"slices"
	"sync"
	"time"

	"github.com/casbin/casbin/v2/log"
	"github.com/casbin/casbin/v2/rbac"

	"github.com/teleworkmonth/platform/internal/store"
)

// grantCacheSize bounds the subjects whose roles one version of the policy keeps: about 200 bytes
// each. A server that sees more staff than this between two changes of the policy reads some of
// them again, one indexed statement each.
const grantCacheSize = 10_000

// grantReadTimeout bounds a read of roles that the enforcer needs and no request context governs.
const grantReadTimeout = 5 * time.Second

// grantCache holds the roles of the subjects asked about lately, as read under one version of the
// policy: a change of the policy makes a new cache, so no entry outlives the version it was read
// under by longer than the reload that follows the change. Only staff accounts hold roles; other
// subjects (registrants, applicants, API keys) are answered at once with none.
type grantCache struct {
	read  func(ctx context.Context, sub string) ([]Grant, error)
	limit int // subjects held at most

	mu        sync.RWMutex
	bySubject map[string][]Grant // sorted, as Policy.Grants returns them; never changed once in
}

func newGrantCache(read func(ctx context.Context, sub string) ([]Grant, error)) *grantCache {
	return &grantCache{read: read, limit: grantCacheSize, bySubject: make(map[string][]Grant)}
}

// held returns the roles of sub when they need no read: held in the cache, or none for a subject
// that is not a staff account.
func (c *grantCache) held(sub string) ([]Grant, bool) {
	if !store.IsUserSubject(sub) {
		return nil, true
	}
	c.mu.RLock()
	defer c.mu.RUnlock()
	grants, ok := c.bySubject[sub]
	return grants, ok
}

// get returns the roles of sub, reading them when they are not held. The slice is shared: the
// caller must not change it.
func (c *grantCache) get(ctx context.Context, sub string) ([]Grant, error) {
	if grants, ok := c.held(sub); ok {
		return grants, nil
	}
	grants, err := c.read(ctx, sub)
	if err != nil {
		return nil, err
	}
	slices.SortFunc(grants, func(a, b Grant) int {
		return cmp.Or(cmp.Compare(a.MinistryCode, b.MinistryCode), cmp.Compare(a.Role, b.Role))
	})
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, replaces := c.bySubject[sub]; !replaces && len(c.bySubject) >= c.limit {
		// Evict one subject at random (Go's map iteration starts anywhere): cheap, and fair
		// enough for a cache that a change of the policy empties anyway.
		for victim := range c.bySubject {
			delete(c.bySubject, victim)
			break
		}
	}
	c.bySubject[sub] = grants
	return grants, nil
}

// assignments is the Casbin role manager of the g rules (a role in one ministry, inMinistry) or of
// the g2 rules (a role in every ministry). It holds no link: it answers HasLink from the subject's
// roles in the grant cache, which the enforcer's model shares with Policy.Grants and
// Policy.Ministries, so that every answer about a subject comes from one read of its rules.
type assignments struct {
	grants     *grantCache
	inMinistry bool
}

var _ rbac.RoleManager = (*assignments)(nil)

var errAssignmentsRead = errors.New("authz: role assignments are read from casbin_rule on demand; this role manager holds none")

// HasLink reports whether sub holds role: in the ministry given as the domain for g, in every
// ministry for g2. A role held in no ministry (a g rule of an empty domain) holds nowhere.
func (a *assignments) HasLink(sub, role string, domain ...string) (bool, error) {
	var ministry string
	if a.inMinistry {
		if len(domain) != 1 || domain[0] == "" {
			return false, nil
		}
		ministry = domain[0]
	}
	// The policy's decisions read sub's roles before enforcing, with the request's context: they
	// are held, unless evicted in between.
	grants, ok := a.grants.held(sub)
	if !ok {
		ctx, cancel := context.WithTimeout(context.Background(), grantReadTimeout)
		defer cancel()
		var err error
		if grants, err = a.grants.get(ctx, sub); err != nil {
			return false, err
		}
	}
	return slices.Contains(grants, Grant{Role: role, MinistryCode: ministry}), nil
}

// Clear does nothing: the cache belongs to one version of the policy and is dropped with it.
func (a *assignments) Clear() error { return nil }

// AddLink refuses: the enforcer is built from the role templates alone, never from assignments.
func (a *assignments) AddLink(string, string, ...string) error { return errAssignmentsRead }

// BuildRelationship refuses, as AddLink.
func (a *assignments) BuildRelationship(string, string, ...string) error { return errAssignmentsRead }

// DeleteLink refuses: assignments change in the database, and reach the policy by reload.
func (a *assignments) DeleteLink(string, string, ...string) error { return errAssignmentsRead }

// GetRoles is not used by the policy's matcher.
func (a *assignments) GetRoles(string, ...string) ([]string, error) { return nil, errAssignmentsRead }

// GetUsers is not used by the policy's matcher.
func (a *assignments) GetUsers(string, ...string) ([]string, error) { return nil, errAssignmentsRead }

// GetImplicitRoles is not used by the policy's matcher.
func (a *assignments) GetImplicitRoles(string, ...string) ([]string, error) {
	return nil, errAssignmentsRead
}

// GetImplicitUsers is not used by the policy's matcher.
func (a *assignments) GetImplicitUsers(string, ...string) ([]string, error) {
	return nil, errAssignmentsRead
}

// GetDomains is not used by the policy's matcher.
func (a *assignments) GetDomains(string) ([]string, error) { return nil, errAssignmentsRead }

// GetAllDomains is not used by the policy's matcher.
func (a *assignments) GetAllDomains() ([]string, error) { return nil, errAssignmentsRead }

// PrintRoles prints nothing: there are no links to print.
func (a *assignments) PrintRoles() error { return nil }

// SetLogger does nothing: the role manager logs nothing.
func (a *assignments) SetLogger(log.Logger) {}

// Match compares names exactly: the model uses no matching functions.
func (a *assignments) Match(str, pattern string) bool { return str == pattern }

// AddMatchingFunc does nothing: the model uses no matching functions.
func (a *assignments) AddMatchingFunc(string, rbac.MatchingFunc) {}

// AddDomainMatchingFunc does nothing: the model uses no matching functions.
func (a *assignments) AddDomainMatchingFunc(string, rbac.MatchingFunc) {}

// DeleteDomain refuses, as DeleteLink.
func (a *assignments) DeleteDomain(string) error { return errAssignmentsRead }
