package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"
)

// TOTP is an account's time-based one-time password set-up.
type TOTP struct {
	UserID      int64      `db:"user_id"`
	Secret      string     `db:"secret"`
	ConfirmedAt *time.Time `db:"confirmed_at"`
	LastStep    int64      `db:"last_step"`
}

// TOTPOf returns an account's set-up, confirmed or waiting for its first code, or nil when it has
// none. forUpdate locks the row until the transaction ends, so that two codes checked at once see
// each other's step.
func TOTPOf(ctx context.Context, db sqlx.QueryerContext, userID int64, forUpdate bool) (*TOTP, error) {
	query := `SELECT user_id, secret, confirmed_at, last_step FROM staff_totp WHERE user_id = $1`
	if forUpdate {
		query += ` FOR UPDATE`
	}
	var t TOTP
	err := sqlx.GetContext(ctx, db, &t, query, userID)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("totp of user: %w", err)
	}
	return &t, nil
}

// BeginTOTP records a new secret, not yet confirmed, for an account that has no confirmed one,
// replacing an earlier unconfirmed secret. It reports false when the account has a confirmed
// set-up, which it leaves alone.
func BeginTOTP(ctx context.Context, db sqlx.ExecerContext, userID int64, secret string, now time.Time) (bool, error) {
	res, err := db.ExecContext(ctx, `
		INSERT INTO staff_totp (user_id, secret, created_at) VALUES ($1, $2, $3)
		ON CONFLICT (user_id) DO UPDATE SET secret = excluded.secret, created_at = excluded.created_at, last_step = 0
		WHERE staff_totp.confirmed_at IS NULL`, userID, secret, now)
	if err != nil {
		return false, fmt.Errorf("begin totp: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("begin totp: %w", err)
	}
	return n > 0, nil
}

// UseTOTPStep records that a code of step was accepted, confirming the set-up if it was waiting
// (as of now). It reports false, changing nothing, when a code of that step or a later one was
// accepted before: a code works once.
func UseTOTPStep(ctx context.Context, db sqlx.ExecerContext, userID, step int64, now time.Time) (bool, error) {
	res, err := db.ExecContext(ctx, `
		UPDATE staff_totp SET last_step = $2, confirmed_at = coalesce(confirmed_at, $3)
		WHERE user_id = $1 AND last_step < $2`, userID, step, now)
	if err != nil {
		return false, fmt.Errorf("use totp step: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("use totp step: %w", err)
	}
	return n > 0, nil
}

// DeleteTOTP removes an account's set-up and its recovery codes.
func DeleteTOTP(ctx context.Context, db sqlx.ExecerContext, userID int64) error {
	if _, err := db.ExecContext(ctx, `DELETE FROM staff_recovery_codes WHERE user_id = $1`, userID); err != nil {
		return fmt.Errorf("delete recovery codes: %w", err)
	}
	if _, err := db.ExecContext(ctx, `DELETE FROM staff_totp WHERE user_id = $1`, userID); err != nil {
		return fmt.Errorf("delete totp: %w", err)
	}
	return nil
}

// ReplaceRecoveryCodes replaces an account's recovery codes with new ones, by their hashes.
func ReplaceRecoveryCodes(ctx context.Context, db sqlx.ExecerContext, userID int64, hashes [][]byte) error {
	if _, err := db.ExecContext(ctx, `DELETE FROM staff_recovery_codes WHERE user_id = $1`, userID); err != nil {
		return fmt.Errorf("delete recovery codes: %w", err)
	}
	_, err := db.ExecContext(ctx, `
		INSERT INTO staff_recovery_codes (user_id, code_hash) SELECT $1, unnest($2::bytea[])`,
		userID, pq.ByteaArray(hashes))
	if err != nil {
		return fmt.Errorf("insert recovery codes: %w", err)
	}
	return nil
}

// UseRecoveryCode marks an unused recovery code of an account used, as of now, and reports whether
// there was one. The one UPDATE makes the code single-use under any concurrency.
func UseRecoveryCode(ctx context.Context, db sqlx.ExecerContext, userID int64, hash []byte, now time.Time) (bool, error) {
	res, err := db.ExecContext(ctx, `
		UPDATE staff_recovery_codes SET used_at = $3 WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL`,
		userID, hash, now)
	if err != nil {
		return false, fmt.Errorf("use recovery code: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("use recovery code: %w", err)
	}
	return n > 0, nil
}

// TwoStepStatus is where an account stands with two-step sign-in.
type TwoStepStatus struct {
	Enabled           bool `db:"enabled"`
	MFARole           bool `db:"mfa_role"` // see SessionUser.MFARole
	RecoveryCodesLeft int  `db:"recovery_codes_left"`
}

// TwoStepStatusOf tells where an account stands with two-step sign-in.
func TwoStepStatusOf(ctx context.Context, db sqlx.QueryerContext, userID int64) (*TwoStepStatus, error) {
	var st TwoStepStatus
	err := sqlx.GetContext(ctx, db, &st, `
		SELECT EXISTS (SELECT 1 FROM staff_totp WHERE user_id = $1 AND confirmed_at IS NOT NULL) AS enabled,
			EXISTS (SELECT 1 FROM casbin_rule r WHERE r.ptype IN ('g', 'g2') AND r.v0 = 'user:' || $1::bigint
				AND r.v1 IN ('SECRETARIAT', 'MINISTRY_ADMIN')) AS mfa_role,
			(SELECT count(*) FROM staff_recovery_codes WHERE user_id = $1 AND used_at IS NULL) AS recovery_codes_left`, userID)
	if err != nil {
		return nil, fmt.Errorf("two-step status: %w", err)
	}
	return &st, nil
}
