package resolvers

import (
	"context"

	"github.com/teleworkmonth/platform/graph/model"
	"github.com/teleworkmonth/platform/internal/authz"
	"github.com/teleworkmonth/platform/internal/user"
)

func roleChange(in model.RoleInput) user.RoleChange {
	return user.RoleChange{Email: in.Email, Role: in.Role, MinistryCode: deref(in.MinistryCode)}
}

func (r *Resolver) rolePayload(ctx context.Context) func([]authz.Grant, error) (*model.RolePayload, error) {
	return func(grants []authz.Grant, err error) (*model.RolePayload, error) {
		if err != nil {
			return nil, err
		}
		roles, err := r.roleAssignments(ctx, grants)
		if err != nil {
			return nil, err
		}
		return &model.RolePayload{Roles: roles}, nil
	}
}

func (r *Resolver) explanation(ctx context.Context, e *authz.Explanation) (*model.AccessExplanation, error) {
	roles, err := r.roleAssignments(ctx, e.Grants)
	if err != nil {
		return nil, err
	}
	out := &model.AccessExplanation{Allowed: e.Allowed, Roles: roles, Reason: "no role of the user allows it"}
	if e.MatchedRule != "" {
		out.MatchedRule = &e.MatchedRule
		out.Reason = "allowed by the role template " + e.MatchedRule
	}
	return out, nil
}
