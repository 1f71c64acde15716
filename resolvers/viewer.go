package resolvers

import (
	"context"
	"slices"

	"github.com/teleworkmonth/platform/graph/model"
	"github.com/teleworkmonth/platform/internal/authz"
	"github.com/teleworkmonth/platform/internal/telework"
)

// viewer presents a viewer with its roles.
func (r *Resolver) viewer(ctx context.Context, v *authz.Viewer) (*model.Viewer, error) {
	out := &model.Viewer{Kind: string(v.Kind), Roles: []*model.RoleAssignment{}}
	if v.Email != "" {
		out.Email = &v.Email
	}
	if v.DisplayName != "" {
		out.DisplayName = &v.DisplayName
	}
	if v.Kind != authz.Staff {
		return out, nil
	}
	grants, err := r.svc.Authz.Grants(ctx, v.Subject())
	if err != nil {
		return nil, err
	}
	if out.Roles, err = r.roleAssignments(ctx, grants); err != nil {
		return nil, err
	}
	st, err := r.svc.Auth.TwoStepStatusOf(ctx, v.UserID)
	if err != nil {
		return nil, err
	}
	out.TwoStep = &model.TwoStepStatus{Enabled: st.Enabled, Required: st.Required,
		SetupRequired: st.Required && !st.Enabled, RecoveryCodesLeft: st.RecoveryCodesLeft}
	return out, nil
}

// roleAssignments presents role grants with their ministries, read in one statement.
func (r *Resolver) roleAssignments(ctx context.Context, grants []authz.Grant) ([]*model.RoleAssignment, error) {
	codes := make([]string, 0, len(grants))
	for _, g := range grants {
		if g.MinistryCode != "" {
			codes = append(codes, g.MinistryCode)
		}
	}
	ministries, err := r.svc.Ministries.ByCodes(ctx, codes)
	if err != nil {
		return nil, err
	}
	out := make([]*model.RoleAssignment, len(grants))
	for i, g := range grants {
		out[i] = &model.RoleAssignment{Role: telework.Role(g.Role), Ministry: ministries[g.MinistryCode]}
	}
	return out, nil
}

// ministriesWhere returns the ministries, in the government's order, where the request's viewer may
// do action on object.
func (r *Resolver) ministriesWhere(ctx context.Context, action, object string) ([]*telework.Ministry, error) {
	codes, all, err := r.svc.Authz.MinistriesWhere(ctx, action, object)
	if err != nil || (!all && len(codes) == 0) {
		return []*telework.Ministry{}, err
	}
	ministries, err := r.svc.Ministries.List(ctx)
	if err != nil || all {
		return ministries, err
	}
	return slices.DeleteFunc(ministries, func(m *telework.Ministry) bool { return !slices.Contains(codes, m.Code) }), nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
