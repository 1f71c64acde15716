package resolvers_test

// The public read side of campaigns, ministries, bilingual texts and the viewer, through the real
// HTTP handler on a real database with the demo data.

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/lib/pq"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/telework"
)

func TestCampaigns(t *testing.T) {
	s := apptest.New(t, apptest.Options{Seed: true})

	type stats struct {
		RegistrantCount int
		EventCount      int
		ByActivity      []struct {
			Activity string
			Count    int
		}
		ByPrefecture []struct {
			Prefecture string
			Count      int
		}
	}
	type member struct {
		OrganizationName localized
		Ministry         *struct{ Code string }
		Sector           string
		Role             string
	}
	// committee checks a campaign's committee against the database, member by member in order,
	// and against the first and last members the documents give.
	committee := func(fy int, wantName string, wantMinistries []string) gqlCase {
		return gqlCase{
			name: fmt.Sprintf("committee of FY%d in order with ministries", fy),
			query: `query($fy: Int!) { campaign(fiscalYear: $fy) { committee { id name { ja }
				members { organizationName { ja } ministry { code } sector role } } } }`,
			vars: map[string]any{"fy": fy},
			check: func(t *testing.T, r apptest.Response) {
				var d struct {
					Campaign struct {
						Committee *struct {
							ID      string
							Name    localized
							Members []member
						}
					}
				}
				r.Decode(t, &d)
				c := d.Campaign.Committee
				if c == nil {
					t.Fatal("committee is null")
				}
				if c.Name.Ja != wantName {
					t.Errorf("committee name %q, want %q", c.Name.Ja, wantName)
				}
				wantID := sqlIDs(t, s.DB, relay.KindCommittee, `SELECT m.id FROM committees m JOIN campaigns c ON c.id = m.campaign_id WHERE c.fiscal_year = $1`, fy)
				sameList(t, "committee id", []string{c.ID}, wantID)
				var rows []string
				err := s.DB.Select(&rows, `
					SELECT m.organization_ja || '|' || coalesce(mi.code, '') || '|' || m.sector || '|' || m.role
					FROM committee_members m JOIN committees k ON k.id = m.committee_id
					JOIN campaigns c ON c.id = k.campaign_id LEFT JOIN ministries mi ON mi.id = m.ministry_id
					WHERE c.fiscal_year = $1 ORDER BY m.position`, fy)
				if err != nil {
					t.Fatal(err)
				}
				got := mapList(c.Members, func(m member) string {
					code := ""
					if m.Ministry != nil {
						code = m.Ministry.Code
					}
					return m.OrganizationName.Ja + "|" + code + "|" + m.Sector + "|" + m.Role
				})
				sameList(t, "members", got, rows)
				var ministries []string
				for _, m := range c.Members {
					if m.Ministry != nil {
						ministries = append(ministries, m.Ministry.Code)
					}
				}
				sameList(t, "member ministries", ministries, wantMinistries)
			},
		}
	}
	allFY23 := []string{"CAS", "CAO", "DA", "MIC", "MHLW", "METI", "MLIT", "JTA"}

	cases := []gqlCase{
		{
			name:  "campaigns newest first",
			query: `{ campaigns { id fiscalYear } }`,
			check: func(t *testing.T, r apptest.Response) {
				var d struct{ Campaigns []struct{ ID string } }
				r.Decode(t, &d)
				got := mapList(d.Campaigns, func(c struct{ ID string }) string { return c.ID })
				sameList(t, "campaigns", got, sqlIDs(t, s.DB, relay.KindCampaign, `SELECT id FROM campaigns ORDER BY fiscal_year DESC`))
				var years struct{ Campaigns []struct{ FiscalYear int } }
				r.Decode(t, &years)
				sameList(t, "fiscal years", mapList(years.Campaigns, func(c struct{ FiscalYear int }) int { return c.FiscalYear }),
					[]int{2026, 2025, 2024, 2023, 2017})
			},
		},
		{
			name: "FY2023 is 令和5年度 with its theme",
			query: `{ campaign(fiscalYear: 2023) { fiscalYear eraName name { ja en } theme { ja en }
				startsOn endsOn registrationOpen } }`,
			check: dataIs(`{"campaign": {"fiscalYear": 2023, "eraName": "令和5年度",
				"name": {"ja": "令和5年度テレワーク月間", "en": "Telework Month FY2023"},
				"theme": {"ja": "働く、を変える", "en": "Changing how we work"},
				"startsOn": "2023-04-01", "endsOn": "2024-03-31", "registrationOpen": false}}`),
		},
		{
			name:  "FY2017 is 平成29年度 without a theme",
			query: `{ campaign(fiscalYear: 2017) { fiscalYear eraName name { ja } theme { ja } startsOn endsOn registrationOpen } }`,
			check: dataIs(`{"campaign": {"fiscalYear": 2017, "eraName": "平成29年度", "name": {"ja": "平成29年度テレワーク月間"},
				"theme": null, "startsOn": "2017-04-01", "endsOn": "2018-03-31", "registrationOpen": false}}`),
		},
		{
			name:  "FY2026 is 令和8年度 and open for registration",
			query: `{ campaign(fiscalYear: 2026) { eraName registrationOpen } }`,
			check: dataIs(`{"campaign": {"eraName": "令和8年度", "registrationOpen": true}}`),
		},
		{
			name:  "a year without a campaign is null, no error",
			query: `{ campaign(fiscalYear: 2020) { id } }`,
			check: dataIs(`{"campaign": null}`),
		},
		{
			name:  "a year outside any era of the data is null, no error",
			query: `{ campaign(fiscalYear: 1900) { id } }`,
			check: dataIs(`{"campaign": null}`),
		},
		{
			name: "stats of every campaign equal the counts in the database",
			query: `{ campaigns { id fiscalYear stats { registrantCount eventCount
				byActivity { activity count } byPrefecture { prefecture count } } } }`,
			check: func(t *testing.T, r apptest.Response) {
				var d struct {
					Campaigns []struct {
						FiscalYear int
						Stats      stats
					}
				}
				r.Decode(t, &d)
				if len(d.Campaigns) != 5 {
					t.Fatalf("%d campaigns, want 5", len(d.Campaigns))
				}
				prefectures := mapList(telework.Prefectures, func(p telework.Prefecture) string { return string(p) })
				for _, c := range d.Campaigns {
					fy := c.FiscalYear
					approved := `FROM registrants r JOIN campaigns c ON c.id = r.campaign_id WHERE c.fiscal_year = $1 AND r.status = 'APPROVED'`
					if want := sqlInt(t, s.DB, `SELECT count(*) `+approved, fy); c.Stats.RegistrantCount != want || want == 0 {
						t.Errorf("FY%d registrantCount %d, want %d", fy, c.Stats.RegistrantCount, want)
					}
					want := sqlInt(t, s.DB, `SELECT count(*) FROM events e JOIN campaigns c ON c.id = e.campaign_id
						WHERE c.fiscal_year = $1 AND e.status IN ('PUBLISHED', 'CLOSED')`, fy)
					if c.Stats.EventCount != want || want == 0 {
						t.Errorf("FY%d eventCount %d, want %d (published and closed)", fy, c.Stats.EventCount, want)
					}
					var gotActs, wantActs []string
					for _, a := range c.Stats.ByActivity {
						gotActs = append(gotActs, fmt.Sprintf("%s=%d", a.Activity, a.Count))
					}
					for _, a := range []string{"PRACTICING", "LEARNING", "PROMOTING"} {
						n := sqlInt(t, s.DB, `SELECT count(*) `+approved+` AND $2 = ANY(r.activities)`, fy, a)
						if n == 0 {
							t.Fatalf("FY%d: the demo data has no approved %s registrant", fy, a)
						}
						wantActs = append(wantActs, fmt.Sprintf("%s=%d", a, n))
					}
					sameList(t, fmt.Sprintf("FY%d byActivity", fy), gotActs, wantActs)

					var wantPrefs []string
					err := s.DB.Select(&wantPrefs, `SELECT r.prefecture || '=' || count(*) `+approved+` AND r.prefecture IS NOT NULL
						GROUP BY r.prefecture ORDER BY array_position($2::text[], r.prefecture)`, fy, pq.Array(prefectures))
					if err != nil {
						t.Fatal(err)
					}
					gotPrefs := mapList(c.Stats.ByPrefecture, func(p struct {
						Prefecture string
						Count      int
					}) string {
						return fmt.Sprintf("%s=%d", p.Prefecture, p.Count)
					})
					sameList(t, fmt.Sprintf("FY%d byPrefecture (national-code order)", fy), gotPrefs, wantPrefs)
					if len(wantPrefs) < 2 {
						t.Errorf("FY%d: only %d prefectures: the order is not tested", fy, len(wantPrefs))
					}
				}
			},
		},
		committee(2023, "テレワーク月間実行委員会", allFY23),
		committee(2024, "テレワーク月間実行委員会", append(slices.Clone(allFY23), "MOE")),
		committee(2017, "テレワーク推進フォーラム", []string{"MIC", "MHLW", "METI", "MLIT"}),
		{
			name:  "the FY2023 committee: government, then industry, academia and the secretariat",
			query: `{ campaign(fiscalYear: 2023) { committee { members { organizationName { ja } ministry { code } sector role } } } }`,
			check: func(t *testing.T, r apptest.Response) {
				var d struct {
					Campaign struct{ Committee struct{ Members []member } }
				}
				r.Decode(t, &d)
				ms := d.Campaign.Committee.Members
				if len(ms) != 11 {
					t.Fatalf("%d members, want 11", len(ms))
				}
				if ms[0].Ministry == nil || ms[0].Ministry.Code != "CAS" || ms[0].Sector != "GOVERNMENT" {
					t.Errorf("first member %+v, want CAS (government)", ms[0])
				}
				for i, want := range []struct{ org, sector, role string }{
					{"産業界", "INDUSTRY", "MEMBER"}, {"学識者", "ACADEMIA", "MEMBER"}, {"テレワーク月間事務局", "GOVERNMENT", "SECRETARIAT"},
				} {
					m := ms[8+i]
					if m.OrganizationName.Ja != want.org || m.Sector != want.sector || m.Role != want.role || m.Ministry != nil {
						t.Errorf("member %d = %+v, want %s %s %s without a ministry", 8+i, m, want.org, want.sector, want.role)
					}
				}
			},
		},
		{
			name:  "award programs of a campaign in the campaign's order; none in FY2017",
			query: `{ a: campaign(fiscalYear: 2023) { awardPrograms { ministry { code } } } b: campaign(fiscalYear: 2017) { awardPrograms { id } } }`,
			check: dataIs(`{"a": {"awardPrograms": [{"ministry": {"code": "MIC"}}, {"ministry": {"code": "MHLW"}}, {"ministry": {"code": "CAO"}}]},
				"b": {"awardPrograms": []}}`),
		},
		{
			name:  "campaign.events holds the campaign's public events",
			query: `{ campaign(fiscalYear: 2023) { events(first: 100) { totalCount edges { node { id campaign { fiscalYear } } } } } }`,
			check: func(t *testing.T, r apptest.Response) {
				var d struct {
					Campaign struct {
						Events connection[struct {
							ID       string
							Campaign struct{ FiscalYear int }
						}]
					}
				}
				r.Decode(t, &d)
				want := sqlIDs(t, s.DB, relay.KindEvent, publicEventsSQL(`c.fiscal_year = 2023`))
				var got []string
				for _, e := range d.Campaign.Events.Edges {
					got = append(got, e.Node.ID)
					if e.Node.Campaign.FiscalYear != 2023 {
						t.Errorf("event %s of FY%d in the FY2023 list", e.Node.ID, e.Node.Campaign.FiscalYear)
					}
				}
				sameList(t, "FY2023 events", got, want)
				if d.Campaign.Events.TotalCount != len(want) {
					t.Errorf("totalCount %d, want %d", d.Campaign.Events.TotalCount, len(want))
				}
			},
		},
	}
	runCases(t, s, cases)
}

// TestEraNamesAndEmptyCampaign checks the era labels around the changes of era, and that a campaign
// with nothing in it answers empty lists, null committee and zero counts, without errors.
func TestEraNamesAndEmptyCampaign(t *testing.T) {
	s := apptest.New(t, apptest.Options{})
	for _, fy := range []int{1989, 2018, 2019, 2020} {
		s.DB.MustExec(`INSERT INTO campaigns (fiscal_year, name_ja, starts_on, ends_on)
			VALUES ($1, $2, make_date($1, 4, 1), make_date($1 + 1, 3, 31))`, fy, fmt.Sprintf("%d年度テレワーク月間", fy))
	}
	var cases []gqlCase
	for fy, era := range map[int]string{1989: "平成元年度", 2018: "平成30年度", 2019: "令和元年度", 2020: "令和2年度"} {
		cases = append(cases, gqlCase{
			name:  fmt.Sprintf("FY%d is %s", fy, era),
			query: `query($fy: Int!) { campaign(fiscalYear: $fy) { eraName } }`,
			vars:  map[string]any{"fy": fy},
			check: dataIs(fmt.Sprintf(`{"campaign": {"eraName": %q}}`, era)),
		})
	}
	slices.SortFunc(cases, func(a, b gqlCase) int { return strings.Compare(a.name, b.name) })
	cases = append(cases,
		gqlCase{
			name:  "campaigns newest first",
			query: `{ campaigns { fiscalYear } }`,
			check: dataIs(`{"campaigns": [{"fiscalYear": 2020}, {"fiscalYear": 2019}, {"fiscalYear": 2018}, {"fiscalYear": 1989}]}`),
		},
		gqlCase{
			name: "an empty campaign: null committee and theme, empty lists, zero counts",
			query: `{ campaign(fiscalYear: 2019) { name { ja en text } theme { ja } committee { id } awardPrograms { id }
				events { totalCount pageInfo { hasNextPage endCursor } edges { cursor } }
				stats { registrantCount eventCount byPrefecture { prefecture } byActivity { count } } } }`,
			check: func(t *testing.T, r apptest.Response) {
				var d struct {
					Campaign struct {
						Name          localized
						Theme         *localized
						Committee     *struct{ ID string }
						AwardPrograms []struct{ ID string }
						Events        connection[struct{}]
						Stats         struct {
							RegistrantCount, EventCount int
							ByPrefecture                []struct{ Prefecture string }
							ByActivity                  []struct{ Count int }
						}
					}
				}
				r.Decode(t, &d)
				c := d.Campaign
				if c.Name.Ja != "2019年度テレワーク月間" || c.Name.En != nil || c.Name.Text != c.Name.Ja {
					t.Errorf("name %+v", c.Name)
				}
				if c.Theme != nil || c.Committee != nil || c.AwardPrograms == nil || len(c.AwardPrograms) != 0 {
					t.Errorf("theme %v, committee %v, award programs %v: want null, null, []", c.Theme, c.Committee, c.AwardPrograms)
				}
				if e := c.Events; e.TotalCount != 0 || len(e.Edges) != 0 || e.PageInfo.HasNextPage || e.PageInfo.EndCursor != nil {
					t.Errorf("events %+v, want an empty page", e)
				}
				st := c.Stats
				if st.RegistrantCount != 0 || st.EventCount != 0 || len(st.ByPrefecture) != 0 {
					t.Errorf("stats %+v, want zeros", st)
				}
				for _, a := range st.ByActivity {
					if a.Count != 0 {
						t.Errorf("byActivity %+v, want zeros", st.ByActivity)
					}
				}
			},
		},
		gqlCase{
			name:  "a database without demo data answers empty lists",
			query: `{ ministries { code } events { totalCount edges { cursor } } registrants { totalCount edges { cursor } } awardPrograms { id } }`,
			check: dataIs(`{"ministries": [], "events": {"totalCount": 0, "edges": []}, "registrants": {"totalCount": 0, "edges": []}, "awardPrograms": []}`),
		},
	)
	runCases(t, s, cases)
}

// TestLocalizedText checks that LocalizedText.text follows Accept-Language: English when English
// is preferred and present, Japanese otherwise; ja and en never change.
func TestLocalizedText(t *testing.T) {
	s := apptest.New(t, apptest.Options{Seed: true})
	event := relay.ID(relay.KindEvent, fy2023EventKey(t, s.DB))
	// Texts without English, in ministries and a division the cases below do not otherwise read.
	s.DB.MustExec(`UPDATE ministries SET name_en = NULL WHERE code = 'MOE'`)
	s.DB.MustExec(`UPDATE ministries SET name_en = '' WHERE code = 'JTA'`)
	s.DB.MustExec(`UPDATE divisions SET bureau_en = NULL WHERE name_ja = '情報流通振興課'`)

	const texts = `query($event: ID!) {
		campaign(fiscalYear: 2023) { name { ja en text } theme { ja en text }
			committee { name { ja en text } members { organizationName { ja en text } } } }
		event(id: $event) { title { ja en text } description { ja en text } programParts { title { ja en text } }
			venue { name { ja en text } address { ja en text } } host { name { ja en text } } } }`
	// bilingual checks that every text of the answer is in the language wanted.
	bilingual := func(english bool) func(t *testing.T, r apptest.Response) {
		return func(t *testing.T, r apptest.Response) {
			var d struct {
				Campaign struct {
					Name, Theme localized
					Committee   struct {
						Name    localized
						Members []struct{ OrganizationName localized }
					}
				}
				Event struct {
					Title, Description localized
					ProgramParts       []struct{ Title localized }
					Venue              struct{ Name, Address localized }
					Host               struct{ Name localized }
				}
			}
			r.Decode(t, &d)
			all := map[string]localized{
				"campaign.name": d.Campaign.Name, "campaign.theme": d.Campaign.Theme, "committee.name": d.Campaign.Committee.Name,
				"event.title": d.Event.Title, "event.description": d.Event.Description, "venue.name": d.Event.Venue.Name,
				"venue.address": d.Event.Venue.Address, "host.name": d.Event.Host.Name,
			}
			for i, m := range d.Campaign.Committee.Members {
				all[fmt.Sprintf("member %d", i)] = m.OrganizationName
			}
			for i, p := range d.Event.ProgramParts {
				all[fmt.Sprintf("program part %d", i)] = p.Title
			}
			if len(all) < 20 {
				t.Fatalf("only %d texts in the answer", len(all))
			}
			for where, l := range all {
				if l.Ja == "" || l.En == nil || *l.En == "" || *l.En == l.Ja {
					t.Fatalf("%s: %+v: the demo data should have distinct Japanese and English", where, l)
				}
				want := l.Ja
				if english {
					want = *l.En
				}
				if l.Text != want {
					t.Errorf("%s: text %q, want %q", where, l.Text, want)
				}
			}
		}
	}
	var cases []gqlCase
	for _, h := range []struct {
		acceptLanguage string
		english        bool
	}{
		{"", false},
		{"ja", false},
		{"ja-JP", false},
		{"en", true},
		{"en-US,en;q=0.9", true},
		{"en-GB", true},
		{"fr", false},
		{"fr, en;q=0.5", true},
		{"en;q=0.5, ja", false},
		{"ja, en;q=0.8", false},
		{"*", false},
		{"not a language;;", false},
	} {
		name, hdr := "no Accept-Language", header("Accept-Language", h.acceptLanguage)
		if h.acceptLanguage != "" {
			name = "Accept-Language " + h.acceptLanguage
		} else {
			hdr = nil
		}
		lang := "Japanese"
		if h.english {
			lang = "English"
		}
		cases = append(cases, gqlCase{
			name: name + " → " + lang, query: texts, vars: map[string]any{"event": event}, header: hdr, check: bilingual(h.english),
		})
	}
	cases = append(cases,
		gqlCase{
			name:   "English asked for but missing → Japanese",
			query:  `{ moe: ministry(code: "MOE") { name { ja en text } } mic: ministry(code: "MIC") { divisions { bureau { ja en text } } } }`,
			header: header("Accept-Language", "en"),
			check: func(t *testing.T, r apptest.Response) {
				var d struct {
					Moe struct{ Name localized }
					Mic struct{ Divisions []struct{ Bureau *localized } }
				}
				r.Decode(t, &d)
				if n := d.Moe.Name; n.Ja != "環境省" || n.En != nil || n.Text != "環境省" {
					t.Errorf("MOE name %+v, want 環境省 with en null and text in Japanese", n)
				}
				if b := d.Mic.Divisions[0].Bureau; b == nil || b.Ja != "情報流通行政局" || b.En != nil || b.Text != b.Ja {
					t.Errorf("MIC's first bureau %+v, want 情報流通行政局 with en null and text in Japanese", b)
				}
			},
		},
		gqlCase{
			name:   "English asked for but empty → Japanese",
			query:  `{ ministry(code: "JTA") { name { ja text } } }`,
			header: header("Accept-Language", "en"),
			check:  dataIs(`{"ministry": {"name": {"ja": "観光庁", "text": "観光庁"}}}`),
		},
	)
	runCases(t, s, cases)
}

func TestMinistries(t *testing.T) {
	s := apptest.New(t, apptest.Options{Seed: true})
	type eventsOf struct {
		Code   string
		Events connection[eventNode]
	}
	cases := []gqlCase{
		{
			name:  "ministries in the government's order, CAS first",
			query: `{ ministries { id code } }`,
			check: func(t *testing.T, r apptest.Response) {
				var d struct {
					Ministries []struct{ ID, Code string }
				}
				r.Decode(t, &d)
				codes := mapList(d.Ministries, func(m struct{ ID, Code string }) string { return m.Code })
				sameList(t, "codes", codes, []string{"CAS", "CAO", "DA", "MIC", "MHLW", "METI", "MLIT", "JTA", "MOE"})
				ids := mapList(d.Ministries, func(m struct{ ID, Code string }) string { return m.ID })
				sameList(t, "ids", ids, sqlIDs(t, s.DB, relay.KindMinistry, `SELECT id FROM ministries ORDER BY position, id`))
			},
		},
		{
			name: "MIC with its divisions in order",
			query: `{ ministry(code: "MIC") { code name { ja en }
				divisions { name { ja } bureau { ja } email phone } } }`,
			check: dataIs(`{"ministry": {"code": "MIC", "name": {"ja": "総務省", "en": "Ministry of Internal Affairs and Communications"},
				"divisions": [
					{"name": {"ja": "情報流通振興課"}, "bureau": {"ja": "情報流通行政局"}, "email": "telework.mic@example.jp", "phone": "03-0000-0401"},
					{"name": {"ja": "テレワーク月間事務局"}, "bureau": null, "email": "telework@ml.soumu.go.jp", "phone": null}]}}`),
		},
		{
			name:  "MIC's id and division ids are those of the database",
			query: `{ ministry(code: "MIC") { id divisions { id } } }`,
			check: func(t *testing.T, r apptest.Response) {
				var d struct {
					Ministry struct {
						ID        string
						Divisions []struct{ ID string }
					}
				}
				r.Decode(t, &d)
				sameList(t, "ministry", []string{d.Ministry.ID}, sqlIDs(t, s.DB, relay.KindMinistry, `SELECT id FROM ministries WHERE code = 'MIC'`))
				sameList(t, "divisions", mapList(d.Ministry.Divisions, func(x struct{ ID string }) string { return x.ID }),
					sqlIDs(t, s.DB, relay.KindDivision, `SELECT d.id FROM divisions d JOIN ministries m ON m.id = d.ministry_id
						WHERE m.code = 'MIC' ORDER BY d.position, d.id`))
			},
		},
		{name: "unknown code → null, no error", query: `{ ministry(code: "XYZ") { id } }`, check: dataIs(`{"ministry": null}`)},
		{name: "empty code → null, no error", query: `{ ministry(code: "") { id } }`, check: dataIs(`{"ministry": null}`)},
		{
			name:  "MOE's events: only those it hosts or co-hosts",
			query: `{ ministry(code: "MOE") { code events(first: 100) { totalCount edges { node { ` + eventNodeFields + ` } } } } }`,
			check: func(t *testing.T, r apptest.Response) {
				var d struct{ Ministry eventsOf }
				r.Decode(t, &d)
				checkMinistryEvents(t, s, d.Ministry.Code, d.Ministry.Events)
				for _, e := range d.Ministry.Events.Edges {
					if e.Node.Campaign.FiscalYear < 2024 {
						t.Errorf("MOE event %s in FY%d: MOE joined the committee in FY2024", e.Node.ID, e.Node.Campaign.FiscalYear)
					}
				}
			},
		},
		{
			name:  "every ministry's events at once: hosted or co-hosted, counted as in the database",
			query: `{ ministries { code events(first: 100) { totalCount edges { node { ` + eventNodeFields + ` } } } } }`,
			check: func(t *testing.T, r apptest.Response) {
				var d struct{ Ministries []eventsOf }
				r.Decode(t, &d)
				if len(d.Ministries) != 9 {
					t.Fatalf("%d ministries, want 9", len(d.Ministries))
				}
				for _, m := range d.Ministries {
					checkMinistryEvents(t, s, m.Code, m.Events)
				}
			},
		},
		{
			name:  "MIC's award programs of FY2023",
			query: `{ ministry(code: "MIC") { awardPrograms(fiscalYear: 2023) { name { ja } ministry { code } campaign { fiscalYear } } } }`,
			check: dataIs(`{"ministry": {"awardPrograms": [{"name": {"ja": "テレワークトップランナー2023（総務大臣賞）"},
				"ministry": {"code": "MIC"}, "campaign": {"fiscalYear": 2023}}]}}`),
		},
		{
			name:  "MIC's award programs of every year, newest first",
			query: `{ ministry(code: "MIC") { awardPrograms { id } } }`,
			check: func(t *testing.T, r apptest.Response) {
				var d struct {
					Ministry struct{ AwardPrograms []struct{ ID string } }
				}
				r.Decode(t, &d)
				sameList(t, "programs", mapList(d.Ministry.AwardPrograms, func(p struct{ ID string }) string { return p.ID }),
					sqlIDs(t, s.DB, relay.KindAwardProgram, `SELECT p.id FROM award_programs p JOIN campaigns c ON c.id = p.campaign_id
						JOIN ministries m ON m.id = p.ministry_id WHERE m.code = 'MIC' ORDER BY c.fiscal_year DESC, p.position, p.id`))
			},
		},
		{
			name:  "award programs of a ministry without any, and of a year without any",
			query: `{ moe: ministry(code: "MOE") { awardPrograms { id } } cao: ministry(code: "CAO") { awardPrograms(fiscalYear: 2017) { id } } }`,
			check: dataIs(`{"moe": {"awardPrograms": []}, "cao": {"awardPrograms": []}}`),
		},
		{
			name:  "award programs of fiscal year 0 are none, as at the top level",
			query: `{ awardPrograms(fiscalYear: 0) { id } ministry(code: "MIC") { awardPrograms(fiscalYear: 0) { id } } }`,
			check: dataIs(`{"awardPrograms": [], "ministry": {"awardPrograms": []}}`),
		},
	}
	runCases(t, s, cases)
}

// checkMinistryEvents checks a ministry's page of events (one page holds all of them): each is
// hosted or co-hosted by the ministry, and the list and its total are the database's.
func checkMinistryEvents(t *testing.T, s *apptest.Server, code string, events connection[eventNode]) {
	t.Helper()
	var got []string
	for _, e := range events.Edges {
		got = append(got, e.Node.ID)
		if !e.Node.hostsOrCoHosts(code) {
			t.Errorf("%s lists event %s hosted by %s with co-hosts %v", code, e.Node.ID, e.Node.Host.Code, e.Node.CoHosts)
		}
	}
	want := sqlIDs(t, s.DB, relay.KindEvent, publicEventsSQL(`EXISTS (SELECT 1 FROM ministries m WHERE m.code = $1 AND
		(m.id = e.host_ministry_id OR m.id IN (SELECT ministry_id FROM event_cohosts WHERE event_id = e.id)))`), code)
	if len(want) == 0 {
		t.Fatalf("%s: the demo data has no events of this ministry", code)
	}
	sameList(t, code+" events", got, want)
	if events.TotalCount != len(want) {
		t.Errorf("%s: totalCount %d, want %d", code, events.TotalCount, len(want))
	}
}

func TestViewerIsAnonymous(t *testing.T) {
	// Seeded: can refuses ministry codes of no ministry.
	s := apptest.New(t, apptest.Options{Seed: true})
	runCases(t, s, []gqlCase{
		{
			name:  "no credential: anonymous, no roles, no email",
			query: `{ viewer { kind roles { role ministry { code } } email displayName } }`,
			check: dataIs(`{"viewer": {"kind": "anonymous", "roles": [], "email": null, "displayName": null}}`),
		},
		{
			name: "the anonymous viewer may do nothing",
			query: `{ viewer {
				readDraft: can(action: "read_draft", object: "event", ministryCode: "MIC")
				editEvent: can(action: "edit", object: "event", ministryCode: "MIC")
				publish: can(action: "publish", object: "event", ministryCode: "CAO")
				applications: can(action: "read", object: "application", ministryCode: "MHLW")
				registrants: can(action: "read", object: "registrant")
				audit: can(action: "read", object: "audit_log") } }`,
			check: dataIs(`{"viewer": {"readDraft": false, "editEvent": false, "publish": false, "applications": false,
				"registrants": false, "audit": false}}`),
		},
	})
}
