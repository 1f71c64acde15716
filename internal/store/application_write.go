package store

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"

	"github.com/teleworkmonth/platform/internal/telework"
)

// The writes of event applications. Each runs in the caller's transaction, after the caller has
// locked the event (LockEvent): every sign-up and cancellation of one event goes through that row
// lock, so the counters of the event (seats_taken, waitlist_length) and its applications change
// together and never disagree.

// SeatsChannel is the PostgreSQL notification channel of an event's seats: its payload is the
// event's database ID, sent when its seats or waitlist change.
const SeatsChannel = "event_seats"

// ErrRepeatedApplication is InsertApplication's answer when the event has a live application of the
// email already, or one made with the idempotency key: another transaction got there first.
var ErrRepeatedApplication = errors.New("the event has an application of this email or idempotency key already")

// ErrReferenceTaken is InsertApplication's answer when another application has the reference:
// nothing was inserted and the transaction goes on; draw another and insert again.
var ErrReferenceTaken = errors.New("another application has this reference")

// InsertApplication stores a new application of a.EventID with its status, waitlist position and
// reference, under the idempotency key when not nil, and returns it as stored. Its created_at is
// the time of the insert itself (clock_timestamp), not the start of its transaction: under the
// event's lock, creation times then follow the order in which sign-ups took their place, as IDs
// do. It returns ErrReferenceTaken when the reference is another application's, and
// ErrRepeatedApplication (and the transaction is spoilt) when the email or the key has an
// application of the event already.
func InsertApplication(ctx context.Context, db sqlx.QueryerContext, a *telework.EventApplication, idempotencyKey *string) (*telework.EventApplication, error) {
	var out telework.EventApplication
	err := sqlx.GetContext(ctx, db, &out, `
		INSERT INTO event_applications AS a (event_id, attendee_name, attendee_email, organization, attendance,
			status, waitlist_position, idempotency_key, reference, created_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, clock_timestamp())
		ON CONFLICT (reference) DO NOTHING
		RETURNING `+applicationColumns,
		a.EventID, a.AttendeeName, a.AttendeeEmail, a.Organization, a.Attendance,
		a.Status, a.WaitlistPosition, idempotencyKey, a.Reference)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrReferenceTaken
	}
	var pqErr *pq.Error
	if errors.As(err, &pqErr) && pqErr.Code == uniqueViolation &&
		(pqErr.Constraint == "event_applications_one_per_email" || pqErr.Constraint == "event_applications_idempotency_key") {
		return nil, fmt.Errorf("insert application: %w (%w)", ErrRepeatedApplication, err)
	}
	if err != nil {
		return nil, mapError(fmt.Errorf("insert application: %w", err))
	}
	return &out, nil
}

// LiveApplicationByEmail returns the application of an event by an email, compared without case,
// that is not cancelled; nil when there is none.
func LiveApplicationByEmail(ctx context.Context, db sqlx.QueryerContext, eventID int64, email string) (*telework.EventApplication, error) {
	return oneApplication(ctx, db, "live application by email", `
		SELECT `+applicationColumns+` FROM event_applications a
		WHERE a.event_id = $1 AND lower(a.attendee_email) = lower($2) AND a.status <> 'CANCELLED'`, eventID, email)
}

// ApplicationByIdempotencyKey returns the application of an event made with an idempotency key,
// whatever its status; nil when there is none.
func ApplicationByIdempotencyKey(ctx context.Context, db sqlx.QueryerContext, eventID int64, key string) (*telework.EventApplication, error) {
	return oneApplication(ctx, db, "application by idempotency key", `
		SELECT `+applicationColumns+` FROM event_applications a
		WHERE a.event_id = $1 AND a.idempotency_key = $2`, eventID, key)
}

// LockApplication returns an application and locks it until the transaction ends; nil when there
// is none.
func LockApplication(ctx context.Context, db sqlx.QueryerContext, id int64) (*telework.EventApplication, error) {
	return oneApplication(ctx, db, "lock application", `
		SELECT `+applicationColumns+` FROM event_applications a WHERE a.id = $1 FOR UPDATE`, id)
}

func oneApplication(ctx context.Context, db sqlx.QueryerContext, what, query string, args ...any) (*telework.EventApplication, error) {
	var a telework.EventApplication
	err := sqlx.GetContext(ctx, db, &a, query, args...)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return &a, nil
}

// ApplicationEvent returns the event of an application and the code of the event's host ministry;
// 0 and "" when there is no such application. An application never moves to another event.
func ApplicationEvent(ctx context.Context, db sqlx.QueryerContext, applicationID int64) (eventID int64, hostCode string, err error) {
	var row struct {
		EventID  int64  `db:"event_id"`
		HostCode string `db:"code"`
	}
	err = sqlx.GetContext(ctx, db, &row, `
		SELECT a.event_id, m.code FROM event_applications a
		JOIN events e ON e.id = a.event_id JOIN ministries m ON m.id = e.host_ministry_id
		WHERE a.id = $1`, applicationID)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, "", nil
	}
	if err != nil {
		return 0, "", fmt.Errorf("event of application %d: %w", applicationID, err)
	}
	return row.EventID, row.HostCode, nil
}

// CancelApplication marks an application cancelled (out of the waitlist) and returns it. It does
// not touch the event's counters nor the rest of the waitlist: see CloseWaitlistGap.
func CancelApplication(ctx context.Context, db sqlx.QueryerContext, id int64) (*telework.EventApplication, error) {
	var out telework.EventApplication
	err := sqlx.GetContext(ctx, db, &out, `
		UPDATE event_applications a SET status = 'CANCELLED', waitlist_position = NULL, cancelled_at = now()
		WHERE a.id = $1
		RETURNING `+applicationColumns, id)
	if err != nil {
		return nil, fmt.Errorf("cancel application %d: %w", id, err)
	}
	return &out, nil
}

// CloseWaitlistGap moves everyone behind a position of an event's waitlist up by one, after the
// application at that position left it, and returns how many moved.
func CloseWaitlistGap(ctx context.Context, db sqlx.ExecerContext, eventID int64, position int) (int, error) {
	res, err := db.ExecContext(ctx, `
		UPDATE event_applications SET waitlist_position = waitlist_position - 1
		WHERE event_id = $1 AND status = 'WAITLISTED' AND waitlist_position > $2`, eventID, position)
	if err != nil {
		return 0, fmt.Errorf("close the waitlist gap of event %d: %w", eventID, err)
	}
	n, err := res.RowsAffected()
	return int(n), err
}

// PromoteWaitlisted confirms the first n applications of an event's waitlist, moves the rest of
// the line up by n, and returns the confirmed ones, first in line first.
func PromoteWaitlisted(ctx context.Context, db sqlx.ExtContext, eventID int64, n int) ([]*telework.EventApplication, error) {
	if n <= 0 {
		return nil, nil
	}
	var promoted []*telework.EventApplication
	err := sqlx.SelectContext(ctx, db, &promoted, `
		WITH first AS (
			SELECT a.id, a.waitlist_position FROM event_applications a
			WHERE a.event_id = $1 AND a.status = 'WAITLISTED' AND a.waitlist_position <= $2
		)
		UPDATE event_applications a SET status = 'CONFIRMED', waitlist_position = NULL
		FROM first WHERE a.id = first.id
		RETURNING `+applicationColumns, eventID, n)
	if err != nil {
		return nil, fmt.Errorf("promote the waitlist of event %d: %w", eventID, err)
	}
	if _, err := db.ExecContext(ctx, `
		UPDATE event_applications SET waitlist_position = waitlist_position - $2
		WHERE event_id = $1 AND status = 'WAITLISTED'`, eventID, len(promoted)); err != nil {
		return nil, fmt.Errorf("move up the waitlist of event %d: %w", eventID, err)
	}
	// ID order is arrival order, and so the order of the line.
	slices.SortFunc(promoted, func(a, b *telework.EventApplication) int { return cmp.Compare(a.ID, b.ID) })
	return promoted, nil
}

// SetEventSeats writes an event's counters, the in-person seats taken and the waitlist's length,
// and tells every listener on SeatsChannel, when (and only if) the caller's transaction commits.
// It leaves the event's version alone: sign-ups do not make a staff member's edit stale. One
// statement: it runs under the event's lock, which every sign-up of the event waits for.
func SetEventSeats(ctx context.Context, db sqlx.ExecerContext, eventID int64, seatsTaken, waitlistLength int) error {
	if _, err := db.ExecContext(ctx, `
		WITH counted AS (
			UPDATE events SET seats_taken = $2, waitlist_length = $3 WHERE id = $1 RETURNING id
		)
		SELECT pg_notify($4, id::text) FROM counted`,
		eventID, seatsTaken, waitlistLength, SeatsChannel); err != nil {
		return mapError(fmt.Errorf("set the seats of event %d: %w", eventID, err))
	}
	return nil
}
