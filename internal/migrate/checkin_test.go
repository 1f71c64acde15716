package migrate_test

import (
	"database/sql"
	"testing"

	"github.com/pressly/goose/v3"

	"github.com/teleworkmonth/platform/internal/pgtest"
	"github.com/teleworkmonth/platform/migrations"
)

// TestCheckInMigrationBackfillsReferences applies migration 00013 to a database that holds
// applications already: each gets a reference of its own, of the right form; a new application
// inserted without one gets one too; and the migration goes down and up again.
func TestCheckInMigrationBackfillsReferences(t *testing.T) {
	t.Parallel()
	db, err := sql.Open("postgres", pgtest.NewEmptyURL(t))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := t.Context()
	p, err := goose.NewProvider(goose.DialectPostgres, db, migrations.FS)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.UpTo(ctx, 12); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`INSERT INTO ministries (code, name_ja) VALUES ('MIC', '総務省')`,
		`INSERT INTO campaigns (fiscal_year, name_ja, starts_on, ends_on) VALUES (2026, 'テレワーク月間', '2026-11-01', '2026-11-30')`,
		`INSERT INTO events (campaign_id, host_ministry_id, kind, status, title_ja, starts_at, ends_at)
			SELECT 1, 1, 'SEMINAR', 'PUBLISHED', 'セミナー ' || g, '2030-11-20T04:00:00Z', '2030-11-20T06:00:00Z'
			FROM generate_series(1, 10) AS g`,
		`INSERT INTO event_applications (event_id, attendee_name, attendee_email, attendance, status)
			SELECT 1 + g % 10, '参加者 ' || g, 'p' || g || '@example.jp', 'IN_PERSON', 'CONFIRMED'
			FROM generate_series(1, 5000) AS g`,
	} {
		if _, err := db.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	if _, err := p.UpTo(ctx, 13); err != nil {
		t.Fatal(err)
	}
	count := func(q string) int {
		t.Helper()
		var n int
		if err := db.QueryRowContext(ctx, q).Scan(&n); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		return n
	}
	const wellFormed = `SELECT count(DISTINCT reference) FROM event_applications
		WHERE reference ~ '^[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}$'`
	if n := count(wellFormed); n != 5000 {
		t.Errorf("%d distinct references of the right form after the backfill, want 5000", n)
	}
	if _, err := db.ExecContext(ctx, `INSERT INTO event_applications (event_id, attendee_name, attendee_email, attendance, status)
		VALUES (1, '後から', 'later@example.jp', 'ONLINE', 'CONFIRMED')`); err != nil {
		t.Fatal(err)
	}
	if n := count(wellFormed); n != 5001 {
		t.Errorf("an application inserted without a reference got none of its own (%d of 5001)", n)
	}
	if n := count(`SELECT count(*) FROM casbin_rule WHERE ptype = 'p' AND v1 = 'application' AND v2 = 'check_in'`); n != 3 {
		t.Errorf("%d policy rules for check_in, want 3", n)
	}
	if _, err := p.DownTo(ctx, 12); err != nil {
		t.Fatalf("down: %v", err)
	}
	if _, err := p.Up(ctx); err != nil {
		t.Fatalf("up again: %v", err)
	}
	if n := count(wellFormed); n != 5001 {
		t.Errorf("after down and up: %d distinct references of the right form, want 5001", n)
	}
}
