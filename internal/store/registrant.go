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

const registrantColumns = `r.id, r.version, r.campaign_id, r.kind, r.name, r.name_kana, r.prefecture, r.industry,
	r.employee_count, r.teleworker_count, r.telework_introduced, r.activities, r.publish_name, r.status,
	r.contact_name, r.contact_email, r.contact_phone, r.registered_at`

// registrantScanner reads rows of registrantColumns for lists, by position into destinations of
// the types lib/pq answers, as eventScanner does for events; writes, which read one, keep sqlx.
type registrantScanner struct {
	id, version, campaignID                       int64
	kind, name, status, contactName, contactEmail string
	nameKana, prefecture, industry, contactPhone  sql.Null[string]
	employeeCount, teleworkerCount                sql.Null[int64]
	teleworkIntroduced                            sql.Null[bool]
	activities                                    pq.StringArray
	publishName                                   bool
	registeredAt                                  time.Time
	dest                                          []any
	rows                                          block[scannedRegistrant]
}

type scannedRegistrant struct {
	r                                telework.Registrant
	nameKana, industry, contactPhone string
	prefecture                       telework.Prefecture
	employeeCount, teleworkerCount   int
	teleworkIntroduced               bool
}

func newRegistrantScanner(expectedRows int) *registrantScanner {
	s := &registrantScanner{rows: newBlock[scannedRegistrant](expectedRows)}
	s.dest = []any{&s.id, &s.version, &s.campaignID, &s.kind, &s.name, &s.nameKana, &s.prefecture, &s.industry,
		&s.employeeCount, &s.teleworkerCount, &s.teleworkIntroduced, &s.activities, &s.publishName, &s.status,
		&s.contactName, &s.contactEmail, &s.contactPhone, &s.registeredAt}
	return s
}

// scan reads the current row into a new registrant.
func (s *registrantScanner) scan(rows *sql.Rows) (*telework.Registrant, error) {
	s.activities = nil // the array scanner reuses a slice it is given: each row gets its own
	if err := rows.Scan(s.dest...); err != nil {
		return nil, err
	}
	r := s.rows.next()
	r.r = telework.Registrant{ID: s.id, Version: int(s.version), CampaignID: s.campaignID,
		Kind: telework.RegistrantKind(s.kind), Name: s.name, NameKana: pointTo(&r.nameKana, s.nameKana),
		Industry: pointTo(&r.industry, s.industry), TeleworkIntroduced: pointTo(&r.teleworkIntroduced, s.teleworkIntroduced),
		ActivityList: s.activities, PublishName: s.publishName, Status: telework.RegistrantStatus(s.status),
		ContactName: s.contactName, ContactEmail: s.contactEmail, ContactPhone: pointTo(&r.contactPhone, s.contactPhone),
		RegisteredAt: s.registeredAt, Prefecture: pointToAs(&r.prefecture, s.prefecture, prefectureOf),
		EmployeeCount: pointToAs(&r.employeeCount, s.employeeCount, intOf), TeleworkerCount: pointToAs(&r.teleworkerCount, s.teleworkerCount, intOf)}
	return &r.r, nil
}

// RegistrantScope limits a query to the registrants a viewer may see: those on the public list
// (approved, and consented to be listed), plus all of them or the viewer's own.
type RegistrantScope struct {
	All    bool
	OwnIDs []int64
}

func (s RegistrantScope) apply(c *conditions) {
	switch {
	case s.All:
	case len(s.OwnIDs) > 0:
		c.add(`((r.status = 'APPROVED' AND r.publish_name) OR r.id = ANY(?::bigint[]))`, pq.Array(s.OwnIDs))
	default:
		c.add(`r.status = 'APPROVED' AND r.publish_name`)
	}
}

// RegistrantFilter narrows a list of registrants; nil fields do not narrow it.
type RegistrantFilter struct {
	FiscalYear *int
	Prefecture *telework.Prefecture
	Activity   *telework.ActivityCategory
	Kind       *telework.RegistrantKind
	Status     *telework.RegistrantStatus
	Search     *string
}

func (f RegistrantFilter) apply(c *conditions) {
	if f.FiscalYear != nil {
		c.add(`r.campaign_id = (SELECT id FROM campaigns WHERE fiscal_year = ?)`, *f.FiscalYear)
	}
	if f.Prefecture != nil {
		c.add(`r.prefecture = ?`, string(*f.Prefecture))
	}
	if f.Activity != nil {
		c.add(`r.activities @> ARRAY[?]::text[]`, string(*f.Activity))
	}
	if f.Kind != nil {
		c.add(`r.kind = ?`, string(*f.Kind))
	}
	if f.Status != nil {
		c.add(`r.status = ?`, string(*f.Status))
	}
	if f.Search != nil {
		// The expression of the trigram index registrants_name_search_idx.
		c.add(`(r.name || E'\x1f' || coalesce(r.name_kana, '')) ILIKE ?`, containsPattern(*f.Search))
	}
}

// RegistrantQuery asks for one page of registrants in registration (id) order.
type RegistrantQuery struct {
	Filter RegistrantFilter
	Scope  RegistrantScope
	After  *relay.Cursor
	Limit  int
}

// ListRegistrants returns up to q.Limit registrants matching q, after q.After.
func ListRegistrants(ctx context.Context, db sqlx.QueryerContext, q RegistrantQuery) ([]*telework.Registrant, error) {
	var c conditions
	q.Filter.apply(&c)
	q.Scope.apply(&c)
	if q.After != nil {
		c.add(`r.id > ?`, q.After.Key)
	}
	c.args = append(c.args, q.Limit)
	query := finish(`SELECT ` + registrantColumns + ` FROM registrants r WHERE ` + c.sql() + ` ORDER BY r.id LIMIT ?`)
	out, err := selectRows(ctx, db, q.Limit, newRegistrantScanner(q.Limit).scan, query, c.args...)
	if err != nil {
		return nil, fmt.Errorf("list registrants: %w", err)
	}
	return out, nil
}

// CountRegistrants counts the registrants matching a filter in a scope.
func CountRegistrants(ctx context.Context, db sqlx.QueryerContext, f RegistrantFilter, s RegistrantScope) (int, error) {
	var c conditions
	f.apply(&c)
	s.apply(&c)
	var n int
	if err := sqlx.GetContext(ctx, db, &n, finish(`SELECT count(*) FROM registrants r WHERE `+c.sql()), c.args...); err != nil {
		return 0, fmt.Errorf("count registrants: %w", err)
	}
	return n, nil
}

// RegistrantsByIDs returns the registrants with the given IDs, in any order.
func RegistrantsByIDs(ctx context.Context, db sqlx.QueryerContext, ids []int64) ([]*telework.Registrant, error) {
	out, err := selectRows(ctx, db, len(ids), newRegistrantScanner(len(ids)).scan,
		`SELECT `+registrantColumns+` FROM registrants r WHERE r.id = ANY($1)`, pq.Array(ids))
	if err != nil {
		return nil, fmt.Errorf("registrants by id: %w", err)
	}
	return out, nil
}
