// Package server is the HTTP face of the application: GraphQL over HTTP at /graphql, the offline
// playground at /, the console at /admin/ with its CSV exports, and the health checks, behind the
// middleware every request passes (request id and log line, security headers, panic recovery, body
// and time limits, language, client address, viewer, rate limits, dataloaders).
package server

import (
	"context"
	"net/http"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/rs/zerolog"
	"github.com/rs/zerolog/hlog"

	"github.com/teleworkmonth/platform/internal/auth"
	"github.com/teleworkmonth/platform/internal/authz"
	"github.com/teleworkmonth/platform/internal/config"
	"github.com/teleworkmonth/platform/internal/console"
	"github.com/teleworkmonth/platform/internal/export"
	"github.com/teleworkmonth/platform/internal/lang"
	"github.com/teleworkmonth/platform/internal/loader"
	"github.com/teleworkmonth/platform/internal/logo"
	"github.com/teleworkmonth/platform/internal/persisted"
	"github.com/teleworkmonth/platform/internal/playground"
	"github.com/teleworkmonth/platform/resolvers"
)

// GraphQLPath is where the API answers.
const GraphQLPath = "/graphql"

// Deps are what the HTTP handler needs from the application.
type Deps struct {
	Config   config.Config
	DB       *sqlx.DB
	Log      zerolog.Logger
	Authz    *authz.Authorizer
	Auth     *auth.Service
	Resolver *resolvers.Resolver
	// Documents are the trusted documents, which clients may send by hash (see persistedQueries).
	Documents *persisted.Registry
	Logo      http.Handler // the signed logo downloads, at logo.PathPrefix
	Export    http.Handler // the console's CSV exports, at export.Prefix (with the console)
	Now       func() time.Time
}

// New returns the application's HTTP handler.
func New(d Deps) http.Handler {
	limits := newRateLimits(d.Config, d.Now)
	cache := newCachePolicy(d.Config.CacheMaxAge, d.Config.CacheStaleWhileRevalidate, d.Auth.CookieName())
	gql := newGraphQL(d.Config, d.Resolver, limits, d.Documents, cache)
	gql.AddTransport(newWebsocket(d))
	api := chain(gql,
		cache.defaults,
		limitBody(d.Config.MaxBodyBytes),
		refuseGETMutations(d.Config.MaxTokens),
		withTimeout(d.Config.RequestTimeout),
		lang.Middleware,
		auth.ClientAddress(d.Config.TrustedProxies),
		auth.Middleware(d.Auth),
		limits.partnerRequests,
		withResponseHeaders,
		withLoaders(d),
	)

	mux := http.NewServeMux()
	mux.Handle(GraphQLPath, api)
	mux.Handle("GET /healthz", http.HandlerFunc(healthz))
	mux.Handle("GET /readyz", readyz(d.DB))
	mux.Handle(logo.PathPrefix, d.Logo)
	if d.Config.Playground {
		page := playground.Handler(GraphQLPath, playground.Options{Introspection: d.Config.Introspection})
		mux.Handle("/{$}", page)
		mux.Handle("/playground/", page)
	}
	if d.Config.Console {
		// Signing in is throttled per client address, as login is: the same address.
		authenticate := func(h http.Handler) http.Handler {
			return chain(h, auth.ClientAddress(d.Config.TrustedProxies), auth.Middleware(d.Auth))
		}
		mux.Handle(console.SessionPath, console.Session(d.Auth, authenticate))
		mux.Handle(console.Prefix, console.Handler())
		if d.Export != nil {
			mux.Handle(export.Prefix, exports(d))
		}
	}
	return withEveryRequest(mux, d)
}

// exports wraps the CSV exports in what they need of the API's middleware: the viewer (from the
// session cookie, on the cookie's terms, or a bearer token) and the loaders, under a deadline of
// their own (EXPORT_TIMEOUT), as a large export takes longer than REQUEST_TIMEOUT allows a request.
func exports(d Deps) http.Handler {
	return chain(d.Export,
		withTimeout(d.Config.ExportTimeout),
		auth.ClientAddress(d.Config.TrustedProxies),
		auth.Middleware(d.Auth),
		withLoaders(d),
	)
}

// withEveryRequest wraps h in what every request of the server passes, outermost: the security
// headers (first, so that every answer has them, a panic's included), the request id and the log
// line, and the recovery from panics.
func withEveryRequest(h http.Handler, d Deps) http.Handler {
	return chain(h,
		securityHeaders(d.Config.HSTSMaxAge),
		hlog.NewHandler(d.Log),
		hlog.RequestIDHandler("request_id", "X-Request-Id"),
		accessLog,
		recoverHTTP,
	)
}

// chain wraps h in middleware, the first given being the outermost.
func chain(h http.Handler, middleware ...func(http.Handler) http.Handler) http.Handler {
	for i := len(middleware) - 1; i >= 0; i-- {
		h = middleware[i](h)
	}
	return h
}

// withLoaders makes the request's dataloaders, limited to what its viewer (established by the
// auth middleware before it) may see.
func withLoaders(d Deps) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			ctx := r.Context()
			ctx = loader.WithLoaders(ctx, loader.New(d.DB, d.Authz.EventScope, d.Now()))
			ctx = authz.WithEventDecisions(authz.WithRequestOwnership(ctx))
			next.ServeHTTP(w, r.WithContext(ctx))
		})
	}
}

func withTimeout(d time.Duration) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			ctx, cancel := context.WithTimeout(r.Context(), d)
			defer cancel()
			next.ServeHTTP(w, r.WithContext(ctx))
		})
	}
}
