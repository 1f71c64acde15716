package authz

import (
	"context"
	"slices"
	"strings"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/telework"
)

// rank orders the roles: nobody grants or revokes a role above their own.
var rank = map[telework.Role]int{
	telework.RoleMinistryViewer: 1,
	telework.RoleMinistryEditor: 2,
	telework.RoleMinistryAdmin:  3,
	telework.RoleSecretariat:    4,
}

// AuthorizeGrant decides whether the viewer may grant or revoke role in a ministry: a ministry
// admin only within its own ministry and no role above its own; only the secretariat grants or
// revokes SECRETARIAT.
func (a *Authorizer) AuthorizeGrant(ctx context.Context, role telework.Role, ministryCode string) error {
	v := ViewerFrom(ctx)
	if v.Kind == Anonymous {
		return apperr.New(apperr.Unauthenticated, "sign in first: this needs a credential")
	}
	if v.Kind != Staff || a.policy == nil {
		return forbidden("only staff grant roles")
	}
	if err := a.Authorize(ctx, ObjRole, ActGrant, ministryCode); err != nil {
		return err
	}
	grants, err := a.policy.Grants(ctx, v.Subject())
	if err != nil {
		return err
	}
	if rank[role] > highestRole(grants, ministryCode) {
		return forbidden("nobody grants or revokes a role above their own")
	}
	return nil
}

// highestRole is the rank of the highest of grants that holds in a ministry.
func highestRole(grants []Grant, ministryCode string) int {
	best := 0
	for _, g := range grants {
		if g.MinistryCode == "" || g.MinistryCode == ministryCode {
			best = max(best, rank[telework.Role(g.Role)])
		}
	}
	return best
}

// AuthorizeAnywhere decides whether the viewer may do act on obj in at least one ministry, for
// actions whose object belongs to no ministry yet (a new staff account).
func (a *Authorizer) AuthorizeAnywhere(ctx context.Context, obj, act string) error {
	if ViewerFrom(ctx).Kind == Anonymous {
		return apperr.New(apperr.Unauthenticated, "sign in first: this needs a credential")
	}
	codes, all, err := a.staffMinistries(ctx, obj, act)
	if err != nil {
		return err
	}
	if !all && len(codes) == 0 {
		return apperr.New(apperr.Forbidden, "not allowed to %s a %s", act, obj)
	}
	return nil
}

// Grants returns the roles a policy subject holds.
func (a *Authorizer) Grants(ctx context.Context, sub string) ([]Grant, error) {
	if a.policy == nil {
		return nil, nil
	}
	return a.policy.Grants(ctx, sub)
}

// Explanation says why a decision came out as it did.
type Explanation struct {
	Allowed     bool
	MatchedRule string // the p rule that allowed it, "" when none did
	Grants      []Grant
}

// Explain decides whether subject may do act on obj in a ministry, and tells which rule and role
// assignments decided it. Only the secretariat and the ministry's admins may ask. The assignments
// told are those the asker may explain: in the ministries it administers, and those that hold in
// every ministry (the secretariat's, which hold in the asked one too). Assignments elsewhere are
// left out, not described: a ministry's admin learns nothing of another ministry's staffing. A
// question about what does not exist is BAD_USER_INPUT (CheckQuestion).
func (a *Authorizer) Explain(ctx context.Context, subject, obj, act, ministryCode string) (*Explanation, error) {
	if err := a.CheckQuestion(ctx, act, obj, ministryCode); err != nil {
		return nil, err
	}
	if err := a.Authorize(ctx, ObjAccess, ActExplain, ministryCode); err != nil {
		return nil, err
	}
	ok, rule, err := a.policy.Explain(ctx, subject, ministryCode, obj, act, "")
	if err != nil {
		return nil, err
	}
	grants, err := a.policy.Grants(ctx, subject)
	if err != nil {
		return nil, err
	}
	codes, all, err := a.staffMinistries(ctx, ObjAccess, ActExplain)
	if err != nil {
		return nil, err
	}
	if !all {
		grants = slices.DeleteFunc(grants, func(g Grant) bool {
			return g.MinistryCode != "" && !slices.Contains(codes, g.MinistryCode)
		})
	}
	return &Explanation{Allowed: ok, MatchedRule: strings.Join(rule, ", "), Grants: grants}, nil
}
