package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/jmoiron/sqlx"

	"github.com/teleworkmonth/platform/internal/telework"
)

// InsertAwardProgram creates an award program from p (its ID, version and announcement are
// ignored), last in its campaign's order, and returns it as stored.
func InsertAwardProgram(ctx context.Context, db sqlx.QueryerContext, p *telework.AwardProgram) (*telework.AwardProgram, error) {
	var out telework.AwardProgram
	err := sqlx.GetContext(ctx, db, &out, `
		INSERT INTO award_programs AS p (campaign_id, ministry_id, name_ja, name_en, description_ja,
			description_en, entry_opens_at, entry_closes_at, ceremony_event_id, position)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9,
			(SELECT coalesce(max(position), 0) + 1 FROM award_programs WHERE campaign_id = $1))
		RETURNING `+awardProgramColumns,
		p.CampaignID, p.MinistryID, p.NameJa, p.NameEn, p.DescriptionJa,
		p.DescriptionEn, p.EntryOpensAt, p.EntryClosesAt, p.CeremonyEventID)
	if err != nil {
		return nil, mapError(fmt.Errorf("insert award program: %w", err))
	}
	return &out, nil
}

// AwardProgramMinistryCode returns the code of the ministry that runs a program, or "" when there
// is no such program.
func AwardProgramMinistryCode(ctx context.Context, db sqlx.QueryerContext, id int64) (string, error) {
	return ministryCodeOf(ctx, db, `
		SELECT m.code FROM award_programs p JOIN ministries m ON m.id = p.ministry_id WHERE p.id = $1`, id)
}

// AwardEntryMinistryCode returns the code of the ministry that runs an entry's program, or "" when
// there is no such entry.
func AwardEntryMinistryCode(ctx context.Context, db sqlx.QueryerContext, id int64) (string, error) {
	return ministryCodeOf(ctx, db, `
		SELECT m.code FROM award_entries a JOIN award_programs p ON p.id = a.program_id
		JOIN ministries m ON m.id = p.ministry_id WHERE a.id = $1`, id)
}

// ministryCodeOf runs a query for the ministry code of one record; "" when there is none.
func ministryCodeOf(ctx context.Context, db sqlx.QueryerContext, query string, id int64) (string, error) {
	var code string
	err := sqlx.GetContext(ctx, db, &code, query, id)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("ministry of record %d: %w", id, err)
	}
	return code, nil
}

// LockAwardProgram returns a program and locks it against other writers until the transaction
// ends, or nil when there is none.
func LockAwardProgram(ctx context.Context, db sqlx.QueryerContext, id int64) (*telework.AwardProgram, error) {
	return lockedAwardProgram(ctx, db, `SELECT `+awardProgramColumns+` FROM award_programs p WHERE p.id = $1 FOR UPDATE`, id)
}

// ShareLockAwardProgram returns a program and keeps it from changing until the transaction ends,
// while letting others read it the same way: what decisions on its entries take, so that they
// wait for an announcement in progress but not for each other. It returns nil when there is none.
func ShareLockAwardProgram(ctx context.Context, db sqlx.QueryerContext, id int64) (*telework.AwardProgram, error) {
	return lockedAwardProgram(ctx, db, `SELECT `+awardProgramColumns+` FROM award_programs p WHERE p.id = $1 FOR SHARE`, id)
}

func lockedAwardProgram(ctx context.Context, db sqlx.QueryerContext, query string, id int64) (*telework.AwardProgram, error) {
	var p telework.AwardProgram
	err := sqlx.GetContext(ctx, db, &p, query, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("lock award program %d: %w", id, err)
	}
	return &p, nil
}

// UpdateAwardProgram writes the editable fields of p, provided that the stored program is still at
// p.Version, and returns it with its version raised. It returns nil when the program has moved on.
func UpdateAwardProgram(ctx context.Context, db sqlx.QueryerContext, p *telework.AwardProgram) (*telework.AwardProgram, error) {
	var out telework.AwardProgram
	err := sqlx.GetContext(ctx, db, &out, `
		UPDATE award_programs p SET name_ja = $3, name_en = $4, description_ja = $5, description_en = $6,
			entry_opens_at = $7, entry_closes_at = $8, ceremony_event_id = $9, version = p.version + 1
		WHERE p.id = $1 AND p.version = $2
		RETURNING `+awardProgramColumns,
		p.ID, p.Version, p.NameJa, p.NameEn, p.DescriptionJa, p.DescriptionEn,
		p.EntryOpensAt, p.EntryClosesAt, p.CeremonyEventID)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, mapError(fmt.Errorf("update award program %d: %w", p.ID, err))
	}
	return &out, nil
}

// AnnounceAwardProgram sets a program's announcement to now, provided that it is still at
// version, and returns it with its version raised. It returns nil when the program has moved on.
func AnnounceAwardProgram(ctx context.Context, db sqlx.QueryerContext, id int64, version int) (*telework.AwardProgram, error) {
	var out telework.AwardProgram
	err := sqlx.GetContext(ctx, db, &out, `
		UPDATE award_programs p SET announced_at = now(), version = p.version + 1
		WHERE p.id = $1 AND p.version = $2
		RETURNING `+awardProgramColumns, id, version)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("announce award program %d: %w", id, err)
	}
	return &out, nil
}

// LockAwardEntry returns an award entry and locks it against other writers until the transaction
// ends, or nil when there is none.
func LockAwardEntry(ctx context.Context, db sqlx.QueryerContext, id int64) (*telework.AwardEntry, error) {
	var e telework.AwardEntry
	err := sqlx.GetContext(ctx, db, &e, `SELECT `+awardEntryColumns+` FROM award_entries a WHERE a.id = $1 FOR UPDATE`, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("lock award entry %d: %w", id, err)
	}
	return &e, nil
}

// DecideAwardEntry gives an entry a status and a citation (nil: none) and returns it.
func DecideAwardEntry(ctx context.Context, db sqlx.QueryerContext, id int64, status telework.AwardEntryStatus, citation *string) (*telework.AwardEntry, error) {
	var out telework.AwardEntry
	err := sqlx.GetContext(ctx, db, &out, `
		UPDATE award_entries a SET status = $2, citation = $3 WHERE a.id = $1
		RETURNING `+awardEntryColumns, id, status, citation)
	if err != nil {
		return nil, mapError(fmt.Errorf("decide award entry %d: %w", id, err))
	}
	return &out, nil
}
