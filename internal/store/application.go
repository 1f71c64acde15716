package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"

	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/telework"
)

const applicationColumns = `a.id, a.event_id, a.attendee_name, a.attendee_email, a.organization, a.attendance,
	a.status, a.waitlist_position, a.created_at`

// applicationScanner reads rows of applicationColumns for lists, by position into destinations of
// the types lib/pq answers, as eventScanner does for events (a host's page of 100 applications
// spent a fifth of its CPU in sqlx's mapping by name); writes, which read one, keep sqlx.
type applicationScanner struct {
	id, eventID                     int64
	name, email, attendance, status string
	organization                    sql.Null[string]
	waitlistPosition                sql.Null[int64]
	createdAt                       time.Time
	dest                            []any
	rows                            block[scannedApplication]
}

type scannedApplication struct {
	a                telework.EventApplication
	organization     string
	waitlistPosition int
}

func newApplicationScanner(expectedRows int) *applicationScanner {
	s := &applicationScanner{rows: newBlock[scannedApplication](expectedRows)}
	s.dest = []any{&s.id, &s.eventID, &s.name, &s.email, &s.organization, &s.attendance, &s.status,
		&s.waitlistPosition, &s.createdAt}
	return s
}

// scan reads the current row into a new application.
func (s *applicationScanner) scan(rows *sql.Rows) (*telework.EventApplication, error) {
	if err := rows.Scan(s.dest...); err != nil {
		return nil, err
	}
	r := s.rows.next()
	r.a = telework.EventApplication{ID: s.id, EventID: s.eventID, AttendeeName: s.name, AttendeeEmail: s.email,
		Organization: pointTo(&r.organization, s.organization), Attendance: telework.Attendance(s.attendance),
		Status: telework.ApplicationStatus(s.status), CreatedAt: s.createdAt,
		WaitlistPosition: pointToAs(&r.waitlistPosition, s.waitlistPosition, intOf)}
	return &r.a, nil
}

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
	query := finish(`SELECT ` + applicationColumns + ` FROM event_applications a WHERE ` + c.sql() + ` ORDER BY a.id LIMIT ?`)
	out, err := selectRows(ctx, db, q.Limit, newApplicationScanner(q.Limit).scan, query, c.args...)
	if err != nil {
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
	out, err := selectRows(ctx, db, len(ids), newApplicationScanner(len(ids)).scan,
		`SELECT `+applicationColumns+` FROM event_applications a WHERE a.id = ANY($1)`, pq.Array(ids))
	if err != nil {
		return nil, fmt.Errorf("applications by id: %w", err)
	}
	return out, nil
}
