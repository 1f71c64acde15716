package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
)

// The purposes of a password token, as password_tokens.purpose stores them.
const (
	PasswordTokenInvitation = "INVITATION" // the first password of an invited account
	PasswordTokenReset      = "RESET"      // a forgotten password
)

// ReplacePasswordToken revokes, as of now, the live tokens of an account of one purpose and records
// a new one by its hash: a new link replaces the old one.
func ReplacePasswordToken(ctx context.Context, db sqlx.ExecerContext, userID int64, purpose string, tokenHash []byte, now, expiresAt time.Time) error {
	if err := revokePasswordTokens(ctx, db, userID, purpose, now); err != nil {
		return err
	}
	_, err := db.ExecContext(ctx, `
		INSERT INTO password_tokens (token_hash, user_id, purpose, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)`,
		tokenHash, userID, purpose, now, expiresAt)
	if err != nil {
		return fmt.Errorf("insert password token: %w", err)
	}
	return nil
}

// revokePasswordTokens revokes the live tokens of an account of one purpose, or of every purpose
// when purpose is "".
func revokePasswordTokens(ctx context.Context, db sqlx.ExecerContext, userID int64, purpose string, now time.Time) error {
	_, err := db.ExecContext(ctx, `
		UPDATE password_tokens SET revoked_at = $3
		WHERE user_id = $1 AND ($2 = '' OR purpose = $2) AND used_at IS NULL AND revoked_at IS NULL`, userID, purpose, now)
	if err != nil {
		return fmt.Errorf("revoke password tokens: %w", err)
	}
	return nil
}

// UsePasswordToken marks a live token of a purpose used, as of now, and returns its account's id;
// 0 when there is no such token (unknown, of the other purpose, expired, used, replaced) or its
// account is disabled. The one UPDATE makes the token single-use under any concurrency: of two
// requests with the same token, one finds it unused. The account's other live tokens are revoked
// in the same statement: once a password is set, no older link sets it again.
func UsePasswordToken(ctx context.Context, db sqlx.QueryerContext, tokenHash []byte, purpose string, now time.Time) (int64, error) {
	var userID int64
	err := sqlx.GetContext(ctx, db, &userID, `
		WITH used AS (
			UPDATE password_tokens t SET used_at = $3
			FROM users u
			WHERE t.token_hash = $1 AND t.purpose = $2 AND t.used_at IS NULL AND t.revoked_at IS NULL
				AND t.expires_at > $3 AND u.id = t.user_id AND u.disabled_at IS NULL
			RETURNING t.user_id
		), others AS (
			UPDATE password_tokens o SET revoked_at = $3
			FROM used
			WHERE o.user_id = used.user_id AND o.token_hash <> $1 AND o.used_at IS NULL AND o.revoked_at IS NULL
		)
		SELECT user_id FROM used`, tokenHash, purpose, now)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("use password token: %w", err)
	}
	return userID, nil
}

// ResetRequest is a request for a forgotten password's link: the token's hash and its message,
// made before the account is looked up, so that an unknown email costs the same work.
type ResetRequest struct {
	Email     string // lower-cased
	TokenHash []byte
	Now       time.Time
	ExpiresAt time.Time
	// Throttle: no new link while the account's last one is younger than this.
	Throttle time.Duration
	// The message, as outbox_messages holds it.
	Kind, Subject, Body string
}

// RequestPasswordReset records a reset link for the live account of an email, and its message in
// the outbox, in one statement that runs whether or not the email has an account: the request
// costs the same round trip either way. The account's older reset links are revoked. Nothing is
// written for an unknown or disabled email, nor when the account's last reset link is younger than
// r.Throttle (so that nobody floods a mailbox). It returns the account's id, 0 when nothing was
// written.
func RequestPasswordReset(ctx context.Context, db sqlx.QueryerContext, r ResetRequest) (int64, error) {
	var userID int64
	err := sqlx.GetContext(ctx, db, &userID, `
		WITH account AS (
			SELECT u.id FROM users u
			WHERE u.email = $1 AND u.disabled_at IS NULL
				AND NOT EXISTS (SELECT 1 FROM password_tokens t WHERE t.user_id = u.id AND t.purpose = 'RESET'
					AND t.created_at > $3::timestamptz - $5 * interval '1 microsecond')
		), revoked AS (
			UPDATE password_tokens t SET revoked_at = $3
			FROM account WHERE t.user_id = account.id AND t.purpose = 'RESET' AND t.used_at IS NULL AND t.revoked_at IS NULL
		), token AS (
			INSERT INTO password_tokens (token_hash, user_id, purpose, created_at, expires_at)
			SELECT $2, id, 'RESET', $3, $4 FROM account
			RETURNING user_id
		), message AS (
			INSERT INTO outbox_messages (kind, object_type, object_id, recipient, subject, body)
			SELECT $6, 'User', user_id, $1, $7, $8 FROM token
		)
		SELECT coalesce((SELECT user_id FROM token), 0)`,
		r.Email, r.TokenHash, r.Now, r.ExpiresAt, r.Throttle.Microseconds(), r.Kind, r.Subject, r.Body)
	if err != nil {
		return 0, fmt.Errorf("request password reset: %w", err)
	}
	return userID, nil
}

// RevokeAllSessions ends, as of now, every live session of a staff account, and returns how many.
func RevokeAllSessions(ctx context.Context, db sqlx.ExecerContext, userID int64, now time.Time) (int64, error) {
	return RevokeOtherSessions(ctx, db, userID, 0, now)
}
