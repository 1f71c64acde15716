package main

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"

	"github.com/teleworkmonth/platform/internal/auth"
)

// prefectureCodes are the 47 prefectures as the API names them.
var prefectureCodes = []string{"HOKKAIDO", "AOMORI", "IWATE", "MIYAGI", "AKITA", "YAMAGATA", "FUKUSHIMA",
	"IBARAKI", "TOCHIGI", "GUNMA", "SAITAMA", "CHIBA", "TOKYO", "KANAGAWA", "NIIGATA", "TOYAMA", "ISHIKAWA",
	"FUKUI", "YAMANASHI", "NAGANO", "GIFU", "SHIZUOKA", "AICHI", "MIE", "SHIGA", "KYOTO", "OSAKA", "HYOGO",
	"NARA", "WAKAYAMA", "TOTTORI", "SHIMANE", "OKAYAMA", "HIROSHIMA", "YAMAGUCHI", "TOKUSHIMA", "KAGAWA",
	"EHIME", "KOCHI", "FUKUOKA", "SAGA", "NAGASAKI", "KUMAMOTO", "OITA", "MIYAZAKI", "KAGOSHIMA", "OKINAWA"}

// createDatabase creates a fresh database on the server of adminURL and returns its URL.
func createDatabase(ctx context.Context, adminURL, name string) (string, error) {
	db, err := sql.Open("postgres", adminURL)
	if err != nil {
		return "", err
	}
	defer db.Close()
	if _, err := db.ExecContext(ctx, `CREATE DATABASE `+pq.QuoteIdentifier(name)); err != nil {
		return "", fmt.Errorf("create database %s: %w", name, err)
	}
	u, err := url.Parse(adminURL)
	if err != nil {
		return "", err
	}
	u.Path = "/" + name
	return u.String(), nil
}

// dropDatabase drops a database made by createDatabase, closing its remaining connections.
func dropDatabase(ctx context.Context, adminURL, name string) error {
	db, err := sql.Open("postgres", adminURL)
	if err != nil {
		return err
	}
	defer db.Close()
	_, err = db.ExecContext(ctx, `DROP DATABASE IF EXISTS `+pq.QuoteIdentifier(name)+` WITH (FORCE)`)
	return err
}

// sizes are the row counts of the synthetic campaign at a scale.
func sizes(scale float64) dataSize {
	n := func(full int) int { return max(int(float64(full)*scale), 1) }
	return dataSize{Registrants: n(100_000), Events: n(20_000), Applications: n(500_000), Users: n(10_000)}
}

// benchReference is an application reference made of the series number g, distinct for every g
// below 31^6: g times a number prime to 31^6, modulo 31^6, in the references' base-31 alphabet.
// Drawing each in the database (the column's default) cost a bulk load of 500,000 applications
// about a fifth more time; a reference that data already in the database holds (sign-ups of an
// earlier run) is drawn there instead.
const benchReference = `(SELECT substr(a, 1 + (x / 28629151 % 31)::int, 1) || substr(a, 1 + (x / 923521 % 31)::int, 1) ||
	substr(a, 1 + (x / 29791 % 31)::int, 1) || '-' || substr(a, 1 + (x / 961 % 31)::int, 1) ||
	substr(a, 1 + (x / 31 % 31)::int, 1) || substr(a, 1 + (x % 31)::int, 1)
	FROM (SELECT '23456789ABCDEFGHJKMNPQRSTUVWXYZ' AS a, g::bigint * 387420489 % 887503681 AS x) AS k)`

// benchPassword is the password of every staff account the benchmark makes.
const benchPassword = "bench-password-not-secret"

// signUpEvery makes every signUpEvery-th synthetic event one that takes sign-ups (applyToEvent).
const signUpEvery = 40

// loadBulk adds the rows of the synthetic FY2026 campaign that are in n and not yet in from (zero
// for a fresh load), as a tranche of its own: the rows numbered from+1 to n of each table, with
// set-based SQL, each choice a deterministic function of the row number (hashtext and modulo), so
// that loads of the same sizes load the same data. The applications of a tranche go to its own
// events, in the same shape as a whole load's, so that a database grown tranche by tranche has the
// shape of one loaded at once. One thing follows the clock instead: every signUpEvery-th event of
// a tranche is published, has a venue, is streamed and starts 30 to 60 days after the load, so that
// applyToEvent finds events open for sign-ups whenever the benchmark runs. One application in ten
// goes to one event in a hundred, so that a hundredth of the events have hundreds of applications:
// the host's read of an event takes a full page of 100. It ends with VACUUM (ANALYZE), so that the
// planner knows the new sizes and no autovacuum of the new rows runs while the benchmark measures.
func loadBulk(ctx context.Context, db *sqlx.DB, from, n dataSize) error {
	if n.Events <= from.Events || n.Applications <= from.Applications || n.Registrants <= from.Registrants || n.Users <= from.Users {
		return fmt.Errorf("load: %+v adds no rows to some table of %+v: choose scales further apart", n, from)
	}
	hash, err := auth.HashPassword(benchPassword)
	if err != nil {
		return err
	}
	tx, err := db.BeginTxx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var campaignID, firstEvent, firstUser int64
	if err := tx.GetContext(ctx, &campaignID, `SELECT id FROM campaigns WHERE fiscal_year = 2026`); err != nil {
		return fmt.Errorf("the FY2026 campaign of the demo data: %w", err)
	}
	if err := tx.GetContext(ctx, &firstEvent, `SELECT coalesce(max(id), 0) + 1 FROM events`); err != nil {
		return err
	}
	if err := tx.GetContext(ctx, &firstUser, `SELECT coalesce(max(id), 0) + 1 FROM users`); err != nil {
		return err
	}
	steps := []struct {
		name string
		sql  string
		args []any
	}{
		{"events", `
			WITH m AS (SELECT array_agg(id ORDER BY position, id) AS ids FROM ministries)
			INSERT INTO events (campaign_id, host_ministry_id, kind, status, title_ja, title_en,
				description_ja, starts_at, ends_at, tentative, venue_name_ja, venue_name_en,
				venue_address_ja, venue_prefecture, online_streaming, fee_yen, capacity, application_deadline)
			SELECT $1, m.ids[1 + g % cardinality(m.ids)],
				(ARRAY['SYMPOSIUM','SEMINAR','WORKSHOP','OTHER','AWARD_CEREMONY'])[1 + abs(hashtext('k' || g)) % 5],
				CASE abs(hashtext('s' || g)) % 20 WHEN 0 THEN 'DRAFT' WHEN 1 THEN 'CLOSED' WHEN 2 THEN 'CANCELLED' ELSE 'PUBLISHED' END,
				'テレワーク推進セミナー 第' || g || '回', 'Telework seminar no. ' || g,
				'テレワークの導入と定着について事例を紹介します。',
				s.at, s.at + interval '90 minutes', abs(hashtext('t' || g)) % 10 = 0,
				CASE WHEN online THEN NULL ELSE '会場 ' || g END,
				CASE WHEN online THEN NULL ELSE 'Venue ' || g END,
				CASE WHEN online THEN NULL ELSE '千代田区 ' || g END,
				CASE WHEN online THEN NULL ELSE ($2::text[])[1 + abs(hashtext('p' || g)) % 47] END,
				online OR abs(hashtext('w' || g)) % 3 = 0,
				CASE WHEN abs(hashtext('f' || g)) % 5 = 0 THEN 1000 ELSE 0 END,
				CASE WHEN online THEN NULL ELSE 20 + abs(hashtext('c' || g)) % 100 END,
				s.at - interval '2 days'
			FROM generate_series($3::int, $4::int) AS g, m,
				LATERAL (SELECT timestamptz '2026-11-01 09:00+09' + (abs(hashtext('d' || g)) % 30) * interval '1 day'
					+ (abs(hashtext('h' || g)) % 32) * interval '15 minutes' AS at,
					abs(hashtext('o' || g)) % 4 = 0 AS online) AS s`,
			[]any{campaignID, pq.Array(prefectureCodes), from.Events + 1, n.Events}},
		{"co-hosts", `
			INSERT INTO event_cohosts (event_id, ministry_id)
			SELECT e.id, m.id FROM events e JOIN ministries m ON m.id <> e.host_ministry_id
			WHERE e.id >= $1 AND abs(hashtext(e.id || m.code)) % 12 = 0`, []any{firstEvent}},
		{"sign-up events", `
			UPDATE events SET status = 'PUBLISHED', tentative = false,
				starts_at = date_trunc('hour', now()) + (30 + (id - $1) / $2 % 30) * interval '1 day',
				ends_at = date_trunc('hour', now()) + (30 + (id - $1) / $2 % 30) * interval '1 day' + interval '90 minutes',
				application_deadline = NULL,
				venue_name_ja = coalesce(venue_name_ja, '会場 ' || id), venue_name_en = coalesce(venue_name_en, 'Venue ' || id),
				venue_address_ja = coalesce(venue_address_ja, '千代田区 ' || id), venue_prefecture = coalesce(venue_prefecture, 'TOKYO'),
				online_streaming = true, capacity = 50 + (id - $1) % 50
			WHERE id >= $1 AND (id - $1) % $2 = 0`, []any{firstEvent, signUpEvery}},
		{"applications", `
			WITH ev AS (SELECT id, capacity, row_number() OVER (ORDER BY id) - 1 AS i
			            FROM events WHERE id >= $1 AND status <> 'DRAFT'),
			     n AS (SELECT count(*) AS n FROM ev),
			     a AS (SELECT g, ev.id AS event_id, ev.capacity,
			                  CASE WHEN ev.capacity IS NULL OR abs(hashtext('a' || g)) % 5 = 0 THEN 'ONLINE' ELSE 'IN_PERSON' END AS attendance
			           FROM generate_series($2::int, $3::int) AS g CROSS JOIN n
			           JOIN ev ON ev.i = CASE WHEN abs(hashtext('q' || g)) % 10 = 0
			                                  THEN abs(hashtext('e' || g)) % greatest(n.n / 100, 1) * 100
			                                  ELSE abs(hashtext('e' || g)) % n.n END),
			     r AS (SELECT a.*, row_number() OVER (PARTITION BY event_id, attendance ORDER BY g) AS rn FROM a)
			INSERT INTO event_applications (event_id, attendee_name, attendee_email, organization, attendance,
				status, waitlist_position, created_at, reference)
			SELECT event_id, '参加者 ' || g, 'attendee' || g || '@bench.example.jp', '株式会社ベンチ ' || (g % 997),
				attendance,
				CASE WHEN attendance = 'IN_PERSON' AND rn > capacity THEN 'WAITLISTED' ELSE 'CONFIRMED' END,
				CASE WHEN attendance = 'IN_PERSON' AND rn > capacity THEN rn - capacity END,
				timestamptz '2026-10-01 00:00+09' + g * interval '1 second',
				CASE WHEN EXISTS (SELECT 1 FROM event_applications x WHERE x.reference = ref.r)
					THEN application_reference() ELSE ref.r END
			FROM r, LATERAL (SELECT ` + benchReference + ` AS r) AS ref`, []any{firstEvent, from.Applications + 1, n.Applications}},
		{"seat counters", `
			UPDATE events e
			SET seats_taken = c.seats, waitlist_length = c.waiting
			FROM (SELECT event_id,
			             count(*) FILTER (WHERE status = 'CONFIRMED' AND attendance = 'IN_PERSON') AS seats,
			             count(*) FILTER (WHERE status = 'WAITLISTED') AS waiting
			      FROM event_applications WHERE event_id >= $1 GROUP BY event_id) c
			WHERE e.id = c.event_id`, []any{firstEvent}},
		{"registrants", `
			INSERT INTO registrants (campaign_id, kind, name, name_kana, prefecture, industry, employee_count,
				teleworker_count, telework_introduced, activities, publish_name, status, contact_name,
				contact_email, registered_at, decided_at)
			SELECT $1, k.kind, CASE k.kind WHEN 'INDIVIDUAL' THEN '個人 ' || g ELSE '株式会社テレワーク ' || g END,
				'テレワーク ' || g,
				CASE WHEN k.kind = 'INDIVIDUAL' THEN NULL ELSE ($2::text[])[1 + abs(hashtext('p' || g)) % 47] END,
				CASE WHEN k.kind IN ('COMPANY', 'ORGANIZATION') THEN
					(ARRAY['情報通信業','製造業','金融業、保険業','卸売業、小売業','建設業','サービス業'])[1 + abs(hashtext('i' || g)) % 6] END,
				CASE WHEN k.kind = 'INDIVIDUAL' THEN NULL ELSE 10 + abs(hashtext('n' || g)) % 5000 END,
				CASE WHEN k.kind = 'INDIVIDUAL' THEN NULL ELSE abs(hashtext('n' || g)) % 10 END,
				true,
				CASE abs(hashtext('v' || g)) % 4 WHEN 0 THEN ARRAY['PRACTICING'] WHEN 1 THEN ARRAY['PRACTICING','LEARNING']
					WHEN 2 THEN ARRAY['PROMOTING'] ELSE ARRAY['PRACTICING','PROMOTING'] END,
				abs(hashtext('u' || g)) % 10 <> 0,
				CASE abs(hashtext('s' || g)) % 20 WHEN 0 THEN 'REGISTERED' WHEN 1 THEN 'REJECTED' ELSE 'APPROVED' END,
				'担当者 ' || g, 'contact' || g || '@bench.example.jp',
				timestamptz '2026-09-01 00:00+09' + g * interval '30 seconds',
				CASE WHEN abs(hashtext('s' || g)) % 20 <> 0 THEN timestamptz '2026-09-02 00:00+09' + g * interval '30 seconds' END
			FROM generate_series($3::int, $4::int) AS g,
				LATERAL (SELECT (ARRAY['COMPANY','COMPANY','COMPANY','LOCAL_GOVERNMENT','ORGANIZATION','INDIVIDUAL'])[1 + abs(hashtext('k' || g)) % 6] AS kind) AS k`,
			[]any{campaignID, pq.Array(prefectureCodes), from.Registrants + 1, n.Registrants}},
		{"users", `
			INSERT INTO users (email, display_name, password_hash)
			SELECT 'staff' || g || '@bench.example.jp', '職員 ' || g, $1 FROM generate_series($2::int, $3::int) AS g`,
			[]any{hash, from.Users + 1, n.Users}},
		{"roles", `
			WITH m AS (SELECT array_agg(code ORDER BY position, id) AS codes FROM ministries)
			INSERT INTO casbin_rule (ptype, v0, v1, v2)
			SELECT 'g', 'user:' || u.id,
				(ARRAY['MINISTRY_ADMIN','MINISTRY_EDITOR','MINISTRY_EDITOR','MINISTRY_VIEWER','MINISTRY_VIEWER'])[1 + abs(hashtext('r' || u.id)) % 5],
				m.codes[1 + u.id % cardinality(m.codes)]
			FROM users u, m WHERE u.id >= $1 AND u.email LIKE 'staff%@bench.example.jp'`, []any{firstUser}},
	}
	for _, s := range steps {
		start := time.Now()
		if _, err := tx.ExecContext(ctx, s.sql, s.args...); err != nil {
			return fmt.Errorf("load %s: %w", s.name, err)
		}
		fmt.Printf("  %-14s %6.1f s\n", s.name, time.Since(start).Seconds())
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	start := time.Now()
	if _, err := db.ExecContext(ctx, `VACUUM (ANALYZE)`); err != nil {
		return fmt.Errorf("vacuum: %w", err)
	}
	fmt.Printf("  %-14s %6.1f s\n", "vacuum", time.Since(start).Seconds())
	return nil
}
