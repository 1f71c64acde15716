package store

import (
	"context"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"

	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/telework"
)

// StaffScope limits the staff list to what a viewer may read: every account, or those holding a
// role in some ministries.
type StaffScope struct {
	All           bool
	MinistryCodes []string
}

// StaffFilter narrows the staff list: Search is found in the email or the display name.
type StaffFilter struct {
	Search string
}

// staffColumns are what the staff list shows of an account: never its password hash.
const staffColumns = `u.id, u.email, u.display_name, u.invited_at, u.created_at,
	CASE WHEN u.disabled_at IS NOT NULL THEN 'DISABLED' WHEN u.password_hash IS NULL THEN 'INVITED' ELSE 'ACTIVE' END AS status`

func staffConditions(scope StaffScope, f StaffFilter) conditions {
	var c conditions
	if !scope.All {
		// A role in one of the ministries: the g rules of the account's subject.
		c.add(`EXISTS (SELECT 1 FROM casbin_rule r WHERE r.ptype = 'g' AND r.v0 = 'user:' || u.id AND r.v2 = ANY(?))`,
			pq.StringArray(scope.MinistryCodes))
	}
	if f.Search != "" {
		c.add(`(u.email || E'\x1f' || u.display_name) ILIKE ?`, containsPattern(f.Search))
	}
	return c
}

// ListStaff returns up to limit staff accounts of a scope, oldest first, after the cursor's.
func ListStaff(ctx context.Context, db sqlx.QueryerContext, scope StaffScope, f StaffFilter, after *relay.Cursor, limit int) ([]*telework.StaffMember, error) {
	c := staffConditions(scope, f)
	if after != nil {
		c.add(`u.id > ?`, after.Key)
	}
	c.args = append(c.args, limit)
	var out []*telework.StaffMember
	query := finish(`SELECT ` + staffColumns + ` FROM users u WHERE ` + c.sql() + ` ORDER BY u.id LIMIT ?`)
	if err := sqlx.SelectContext(ctx, db, &out, query, c.args...); err != nil {
		return nil, fmt.Errorf("list staff: %w", err)
	}
	return out, nil
}

// CountStaff counts the staff accounts of a scope that match a filter.
func CountStaff(ctx context.Context, db sqlx.QueryerContext, scope StaffScope, f StaffFilter) (int, error) {
	c := staffConditions(scope, f)
	var n int
	if err := sqlx.GetContext(ctx, db, &n, finish(`SELECT count(*) FROM users u WHERE `+c.sql()), c.args...); err != nil {
		return 0, fmt.Errorf("count staff: %w", err)
	}
	return n, nil
}

// StaffMemberByEmail returns the staff account of an email, as the staff list shows it, or nil.
func StaffMemberByEmail(ctx context.Context, db sqlx.QueryerContext, email string) (*telework.StaffMember, error) {
	var out []*telework.StaffMember
	if err := sqlx.SelectContext(ctx, db, &out, `SELECT `+staffColumns+` FROM users u WHERE u.email = lower($1)`, email); err != nil {
		return nil, fmt.Errorf("staff member by email: %w", err)
	}
	if len(out) == 0 {
		return nil, nil
	}
	return out[0], nil
}

// RoleGrant is a role a staff account holds: in a ministry, or in every one ("" for the
// secretariat).
type RoleGrant struct {
	UserID       int64  `db:"user_id"`
	Role         string `db:"role"`
	MinistryCode string `db:"ministry_code"`
}

// RoleGrantsOfUsers reads the roles of several staff accounts in one statement, in the order of
// the accounts, then of ministry and role.
func RoleGrantsOfUsers(ctx context.Context, db sqlx.QueryerContext, userIDs []int64) ([]RoleGrant, error) {
	if len(userIDs) == 0 {
		return nil, nil
	}
	subjects := make(pq.StringArray, len(userIDs))
	for i, id := range userIDs {
		subjects[i] = UserSubject(id)
	}
	var out []RoleGrant
	err := sqlx.SelectContext(ctx, db, &out, `
		SELECT substr(v0, 6)::bigint AS user_id, v1 AS role, v2 AS ministry_code FROM casbin_rule
		WHERE ((ptype = 'g' AND v2 <> '') OR ptype = 'g2') AND v0 = ANY($1)
		ORDER BY user_id, ministry_code, role`, subjects)
	if err != nil {
		return nil, fmt.Errorf("roles of staff: %w", err)
	}
	return out, nil
}

// InsertPendingUser creates a staff account without a password (invited) and returns its id.
func InsertPendingUser(ctx context.Context, db sqlx.QueryerContext, email, displayName string, invitedAt time.Time) (int64, error) {
	var id int64
	err := sqlx.GetContext(ctx, db, &id, `
		INSERT INTO users (email, display_name, invited_at) VALUES ($1, $2, $3) RETURNING id`, email, displayName, invitedAt)
	if err != nil {
		return 0, mapError(fmt.Errorf("insert pending user: %w", err))
	}
	return id, nil
}

// ReinviteUser sets the display name and the time of invitation of a pending account.
func ReinviteUser(ctx context.Context, db sqlx.ExecerContext, userID int64, displayName string, invitedAt time.Time) error {
	_, err := db.ExecContext(ctx, `UPDATE users SET display_name = $2, invited_at = $3 WHERE id = $1`, userID, displayName, invitedAt)
	if err != nil {
		return fmt.Errorf("reinvite user: %w", err)
	}
	return nil
}

// SetPassword sets the password hash of an account and returns its email.
func SetPassword(ctx context.Context, db sqlx.QueryerContext, userID int64, passwordHash string) (string, error) {
	var email string
	if err := sqlx.GetContext(ctx, db, &email, `UPDATE users SET password_hash = $2 WHERE id = $1 RETURNING email`, userID, passwordHash); err != nil {
		return "", fmt.Errorf("set password: %w", err)
	}
	return email, nil
}
