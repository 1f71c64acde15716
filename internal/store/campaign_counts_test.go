package store_test

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"testing"

	"github.com/jmoiron/sqlx"

	"github.com/teleworkmonth/platform/internal/seed"
	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
)

// recount is the campaign's statistics counted from the rows, as CampaignStats did before the
// counters: what the counters must always equal.
const recount = `
	SELECT c.id AS campaign_id,
		(SELECT count(*) FROM registrants r WHERE r.campaign_id = c.id AND r.status = 'APPROVED') AS registrants,
		(SELECT count(*) FROM events e WHERE e.campaign_id = c.id AND e.status IN ('PUBLISHED', 'CLOSED')) AS events,
		(SELECT coalesce(json_agg(json_build_object('activity', a, 'count', n)), '[]')
			FROM (SELECT a, count(*) AS n FROM registrants r, unnest(r.activities) AS a
				WHERE r.campaign_id = c.id AND r.status = 'APPROVED' GROUP BY a) x) AS by_activity,
		(SELECT coalesce(json_agg(json_build_object('prefecture', prefecture, 'count', n)), '[]')
			FROM (SELECT r.prefecture, count(*) AS n FROM registrants r
				WHERE r.campaign_id = c.id AND r.status = 'APPROVED' AND r.prefecture IS NOT NULL
				GROUP BY r.prefecture) y) AS by_prefecture
	FROM campaigns c ORDER BY c.id`

// TestCampaignCountersFollowEveryChange changes registrants and events in every way the
// counters must follow (approvals, withdrawals, moves between prefectures and activities, bulk
// inserts and deletes, publications and cancellations, concurrent approvals) and compares the
// statistics with a recount from the rows after each step.
func TestCampaignCountersFollowEveryChange(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	if _, err := seed.Demo(ctx, db); err != nil {
		t.Fatal(err)
	}
	check := func(step string) {
		t.Helper()
		var ids []int64
		if err := db.SelectContext(ctx, &ids, `SELECT id FROM campaigns ORDER BY id`); err != nil {
			t.Fatal(err)
		}
		got, err := store.CampaignStats(ctx, db, ids)
		if err != nil {
			t.Fatalf("%s: %v", step, err)
		}
		want := recounted(t, db)
		if g, w := fmt.Sprint(statsByCampaign(got)), fmt.Sprint(want); g != w {
			t.Fatalf("%s: the counters say\n%s\nthe rows say\n%s", step, g, w)
		}
	}
	check("after the demo data")

	steps := []struct{ name, sql string }{
		{"approve some", `UPDATE registrants SET status = 'APPROVED' WHERE id IN (SELECT id FROM registrants WHERE status = 'REGISTERED' ORDER BY id LIMIT 40)`},
		{"withdraw some", `UPDATE registrants SET status = 'WITHDRAWN' WHERE id IN (SELECT id FROM registrants WHERE status = 'APPROVED' ORDER BY id DESC LIMIT 25)`},
		{"move prefectures", `UPDATE registrants SET prefecture = 'OKINAWA' WHERE id IN (SELECT id FROM registrants WHERE status = 'APPROVED' AND prefecture IS NOT NULL ORDER BY id LIMIT 30)`},
		{"change activities", `UPDATE registrants SET activities = ARRAY['PROMOTING'] WHERE id IN (SELECT id FROM registrants WHERE status = 'APPROVED' ORDER BY id LIMIT 30)`},
		{"edit without counted change", `UPDATE registrants SET industry = 'changed' WHERE status = 'APPROVED'`},
		{"bulk insert", `INSERT INTO registrants (campaign_id, kind, name, prefecture, activities, status, contact_name, contact_email)
			SELECT campaign_id, kind, name || ' copy', prefecture, activities, status, contact_name, 'copy.' || contact_email
			FROM registrants WHERE id % 3 = 0`},
		{"bulk delete", `DELETE FROM registrants WHERE name LIKE '% copy' AND id % 2 = 0`},
		{"bulk insert events", `INSERT INTO events (campaign_id, host_ministry_id, kind, status, title_ja, starts_at, ends_at)
			SELECT campaign_id, host_ministry_id, kind, status, title_ja || ' copy', starts_at, ends_at FROM events WHERE id % 2 = 0`},
		{"bulk delete events", `DELETE FROM events WHERE title_ja LIKE '% copy' AND id % 3 = 0`},
		{"publish and cancel events", `UPDATE events SET status = CASE status WHEN 'DRAFT' THEN 'PUBLISHED' ELSE 'CANCELLED' END
			WHERE id IN (SELECT id FROM events ORDER BY id LIMIT 20)`},
	}
	for _, s := range steps {
		if _, err := db.ExecContext(ctx, s.sql); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		check(s.name)
	}

	// Concurrent approvals of different registrants of the same campaign, each in a transaction
	// of its own, all touching the same counters.
	var pending []int64
	if err := db.SelectContext(ctx, &pending, `SELECT id FROM registrants WHERE status = 'REGISTERED' ORDER BY id LIMIT 40`); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, len(pending))
	for _, id := range pending {
		wg.Go(func() {
			errs <- store.InTx(ctx, db, func(tx *sqlx.Tx) error {
				_, err := tx.ExecContext(ctx, `UPDATE registrants SET status = 'APPROVED' WHERE id = $1`, id)
				return err
			})
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	check(fmt.Sprintf("%d concurrent approvals", len(pending)))
}

type campaignCounts struct {
	Registrants, Events      int
	ByActivity, ByPrefecture string
}

func statsByCampaign(stats []*telework.CampaignStats) map[int64]campaignCounts {
	out := map[int64]campaignCounts{}
	for _, s := range stats {
		s.Sort()
		out[s.CampaignID] = campaignCounts{s.RegistrantCount, s.EventCount, fmt.Sprint(s.ByActivity), fmt.Sprint(s.ByPrefecture)}
	}
	return out
}

func recounted(t *testing.T, db *sqlx.DB) map[int64]campaignCounts {
	t.Helper()
	var rows []struct {
		CampaignID   int64  `db:"campaign_id"`
		Registrants  int    `db:"registrants"`
		Events       int    `db:"events"`
		ByActivity   []byte `db:"by_activity"`
		ByPrefecture []byte `db:"by_prefecture"`
	}
	if err := db.Select(&rows, recount); err != nil {
		t.Fatal(err)
	}
	stats := make([]*telework.CampaignStats, len(rows))
	for i, r := range rows {
		s := &telework.CampaignStats{CampaignID: r.CampaignID, RegistrantCount: r.Registrants, EventCount: r.Events}
		if err := json.Unmarshal(r.ByActivity, &s.ByActivity); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(r.ByPrefecture, &s.ByPrefecture); err != nil {
			t.Fatal(err)
		}
		stats[i] = s
	}
	return statsByCampaign(stats)
}
