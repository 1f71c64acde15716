package store

import (
	"context"
	"fmt"

	"github.com/jmoiron/sqlx"

	"github.com/teleworkmonth/platform/internal/telework"
)

// The writes of check-ins at the door. Each runs in the caller's transaction, after the caller has
// locked the event (LockEvent) and then the application (LockApplication), the order in which
// sign-ups and cancellations take the same locks: so the event's count of check-ins changes with
// the applications it counts, and two devices checking in one person take their turns.

// CheckInApplication marks an application checked in now by a staff member (a user's ID) and
// returns it. The database refuses it (an internal error) unless the application is confirmed and
// in person: the caller checks that first.
func CheckInApplication(ctx context.Context, db sqlx.QueryerContext, id, by int64) (*telework.EventApplication, error) {
	return writeCheckIn(ctx, db, "check in application", `
		UPDATE event_applications a SET checked_in_at = now(), checked_in_by = $2 WHERE a.id = $1
		RETURNING `+applicationColumns, id, by)
}

// UndoCheckIn marks an application not checked in and returns it.
func UndoCheckIn(ctx context.Context, db sqlx.QueryerContext, id int64) (*telework.EventApplication, error) {
	return writeCheckIn(ctx, db, "undo check-in", `
		UPDATE event_applications a SET checked_in_at = NULL, checked_in_by = NULL WHERE a.id = $1
		RETURNING `+applicationColumns, id)
}

func writeCheckIn(ctx context.Context, db sqlx.QueryerContext, what, query string, args ...any) (*telework.EventApplication, error) {
	var out telework.EventApplication
	if err := sqlx.GetContext(ctx, db, &out, query, args...); err != nil {
		return nil, mapError(fmt.Errorf("%s %d: %w", what, args[0], err))
	}
	return &out, nil
}

// SetCheckedInCount writes an event's count of check-ins and tells every listener on SeatsChannel,
// when (and only if) the caller's transaction commits, so that the devices at the door see each
// other's count. Like SetEventSeats, it leaves the event's version alone.
func SetCheckedInCount(ctx context.Context, db sqlx.ExecerContext, eventID int64, n int) error {
	if _, err := db.ExecContext(ctx, `
		WITH counted AS (
			UPDATE events SET checked_in_count = $2 WHERE id = $1 RETURNING id
		)
		SELECT pg_notify($3, id::text) FROM counted`,
		eventID, n, SeatsChannel); err != nil {
		return mapError(fmt.Errorf("set the check-ins of event %d: %w", eventID, err))
	}
	return nil
}
