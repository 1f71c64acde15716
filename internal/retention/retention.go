// Package retention purges what the platform keeps only for a while: outbox messages delivered
// longer ago than their retention (the message, with the applicant's name and address, has done
// its work; the audit log keeps that it was sent) and sessions that ended (signed out or expired)
// longer ago than theirs (kept a while so that a security review can still see them).
//
// Every instance runs the purge; it deletes in small batches, oldest first, through indexes
// (migration 00017), so that it never holds many row locks or competes with requests, and two
// instances purging at once only share the work.
package retention

import (
	"context"
	"errors"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/rs/zerolog"

	"github.com/teleworkmonth/platform/internal/outbox"
	"github.com/teleworkmonth/platform/internal/store"
)

// Policy says how long what is purged is kept, and how often the purge runs.
type Policy struct {
	DeliveredMessages time.Duration // OUTBOX_RETENTION
	EndedSessions     time.Duration // SESSION_RETENTION
	Every             time.Duration // RETENTION_INTERVAL
	// Batch is the most rows one statement deletes; the purge runs batches until one is short.
	Batch int
}

// Purged counts what one purge deleted.
type Purged struct {
	Messages, Sessions int64
}

// Purge deletes, as of now, the delivered messages and the ended sessions that are past their
// retention, a batch at a time.
func Purge(ctx context.Context, db *sqlx.DB, p Policy, now time.Time) (Purged, error) {
	var out Purged
	var err error
	out.Messages, err = inBatches(ctx, p.Batch, func(limit int) (int64, error) {
		return outbox.DeleteDelivered(ctx, db, now.Add(-p.DeliveredMessages), limit)
	})
	if err != nil {
		return out, err
	}
	out.Sessions, err = inBatches(ctx, p.Batch, func(limit int) (int64, error) {
		return store.DeleteEndedSessions(ctx, db, now.Add(-p.EndedSessions), limit)
	})
	return out, err
}

// inBatches runs deleteBatch until it deletes fewer rows than a batch, and returns the total.
func inBatches(ctx context.Context, batch int, deleteBatch func(limit int) (int64, error)) (int64, error) {
	var total int64
	for {
		n, err := deleteBatch(batch)
		total += n
		if err != nil || n < int64(batch) {
			return total, err
		}
		if err := ctx.Err(); err != nil {
			return total, err
		}
	}
}

// Run purges once at start and then every p.Every until ctx is done. A failed purge is logged and
// tried again at the next turn.
func Run(ctx context.Context, db *sqlx.DB, p Policy, log zerolog.Logger) {
	ticker := time.NewTicker(p.Every)
	defer ticker.Stop()
	for {
		purged, err := Purge(ctx, db, p, time.Now())
		switch {
		case err != nil && !errors.Is(err, context.Canceled):
			log.Error().Err(err).Msg("retention: purge failed")
		case purged.Messages > 0 || purged.Sessions > 0:
			log.Info().Int64("messages", purged.Messages).Int64("sessions", purged.Sessions).Msg("retention: purged")
		}
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
		}
	}
}
