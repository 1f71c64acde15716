package store

import (
	"context"
	"fmt"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"

	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/telework"
)

const applicationColumns = `a.id, a.event_id, a.attendee_name, a.attendee_email, a.organization, a.attendance,
	a.status, a.waitlist_position, a.created_at`

// ApplicationQuery asks for one page of an event's applications, in arrival (id) order.
type ApplicationQuery struct {
	EventID int64
	Status  *telework.ApplicationStatus
	After   *relay.Cursor
	Limit   int
}

func (q ApplicationQuery) apply(c *conditions) {
	c.add(`a.event_id = ?`, q.EventID)
	if q.Status != nil {
		c.add(`a.status = ?`, string(*q.Status))
	}
}

// ListApplications returns up to q.Limit applications of an event, after q.After.
func ListApplications(ctx context.Context, db sqlx.QueryerContext, q ApplicationQuery) ([]*telework.EventApplication, error) {
	var c conditions
	q.apply(&c)
	if q.After != nil {
		c.add(`a.id > ?`, q.After.Key)
	}
	c.args = append(c.args, q.Limit)
	var out []*telework.EventApplication
	query := finish(`SELECT ` + applicationColumns + ` FROM event_applications a WHERE ` + c.sql() + ` ORDER BY a.id LIMIT ?`)
	if err := sqlx.SelectContext(ctx, db, &out, query, c.args...); err != nil {
		return nil, fmt.Errorf("list applications: %w", err)
	}
	return out, nil
}

// CountApplications counts an event's applications, of one status when q.Status is set.
func CountApplications(ctx context.Context, db sqlx.QueryerContext, q ApplicationQuery) (int, error) {
	var c conditions
	q.apply(&c)
	var n int
	if err := sqlx.GetContext(ctx, db, &n, finish(`SELECT count(*) FROM event_applications a WHERE `+c.sql()), c.args...); err != nil {
		return 0, fmt.Errorf("count applications: %w", err)
	}
	return n, nil
}

// ApplicationsByIDs returns the applications with the given IDs, in any order.
func ApplicationsByIDs(ctx context.Context, db sqlx.QueryerContext, ids []int64) ([]*telework.EventApplication, error) {
	var out []*telework.EventApplication
	if err := sqlx.SelectContext(ctx, db, &out, `SELECT `+applicationColumns+` FROM event_applications a WHERE a.id = ANY($1)`, pq.Array(ids)); err != nil {
		return nil, fmt.Errorf("applications by id: %w", err)
	}
	return out, nil
}
