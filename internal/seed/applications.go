package seed

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"

	"github.com/teleworkmonth/platform/internal/telework"
)

// application is one sign-up; position is 0 unless waitlisted.
type application struct {
	eventID                   int64
	name, email, organization string
	attendance, status        string
	position                  int
	createdAt                 time.Time
}

// generateApplications makes the applications of every event that takes them, as the service
// would have decided them: see seatApplications.
func generateApplications(r *rand.Rand, evs []*event) []*application {
	var all []*application
	for i, e := range evs {
		if e.status == "DRAFT" || e.status == "CANCELLED" {
			continue
		}
		apps := applicants(r, e, i)
		seatApplications(r, e, apps)
		all = append(all, apps...)
	}
	return all
}

// applicants makes an event's applicants in arrival order, between its creation and the close of
// applications (the deadline, or two hours before the start when it has none).
func applicants(r *rand.Rand, e *event, index int) []*application {
	inPersonN, onlineN := demand(r, e)
	closes := e.startsAt.Add(-2 * time.Hour)
	if !e.deadline.IsZero() {
		closes = e.deadline
	}
	closes = notAfter(closes, demoToday) // nobody has applied "in the future" of the demo
	apps := make([]*application, 0, inPersonN+onlineN)
	for k := range inPersonN + onlineN {
		s, n := pick(r, surnames), pick(r, givenNames)
		a := &application{
			eventID:    e.id,
			name:       s.kanji + " " + n.kanji,
			email:      fmt.Sprintf("%s.%s.e%d-%03d-%03d@example.jp", n.roman, s.roman, e.startsAt.Year(), index+1, k+1),
			attendance: "IN_PERSON",
			createdAt:  randomTime(r, e.createdAt.Add(24*time.Hour), closes),
		}
		if k >= inPersonN {
			a.attendance = "ONLINE"
		}
		if chance(r, 0.75) {
			a.organization, _, _ = companyName(r)
		}
		apps = append(apps, a)
	}
	slices.SortStableFunc(apps, func(a, b *application) int { return a.createdAt.Compare(b.createdAt) })
	return apps
}

// demand is how many people apply in person and online. Popular events draw more in-person
// applicants than they have seats.
func demand(r *rand.Rand, e *event) (inPersonN, onlineN int) {
	switch {
	case e.documented:
		inPersonN, onlineN = between(r, 40, 60), between(r, 15, 30)
	case e.ceremony:
		inPersonN, onlineN = between(r, 25, 45), between(r, 10, 25)
	case e.popular:
		inPersonN, onlineN = e.capacity+between(r, 3, 10), between(r, 2, 8)
	default:
		inPersonN, onlineN = between(r, 2, 9), between(r, 1, 6)
	}
	if e.venueJa == "" {
		inPersonN, onlineN = 0, inPersonN+onlineN
	}
	if !e.online {
		onlineN = 0
	}
	return inPersonN, onlineN
}

// seatApplications replays the applications in arrival order as the service decides them: online
// applicants and in-person applicants while seats remain are confirmed, later in-person ones wait
// in line. Then some applicants cancel; a cancelled seat goes to the head of the waitlist. So a
// waitlist exists only while every seat is taken, and never more seats are taken than exist.
func seatApplications(r *rand.Rand, e *event, apps []*application) {
	seats, waitlist := 0, []*application{}
	for _, a := range apps {
		a.status = "CONFIRMED"
		if a.attendance == "IN_PERSON" {
			if e.capacity > 0 && seats >= e.capacity {
				a.status, waitlist = "WAITLISTED", append(waitlist, a)
				continue
			}
			seats++
		}
	}
	for _, i := range r.Perm(len(apps)) {
		a := apps[i]
		if !chance(r, 0.07) || a.status == "CANCELLED" {
			continue
		}
		switch {
		case a.status == "WAITLISTED":
			waitlist = slices.DeleteFunc(waitlist, func(w *application) bool { return w == a })
		case a.attendance == "IN_PERSON" && len(waitlist) > 0:
			waitlist[0].status, waitlist = "CONFIRMED", waitlist[1:]
		}
		a.status = "CANCELLED"
	}
	for i, w := range waitlist {
		w.position = i + 1
	}
}

// insertApplications inserts every application of a campaign in one statement, with references
// drawn from a source of their own (references draws them), so that the rest of the demo data
// does not depend on them.
func insertApplications(ctx context.Context, tx *sqlx.Tx, fiscalYear int, apps []*application) error {
	var eventIDs, positions []int64
	var names, emails, orgs, attendance, status, created []string
	for _, a := range apps {
		eventIDs, positions = append(eventIDs, a.eventID), append(positions, int64(a.position))
		names, emails, orgs = append(names, a.name), append(emails, a.email), append(orgs, a.organization)
		attendance, status, created = append(attendance, a.attendance), append(status, a.status), append(created, ts(a.createdAt))
	}
	refs, err := references(fiscalYear, len(apps))
	if err != nil {
		return err
	}
	// A reference that data already in the database holds (real sign-ups, another campaign's demo)
	// is drawn afresh by the database.
	_, err = tx.ExecContext(ctx, `
		INSERT INTO event_applications (event_id, attendee_name, attendee_email, organization, attendance,
		    status, waitlist_position, created_at, reference)
		SELECT e, n, m, NULLIF(o, ''), a, s, NULLIF(p, 0), c::timestamptz,
		       CASE WHEN EXISTS (SELECT 1 FROM event_applications x WHERE x.reference = r) THEN application_reference() ELSE r END
		FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::text[], $9::text[])
		     AS t(e, n, m, o, a, s, p, c, r)
		ORDER BY c, e`,
		pq.Array(eventIDs), pq.Array(names), pq.Array(emails), pq.Array(orgs), pq.Array(attendance),
		pq.Array(status), pq.Array(positions), pq.Array(created), pq.Array(refs))
	if err != nil {
		return fmt.Errorf("insert applications: %w", err)
	}
	return nil
}

// references draws n distinct application references for a campaign's demo data, the same ones
// on every run.
func references(fiscalYear, n int) ([]string, error) {
	var key [32]byte
	copy(key[:], fmt.Sprintf("telework-demo-references-%d", fiscalYear))
	random := rand.NewChaCha8(key)
	seen := make(map[string]bool, n)
	out := make([]string, 0, n)
	for len(out) < n {
		ref, err := telework.NewReference(random)
		if err != nil {
			return nil, err
		}
		if !seen[ref] {
			seen[ref] = true
			out = append(out, ref)
		}
	}
	return out, nil
}

// updateEventCounters sets each event's seat and waitlist counters from its applications, in the
// same transaction, so that they agree exactly, as the service keeps them.
func updateEventCounters(ctx context.Context, tx *sqlx.Tx, evs []*event) error {
	ids := make([]int64, len(evs))
	for i, e := range evs {
		ids[i] = e.id
	}
	_, err := tx.ExecContext(ctx, `
		UPDATE events e
		SET seats_taken = c.seats, waitlist_length = c.waiting
		FROM (SELECT event_id,
		             count(*) FILTER (WHERE status = 'CONFIRMED' AND attendance = 'IN_PERSON') AS seats,
		             count(*) FILTER (WHERE status = 'WAITLISTED') AS waiting
		      FROM event_applications WHERE event_id = ANY($1) GROUP BY event_id) c
		WHERE e.id = c.event_id`, pq.Array(ids))
	if err != nil {
		return fmt.Errorf("update event counters: %w", err)
	}
	return nil
}
