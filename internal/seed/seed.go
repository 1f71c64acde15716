// Package seed holds the demo data of Telework Month: the ministries, the campaigns of FY2017 and
// FY2023 as the campaign's own documents describe them, the later campaigns up to the current
// FY2026 one, and a deterministic spread of synthetic registrants, events, applications and award
// entries so that the playground has something to show.
//
// It is loaded by `server seed-demo` and by the development run command, never in production by
// default. Every personal name, company, local government, contact and venue it invents is
// synthetic: contacts use example.jp addresses and 03-0000-xxxx numbers.
package seed

import (
	"context"
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/jmoiron/sqlx"
)

// Summary counts what exists in the database after Demo, demo data or not.
type Summary struct {
	Campaigns     int `db:"campaigns"`
	Ministries    int `db:"ministries"`
	Events        int `db:"events"`
	Registrants   int `db:"registrants"`
	Applications  int `db:"applications"`
	AwardPrograms int `db:"award_programs"`
	AwardEntries  int `db:"award_entries"`
	// ExampleEvent is true when the database has the README's example event (see ExampleEventID).
	ExampleEvent bool `db:"-"`
}

// lockKey is the pg_advisory_xact_lock key of the demo load ("seeddemo" in ASCII), so that two
// processes started at once (say, several instances of the development run command) load it once.
const lockKey int64 = 0x7365656464656d6f

// seedBase seeds every campaign's generator together with the fiscal year: each campaign draws
// from its own stream, so the data of one campaign does not depend on whether another was loaded.
const seedBase uint64 = 0x7465_6c65_776f_726b

// Demo loads the demo data in one transaction and returns the counts afterwards.
//
// It is idempotent: ministries (by code) and campaigns (by fiscal year) are upserted without
// overwriting values a database already holds, and the rest of a campaign's data (registrants,
// events, applications, award programs and entries) is inserted only when that campaign has none
// of it yet. Data that is not the demo's is never updated or deleted. The one exception to the
// demo's fixed dates is the example event, whose dates follow the time it is loaded and move
// forward as time goes on: see ExampleEventID.
func Demo(ctx context.Context, db *sqlx.DB) (Summary, error) {
	tx, err := db.BeginTxx(ctx, nil)
	if err != nil {
		return Summary{}, fmt.Errorf("seed: begin: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck // after Commit this is a no-op

	if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, lockKey); err != nil {
		return Summary{}, fmt.Errorf("seed: lock: %w", err)
	}
	now := time.Now()
	if err := load(ctx, tx, now); err != nil {
		return Summary{}, fmt.Errorf("seed: %w", err)
	}
	sum, err := count(ctx, tx)
	if err != nil {
		return Summary{}, fmt.Errorf("seed: count: %w", err)
	}
	if sum.ExampleEvent, err = refreshExampleEvent(ctx, tx, now); err != nil {
		return Summary{}, fmt.Errorf("seed: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return Summary{}, fmt.Errorf("seed: commit: %w", err)
	}
	return sum, nil
}

func load(ctx context.Context, tx *sqlx.Tx, now time.Time) error {
	ministryIDs, err := upsertMinistries(ctx, tx)
	if err != nil {
		return err
	}
	exampleID, err := reserveExampleID(ctx, tx)
	if err != nil {
		return err
	}
	if err := insertDivisions(ctx, tx); err != nil {
		return err
	}
	for _, c := range campaigns() {
		id, err := upsertCampaign(ctx, tx, c)
		if err != nil {
			return err
		}
		if err := insertCommittee(ctx, tx, id, c, ministryIDs); err != nil {
			return err
		}
		empty, err := campaignEmpty(ctx, tx, id)
		if err != nil {
			return err
		}
		if !empty {
			continue
		}
		if err := loadCampaign(ctx, tx, id, c, ministryIDs); err != nil {
			return fmt.Errorf("FY%d: %w", c.fiscalYear, err)
		}
		// Apart from the campaign's own events, so that it draws nothing from their generator.
		if c.open && exampleID != 0 {
			if err := insertExampleEvent(ctx, tx, id, exampleID, ministryIDs, now); err != nil {
				return err
			}
		}
	}
	return nil
}

// loadCampaign generates and inserts one campaign's own data. The order of the generators is
// part of the data: changing it changes what the fixed seed produces.
func loadCampaign(ctx context.Context, tx *sqlx.Tx, campaignID int64, c campaign, ministryIDs map[string]int64) error {
	r := rand.New(rand.NewPCG(seedBase, uint64(c.fiscalYear)))
	regs := generateRegistrants(r, c)
	if err := insertRegistrants(ctx, tx, campaignID, regs); err != nil {
		return err
	}
	evs := generateEvents(r, c)
	if err := insertEvents(ctx, tx, campaignID, evs, ministryIDs); err != nil {
		return err
	}
	apps := generateApplications(r, evs)
	if err := insertApplications(ctx, tx, c.fiscalYear, apps); err != nil {
		return err
	}
	if err := updateEventCounters(ctx, tx, evs); err != nil {
		return err
	}
	progs := generateAwards(r, c, evs, regs)
	return insertAwards(ctx, tx, campaignID, progs, ministryIDs)
}

// campaignEmpty reports whether a campaign has no registrants, events or award programs yet:
// only then does the demo add its own, so a second run (or a campaign that holds real data) is
// left as it is.
func campaignEmpty(ctx context.Context, tx *sqlx.Tx, campaignID int64) (bool, error) {
	var busy bool
	err := tx.GetContext(ctx, &busy, `
		SELECT EXISTS (SELECT 1 FROM registrants WHERE campaign_id = $1)
		    OR EXISTS (SELECT 1 FROM events WHERE campaign_id = $1)
		    OR EXISTS (SELECT 1 FROM award_programs WHERE campaign_id = $1)`, campaignID)
	return !busy, err
}

func count(ctx context.Context, tx *sqlx.Tx) (Summary, error) {
	var s Summary
	err := tx.GetContext(ctx, &s, `
		SELECT (SELECT count(*) FROM campaigns)          AS campaigns,
		       (SELECT count(*) FROM ministries)         AS ministries,
		       (SELECT count(*) FROM events)             AS events,
		       (SELECT count(*) FROM registrants)        AS registrants,
		       (SELECT count(*) FROM event_applications) AS applications,
		       (SELECT count(*) FROM award_programs)     AS award_programs,
		       (SELECT count(*) FROM award_entries)      AS award_entries`)
	return s, err
}

// reserveIDs takes n values from the identity sequence of table.id. Rows inserted in bulk with
// these ids (OVERRIDING SYSTEM VALUE) can be referred to by the rows that follow them without
// relying on the order in which a multi-row INSERT … RETURNING answers.
func reserveIDs(ctx context.Context, tx *sqlx.Tx, table string, n int) ([]int64, error) {
	ids := make([]int64, 0, n)
	err := tx.SelectContext(ctx, &ids,
		`SELECT nextval(pg_get_serial_sequence($1, 'id')) FROM generate_series(1, $2)`, table, n)
	if err != nil {
		return nil, fmt.Errorf("reserve %s ids: %w", table, err)
	}
	return ids, nil
}

// japan is the campaign's time zone: Japan has no daylight saving time, so a fixed +09:00 offset
// is exact and needs no time zone database on the machine.
var japan = time.FixedZone("JST", 9*60*60)

// jst is the instant of a wall-clock time in Japan.
func jst(year int, month time.Month, day, hour, minute int) time.Time {
	return time.Date(year, month, day, hour, minute, 0, 0, japan)
}

// ts formats an instant for a text[] parameter cast to timestamptz[]; the zero time is ” and
// becomes NULL through NULLIF in the statement.
func ts(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339)
}

// pick returns a random element of xs.
func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// chance is true with probability p.
func chance(r *rand.Rand, p float64) bool { return r.Float64() < p }

// between returns a random integer in [lo, hi].
func between(r *rand.Rand, lo, hi int) int { return lo + r.IntN(hi-lo+1) }

// weighted returns an index into weights, drawn in proportion to the weights.
func weighted(r *rand.Rand, weights []int) int {
	total := 0
	for _, w := range weights {
		total += w
	}
	n := r.IntN(total)
	for i, w := range weights {
		if n < w {
			return i
		}
		n -= w
	}
	return len(weights) - 1
}

// randomTime is a random instant in [from, to), to the minute.
func randomTime(r *rand.Rand, from, to time.Time) time.Time {
	minutes := int(to.Sub(from) / time.Minute)
	if minutes <= 0 {
		return from
	}
	return from.Add(time.Duration(r.IntN(minutes)) * time.Minute)
}
