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

// eventDecisions remembers, for one request, whether its viewer may act on the records of an event:
// a page of a hundred applications asks the same question for each personal field of each row,
// and each answer takes several loader reads and a policy lookup.
type eventDecisions struct{ m sync.Map }

type eventDecisionKey struct {
	obj, act string
	eventID  int64
}

type eventDecisionsKey struct{}

// WithEventDecisions prepares a request's context to remember decisions about events' records.
func WithEventDecisions(ctx context.Context) context.Context {
	return context.WithValue(ctx, eventDecisionsKey{}, &eventDecisions{})
}

// rememberedEventDecision returns the remembered decision, or makes it with decide and remembers
// it. Without WithEventDecisions every call decides afresh.
func rememberedEventDecision(ctx context.Context, key eventDecisionKey, decide func() bool) bool {
	d, ok := ctx.Value(eventDecisionsKey{}).(*eventDecisions)
	if !ok {
		return decide()
	}
	if v, ok := d.m.Load(key); ok {
		return v.(bool)
	}
	allowed := decide()
	d.m.Store(key, allowed)
	return allowed
}
