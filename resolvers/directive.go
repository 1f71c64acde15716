package resolvers

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"github.com/teleworkmonth/platform/internal/authz"
)

// PersonalData implements @personalData: the field's value only for viewers that authz allows.
func (r *Resolver) PersonalData(ctx context.Context, obj any, next graphql.Resolver) (any, error) {
	if err := r.svc.Authz.ReadField(ctx, obj, authz.PersonalData, fieldName(ctx)); err != nil {
		return nil, err
	}
	return next(ctx)
}

// Restricted implements @restricted: the field's value only for viewers that authz allows.
func (r *Resolver) Restricted(ctx context.Context, obj any, next graphql.Resolver) (any, error) {
	if err := r.svc.Authz.ReadField(ctx, obj, authz.Restricted, fieldName(ctx)); err != nil {
		return nil, err
	}
	return next(ctx)
}

// fieldName is the name of the field being resolved, as the schema names it.
func fieldName(ctx context.Context) string {
	if fc := graphql.GetFieldContext(ctx); fc != nil {
		return fc.Field.Name
	}
	return ""
}
