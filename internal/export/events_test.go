package export_test

import (
	"net/http"
	"net/url"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/teleworkmonth/platform/internal/relay"
)

var eventHeader = []string{
	"タイトル（日本語）", "タイトル（英語）", "開始日時", "終了日時", "状態", "主催", "共催",
	"定員", "申込済み座席数", "キャンセル待ち人数", "申込締切",
}

func TestEventsExport(t *testing.T) {
	f := newFixture(t, nil)

	t.Run("the rows are the API's events list, for each viewer and filter", func(t *testing.T) {
		for _, tc := range []struct {
			as     string
			query  string
			filter map[string]any
		}{
			{micAdmin, "fiscalYear=2026&ministryCode=MIC", map[string]any{"fiscalYear": 2026, "ministryCode": "MIC"}},
			{micViewer, "fiscalYear=2026&ministryCode=MIC", map[string]any{"fiscalYear": 2026, "ministryCode": "MIC"}},
			{mhlwAdmin, "fiscalYear=2026&ministryCode=MIC", map[string]any{"fiscalYear": 2026, "ministryCode": "MIC"}}, // no MIC drafts
			{secretariat, "", map[string]any{}},
			{micEditor, "status=PUBLISHED&search=" + url.QueryEscape("シンポジウム") + "&startsAfter=" + url.QueryEscape("2026-04-01T00:00:00+09:00"),
				map[string]any{"status": "PUBLISHED", "search": "シンポジウム", "startsAfter": "2026-04-01T00:00:00+09:00"}},
			{micAdmin, "kind=SYMPOSIUM&prefecture=TOKYO&onlineOnly=false&hasSeats=false",
				map[string]any{"kind": "SYMPOSIUM", "prefecture": "TOKYO", "onlineOnly": false, "hasSeats": false}},
		} {
			t.Run(tc.as+"?"+tc.query, func(t *testing.T) {
				rows := mustCSV(t, f.get(t, tc.as, "/admin/export/events.csv?"+tc.query))
				if !reflect.DeepEqual(rows[0], eventHeader) {
					t.Fatalf("header %q", rows[0])
				}
				api := f.apiEvents(t, tc.as, tc.filter)
				if len(api) == 0 {
					t.Fatal("the API lists no event: the case tests nothing")
				}
				if !reflect.DeepEqual(rows[1:], api) {
					t.Errorf("rows\n%q\nthe API's\n%q", rows[1:], api)
				}
			})
		}
	})

	t.Run("the event's title is quoted", func(t *testing.T) {
		resp := f.get(t, micAdmin, "/admin/export/events.csv?fiscalYear=2026&ministryCode=MIC")
		if want := "\r\n\"テレワーク月間シンポジウム \"\"2026\"\", 東京/オンライン\",Telework Month Symposium,2027-01-20 13:30,"; !strings.Contains(string(resp.Body), want) {
			t.Errorf("the file lacks %q", want)
		}
		want := `attachment; filename="events_` + todayInJapan() + `.csv"; filename*=UTF-8''` + url.PathEscape("イベント一覧_"+todayInJapan()+".csv")
		if cd := resp.Header.Get("Content-Disposition"); cd != want {
			t.Errorf("Content-Disposition %s, want %s", cd, want)
		}
	})

	t.Run("refused", func(t *testing.T) {
		wantCode(t, f.get(t, "", "/admin/export/events.csv"), http.StatusUnauthorized, "UNAUTHENTICATED")
		long := strings.Repeat("テ", 101)
		for _, tc := range []struct{ query, field string }{
			{"fiscalYear=abc", "fiscalYear"},
			{"fiscalYear=1800", "fiscalYear"},
			{"fiscalyear=2026", "fiscalyear"},
			{"status=DRAFT&status=PUBLISHED", "status"},
			{"status=OPEN", "status"},
			{"kind=PARTY", "kind"},
			{"prefecture=ATLANTIS", "prefecture"},
			{"startsAfter=yesterday", "startsAfter"},
			{"startsAfter=2026-12-01T00:00:00Z&startsBefore=2026-11-01T00:00:00Z", "startsBefore"},
			{"onlineOnly=yes", "onlineOnly"},
			{"search=" + url.QueryEscape(long), "search"},
			{"search=%20", "search"},
			{"search=%FF%FE", "search"}, // not UTF-8: PostgreSQL would refuse it as a server error
			{"search=a%00b", "search"},
			{"ministryCode=" + strings.Repeat("M", 101), "ministryCode"},
		} {
			t.Run(tc.query, func(t *testing.T) {
				wantField(t, f.get(t, micAdmin, "/admin/export/events.csv?"+tc.query), tc.field)
			})
		}
		wantCode(t, f.get(t, micAdmin, "/admin/export/nothing.csv"), http.StatusNotFound, "NOT_FOUND")
	})
}

// apiEvents reads the events list through the API as a viewer, as rows of the export.
func (f *fixture) apiEvents(t *testing.T, as string, filter map[string]any) [][]string {
	t.Helper()
	var rows [][]string
	var after *string
	for {
		r := f.s.QueryAs(f.tokens[as], `query($f: EventFilter, $after: String) { events(filter: $f, first: 100, after: $after) {
			pageInfo { hasNextPage endCursor }
			edges { node { id title { ja en } startsAt endsAt status host { name { ja } } coHosts { name { ja } }
				capacity seatsRemaining waitlistLength applicationDeadline } } } }`, map[string]any{"f": filter, "after": after})
		if len(r.Errors) > 0 {
			t.Fatalf("API: %s", r.Body)
		}
		var data struct {
			Events struct {
				PageInfo struct {
					HasNextPage bool
					EndCursor   string
				}
				Edges []struct{ Node apiEvent }
			}
		}
		r.Decode(t, &data)
		for _, e := range data.Events.Edges {
			rows = append(rows, f.eventRow(t, e.Node))
		}
		if !data.Events.PageInfo.HasNextPage {
			return rows
		}
		after = &data.Events.PageInfo.EndCursor
	}
}

type apiEvent struct {
	ID    string
	Title struct {
		Ja string
		En *string
	}
	StartsAt, EndsAt, Status string
	Host                     struct{ Name struct{ Ja string } }
	CoHosts                  []struct{ Name struct{ Ja string } }
	Capacity, SeatsRemaining *int
	WaitlistLength           int
	ApplicationDeadline      *string
}

// eventRow is the row of the export for an event of the API.
func (f *fixture) eventRow(t *testing.T, e apiEvent) []string {
	t.Helper()
	coHosts := make([]string, len(e.CoHosts))
	for i, m := range e.CoHosts {
		coHosts[i] = m.Name.Ja
	}
	capacity, seatsTaken := "", 0
	if e.Capacity != nil {
		capacity, seatsTaken = strconv.Itoa(*e.Capacity), *e.Capacity-*e.SeatsRemaining
	} else {
		// The API tells seats taken only as the seats that remain of a capacity.
		_, id, _ := relay.ParseID(e.ID)
		if err := f.s.DB.Get(&seatsTaken, `SELECT seats_taken FROM events WHERE id = $1`, id); err != nil {
			t.Fatal(err)
		}
	}
	deadline := "定員になり次第"
	if e.ApplicationDeadline != nil {
		deadline = inJapan(t, e.ApplicationDeadline)
	}
	return []string{asCell(&e.Title.Ja), asCell(e.Title.En), inJapan(t, &e.StartsAt), inJapan(t, &e.EndsAt),
		map[string]string{"DRAFT": "下書き", "PUBLISHED": "公開中", "CLOSED": "終了", "CANCELLED": "中止"}[e.Status],
		e.Host.Name.Ja, strings.Join(coHosts, "、"), capacity, strconv.Itoa(seatsTaken), strconv.Itoa(e.WaitlistLength), deadline}
}
