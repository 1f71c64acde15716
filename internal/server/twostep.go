package server

import (
	"context"
	"net/http"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/auth"
	"github.com/teleworkmonth/platform/internal/authz"
)

// twoStepGate refuses every operation of a session whose person must set up two-step sign-in
// first (REQUIRE_MFA), but for what setting it up needs: reading the viewer, the set-up's two
// mutations and signing out. It runs for HTTP and WebSocket operations alike.
type twoStepGate struct{}

// setUpFields are the root fields a session that must set up two-step sign-in may still use.
var setUpFields = map[string]bool{
	"__typename": true, "__schema": true, "__type": true,
	"viewer": true, "startTwoStepSetup": true, "confirmTwoStepSetup": true, "logout": true,
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = twoStepGate{}

func (twoStepGate) ExtensionName() string                   { return "TwoStepGate" }
func (twoStepGate) Validate(graphql.ExecutableSchema) error { return nil }

func (twoStepGate) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil || !authz.ViewerFrom(ctx).TwoStepSetUpNeeded {
		return nil
	}
	for _, f := range graphql.CollectFields(oc, oc.Operation.SelectionSet, nil) {
		if !setUpFields[f.Name] {
			e, _ := apperr.As(auth.ErrTwoStepSetUpNeeded())
			return &gqlerror.Error{Message: e.Message, Err: e}
		}
	}
	return nil
}

// refuseUntilTwoStep answers 403 TWO_STEP_SETUP_REQUIRED to the requests, outside GraphQL (the CSV
// exports), of a session whose person must set up two-step sign-in first. It runs after
// auth.Middleware, which establishes the viewer.
func refuseUntilTwoStep(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if authz.ViewerFrom(r.Context()).TwoStepSetUpNeeded {
			auth.WriteError(w, http.StatusForbidden, auth.ErrTwoStepSetUpNeeded())
			return
		}
		next.ServeHTTP(w, r)
	})
}
