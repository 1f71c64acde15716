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

// UserForLogin returns the staff account of an email (already lower-cased), disabled or not, with
// its password hash, or nil when there is none.
func UserForLogin(ctx context.Context, db sqlx.QueryerContext, email string) (*telework.User, error) {
	var u telework.User
	err := sqlx.GetContext(ctx, db, &u, `
		SELECT id, email, display_name, coalesce(password_hash, '') AS password_hash, disabled_at, created_at FROM users WHERE email = $1`, email)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("user for login: %w", err)
	}
	return &u, nil
}

// login_failures holds the login attempts that have not succeeded: each attempt is recorded before
// its password is checked, and a success deletes its email's rows. Recording first bounds what
// parallel guesses achieve: of attempts racing each other, the k-th to be recorded counts at least
// k rows, so no more attempts than the limit get to check a password.

// InsertLoginAttempt records a login attempt as a failure until it succeeds, and returns its id.
// In the same statement it deletes up to 100 of the oldest rows that are from before purgeBefore,
// so that the table stays small without a scheduled job: each attempt recorded removes more old
// rows than it adds.
func InsertLoginAttempt(ctx context.Context, db sqlx.QueryerContext, email, clientIP string, at, purgeBefore time.Time) (int64, error) {
	var id int64
	err := sqlx.GetContext(ctx, db, &id, `
		WITH purged AS (
			DELETE FROM login_failures
			WHERE id IN (SELECT id FROM login_failures ORDER BY id LIMIT 100) AND at < $4
		)
		INSERT INTO login_failures (email, client_ip, at) VALUES ($1, $2, $3)
		RETURNING id`, email, clientIP, at, purgeBefore)
	if err != nil {
		return 0, fmt.Errorf("insert login attempt: %w", err)
	}
	return id, nil
}

// LoginFailureCounts are the recorded login attempts since a time, for one email and for one
// client address. Each count stops at its cap: the caller only needs to know whether a limit is
// passed, and a capped count reads no more than that many rows of an index.
type LoginFailureCounts struct {
	Email    int `db:"email"`
	ClientIP int `db:"client_ip"`
}

// CountLoginFailures counts the recorded attempts for email and for clientIP at or after since,
// each up to its cap.
func CountLoginFailures(ctx context.Context, db sqlx.QueryerContext, email, clientIP string, since time.Time, emailCap, ipCap int) (LoginFailureCounts, error) {
	var c LoginFailureCounts
	err := sqlx.GetContext(ctx, db, &c, `
		SELECT
			(SELECT count(*) FROM (SELECT FROM login_failures WHERE email = $1 AND at >= $3 LIMIT $4) e) AS email,
			(SELECT count(*) FROM (SELECT FROM login_failures WHERE client_ip = $2 AND at >= $3 LIMIT $5) i) AS client_ip`,
		email, clientIP, since, emailCap, ipCap)
	if err != nil {
		return c, fmt.Errorf("count login failures: %w", err)
	}
	return c, nil
}

// DeleteLoginAttempt forgets one recorded attempt: one that was refused without checking its
// password, so that refused attempts do not prolong a limit.
func DeleteLoginAttempt(ctx context.Context, db sqlx.ExecerContext, id int64) error {
	if _, err := db.ExecContext(ctx, `DELETE FROM login_failures WHERE id = $1`, id); err != nil {
		return fmt.Errorf("delete login attempt: %w", err)
	}
	return nil
}

// ClearLoginFailures forgets the recorded attempts of an email, after a successful login.
func ClearLoginFailures(ctx context.Context, db sqlx.ExecerContext, email string) error {
	if _, err := db.ExecContext(ctx, `DELETE FROM login_failures WHERE email = $1`, email); err != nil {
		return fmt.Errorf("clear login failures: %w", err)
	}
	return nil
}
