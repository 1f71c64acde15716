package authz

import "context"

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
	Email       string
	DisplayName string
	// RegistrantID is the registrant a registrant token belongs to.
	RegistrantID int64
}

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
