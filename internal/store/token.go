package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
)

// The kinds of record token, as record_tokens.kind stores them.
const (
	RecordTokenRegistrant  = "REGISTRANT"
	RecordTokenApplication = "APPLICATION"
)

// InsertRecordToken records a registrant or application token by the SHA-256 hash of the token.
// kind is RecordTokenRegistrant or RecordTokenApplication; recordID the registrant's or the
// application's id. An unknown record is BAD_USER_INPUT (a foreign key).
func InsertRecordToken(ctx context.Context, db sqlx.ExecerContext, tokenHash []byte, kind string, recordID int64, createdAt, expiresAt time.Time) error {
	var registrantID, applicationID *int64
	switch kind {
	case RecordTokenRegistrant:
		registrantID = &recordID
	case RecordTokenApplication:
		applicationID = &recordID
	default:
		return fmt.Errorf("unknown record token kind %q", kind)
	}
	_, err := db.ExecContext(ctx, `
		INSERT INTO record_tokens (token_hash, kind, registrant_id, application_id, created_at, expires_at)
		VALUES ($1, $2, $3, $4, $5, $6)`, tokenHash, kind, registrantID, applicationID, createdAt, expiresAt)
	if err != nil {
		return mapError(fmt.Errorf("insert record token: %w", err))
	}
	return nil
}

// RecordTokenByHash returns the id of the record a live token of the kind names, or 0 when there
// is no such token as of now (unknown, of another kind, expired or revoked).
func RecordTokenByHash(ctx context.Context, db sqlx.QueryerContext, tokenHash []byte, kind string, now time.Time) (int64, error) {
	var id int64
	err := sqlx.GetContext(ctx, db, &id, `
		SELECT coalesce(registrant_id, application_id) FROM record_tokens
		WHERE token_hash = $1 AND kind = $2 AND revoked_at IS NULL AND expires_at > $3`, tokenHash, kind, now)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("record token by hash: %w", err)
	}
	return id, nil
}

// RevokeRecordTokens revokes, as of now, every live token of the kind for one record.
func RevokeRecordTokens(ctx context.Context, db sqlx.ExecerContext, kind string, recordID int64, now time.Time) error {
	var query string
	switch kind {
	case RecordTokenRegistrant:
		query = `UPDATE record_tokens SET revoked_at = $2 WHERE registrant_id = $1 AND revoked_at IS NULL`
	case RecordTokenApplication:
		query = `UPDATE record_tokens SET revoked_at = $2 WHERE application_id = $1 AND revoked_at IS NULL`
	default:
		return fmt.Errorf("unknown record token kind %q", kind)
	}
	if _, err := db.ExecContext(ctx, query, recordID, now); err != nil {
		return fmt.Errorf("revoke record tokens: %w", err)
	}
	return nil
}
