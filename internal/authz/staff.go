package authz

import (
	"context"
	"slices"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/store"
)

// StaffScope limits the staff list to the accounts whose viewer may read them: every account for
// the secretariat, those holding a role in the ministries it administers for a ministry admin.
// ministryCode, when not "", narrows it to one ministry. It returns UNAUTHENTICATED for anonymous
// viewers, FORBIDDEN for viewers who may read no staff or ask for a ministry they do not
// administer.
func (a *Authorizer) StaffScope(ctx context.Context, ministryCode string) (store.StaffScope, error) {
	if ViewerFrom(ctx).Kind == Anonymous {
		return store.StaffScope{}, apperr.New(apperr.Unauthenticated, "sign in first: this needs a credential")
	}
	codes, all, err := a.staffMinistries(ctx, ObjUser, ActRead)
	switch {
	case err != nil:
		return store.StaffScope{}, err
	case !all && len(codes) == 0:
		return store.StaffScope{}, forbidden("only ministry admins and the secretariat read the staff list")
	case ministryCode == "":
		return store.StaffScope{All: all, MinistryCodes: codes}, nil
	case !all && !slices.Contains(codes, ministryCode):
		return store.StaffScope{}, &apperr.Error{Code: apperr.Forbidden, Field: "ministryCode",
			Message: "ministryCode: not allowed to read this ministry's staff"}
	}
	return store.StaffScope{MinistryCodes: []string{ministryCode}}, nil
}

// VisibleGrants keeps of a staff member's roles those the viewer may be told: every role for the
// secretariat; for a ministry admin, the roles in the ministries it administers and those that
// hold in every ministry (the secretariat's), as Explain tells them.
func (a *Authorizer) VisibleGrants(ctx context.Context, grants []Grant) ([]Grant, error) {
	codes, all, err := a.staffMinistries(ctx, ObjUser, ActRead)
	if err != nil || all {
		return grants, err
	}
	return slices.DeleteFunc(slices.Clone(grants), func(g Grant) bool {
		return g.MinistryCode != "" && !slices.Contains(codes, g.MinistryCode)
	}), nil
}
