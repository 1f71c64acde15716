package authz

import (
	"context"
	"strconv"

	"github.com/teleworkmonth/platform/internal/store"
)

// Kind is what kind of viewer a request comes from, named as Viewer.kind in the API.
type Kind string

// The kinds of viewer.
const (
	Anonymous  Kind = "anonymous"
	Staff      Kind = "staff"
	Partner    Kind = "partner"
	Registrant Kind = "registrant"
	Applicant  Kind = "applicant"
)

// Viewer is who a request comes from, as its credential establishes.
type Viewer struct {
	Kind        Kind
	UserID      int64  // staff
	Email       string // staff
	DisplayName string // staff and partners
	APIKeyID    int64  // partners
	// KeyRequestsPerMinute and KeyCostPerMinute are a partner key's own rate limits; 0 follows the
	// server's defaults.
	KeyRequestsPerMinute, KeyCostPerMinute int
	// RegistrantID is the registrant a registrant token belongs to.
	RegistrantID int64
	// ApplicationID is the event application an application token belongs to.
	ApplicationID int64
	// SessionID is the staff session the request runs in, for logout.
	SessionID int64
	// TwoStepSetUpNeeded: the staff member must set up two-step sign-in (REQUIRE_MFA) before the
	// session may do anything else.
	TwoStepSetUpNeeded bool
}

// Subject is the viewer's name in policies and the audit log: user:<id>, registrant:<id>,
// application:<id>, api_key:<id>, or anonymous.
func (v *Viewer) Subject() string {
	switch v.Kind {
	case Staff:
		return store.UserSubject(v.UserID)
	case Partner:
		return "api_key:" + strconv.FormatInt(v.APIKeyID, 10)
	case Registrant:
		return RegistrantSubject(v.RegistrantID)
	case Applicant:
		return ApplicationSubject(v.ApplicationID)
	}
	return "anonymous"
}

// RegistrantSubject is the policy subject that owns a registrant's records.
func RegistrantSubject(id int64) string { return "registrant:" + strconv.FormatInt(id, 10) }

// ApplicationSubject is the policy subject that owns an event application.
func ApplicationSubject(id int64) string { return "application:" + strconv.FormatInt(id, 10) }

var anonymous = &Viewer{Kind: Anonymous}

type viewerKey struct{}

// WithViewer returns a context that carries the request's viewer.
func WithViewer(ctx context.Context, v *Viewer) context.Context {
	return context.WithValue(ctx, viewerKey{}, v)
}

// ViewerFrom returns the request's viewer: anonymous when the request carries no credential.
func ViewerFrom(ctx context.Context) *Viewer {
	if v, ok := ctx.Value(viewerKey{}).(*Viewer); ok && v != nil {
		return v
	}
	return anonymous
}
