package main

import (
	"context"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"

	"github.com/teleworkmonth/platform/internal/auth"
)

// hostEmail is the staff account that reads its ministry's events with their applications: an
// admin of the host ministry, the role that reads applicants' personal data.
const hostEmail = "host-admin@bench.example.jp"

// maxHostEvents is how many events the host's read goes round.
const maxHostEvents = 20

// fixtures are what the operations need of the loaded data: who signs in, which events they read or
// sign up for, and the host's session token once it has logged in.
type fixtures struct {
	hostMinistry string  // code of the host ministry of hostEvents
	hostEvents   []int64 // its events with at least 100 applications, none open for sign-ups
	signUpEvents []int64 // events open for sign-ups
	staff        int     // staff1…staffN@bench.example.jp, each with benchPassword
	token        string  // the host's session token (from login), once an operation has logged in
	nonce        int64   // makes the sign-ups of this run distinct from any other's
}

// prepareFixtures finds the events the operations use and makes the host's account: a
// MINISTRY_ADMIN of the ministry that hosts the most events with at least 100 applications.
func prepareFixtures(ctx context.Context, db *sqlx.DB, n dataSize) (*fixtures, error) {
	f := &fixtures{staff: n.Users, nonce: time.Now().UnixNano()}
	if err := f.findEvents(ctx, db); err != nil {
		return nil, err
	}
	hash, err := auth.HashPassword(benchPassword)
	if err != nil {
		return nil, err
	}
	var userID int64
	if err := db.GetContext(ctx, &userID, `
		INSERT INTO users (email, display_name, password_hash) VALUES ($1, 'ベンチ 主催省庁 管理者', $2) RETURNING id`,
		hostEmail, hash); err != nil {
		return nil, fmt.Errorf("the host's account: %w", err)
	}
	if _, err := db.ExecContext(ctx, `INSERT INTO casbin_rule (ptype, v0, v1, v2) VALUES ('g', $1, 'MINISTRY_ADMIN', $2)`,
		fmt.Sprintf("user:%d", userID), f.hostMinistry); err != nil {
		return nil, fmt.Errorf("the host's role: %w", err)
	}
	return f, nil
}

// grown finds the events again once the database has grown to n: the host's ministry and account
// stay, its events are looked up anew (the first ones by id, so mostly the same as before).
func (f *fixtures) grown(ctx context.Context, db *sqlx.DB, n dataSize) error {
	f.staff, f.signUpEvents, f.hostEvents = n.Users, nil, nil
	return f.findEvents(ctx, db)
}

// findEvents finds the events open for sign-ups, and the host's events: up to maxHostEvents with
// at least 100 applications, of f.hostMinistry, or when none is chosen yet of the ministry that
// hosts the most of them.
func (f *fixtures) findEvents(ctx context.Context, db *sqlx.DB) error {
	if err := db.SelectContext(ctx, &f.signUpEvents, `
		SELECT id FROM events
		WHERE status = 'PUBLISHED' AND application_deadline IS NULL AND starts_at > now() + interval '1 day'
			AND venue_name_ja IS NOT NULL AND online_streaming
		ORDER BY id`); err != nil {
		return fmt.Errorf("events open for sign-ups: %w", err)
	}
	if len(f.signUpEvents) == 0 {
		return fmt.Errorf("the synthetic campaign has no event open for sign-ups")
	}
	var popular []struct {
		ID       int64  `db:"id"`
		Ministry string `db:"code"`
	}
	// NOT IN a subquery, unlike <> ALL of the array, is a hashed lookup: at scale 50 there are
	// 25,000 events open for sign-ups and a million events to check.
	if err := db.SelectContext(ctx, &popular, `
		SELECT e.id, m.code FROM events e JOIN ministries m ON m.id = e.host_ministry_id
		WHERE e.status <> 'DRAFT' AND e.id NOT IN (SELECT unnest($1::bigint[]))
			AND (SELECT count(*) FROM event_applications a WHERE a.event_id = e.id) >= 100
		ORDER BY e.id`, pq.Array(f.signUpEvents)); err != nil {
		return fmt.Errorf("events with 100 applications: %w", err)
	}
	if f.hostMinistry == "" {
		perMinistry := map[string]int{}
		for _, p := range popular {
			perMinistry[p.Ministry]++
			if perMinistry[p.Ministry] > perMinistry[f.hostMinistry] || f.hostMinistry == "" {
				f.hostMinistry = p.Ministry
			}
		}
	}
	for _, p := range popular {
		if p.Ministry == f.hostMinistry && len(f.hostEvents) < maxHostEvents {
			f.hostEvents = append(f.hostEvents, p.ID)
		}
	}
	if len(f.hostEvents) == 0 {
		return fmt.Errorf("the synthetic campaign has no event with 100 applications")
	}
	return nil
}
