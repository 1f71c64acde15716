package resolvers

import (
	"context"

	"github.com/teleworkmonth/platform/graph/model"
	"github.com/teleworkmonth/platform/internal/authz"
)

// viewer presents the request's viewer.
func (r *Resolver) viewer(ctx context.Context) *model.Viewer {
	v := authz.ViewerFrom(ctx)
	out := &model.Viewer{Kind: string(v.Kind), Roles: []*model.RoleAssignment{}}
	if v.Email != "" {
		out.Email = &v.Email
	}
	if v.DisplayName != "" {
		out.DisplayName = &v.DisplayName
	}
	return out
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
