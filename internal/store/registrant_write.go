package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/teleworkmonth/platform/internal/telework"
)

// RegistrantDecision is a registrant with the secretariat's last decision on it.
type RegistrantDecision struct {
	telework.Registrant
	RejectReason *string    `db:"reject_reason"` // why it was rejected; nil unless rejected
	DecidedAt    *time.Time `db:"decided_at"`    // nil until the secretariat decides
}

// LockRegistrant returns a registrant with its decision and locks it against other writers until
// the transaction ends, or nil when there is none.
func LockRegistrant(ctx context.Context, db sqlx.QueryerContext, id int64) (*RegistrantDecision, error) {
	var r RegistrantDecision
	err := sqlx.GetContext(ctx, db, &r, `
		SELECT `+registrantColumns+`, r.reject_reason, r.decided_at FROM registrants r
		WHERE r.id = $1 FOR UPDATE`, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("lock registrant %d: %w", id, err)
	}
	return &r, nil
}

// DecideRegistrant records the secretariat's decision on a registrant, provided that it is still
// at version: its status, the reason of a rejection (nil otherwise) and the time. It returns the
// registrant with its version raised, or nil when it has moved on.
func DecideRegistrant(ctx context.Context, db sqlx.QueryerContext, id int64, version int, status telework.RegistrantStatus, rejectReason *string) (*RegistrantDecision, error) {
	var r RegistrantDecision
	err := sqlx.GetContext(ctx, db, &r, `
		UPDATE registrants r SET status = $3, reject_reason = $4, decided_at = now(), updated_at = now(),
			version = r.version + 1
		WHERE r.id = $1 AND r.version = $2
		RETURNING `+registrantColumns+`, r.reject_reason, r.decided_at`, id, version, status, rejectReason)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, mapError(fmt.Errorf("decide registrant %d: %w", id, err))
	}
	return &r, nil
}
