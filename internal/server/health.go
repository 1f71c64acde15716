package server

import (
	"context"
	"net/http"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/rs/zerolog/hlog"

	"github.com/teleworkmonth/platform/internal/migrate"
)

// healthz answers 200 while the process is alive.
func healthz(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.Write([]byte(`{"status":"ok"}`))
}

// readyz answers 200 when the database answers and every migration is applied, 503 otherwise, so
// that a load balancer sends traffic only to instances that can serve it.
func readyz(db *sqlx.DB) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		w.Header().Set("Content-Type", "application/json")
		if err := db.PingContext(ctx); err != nil {
			hlog.FromRequest(r).Warn().Err(err).Msg("not ready: database unreachable")
			w.WriteHeader(http.StatusServiceUnavailable)
			w.Write([]byte(`{"status":"unavailable","reason":"database unreachable"}`))
			return
		}
		current, err := migrate.Current(ctx, db.DB)
		if err != nil || !current {
			hlog.FromRequest(r).Warn().Err(err).Msg("not ready: migrations not current")
			w.WriteHeader(http.StatusServiceUnavailable)
			w.Write([]byte(`{"status":"unavailable","reason":"migrations not current"}`))
			return
		}
		w.Write([]byte(`{"status":"ok"}`))
	})
}
