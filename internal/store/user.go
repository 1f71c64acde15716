package store

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/jmoiron/sqlx"

	"github.com/teleworkmonth/platform/internal/telework"
)

// InsertUser creates a staff account and returns it. A taken email is CONFLICT (see errors.go).
func InsertUser(ctx context.Context, db sqlx.QueryerContext, email, displayName, passwordHash string) (*telework.User, error) {
	var u telework.User
	err := sqlx.GetContext(ctx, db, &u, `
		INSERT INTO users (email, display_name, password_hash) VALUES ($1, $2, $3)
		RETURNING id, email, display_name, coalesce(password_hash, '') AS password_hash, disabled_at, created_at`, email, displayName, passwordHash)
	if err != nil {
		return nil, mapError(fmt.Errorf("insert user: %w", err))
	}
	return &u, nil
}

// userSubjectPrefix begins the Casbin subject of every staff account.
const userSubjectPrefix = "user:"

// UserSubject is the Casbin subject of a staff account.
func UserSubject(userID int64) string { return userSubjectPrefix + strconv.FormatInt(userID, 10) }

// IsUserSubject reports whether a Casbin subject names a staff account: only those hold roles.
func IsUserSubject(sub string) bool { return strings.HasPrefix(sub, userSubjectPrefix) }

// InsertRoleGrant records a role as a Casbin grouping rule: g for a role in one ministry, g2 for the
// secretariat. Granting a role the user already holds changes nothing.
func InsertRoleGrant(ctx context.Context, db sqlx.ExecerContext, userID int64, role telework.Role, ministryCode string) error {
	ptype, v := "g", []any{UserSubject(userID), string(role), ministryCode}
	if !role.InMinistry() {
		ptype, v = "g2", []any{UserSubject(userID), string(role), ""}
	}
	_, err := db.ExecContext(ctx, `
		INSERT INTO casbin_rule (ptype, v0, v1, v2) VALUES ($1, $2, $3, $4)
		ON CONFLICT (ptype, v0, v1, v2, v3, v4, v5) DO NOTHING`, ptype, v[0], v[1], v[2])
	if err != nil {
		return fmt.Errorf("grant role: %w", err)
	}
	return nil
}

// UserByEmail returns the staff account with an email (compared lower-cased), or nil.
func UserByEmail(ctx context.Context, db sqlx.QueryerContext, email string) (*telework.User, error) {
	var users []*telework.User
	err := sqlx.SelectContext(ctx, db, &users, `
		SELECT id, email, display_name, coalesce(password_hash, '') AS password_hash, disabled_at, created_at FROM users WHERE email = lower($1)`, email)
	if err != nil || len(users) == 0 {
		return nil, err
	}
	return users[0], nil
}

// DeleteRoleGrant removes a role's grouping rule; it reports whether there was one.
func DeleteRoleGrant(ctx context.Context, db sqlx.ExecerContext, userID int64, role telework.Role, ministryCode string) (bool, error) {
	ptype, dom := "g", ministryCode
	if !role.InMinistry() {
		ptype, dom = "g2", ""
	}
	res, err := db.ExecContext(ctx, `
		DELETE FROM casbin_rule WHERE ptype = $1 AND v0 = $2 AND v1 = $3 AND v2 = $4`,
		ptype, UserSubject(userID), string(role), dom)
	if err != nil {
		return false, fmt.Errorf("revoke role: %w", err)
	}
	n, err := res.RowsAffected()
	return n > 0, err
}
