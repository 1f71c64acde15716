package store

import (
	"context"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"

	"github.com/teleworkmonth/platform/internal/telework"
)

// InsertAwardEntry creates a SUBMITTED entry of a registrant for a program, submitted at a time,
// and returns it. A second entry of the registrant for the program is CONFLICT (the unique index).
func InsertAwardEntry(ctx context.Context, db sqlx.QueryerContext, programID, registrantID int64, summary, contactEmail string, at time.Time) (*telework.AwardEntry, error) {
	var out telework.AwardEntry
	err := sqlx.GetContext(ctx, db, &out, `
		INSERT INTO award_entries AS a (program_id, registrant_id, summary, contact_email, submitted_at)
		VALUES ($1, $2, $3, $4, $5)
		RETURNING `+awardEntryColumns, programID, registrantID, summary, contactEmail, at)
	if err != nil {
		return nil, mapError(fmt.Errorf("insert award entry: %w", err))
	}
	return &out, nil
}

// WithdrawnAwardEntry is an entry withdrawn with its registrant, as it was before, and the
// ministry of its program (the tenant of its audit entry).
type WithdrawnAwardEntry struct {
	telework.AwardEntry
	MinistryID int64 `db:"ministry_id"`
}

// WithdrawOpenAwardEntries withdraws a registrant's entries that are still open: those of
// programs not announced yet, and not already withdrawn or not awarded. It returns them as they
// were before; after is each with status WITHDRAWN. The entries are locked until the transaction
// ends.
func WithdrawOpenAwardEntries(ctx context.Context, db sqlx.ExtContext, registrantID int64) ([]*WithdrawnAwardEntry, error) {
	var before []*WithdrawnAwardEntry
	err := sqlx.SelectContext(ctx, db, &before, `
		SELECT `+awardEntryColumns+`, p.ministry_id FROM award_entries a JOIN award_programs p ON p.id = a.program_id
		WHERE a.registrant_id = $1 AND p.announced_at IS NULL AND a.status IN ('SUBMITTED', 'SHORTLISTED', 'AWARDED')
		ORDER BY a.id FOR UPDATE OF a`, registrantID)
	if err != nil {
		return nil, fmt.Errorf("lock open award entries of registrant %d: %w", registrantID, err)
	}
	if len(before) == 0 {
		return nil, nil
	}
	ids := make([]int64, len(before))
	for i, e := range before {
		ids[i] = e.ID
	}
	if _, err := db.ExecContext(ctx, `UPDATE award_entries SET status = 'WITHDRAWN' WHERE id = ANY($1)`, pq.Array(ids)); err != nil {
		return nil, fmt.Errorf("withdraw award entries of registrant %d: %w", registrantID, err)
	}
	return before, nil
}
