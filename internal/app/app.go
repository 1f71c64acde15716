// Package app wires the application together: it opens the database, builds the services and the
// HTTP handler, and serves until it is told to stop. The server binary and the end-to-end tests
// both use it, so that tests run the very program that ships.
package app

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/teleworkmonth/platform/graph"
	"github.com/teleworkmonth/platform/internal/apikey"
	"github.com/teleworkmonth/platform/internal/audit"
	"github.com/teleworkmonth/platform/internal/auth"
	"github.com/teleworkmonth/platform/internal/authz"
	"github.com/teleworkmonth/platform/internal/award"
	"github.com/teleworkmonth/platform/internal/campaign"
	"github.com/teleworkmonth/platform/internal/config"
	"github.com/teleworkmonth/platform/internal/event"
	"github.com/teleworkmonth/platform/internal/export"
	"github.com/teleworkmonth/platform/internal/logo"
	"github.com/teleworkmonth/platform/internal/metrics"
	"github.com/teleworkmonth/platform/internal/ministry"
	"github.com/teleworkmonth/platform/internal/outbox"
	"github.com/teleworkmonth/platform/internal/persisted"
	"github.com/teleworkmonth/platform/internal/registrant"
	"github.com/teleworkmonth/platform/internal/retention"
	"github.com/teleworkmonth/platform/internal/seats"
	"github.com/teleworkmonth/platform/internal/server"
	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/user"
	"github.com/teleworkmonth/platform/resolvers"
)

// App is the running application.
type App struct {
	Config  config.Config
	Log     zerolog.Logger
	DB      *sqlx.DB
	Policy  *authz.Policy
	Seats   *seats.Hub
	Outbox  *outbox.Sender
	Handler http.Handler
	// Metrics holds what Prometheus reads at METRICS_ADDR: the shared instruments and this
	// application's pool, policy and outbox.
	Metrics *prometheus.Registry
	// Documents are the trusted documents; consoleDocuments is whether the console's are
	// registered (see registerConsoleDocuments).
	Documents        *persisted.Registry
	consoleDocuments atomic.Bool
}

// New connects to the database and builds the application. cfg.DatabaseURL must be set.
func New(ctx context.Context, cfg config.Config, log zerolog.Logger) (*App, error) {
	if cfg.DatabaseURL == "" {
		return nil, errors.New("DATABASE_URL is not set")
	}
	db, err := store.Open(ctx, store.Config{
		URL:                cfg.DatabaseURL,
		MaxOpenConns:       cfg.DBMaxOpenConns,
		MaxIdleConns:       cfg.DBMaxIdleConns,
		ConnMaxIdleTime:    cfg.DBConnMaxIdleTime,
		ConnMaxLifetime:    cfg.DBConnMaxLifetime,
		StatementTimeout:   cfg.DBStatementTimeout,
		PreparedStatements: cfg.DBPreparedStmts,
	})
	if err != nil {
		return nil, err
	}
	policy, err := authz.NewPolicy(ctx, db)
	if err != nil {
		// Most likely the database is not migrated yet: serve, report not ready (/readyz), and let
		// the policy watcher load the rules once they are there.
		log.Warn().Err(err).Msg("the authorization policy could not be loaded yet")
		policy = authz.NewUnloadedPolicy(db)
	}
	now := time.Now
	az := authz.New(policy)
	credentials := auth.NewService(db, auth.Options{SessionTTL: cfg.SessionTTL, SecureCookie: cfg.Production(),
		ConsoleURL: cfg.ConsoleURL, InvitationTTL: cfg.InvitationTTL, PasswordResetTTL: cfg.PasswordResetTTL,
		RequireMFA: cfg.RequireMFA})
	signer := logo.NewRandomSigner() // development: links last as long as the process
	if cfg.LogoSigningKey != "" {
		if signer, err = logo.NewSigner([]byte(cfg.LogoSigningKey)); err != nil {
			db.Close()
			return nil, err
		}
	}
	registrants := registrant.NewService(db, az)
	hub := seats.NewHub(db, cfg.DatabaseURL, log)
	events := event.NewService(db, az)
	auditLog := audit.NewService(db, az)
	awards := award.NewService(db, az, now)
	r := resolvers.New(resolvers.Services{
		Authz:       az,
		Campaigns:   campaign.NewService(db),
		Ministries:  ministry.NewService(db),
		Events:      events,
		Registrants: registrants,
		Awards:      awards,
		Audit:       auditLog,
		Auth:        credentials,
		Users:       user.NewAuthorizedService(db, az, policy, credentials),
		APIKeys: apikey.NewService(db, credentials, az, apikey.Limits{
			RequestsPerMinute: cfg.PartnerRequestsPerMinute, CostPerMinute: cfg.PartnerCostPerMinute}),
		Seats: hub,
		Logo:  signer,
	})
	documents := persisted.NewRegistry(db, graph.NewExecutableSchema(graph.Config{}).Schema())
	h := server.New(server.Deps{Config: cfg, DB: db, Log: log, Authz: az, Auth: credentials, Resolver: r,
		Documents: documents,
		Logo:      logo.Handler(signer, registrants.LogoStatus),
		Export:    export.Handler(export.Deps{DB: db, Authz: az, Events: events, Audit: auditLog, Registrants: registrants, Awards: awards, MaxRows: cfg.ExportMaxRows, Now: now}),
		Now:       now})
	deliver := outbox.LogDelivery(log)
	if cfg.SMTPAddr != "" {
		deliver = (&outbox.SMTP{Addr: cfg.SMTPAddr, From: cfg.SMTPFrom}).Deliver
	}
	sender := outbox.NewSender(db, deliver, log, outbox.Options{})
	a := &App{Config: cfg, Log: log, DB: db, Policy: policy, Seats: hub, Outbox: sender, Handler: h, Documents: documents,
		Metrics: metrics.NewRegistry(metrics.ForApp(db, policy.Version)...)}
	if cfg.Console {
		if err := a.registerConsoleDocuments(ctx); err != nil {
			// Most likely the database is not migrated yet: Background tries again.
			log.Warn().Err(err).Msg("the console's documents could not be registered yet")
		}
	} else {
		a.consoleDocuments.Store(true) // nothing to register
	}
	return a, nil
}

// Background runs the application's background work until ctx is done: the policy watcher and the
// live seats hub (each on a LISTEN connection of its own), the sender of the message outbox, the
// purge of what is kept only for a while (internal/retention), and the registration of the
// console's documents when New could not make it.
// The returned wait blocks until all of it has stopped.
func (a *App) Background(ctx context.Context) (wait func()) {
	var wg sync.WaitGroup
	wg.Go(func() { a.WatchPolicy(ctx) })
	wg.Go(func() { a.Outbox.Run(ctx) })
	wg.Go(func() { a.retryConsoleDocuments(ctx, 10*time.Second) })
	wg.Go(func() {
		retention.Run(ctx, a.DB, retention.Policy{
			DeliveredMessages: a.Config.OutboxRetention, EndedSessions: a.Config.SessionRetention,
			Every: a.Config.RetentionInterval, Batch: 1000,
		}, a.Log)
	})
	wg.Go(func() {
		if err := a.Seats.Run(ctx); err != nil && ctx.Err() == nil {
			a.Log.Error().Err(err).Msg("seats hub stopped")
		}
	})
	return wg.Wait
}

// WatchPolicy keeps the authorization policy current until ctx is done: a change made by any
// instance is in force here within a second (PostgreSQL LISTEN/NOTIFY, with periodic full reloads).
func (a *App) WatchPolicy(ctx context.Context) {
	if err := a.Policy.Watch(ctx, a.Config.DatabaseURL, a.Log); err != nil && ctx.Err() == nil {
		a.Log.Error().Err(err).Msg("policy watcher stopped")
	}
}

// Serve answers HTTP on l until ctx is done, then stops accepting, lets the requests in flight
// finish (up to SHUTDOWN_TIMEOUT), and returns nil.
func (a *App) Serve(ctx context.Context, l net.Listener) error {
	srv := &http.Server{
		Handler:           a.Handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	backgroundCtx, stopBackground := context.WithCancel(ctx)
	wait := a.Background(backgroundCtx)
	defer wait()
	defer stopBackground()

	served := make(chan error, 1)
	go func() { served <- srv.Serve(l) }()
	a.Log.Info().Str("addr", l.Addr().String()).Str("env", a.Config.Env).Msg("serving")

	select {
	case err := <-served:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	a.Log.Info().Msg("shutting down: finishing requests in flight")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), a.Config.ShutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	a.Log.Info().Msg("stopped")
	return nil
}

// Run listens on LISTEN_ADDR, and on DEBUG_ADDR and METRICS_ADDR when they are set, and serves
// until ctx is done.
func (a *App) Run(ctx context.Context) error {
	l, err := net.Listen("tcp", a.Config.ListenAddr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", a.Config.ListenAddr, err)
	}
	for _, aside := range []struct {
		variable, addr string
		handler        http.Handler
	}{
		{"DEBUG_ADDR", a.Config.DebugAddr, server.Debug()},
		{"METRICS_ADDR", a.Config.MetricsAddr, metrics.Handler(a.Metrics)},
	} {
		if aside.addr == "" {
			continue
		}
		stop, err := a.serveAside(aside.variable, aside.addr, aside.handler)
		if err != nil {
			l.Close()
			return err
		}
		defer stop()
	}
	return a.Serve(ctx, l)
}

// serveAside serves h on a listener of its own at addr (the profiler at DEBUG_ADDR, the metrics at
// METRICS_ADDR), apart from the public handler, until the returned stop is called; answers still
// being written (a profile being taken) are cut then.
func (a *App) serveAside(variable, addr string, h http.Handler) (stop func(), err error) {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("listen on %s %s: %w", variable, addr, err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		if err := srv.Serve(l); err != nil && !errors.Is(err, http.ErrServerClosed) {
			a.Log.Error().Err(err).Str("listener", variable).Msg("listener stopped")
		}
	}()
	a.Log.Info().Str("addr", l.Addr().String()).Msgf("serving %s", variable)
	return func() { srv.Close() }, nil
}

// Close releases the database connections.
func (a *App) Close() error { return a.DB.Close() }
