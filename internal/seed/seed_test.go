package seed_test

import (
	"context"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/teleworkmonth/platform/internal/pgtest"
	"github.com/teleworkmonth/platform/internal/seed"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// rowCounts counts the rows of every table the demo writes to.
func rowCounts(t *testing.T, db *sqlx.DB) map[string]int {
	t.Helper()
	tables := []string{"ministries", "divisions", "campaigns", "committees", "committee_members", "events",
		"event_cohosts", "event_program_parts", "event_applications", "registrants", "award_programs", "award_entries"}
	counts := map[string]int{}
	for _, table := range tables {
		var n int
		if err := db.Get(&n, "SELECT count(*) FROM "+table); err != nil {
			t.Fatalf("count %s: %v", table, err)
		}
		counts[table] = n
	}
	return counts
}

func TestDemo(t *testing.T) {
	db := pgtest.NewDB(t)
	ctx := context.Background()

	began := time.Now()
	first, err := seed.Demo(ctx, db)
	if err != nil {
		t.Fatalf("Demo: %v", err)
	}
	t.Logf("loaded in %v: %+v", time.Since(began).Round(time.Millisecond), first)
	rows := rowCounts(t, db)

	second, err := seed.Demo(ctx, db)
	if err != nil {
		t.Fatalf("Demo again: %v", err)
	}
	if second != first {
		t.Errorf("second Summary = %+v, want %+v", second, first)
	}
	for table, n := range rowCounts(t, db) {
		if n != rows[table] {
			t.Errorf("%s: %d rows after the second run, %d after the first", table, n, rows[table])
		}
	}
	if first.Campaigns != 5 || first.Ministries != 9 || first.Events < 100 || first.Registrants < 1500 ||
		first.Applications < 1000 || first.AwardPrograms != 12 || first.AwardEntries == 0 {
		t.Errorf("Summary = %+v: fewer rows than the demo should have", first)
	}

	t.Run("fy2023 event", func(t *testing.T) { checkEvent2023(t, db) })
	t.Run("counters", func(t *testing.T) { checkCounters(t, db) })
	t.Run("waitlists", func(t *testing.T) { checkWaitlists(t, db) })
	t.Run("prefectures", func(t *testing.T) { checkPrefectures(t, db) })
}

func checkEvent2023(t *testing.T, db *sqlx.DB) {
	var ev struct {
		Starts time.Time `db:"starts_at"`
		Ends   time.Time `db:"ends_at"`
		Fee    int       `db:"fee_yen"`
		Host   string    `db:"host"`
		Co     int       `db:"cohosts"`
		Parts  int       `db:"parts"`
	}
	err := db.Get(&ev, `
		SELECT e.starts_at, e.ends_at, e.fee_yen, m.code AS host,
		       (SELECT count(*) FROM event_cohosts c WHERE c.event_id = e.id) AS cohosts,
		       (SELECT count(*) FROM event_program_parts p WHERE p.event_id = e.id) AS parts
		FROM events e JOIN campaigns c ON c.id = e.campaign_id JOIN ministries m ON m.id = e.host_ministry_id
		WHERE c.fiscal_year = 2023 AND e.title_ja = '「働く、を変える」テレワークイベント'
		  AND e.application_deadline IS NULL AND e.online_streaming`)
	if err != nil {
		t.Fatalf("FY2023 event: %v", err)
	}
	wantStart, wantEnd := time.Date(2023, 11, 27, 4, 30, 0, 0, time.UTC), time.Date(2023, 11, 27, 7, 30, 0, 0, time.UTC)
	if !ev.Starts.Equal(wantStart) || !ev.Ends.Equal(wantEnd) {
		t.Errorf("FY2023 event runs %v – %v, want %v – %v", ev.Starts.UTC(), ev.Ends.UTC(), wantStart, wantEnd)
	}
	if ev.Fee != 0 || ev.Host != "CAO" || ev.Co != 4 || ev.Parts != 3 {
		t.Errorf("FY2023 event: fee %d, host %s, %d co-hosts, %d parts; want 0, CAO, 4, 3", ev.Fee, ev.Host, ev.Co, ev.Parts)
	}
}

// checkCounters compares every event's counters with its applications and its capacity.
func checkCounters(t *testing.T, db *sqlx.DB) {
	var bad []struct {
		ID       int64 `db:"id"`
		Seats    int   `db:"seats_taken"`
		Waiting  int   `db:"waitlist_length"`
		Counted  int   `db:"counted_seats"`
		Waitlist int   `db:"counted_waitlist"`
	}
	err := db.Select(&bad, `
		SELECT e.id, e.seats_taken, e.waitlist_length,
		       count(a.id) FILTER (WHERE a.status = 'CONFIRMED' AND a.attendance = 'IN_PERSON') AS counted_seats,
		       count(a.id) FILTER (WHERE a.status = 'WAITLISTED') AS counted_waitlist
		FROM events e LEFT JOIN event_applications a ON a.event_id = e.id
		GROUP BY e.id
		HAVING e.seats_taken <> count(a.id) FILTER (WHERE a.status = 'CONFIRMED' AND a.attendance = 'IN_PERSON')
		    OR e.waitlist_length <> count(a.id) FILTER (WHERE a.status = 'WAITLISTED')
		    OR e.seats_taken > coalesce(e.capacity, e.seats_taken)`)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range bad {
		t.Errorf("event %d: seats_taken %d, waitlist_length %d; applications say %d and %d", b.ID, b.Seats, b.Waiting, b.Counted, b.Waitlist)
	}
	var full, waitlisted int
	if err := db.Get(&full, `SELECT count(*) FROM events WHERE seats_taken = capacity AND waitlist_length > 0`); err != nil {
		t.Fatal(err)
	}
	if err := db.Get(&waitlisted, `SELECT count(*) FROM events WHERE waitlist_length > 0 AND seats_taken < coalesce(capacity, 0)`); err != nil {
		t.Fatal(err)
	}
	if full == 0 || waitlisted != 0 {
		t.Errorf("%d full events with a waitlist (want some), %d with a waitlist and free seats (want none)", full, waitlisted)
	}
}

// checkWaitlists: positions run 1..n per event, and online applicants never wait.
func checkWaitlists(t *testing.T, db *sqlx.DB) {
	var bad int
	err := db.Get(&bad, `
		SELECT count(*) FROM (
		    SELECT event_id FROM event_applications WHERE status = 'WAITLISTED'
		    GROUP BY event_id
		    HAVING min(waitlist_position) <> 1 OR max(waitlist_position) <> count(*)
		        OR count(DISTINCT waitlist_position) <> count(*)
		        OR bool_or(attendance = 'ONLINE')) w`)
	if err != nil {
		t.Fatal(err)
	}
	if bad != 0 {
		t.Errorf("%d events have waitlist positions other than 1..n", bad)
	}
}

func checkPrefectures(t *testing.T, db *sqlx.DB) {
	var bodiesWithout, individualsWith, prefs int
	err := db.QueryRow(`
		SELECT count(*) FILTER (WHERE kind <> 'INDIVIDUAL' AND prefecture IS NULL),
		       count(*) FILTER (WHERE kind = 'INDIVIDUAL' AND prefecture IS NOT NULL),
		       count(DISTINCT prefecture)
		FROM registrants`).Scan(&bodiesWithout, &individualsWith, &prefs)
	if err != nil {
		t.Fatal(err)
	}
	if bodiesWithout != 0 || individualsWith != 0 {
		t.Errorf("%d bodies without a prefecture, %d individuals with one", bodiesWithout, individualsWith)
	}
	if prefs != 47 {
		t.Errorf("%d prefectures among the registrants, want all 47", prefs)
	}
	var missing int
	err = db.Get(&missing, `
		SELECT count(*) FROM campaigns c
		WHERE (SELECT count(DISTINCT prefecture) FROM registrants r WHERE r.campaign_id = c.id) <> 47`)
	if err != nil {
		t.Fatal(err)
	}
	if missing != 0 {
		t.Errorf("%d campaigns do not cover all 47 prefectures", missing)
	}
}

// fingerprint hashes the full content of the tables the generator fills.
func fingerprint(t *testing.T, db *sqlx.DB) string {
	t.Helper()
	var sum string
	err := db.Get(&sum, `
		SELECT md5(concat_ws('/',
		    (SELECT string_agg(x::text, '|' ORDER BY x.id) FROM registrants x),
		    (SELECT string_agg(x::text, '|' ORDER BY x.id) FROM events x WHERE x.id <> $1), -- the example event moves with time
		    (SELECT string_agg(x::text, '|' ORDER BY x.id) FROM event_applications x),
		    (SELECT string_agg(x::text, '|' ORDER BY x.id) FROM award_programs x),
		    (SELECT string_agg(x::text, '|' ORDER BY x.id) FROM award_entries x)))`, seed.ExampleEventID)
	if err != nil {
		t.Fatal(err)
	}
	return sum
}

func TestDemoIsDeterministic(t *testing.T) {
	a, b := pgtest.NewDB(t), pgtest.NewDB(t)
	for _, db := range []*sqlx.DB{a, b} {
		if _, err := seed.Demo(context.Background(), db); err != nil {
			t.Fatalf("Demo: %v", err)
		}
	}
	if fa, fb := fingerprint(t, a), fingerprint(t, b); fa != fb {
		t.Errorf("two fresh databases got different demo data: %s and %s", fa, fb)
	}
}

func TestDemoConcurrentRuns(t *testing.T) {
	db := pgtest.NewDB(t)
	sums := make(chan seed.Summary, 2)
	errs := make(chan error, 2)
	for range 2 {
		go func() {
			s, err := seed.Demo(context.Background(), db)
			sums <- s
			errs <- err
		}()
	}
	first, second := <-sums, <-sums
	for range 2 {
		if err := <-errs; err != nil {
			t.Fatalf("Demo: %v", err)
		}
	}
	if first != second {
		t.Errorf("concurrent runs answered %+v and %+v", first, second)
	}
}

// TestDemoKeepsOtherData: ministries and campaigns that exist keep their values, and a campaign
// that already has data of its own gets none of the demo's.
func TestDemoKeepsOtherData(t *testing.T) {
	db := pgtest.NewDB(t)
	db.MustExec(`INSERT INTO ministries (code, name_ja, position) VALUES ('MIC', '総務省（検証用）', 42)`)
	db.MustExec(`INSERT INTO campaigns (fiscal_year, name_ja, starts_on, ends_on, registration_open)
	             VALUES (2026, '検証用キャンペーン', '2026-04-01', '2027-03-31', false),
	                    (2030, '将来のキャンペーン', '2030-04-01', '2031-03-31', false)`)
	db.MustExec(`INSERT INTO events (campaign_id, host_ministry_id, kind, title_ja, starts_at, ends_at)
	             SELECT c.id, m.id, 'SEMINAR', '検証用イベント', '2026-11-10T10:00:00+09:00', '2026-11-10T11:00:00+09:00'
	             FROM campaigns c, ministries m WHERE c.fiscal_year = 2026 AND m.code = 'MIC'`)

	s, err := seed.Demo(context.Background(), db)
	if err != nil {
		t.Fatalf("Demo: %v", err)
	}
	if s.Campaigns != 6 || s.Ministries != 9 {
		t.Errorf("Summary = %+v, want 6 campaigns and 9 ministries", s)
	}
	var got struct {
		MinistryName string `db:"ministry_name"`
		Position     int    `db:"position"`
		NameEn       string `db:"name_en"`
		CampaignName string `db:"campaign_name"`
		Open         bool   `db:"registration_open"`
		Events       int    `db:"events"`
		Registrants  int    `db:"registrants"`
		Programs     int    `db:"programs"`
		Loaded       int    `db:"loaded"`
	}
	err = db.Get(&got, `
		SELECT m.name_ja AS ministry_name, m.position, m.name_en, c.name_ja AS campaign_name, c.registration_open,
		       (SELECT count(*) FROM events WHERE campaign_id = c.id) AS events,
		       (SELECT count(*) FROM registrants WHERE campaign_id = c.id) AS registrants,
		       (SELECT count(*) FROM award_programs WHERE campaign_id = c.id) AS programs,
		       (SELECT count(*) FROM registrants r JOIN campaigns x ON x.id = r.campaign_id WHERE x.fiscal_year = 2023) AS loaded
		FROM ministries m, campaigns c WHERE m.code = 'MIC' AND c.fiscal_year = 2026`)
	if err != nil {
		t.Fatal(err)
	}
	want := got
	want.MinistryName, want.Position, want.NameEn = "総務省（検証用）", 42, "Ministry of Internal Affairs and Communications"
	want.CampaignName, want.Open, want.Events, want.Registrants, want.Programs = "検証用キャンペーン", false, 1, 0, 0
	if got != want {
		t.Errorf("after Demo: %+v, want %+v", got, want)
	}
	if got.Loaded == 0 {
		t.Error("FY2023 got no demo data")
	}
}
