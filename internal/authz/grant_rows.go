package authz

// The role assignments are rows of casbin_rule (g: a role in one ministry; g2: the secretariat's
// role everywhere), and this package is the one that writes that table: the assignments here, in
// the caller's transaction so that a grant and its audit entry commit together; the role templates
// through the Adapter. A trigger on the table raises the policy's version and notifies every
// instance (see watcher.go).

import (
	"context"
	"fmt"

	"github.com/jmoiron/sqlx"

	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
)

// InsertGrant records a role as a Casbin grouping rule: g for a role in one ministry, g2 for the
// secretariat. Granting a role the user already holds changes nothing.
func InsertGrant(ctx context.Context, db sqlx.ExecerContext, userID int64, role telework.Role, ministryCode string) error {
	ptype, v := "g", []any{store.UserSubject(userID), string(role), ministryCode}
	if !role.InMinistry() {
		ptype, v = "g2", []any{store.UserSubject(userID), string(role), ""}
	}
	_, err := db.ExecContext(ctx, `
		INSERT INTO casbin_rule (ptype, v0, v1, v2) VALUES ($1, $2, $3, $4)
		ON CONFLICT (ptype, v0, v1, v2, v3, v4, v5) DO NOTHING`, ptype, v[0], v[1], v[2])
	if err != nil {
		return fmt.Errorf("grant role: %w", err)
	}
	return nil
}

// DeleteGrant removes a role's grouping rule; it reports whether there was one.
func DeleteGrant(ctx context.Context, db sqlx.ExecerContext, userID int64, role telework.Role, ministryCode string) (bool, error) {
	ptype, dom := "g", ministryCode
	if !role.InMinistry() {
		ptype, dom = "g2", ""
	}
	res, err := db.ExecContext(ctx, `
		DELETE FROM casbin_rule WHERE ptype = $1 AND v0 = $2 AND v1 = $3 AND v2 = $4`,
		ptype, store.UserSubject(userID), string(role), dom)
	if err != nil {
		return false, fmt.Errorf("revoke role: %w", err)
	}
	n, err := res.RowsAffected()
	return n > 0, err
}
