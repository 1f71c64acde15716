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
	a.status, a.waitlist_position, a.created_at, a.reference, a.checked_in_at, a.checked_in_by`

// applicationScanner reads rows of applicationColumns for lists, by position into destinations of
// the types lib/pq answers, as eventScanner does for events (a host's page of 100 applications
// spent a fifth of its CPU in sqlx's mapping by name); writes, which read one, keep sqlx.
type applicationScanner struct {
	id, eventID                                int64
	name, email, attendance, status, reference string
	organization                               sql.Null[string]
	waitlistPosition, checkedInBy              sql.Null[int64]
	createdAt                                  time.Time
	checkedInAt                                sql.Null[time.Time]
	dest                                       []any
	rows                                       block[scannedApplication]
}

type scannedApplication struct {
	a                telework.EventApplication
	organization     string
	waitlistPosition int
	checkedInAt      time.Time
	checkedInBy      int64
}

func newApplicationScanner(expectedRows int) *applicationScanner {
	s := &applicationScanner{rows: newBlock[scannedApplication](expectedRows)}
	s.dest = []any{&s.id, &s.eventID, &s.name, &s.email, &s.organization, &s.attendance, &s.status,
		&s.waitlistPosition, &s.createdAt, &s.reference, &s.checkedInAt, &s.checkedInBy}
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
		WaitlistPosition: pointToAs(&r.waitlistPosition, s.waitlistPosition, intOf), Reference: s.reference,
		CheckedInAt: pointTo(&r.checkedInAt, s.checkedInAt), CheckedInBy: pointTo(&r.checkedInBy, s.checkedInBy)}
	return &r.a, nil
}

// ApplicationQuery asks for one page of an event's applications, in arrival (id) order.
type ApplicationQuery struct {
	EventID int64
	Status  *telework.ApplicationStatus
	Search  *ApplicationSearch
	After   *relay.Cursor
	Limit   int
}

// ApplicationSearch narrows a list of applications to those that match either of its fields; a
// search with neither matches none.
type ApplicationSearch struct {
	// Text is found in the attendee's name, email or organization (without case, literally).
	Text *string
	// Reference is the application's reference, in its stored form (telework.ParseReference).
	Reference *string
}

// applicationSearchText joins the searchable fields of an application with a control character,
// which a search may not hold, so that no match spans two fields. There is no index of it: an
// event's applications are found by event_applications_event_idx (a few thousand at most) and
// filtered, which costs less than keeping a trigram index of every application up to date.
const applicationSearchText = `(a.attendee_name || E'\x1f' || a.attendee_email || E'\x1f' || coalesce(a.organization, ''))`

func (q ApplicationQuery) apply(c *conditions) {
	c.add(`a.event_id = ?`, q.EventID)
	if q.Status != nil {
		c.add(`a.status = ?`, string(*q.Status))
	}
	if s := q.Search; s != nil {
		switch {
		case s.Text != nil && s.Reference != nil:
			c.add(`(`+applicationSearchText+` ILIKE ? OR a.reference = ?)`, containsPattern(*s.Text), *s.Reference)
		case s.Text != nil:
			c.add(applicationSearchText+` ILIKE ?`, containsPattern(*s.Text))
		case s.Reference != nil:
			c.add(`a.reference = ?`, *s.Reference)
		default:
			c.add(`FALSE`)
		}
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
