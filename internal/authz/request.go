package authz

import (
	"context"
	"slices"
	"sync"
)

// requestOwnership holds the records a request has just created for its caller (a registration, a
// sign-up): the caller receives their token in the same answer, so the answer may show them as
// their owner would see them. It lives for one request only.
type requestOwnership struct {
	mu           sync.Mutex
	registrants  []int64
	applications []int64
}

type ownershipKey struct{}

// WithRequestOwnership prepares a request's context to record what the request creates.
func WithRequestOwnership(ctx context.Context) context.Context {
	return context.WithValue(ctx, ownershipKey{}, &requestOwnership{})
}

// OwnCreatedRegistrant lets the rest of the request see a registrant it has just created as its
// owner does.
func OwnCreatedRegistrant(ctx context.Context, id int64) {
	if o, ok := ctx.Value(ownershipKey{}).(*requestOwnership); ok {
		o.mu.Lock()
		o.registrants = append(o.registrants, id)
		o.mu.Unlock()
	}
}

// OwnCreatedApplication lets the rest of the request see an application it has just created as its
// owner does.
func OwnCreatedApplication(ctx context.Context, id int64) {
	if o, ok := ctx.Value(ownershipKey{}).(*requestOwnership); ok {
		o.mu.Lock()
		o.applications = append(o.applications, id)
		o.mu.Unlock()
	}
}

func createdInRequest(ctx context.Context, registrantID, applicationID int64) bool {
	o, ok := ctx.Value(ownershipKey{}).(*requestOwnership)
	if !ok {
		return false
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	return (registrantID != 0 && slices.Contains(o.registrants, registrantID)) ||
		(applicationID != 0 && slices.Contains(o.applications, applicationID))
}
