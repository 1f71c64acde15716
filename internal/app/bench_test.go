package app_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/pgtest"
	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/seed"
	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
)

const eventsWithHosts = `{ events(first: 100) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
	id title { text } startsAt endsAt venue { name { text } prefecture } seatsRemaining
	host { code name { text } } coHosts { code name { text } } campaign { fiscalYear eraName } } } } }`

const eventsFirst50 = `{ events(first: 50) { pageInfo { hasNextPage endCursor } edges { cursor node {
	id title { ja en } startsAt endsAt feeYen capacity seatsRemaining
	venue { name { ja en } prefecture } host { code name { ja en } } coHosts { code name { ja en } } } } } }`

const eventWithApplications = `query($id: ID!) { event(id: $id) { id title { text } capacity seatsRemaining
	applications(first: 100) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
	id attendeeName attendeeEmail organization attendance status waitlistPosition createdAt } } } } }`

const registrantsFiltered = `{ registrants(first: 100, filter: { fiscalYear: 2026, kind: ORGANIZATION }) {
	pageInfo { hasNextPage endCursor } edges { cursor node {
	id name kind industry activities registeredAt campaign { fiscalYear } } } } }`

// The benchmarks below send the reads of the benchmark command's report through the real handler on
// a real database with the demo data, and report ns/op, allocs/op, SQL statements per request and
// the process's CPU time per request (user and system, all goroutines: on a shared machine a steadier
// measure of our own cost than the wall time, which includes waiting for PostgreSQL).

// BenchmarkEventsFirst100 is the public event list with hosts, co-hosts, venue and campaign.
func BenchmarkEventsFirst100(b *testing.B) {
	s := apptest.New(b, apptest.Options{Seed: true})
	benchmarkRead(b, s, "", eventsWithHosts, nil)
}

// BenchmarkEventsAsStaffGrows is the public event list of the benchmark command (first: 50, venue,
// seats, host, co-hosts) on the same data, with 10,000 and then 100,000 staff role assignments in
// casbin_rule. The list reads none of them; both cases must cost the same. When the server held
// every assignment in memory, they did not: on the development machine (2026-12-02, GOGC=400) its
// CPU per request was 650-740 µs with the one and 860-1,620 µs with the other, with the same
// allocations, the time going to the allocator (clearing fresh memory on the way to a heap goal
// five times a larger live heap) and the garbage collector. Since the policy reads a user's roles
// when needed (2026-12-03): 481-496 µs and 505-524 µs.
func BenchmarkEventsAsStaffGrows(b *testing.B) {
	for _, staff := range []int{10_000, 100_000} {
		b.Run(fmt.Sprintf("staff=%d", staff), func(b *testing.B) {
			url := pgtest.NewURL(b)
			db := sqlx.MustOpen("postgres", url)
			defer db.Close()
			if _, err := seed.Demo(b.Context(), db); err != nil {
				b.Fatal(err)
			}
			db.MustExec(`INSERT INTO casbin_rule (ptype, v0, v1, v2)
				SELECT 'g', 'user:' || (1000000 + g), (ARRAY['MINISTRY_ADMIN','MINISTRY_EDITOR','MINISTRY_VIEWER'])[1 + g % 3],
					(SELECT code FROM ministries ORDER BY position, id LIMIT 1 OFFSET g % (SELECT count(*) FROM ministries))
				FROM generate_series(1, $1::int) AS g`, staff)
			s := apptest.New(b, apptest.Options{URL: url})
			benchmarkRead(b, s, "", eventsFirst50, nil)
		})
	}
}

// BenchmarkHostEventApplications is one event with its first 100 applications, personal data
// included, as an administrator of the host ministry reads it.
func BenchmarkHostEventApplications(b *testing.B) {
	s := apptest.New(b, apptest.Options{Seed: true})
	var busiest struct {
		ID   int64  `db:"id"`
		Host string `db:"code"`
	}
	if err := s.DB.Get(&busiest, `SELECT e.id, m.code FROM events e JOIN ministries m ON m.id = e.host_ministry_id
		ORDER BY (SELECT count(*) FROM event_applications a WHERE a.event_id = e.id) DESC, e.id LIMIT 1`); err != nil {
		b.Fatal(err)
	}
	token := s.Staff("bench.admin@example.go.jp", telework.RoleMinistryAdmin, busiest.Host)
	benchmarkRead(b, s, token, eventWithApplications, map[string]any{"id": relay.ID(relay.KindEvent, busiest.ID)})
}

const searchedApplications = `query($id: ID!, $q: String!) { event(id: $id) { id title { text } checkedInCount
	applications(first: 100, search: $q) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
	id attendeeName attendeeEmail organization attendance status waitlistPosition createdAt reference checkedInAt } } } } }`

const applicationByReference = `query($id: ID!, $q: String!) { event(id: $id) { id checkedInCount
	applications(first: 100, search: $q) { totalCount edges { node { id status attendance reference checkedInAt } } } } }`

// BenchmarkSearchApplications is the applications screen and the door: one event with 3,000
// applications (a large one: most have tens), searched through the real handler. "by name" is
// the host's admin's page of 100 that a name matches, with personal data, references and
// check-in times, and the whole count of matches; "by reference" is the door's look-up by an
// editor, by the reference as typed (lower case, no hyphen).
func BenchmarkSearchApplications(b *testing.B) {
	s := apptest.New(b, apptest.Options{Seed: true})
	var eventID int64
	if err := s.DB.Get(&eventID, `SELECT e.id FROM events e JOIN ministries m ON m.id = e.host_ministry_id
		WHERE m.code = 'MIC' AND e.status = 'PUBLISHED' ORDER BY e.id LIMIT 1`); err != nil {
		b.Fatal(err)
	}
	s.DB.MustExec(`INSERT INTO event_applications (event_id, attendee_name, attendee_email, organization, attendance, status)
		SELECT $1, CASE WHEN g % 10 = 0 THEN '山田 ' ELSE '参加者 ' END || g, 'p' || g || '@bulk.example.jp',
			'テレワーク協会 ' || (g % 97), 'ONLINE', 'CONFIRMED'
		FROM generate_series(1, 3000) AS g`, eventID)
	s.DB.MustExec(`ANALYZE event_applications`)
	var ref string
	if err := s.DB.Get(&ref, `SELECT reference FROM event_applications WHERE event_id = $1 ORDER BY id DESC LIMIT 1`, eventID); err != nil {
		b.Fatal(err)
	}
	id := relay.ID(relay.KindEvent, eventID)
	b.Run("by name", func(b *testing.B) {
		token := s.Staff("bench.search.admin@example.go.jp", telework.RoleMinistryAdmin, "MIC")
		benchmarkRead(b, s, token, searchedApplications, map[string]any{"id": id, "q": "山田"})
	})
	b.Run("by reference", func(b *testing.B) {
		token := s.Staff("bench.search.editor@example.go.jp", telework.RoleMinistryEditor, "MIC")
		typed := strings.ToLower(strings.ReplaceAll(ref, "-", ""))
		benchmarkRead(b, s, token, applicationByReference, map[string]any{"id": id, "q": typed})
	})
}

// BenchmarkRegistrantsFiltered is the public registrant list with filters.
func BenchmarkRegistrantsFiltered(b *testing.B) {
	s := apptest.New(b, apptest.Options{Seed: true})
	benchmarkRead(b, s, "", registrantsFiltered, nil)
}

func benchmarkRead(b *testing.B, s *apptest.Server, token, query string, variables map[string]any) {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": variables})
	var statements int64
	b.ReportAllocs()
	cpuBefore := cpuTime(b)
	b.ResetTimer()
	for b.Loop() {
		req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		ctx, counter := store.CountStatements(req.Context())
		rec := httptest.NewRecorder()
		s.App.Handler.ServeHTTP(rec, req.WithContext(ctx))
		if rec.Code != http.StatusOK || bytes.Contains(rec.Body.Bytes(), []byte(`"errors"`)) || bytes.Contains(rec.Body.Bytes(), []byte(`"data":null`)) {
			b.Fatalf("status %d: %.500s", rec.Code, rec.Body.String())
		}
		statements += counter.Count()
	}
	b.ReportMetric(float64(statements)/float64(b.N), "statements/op")
	b.ReportMetric(float64((cpuTime(b)-cpuBefore).Microseconds())/float64(b.N), "cpu-µs/op")
}

// cpuTime is the CPU time the process has used so far.
func cpuTime(b *testing.B) time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		b.Fatal(err)
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}
