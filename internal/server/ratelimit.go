package server

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/teleworkmonth/platform/internal/apikey"
	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/auth"
	"github.com/teleworkmonth/platform/internal/authz"
	"github.com/teleworkmonth/platform/internal/config"
	"github.com/teleworkmonth/platform/internal/metrics"
	"github.com/teleworkmonth/platform/internal/ratelimit"
)

// rateLimits are the server's limits of abuse, token buckets in the memory of the instance:
//   - public writes (the mutations marked @publicWrite in the schema) per client address, as
//     auth.ClientAddress finds it: RATE_LIMIT_PUBLIC_WRITES_BURST at once, then one more every
//     RATE_LIMIT_PUBLIC_WRITES_EVERY;
//   - requests and query cost (an operation's complexity) per partner API key and minute, with the
//     IETF RateLimit-Policy and RateLimit headers on every answer to a key's request.
//
// An operation is refused before it runs, whole: RATE_LIMITED with retryAfter, HTTP 429 and
// Retry-After. One that could never pass (more public writes than the burst, more cost than the
// key's minute) is refused as the other limits of an operation are (GRAPHQL_VALIDATION_FAILED).
type rateLimits struct {
	publicOn    bool
	publicQuota ratelimit.Quota
	public      *ratelimit.Buckets[string]

	keyDefaults    apikey.Limits
	requests, cost *ratelimit.Buckets[int64] // by API key id
}

// The most clients and keys whose buckets are kept (about 200 bytes each); the least recently seen
// are forgotten first, which gives them a full bucket when they return.
const (
	maxClients = 50_000
	maxKeys    = 10_000
)

// rateWindow is the window of a partner key's limits.
const rateWindow = time.Minute

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = (*rateLimits)(nil)

func newRateLimits(cfg config.Config, now func() time.Time) *rateLimits {
	return &rateLimits{
		publicOn:    cfg.PublicWriteBurst > 0,
		publicQuota: ratelimit.Every(cfg.PublicWriteBurst, cfg.PublicWriteEvery),
		public:      ratelimit.New[string](maxClients, now),
		keyDefaults: apikey.Limits{RequestsPerMinute: cfg.PartnerRequestsPerMinute, CostPerMinute: cfg.PartnerCostPerMinute},
		requests:    ratelimit.New[int64](maxKeys, now),
		cost:        ratelimit.New[int64](maxKeys, now),
	}
}

func (*rateLimits) ExtensionName() string                   { return "RateLimits" }
func (*rateLimits) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationContext takes the operation's cost from a partner key's bucket and its public
// writes from the client address's, or refuses it.
func (l *rateLimits) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	if err := l.chargeCost(ctx, oc); err != nil {
		return err
	}
	return l.takePublicWrites(ctx, oc)
}

// takePublicWrites takes one token per public write the operation would run.
func (l *rateLimits) takePublicWrites(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if !l.publicOn || oc.Operation.Operation != ast.Mutation {
		return nil
	}
	n := 0
	for _, f := range graphql.CollectFields(oc, oc.Operation.SelectionSet, []string{"Mutation"}) {
		if f.Definition != nil && f.Definition.Directives.ForName("publicWrite") != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	switch d := l.public.Take(auth.ClientIP(ctx), l.publicQuota, n); {
	case d.Never:
		return refused(gqlerror.Errorf("the operation makes %d public writes; a client may make at most %d at once", n, l.publicQuota.Burst))
	case !d.Allowed:
		metrics.RateLimited.WithLabelValues("public_write").Inc()
		return limited(apperr.Limited(d.RetryAfter,
			"too many sign-ups and registrations from this address: try again in %d seconds", apperr.RetrySeconds(d.RetryAfter)))
	}
	return nil
}

// chargeCost takes a partner key's operation's complexity from the key's cost bucket.
func (l *rateLimits) chargeCost(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	v := authz.ViewerFrom(ctx)
	if v.Kind != authz.Partner {
		return nil
	}
	k := l.keyLimits(v)
	c := max(operationCost(oc), 1)
	d := l.cost.Take(v.APIKeyID, perMinute(k.CostPerMinute), c)
	requests, ok := ctx.Value(keyRequestsKey{}).(ratelimit.Decision)
	if !ok { // a WebSocket whose credential came with connection_init
		requests = l.requests.Peek(v.APIKeyID, perMinute(k.RequestsPerMinute))
	}
	setResponseHeader(ctx, "RateLimit", rateLimitField(requests, d))
	switch {
	case d.Never:
		return refused(gqlerror.Errorf("the operation has a complexity of %d; this API key may spend %d a minute", c, k.CostPerMinute))
	case !d.Allowed:
		metrics.RateLimited.WithLabelValues("partner_cost").Inc()
		return limited(apperr.Limited(d.RetryAfter,
			"this API key has spent its query cost for now (this operation costs %d of %d a minute): try again in %d seconds",
			c, k.CostPerMinute, apperr.RetrySeconds(d.RetryAfter)))
	}
	return nil
}

type keyRequestsKey struct{}

// partnerRequests takes one token from a partner key's requests bucket for each request made with
// the key, before GraphQL reads it, and answers every such request with the key's RateLimit-Policy
// and RateLimit headers; past the limit it answers 429 with RATE_LIMITED and Retry-After. It runs
// after auth.Middleware, which establishes the key. (A WebSocket counts as one request; each
// operation over it costs its complexity.)
func (l *rateLimits) partnerRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		v := authz.ViewerFrom(r.Context())
		if v.Kind != authz.Partner {
			next.ServeHTTP(w, r)
			return
		}
		k := l.keyLimits(v)
		d := l.requests.Take(v.APIKeyID, perMinute(k.RequestsPerMinute), 1)
		w.Header().Set("RateLimit-Policy", fmt.Sprintf(`"requests";q=%d;w=%d, "cost";q=%d;w=%d`,
			k.RequestsPerMinute, int(rateWindow.Seconds()), k.CostPerMinute, int(rateWindow.Seconds())))
		w.Header().Set("RateLimit", rateLimitField(d, l.cost.Peek(v.APIKeyID, perMinute(k.CostPerMinute))))
		if !d.Allowed {
			metrics.RateLimited.WithLabelValues("partner_requests").Inc()
			seconds := apperr.RetrySeconds(d.RetryAfter)
			w.Header().Set("Retry-After", fmt.Sprint(seconds))
			media, ok := negotiate(r.Header.Values("Accept"))
			if !ok {
				media = mediaJSON
			}
			writeErrors(w, media, http.StatusTooManyRequests, gqlerror.List{{
				Message:    fmt.Sprintf("this API key has made its %d requests a minute: try again in %d seconds", k.RequestsPerMinute, seconds),
				Extensions: map[string]any{"code": string(apperr.RateLimited), "retryAfter": seconds},
			}})
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), keyRequestsKey{}, d)))
	})
}

func (l *rateLimits) keyLimits(v *authz.Viewer) apikey.Limits {
	return apikey.Limits{RequestsPerMinute: v.KeyRequestsPerMinute, CostPerMinute: v.KeyCostPerMinute}.Or(l.keyDefaults)
}

func perMinute(n int) ratelimit.Quota { return ratelimit.PerWindow(n, rateWindow) }

// rateLimitField is the RateLimit header of a key's two buckets, in the structured-field syntax of
// draft-ietf-httpapi-ratelimit-headers-10: r is what remains; t is how many seconds until the
// whole quota is back (the buckets refill evenly over the minute), or, for a bucket that has just
// refused, until the refused request would pass, as Retry-After says.
func rateLimitField(requests, cost ratelimit.Decision) string {
	return fmt.Sprintf(`"requests";r=%d;t=%d, "cost";r=%d;t=%d`,
		requests.Remaining, resetSeconds(requests), cost.Remaining, resetSeconds(cost))
}

func resetSeconds(d ratelimit.Decision) int64 {
	switch {
	case !d.Allowed && !d.Never:
		return apperr.RetrySeconds(d.RetryAfter)
	case d.Full <= 0:
		return 0
	}
	return apperr.RetrySeconds(d.Full)
}

// limited is a rate limit's refusal of an operation, presented by presentError.
func limited(err *apperr.Error) *gqlerror.Error {
	return &gqlerror.Error{Message: err.Message, Err: err}
}

const costStat = "cost"

// setCost records an operation's complexity, which operationLimits computes, for operationCost.
func setCost(oc *graphql.OperationContext, complexity int) {
	oc.Stats.SetExtension(costStat, complexity)
}

// operationCost is the complexity of an operation that passed operationLimits.
func operationCost(oc *graphql.OperationContext) int {
	c, _ := oc.Stats.GetExtension(costStat).(int)
	return c
}
