package main

import (
	"crypto/sha256"
	"database/sql"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/lib/pq"

	"github.com/teleworkmonth/platform/internal/relay"
)

// hostEventQuery is the host's read of one of its events with the first page of its applications,
// personal data included, that both servers answer (the baseline a page of 100 only).
const hostEventQuery = `query ($id: ID!, $first: Int = 100) { event(id: $id) {
	id title { ja en } startsAt status capacity seatsRemaining waitlistLength host { code }
	applications(first: $first) { pageInfo { hasNextPage endCursor } edges { cursor node {
		id attendeeName attendeeEmail organization attendance status waitlistPosition createdAt } } } } }`

const applicationsPage = 100

type hostEventJSON struct {
	ID             string `json:"id"`
	Title          text   `json:"title"`
	StartsAt       string `json:"startsAt"`
	Status         string `json:"status"`
	Capacity       *int   `json:"capacity"`
	SeatsRemaining *int   `json:"seatsRemaining"`
	WaitlistLength int    `json:"waitlistLength"`
	Host           struct {
		Code string `json:"code"`
	} `json:"host"`
	Applications struct {
		PageInfo pageInfo          `json:"pageInfo"`
		Edges    []applicationEdge `json:"edges"`
	} `json:"applications"`
}

type applicationEdge struct {
	Cursor string          `json:"cursor"`
	Node   applicationJSON `json:"node"`
}

type applicationJSON struct {
	ID               string  `json:"id"`
	AttendeeName     *string `json:"attendeeName"`
	AttendeeEmail    *string `json:"attendeeEmail"`
	Organization     *string `json:"organization"`
	Attendance       string  `json:"attendance"`
	Status           string  `json:"status"`
	WaitlistPosition *int    `json:"waitlistPosition"`
	CreatedAt        string  `json:"createdAt"`
}

type hostEventAnswer struct {
	Data struct {
		Event *hostEventJSON `json:"event"`
	} `json:"data"`
}

// hostEvent answers the host's read of an event (?id=<global ID>) with four statements: the
// session of the bearer token (by its SHA-256, live: not expired, not revoked, the account not
// disabled), the event with its host's and co-hosts' codes, what the user's roles grant in those
// ministries (the casbin_rule rows: its role in each ministry and the secretariat's role, joined
// to the roles' templates), and one keyset query for the page of applications. Personal data is
// left null for a role that may read applications but not personal data.
func (b *baseline) hostEvent(r *http.Request, q *querier) (any, error) {
	ctx := r.Context()
	eventID, err := relay.ParseIDOf(relay.KindEvent, r.URL.Query().Get("id"))
	if err != nil {
		return nil, &httpError{http.StatusBadRequest, "id: not an event ID"}
	}
	token, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok || !strings.HasPrefix(token, "tms_") {
		return nil, &httpError{http.StatusUnauthorized, "a staff session token is needed"}
	}
	hash := sha256.Sum256([]byte(token))
	var userID int64
	err = q.queryRow(ctx, `
		SELECT s.user_id FROM sessions s JOIN users u ON u.id = s.user_id
		WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.disabled_at IS NULL`,
		hash[:]).Scan(&userID)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, &httpError{http.StatusUnauthorized, "the credential is not valid"}
	}
	if err != nil {
		return nil, err
	}

	var (
		ans        hostEventAnswer
		e          hostEventJSON
		start      time.Time
		taken      int
		ministries pq.StringArray // the host first, then the co-hosts
	)
	err = q.queryRow(ctx, `
		SELECT e.title_ja, e.title_en, e.starts_at, e.status, e.capacity, e.seats_taken, e.waitlist_length,
		       ARRAY[m.code] || ARRAY(SELECT cm.code FROM event_cohosts c JOIN ministries cm ON cm.id = c.ministry_id
		                               WHERE c.event_id = e.id)
		FROM events e JOIN ministries m ON m.id = e.host_ministry_id WHERE e.id = $1`, eventID).
		Scan(&e.Title.Ja, &e.Title.En, &start, &e.Status, &e.Capacity, &taken, &e.WaitlistLength, &ministries)
	if errors.Is(err, sql.ErrNoRows) {
		return &ans, nil
	}
	if err != nil {
		return nil, err
	}

	var read, readPersonal, readDraft bool
	err = q.queryRow(ctx, `
		SELECT coalesce(bool_or(p.v1 = 'application' AND p.v2 = 'read'), false),
		       coalesce(bool_or(p.v1 = 'application' AND p.v2 = 'read_personal'), false),
		       coalesce(bool_or(p.v1 = 'event' AND p.v2 = 'read_draft'), false)
		FROM casbin_rule g JOIN casbin_rule p ON p.ptype = 'p' AND p.v0 = g.v1
		WHERE (g.ptype = 'g' AND g.v0 = $1 AND g.v2 = ANY($2)) OR (g.ptype = 'g2' AND g.v0 = $1)`,
		"user:"+strconv.FormatInt(userID, 10), ministries).Scan(&read, &readPersonal, &readDraft)
	if err != nil {
		return nil, err
	}
	if e.Status == "DRAFT" && !readDraft {
		return &ans, nil
	}
	if !read {
		return nil, &httpError{http.StatusForbidden, "only the staff of the event's host and co-hosts may read its applications"}
	}

	e.ID = relay.ID(relay.KindEvent, eventID)
	e.StartsAt = start.UTC().Format(time.RFC3339)
	e.Host.Code = ministries[0]
	if e.Capacity != nil {
		left := max(*e.Capacity-taken, 0)
		e.SeatsRemaining = &left
	}
	rows, err := q.query(ctx, `
		SELECT id, attendee_name, attendee_email, organization, attendance, status, waitlist_position, created_at
		FROM event_applications WHERE event_id = $1 ORDER BY id LIMIT $2`, eventID, applicationsPage+1)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	page := &e.Applications
	page.Edges = []applicationEdge{}
	for rows.Next() {
		var (
			a           applicationJSON
			id          int64
			name, email string
			created     time.Time
		)
		if err := rows.Scan(&id, &name, &email, &a.Organization, &a.Attendance, &a.Status, &a.WaitlistPosition, &created); err != nil {
			return nil, err
		}
		if len(page.Edges) == applicationsPage {
			page.PageInfo.HasNextPage = true
			break
		}
		a.ID = relay.ID(relay.KindEventApplication, id)
		a.CreatedAt = created.UTC().Format(time.RFC3339)
		if readPersonal {
			a.AttendeeName, a.AttendeeEmail = &name, &email
		} else {
			a.Organization = nil
		}
		cursor := relay.EncodeCursor(relay.ListApplications, relay.Cursor{Key: id})
		page.Edges = append(page.Edges, applicationEdge{Cursor: cursor, Node: a})
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if n := len(page.Edges); n > 0 {
		page.PageInfo.EndCursor = &page.Edges[n-1].Cursor
	}
	ans.Data.Event = &e
	return &ans, nil
}
