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
