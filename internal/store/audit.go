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

// InsertAuditEntry records a change; call it in the transaction of the change.
func InsertAuditEntry(ctx context.Context, db sqlx.ExtContext, e telework.AuditEntry) error {
	_, err := db.ExecContext(ctx, `
		INSERT INTO audit_entries (actor, ministry_id, action, object_type, object_id, before, after)
		VALUES ($1, $2, $3, $4, $5, $6, $7)`,
		e.Actor, e.MinistryID, e.Action, e.ObjectType, e.ObjectID, nullJSON(e.Before), nullJSON(e.After))
	if err != nil {
		return fmt.Errorf("insert audit entry: %w", err)
	}
	return nil
}

// nullJSON is a JSON document as a jsonb parameter: text, since []byte parameters go to the
// server in binary form (binary_parameters, see Open), which for jsonb is another format.
func nullJSON(b []byte) any {
	if len(b) == 0 {
		return nil
	}
	return string(b)
}

// AuditScope limits the audit log to what a viewer may read: every entry, or those of some
// ministries.
type AuditScope struct {
	All           bool
	MinistryCodes []string
}

// AuditFilter narrows the audit log; every field set must hold. The audit service validates it.
type AuditFilter struct {
	ActorEmail *string // the staff account that acted, its email in lower case
	ObjectType *string // e.g. Event
	Since      *time.Time
	Until      *time.Time
}

// AuditQuery asks for one page of the audit log, newest first.
type AuditQuery struct {
	Scope        AuditScope
	MinistryCode *string
	Filter       AuditFilter
	After        *relay.Cursor
	Limit        int
}

// apply adds the query's scope and filter. Each filter has an index that leads with its column and
// ends with id (migration 00016), so that a page stays a short walk down one index, newest first.
func (q AuditQuery) apply(c *conditions) {
	if !q.Scope.All {
		c.add(`a.ministry_id IN (SELECT id FROM ministries WHERE code = ANY(?::text[]))`, pq.Array(q.Scope.MinistryCodes))
	}
	if q.MinistryCode != nil {
		c.add(`a.ministry_id = (SELECT id FROM ministries WHERE code = ?)`, *q.MinistryCode)
	}
	f := q.Filter
	if f.ActorEmail != nil {
		// No such account: the subquery is NULL and nothing matches, as for an account that did nothing.
		c.add(`a.actor = 'user:' || (SELECT id FROM users WHERE email = ?)`, *f.ActorEmail)
	}
	if f.ObjectType != nil {
		c.add(`a.object_type = ?`, *f.ObjectType)
	}
	if f.Since != nil {
		c.add(`a.at >= ?`, *f.Since)
	}
	if f.Until != nil {
		c.add(`a.at < ?`, *f.Until)
	}
}

// auditColumns are an entry's columns, with the email of its actor when that is a staff account.
const auditColumns = `a.id, a.at, a.actor, a.ministry_id, a.action, a.object_type, a.object_id, a.before, a.after,
	CASE WHEN a.actor ~ '^user:[0-9]+$' THEN (SELECT u.email FROM users u WHERE u.id = substr(a.actor, 6)::bigint) END AS actor_email`

// ListAuditEntries returns up to q.Limit entries, newest first, after q.After.
func ListAuditEntries(ctx context.Context, db sqlx.QueryerContext, q AuditQuery) ([]*telework.AuditEntry, error) {
	var c conditions
	q.apply(&c)
	if q.After != nil {
		c.add(`a.id < ?`, q.After.Key)
	}
	c.args = append(c.args, q.Limit)
	var out []*telework.AuditEntry
	query := finish(`SELECT ` + auditColumns + ` FROM audit_entries a WHERE ` + c.sql() + ` ORDER BY a.id DESC LIMIT ?`)
	if err := sqlx.SelectContext(ctx, db, &out, query, c.args...); err != nil {
		return nil, fmt.Errorf("list audit entries: %w", err)
	}
	return out, nil
}

// AuditEntryByID returns the entry with an id when it is in q's scope and ministry, else nil.
func AuditEntryByID(ctx context.Context, db sqlx.QueryerContext, q AuditQuery, id int64) (*telework.AuditEntry, error) {
	var c conditions
	q.apply(&c)
	c.add(`a.id = ?`, id)
	var out []*telework.AuditEntry
	query := finish(`SELECT ` + auditColumns + ` FROM audit_entries a WHERE ` + c.sql())
	if err := sqlx.SelectContext(ctx, db, &out, query, c.args...); err != nil {
		return nil, fmt.Errorf("audit entry by id: %w", err)
	}
	if len(out) == 0 {
		return nil, nil
	}
	return out[0], nil
}

// CountAuditEntries counts the entries of a query's scope and ministry.
func CountAuditEntries(ctx context.Context, db sqlx.QueryerContext, q AuditQuery) (int, error) {
	var c conditions
	q.apply(&c)
	var n int
	if err := sqlx.GetContext(ctx, db, &n, finish(`SELECT count(*) FROM audit_entries a WHERE `+c.sql()), c.args...); err != nil {
		return 0, fmt.Errorf("count audit entries: %w", err)
	}
	return n, nil
}
