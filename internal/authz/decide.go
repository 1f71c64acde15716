package authz

import (
	"context"
	"fmt"

	"github.com/teleworkmonth/platform/internal/apperr"
)

// Objects and actions of the policy, as the role templates name them.
const (
	ObjEvent        = "event"
	ObjApplication  = "application"
	ObjAwardProgram = "award_program"
	ObjAwardEntry   = "award_entry"
	ObjRegistrant   = "registrant"
	ObjUser         = "user"
	ObjRole         = "role"
	ObjAPIKey       = "api_key"
	ObjAuditLog     = "audit_log"
	ObjStats        = "stats"
	ObjAccess       = "access"

	ActRead         = "read"
	ActReadDraft    = "read_draft"
	ActReadPersonal = "read_personal"
	ActCreate       = "create"
	ActEdit         = "edit"
	ActPublish      = "publish"
	ActCancel       = "cancel"
	ActAnnounce     = "announce"
	ActDecide       = "decide"
	ActApprove      = "approve"
	ActUpdate       = "update"
	ActGrant        = "grant"
	ActRevoke       = "revoke"
	ActExplain      = "explain"
	ActCheckIn      = "check_in"
)

// Decider is what authorization asks of the policy engine (Policy). Each method fails only when
// the policy, or the subject's roles, cannot be read.
type Decider interface {
	Allowed(ctx context.Context, sub, dom, obj, act, owner string) (bool, error)
	Explain(ctx context.Context, sub, dom, obj, act, owner string) (bool, []string, error)
	Ministries(ctx context.Context, sub, obj, act string) (codes []string, all bool, err error)
	Grants(ctx context.Context, sub string) ([]Grant, error)
	// Vocabulary returns the objects and actions the role templates name.
	Vocabulary() (*Vocabulary, error)
}

// Authorize decides whether the request's viewer may perform act on an object of kind obj in a
// ministry (ministryCode "" for objects of no ministry). It returns UNAUTHENTICATED for an
// anonymous viewer and FORBIDDEN when the policy does not allow it.
func (a *Authorizer) Authorize(ctx context.Context, obj, act, ministryCode string) error {
	return a.AuthorizeOwned(ctx, obj, act, ministryCode, "")
}

// AuthorizeOwned is Authorize for a record with an owner (a registrant's registration, an
// applicant's application): the owner is allowed what the OWNER template allows.
func (a *Authorizer) AuthorizeOwned(ctx context.Context, obj, act, ministryCode, owner string) error {
	v := ViewerFrom(ctx)
	if v.Kind == Anonymous {
		return apperr.New(apperr.Unauthenticated, "sign in first: this needs a credential")
	}
	ok, err := a.allowed(ctx, v, obj, act, ministryCode, owner)
	if err != nil {
		return err
	}
	if !ok {
		return apperr.New(apperr.Forbidden, "not allowed to %s this %s", act, obj)
	}
	return nil
}

func (a *Authorizer) allowed(ctx context.Context, v *Viewer, obj, act, ministryCode, owner string) (bool, error) {
	if a.policy == nil || v.Kind == Anonymous {
		return false, nil
	}
	ok, err := a.policy.Allowed(ctx, v.Subject(), ministryCode, obj, act, owner)
	if err != nil {
		return false, fmt.Errorf("authorize %s %s in %q: %w", act, obj, ministryCode, err)
	}
	return ok, nil
}

// AuthorizeOwnRegistration decides whether the viewer may do act on obj of its own registration,
// through the policy's OWNER rules, and returns that registrant's id: only a registrant token
// names one (others get UNAUTHENTICATED or FORBIDDEN).
func (a *Authorizer) AuthorizeOwnRegistration(ctx context.Context, obj, act string) (int64, error) {
	var id int64
	if v := ViewerFrom(ctx); v.Kind == Registrant {
		id = v.RegistrantID
	}
	if err := a.AuthorizeOwned(ctx, obj, act, "", RegistrantSubject(id)); err != nil {
		return 0, err
	}
	return id, nil
}
