package resolvers_test

import (
	"testing"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/telework"
)

const perDayQuery = `query($fy: Int!, $m: String!) { applicationsPerDay(fiscalYear: $fy, ministryCode: $m) { day count } }`

type perDay struct {
	ApplicationsPerDay []struct {
		Day   string
		Count int
	}
}

// TestApplicationsPerDay: the counts are the applications to the ministry's hosted and co-hosted
// events of the year, by their day in Japan; a ministry's staff of every role read their own
// ministry's, the secretariat any, everyone else is refused; bad arguments are named.
func TestApplicationsPerDay(t *testing.T) {
	s := apptest.New(t, apptest.Options{Seed: true})
	viewer := s.Staff("viewer@example.jp", telework.RoleMinistryViewer, "MIC")
	sec := s.Staff("sec@example.jp", telework.RoleSecretariat, "")

	var want []struct {
		Day   string
		Count int
	}
	rows, err := s.DB.Query(`SELECT to_char((a.created_at AT TIME ZONE 'Asia/Tokyo')::date, 'YYYY-MM-DD'), count(*)
		FROM event_applications a JOIN events e ON e.id = a.event_id JOIN campaigns c ON c.id = e.campaign_id
		WHERE c.fiscal_year = 2026 AND (e.host_ministry_id = (SELECT id FROM ministries WHERE code = 'MIC')
			OR e.id IN (SELECT event_id FROM event_cohosts WHERE ministry_id = (SELECT id FROM ministries WHERE code = 'MIC')))
		GROUP BY 1 ORDER BY 1`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var d struct {
			Day   string
			Count int
		}
		if err := rows.Scan(&d.Day, &d.Count); err != nil {
			t.Fatal(err)
		}
		want = append(want, d)
	}
	rows.Close()
	if len(want) == 0 {
		t.Fatal("the demo data has no applications to MIC's events of FY2026")
	}

	for name, token := range map[string]string{"a MIC viewer": viewer, "the secretariat": sec} {
		var got perDay
		s.QueryAs(token, perDayQuery, map[string]any{"fy": 2026, "m": "mic"}).Decode(t, &got)
		if len(got.ApplicationsPerDay) != len(want) {
			t.Fatalf("%s: %d days, want %d", name, len(got.ApplicationsPerDay), len(want))
		}
		for i, d := range got.ApplicationsPerDay {
			if d.Day != want[i].Day || d.Count != want[i].Count {
				t.Errorf("%s: day %d is %+v, want %+v", name, i, d, want[i])
			}
		}
	}

	for _, c := range []struct {
		name, token, ministry string
		fy                    int
		code, field           string
	}{
		{"another ministry's staff", viewer, "MHLW", 2026, "FORBIDDEN", ""},
		{"anonymous", "", "MIC", 2026, "UNAUTHENTICATED", ""},
		{"a year out of range", sec, "MIC", 1800, "BAD_USER_INPUT", "fiscalYear"},
		{"a ministry that does not exist", sec, "XYZ", 2026, "BAD_USER_INPUT", "ministryCode"},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := s.QueryAs(c.token, perDayQuery, map[string]any{"fy": c.fy, "m": c.ministry})
			if len(r.Errors) != 1 || r.Errors[0].Code() != c.code {
				t.Fatalf("got %s, want %s", r.Body, c.code)
			}
			if f, _ := r.Errors[0].Extensions["field"].(string); f != c.field {
				t.Errorf("field %q, want %q", f, c.field)
			}
		})
	}
}

// TestApplicationsPerDayStatements: the counts cost one statement whatever the number of days and
// events: a year with many applications costs what a year with none does.
func TestApplicationsPerDayStatements(t *testing.T) {
	s := apptest.New(t, apptest.Options{Seed: true})
	sec := s.Staff("sec@example.jp", telework.RoleSecretariat, "")
	s.QueryAs(sec, `{ viewer { email } }`, nil) // marks the session used: no statement of the field's
	counts := map[int]int64{}
	days := map[int]int{}
	for _, fy := range []int{2026, 2010} {
		r := s.QueryAs(sec, perDayQuery, map[string]any{"fy": fy, "m": "MIC"})
		var got perDay
		r.Decode(t, &got)
		counts[fy], days[fy] = r.Statements, len(got.ApplicationsPerDay)
	}
	base := s.QueryAs(sec, `{ viewer { email } }`, nil).Statements
	t.Logf("SQL statements: FY2026 (%d days) → %d, FY2010 (%d days) → %d, viewer alone → %d", days[2026], counts[2026], days[2010], counts[2010], base)
	if days[2026] == 0 || counts[2026] != counts[2010] || counts[2026] > base+3 {
		t.Errorf("statements %v (days %v), a request without the field %d", counts, days, base)
	}
}
