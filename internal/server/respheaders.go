package server

import (
	"context"
	"net/http"
	"strconv"
	"sync"
)

// responseHeaders let the GraphQL layer (the error presenter, the rate limits) set headers of the
// HTTP response that will carry its answer: the transport writes the answer, headers first, only
// once the operation has run, and everything set here before then goes out with it. Fields of one
// operation may run at once, hence the lock.
type responseHeaders struct {
	mu sync.Mutex
	h  http.Header
}

type responseHeadersKey struct{}

// withResponseHeaders puts the response's headers in the request's context for setResponseHeader.
func withResponseHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := context.WithValue(r.Context(), responseHeadersKey{}, &responseHeaders{h: w.Header()})
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// setResponseHeader sets a header of the response to the request that ctx belongs to; outside a
// request (or on a WebSocket, whose response has long gone) it does nothing that anyone sees.
func setResponseHeader(ctx context.Context, name, value string) {
	if rh, ok := ctx.Value(responseHeadersKey{}).(*responseHeaders); ok {
		rh.mu.Lock()
		rh.h.Set(name, value)
		rh.mu.Unlock()
	}
}

// setRetryAfter sets Retry-After to seconds, unless it asks for a longer wait already: when two
// limits refuse, the client must wait for both.
func setRetryAfter(ctx context.Context, seconds int64) {
	rh, ok := ctx.Value(responseHeadersKey{}).(*responseHeaders)
	if !ok {
		return
	}
	rh.mu.Lock()
	defer rh.mu.Unlock()
	if prev, err := strconv.ParseInt(rh.h.Get("Retry-After"), 10, 64); err == nil && prev >= seconds {
		return
	}
	rh.h.Set("Retry-After", strconv.FormatInt(seconds, 10))
}
