package resolvers_test

// What the public may and may not see: drafts, the public list of registrants and their restricted
// fields, award winners once announced, and objects by global ID.

import (
	"encoding/base64"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/relay"
)

func TestDraftsAreHidden(t *testing.T) {
	s := apptest.New(t, apptest.Options{Seed: true})
	drafts := sqlIDs(t, s.DB, relay.KindEvent, `SELECT id FROM events WHERE status = 'DRAFT' ORDER BY id`)
	if len(drafts) == 0 {
		t.Fatal("the demo data has no drafts")
	}
	isDraft := func(id string) bool { return slices.Contains(drafts, id) }
	noDrafts := func(t *testing.T, what string, ids []string) {
		t.Helper()
		for _, id := range ids {
			if isDraft(id) {
				t.Errorf("%s lists the draft %s", what, id)
			}
		}
	}
	// The ministries that host or co-host the drafts.
	var draftMinistries []string
	err := s.DB.Select(&draftMinistries, `SELECT DISTINCT m.code FROM events e JOIN ministries m ON m.id = e.host_ministry_id
		OR m.id IN (SELECT ministry_id FROM event_cohosts WHERE event_id = e.id) WHERE e.status = 'DRAFT' ORDER BY m.code`)
	if err != nil {
		t.Fatal(err)
	}

	t.Run("events: no draft, totalCount without drafts", func(t *testing.T) {
		nodes, total := walkPages[eventNode](t, s, eventsQuery, nil, 100, "events")
		noDrafts(t, "events", eventIDs(nodes))
		if want := sqlInt(t, s.DB, `SELECT count(*) FROM events WHERE status <> 'DRAFT'`); total != want || len(nodes) != want {
			t.Errorf("totalCount %d, %d listed; want %d", total, len(nodes), want)
		}
	})
	t.Run("events of the drafts' campaign: no draft", func(t *testing.T) {
		nodes, total := walkPages[eventNode](t, s, eventsQuery, map[string]any{"filter": map[string]any{"fiscalYear": 2026}}, 100, "events")
		noDrafts(t, "events of FY2026", eventIDs(nodes))
		want := sqlInt(t, s.DB, `SELECT count(*) FROM events e JOIN campaigns c ON c.id = e.campaign_id WHERE c.fiscal_year = 2026 AND e.status <> 'DRAFT'`)
		if total != want {
			t.Errorf("totalCount %d, want %d", total, want)
		}
	})
	t.Run("events searched by a draft's own title: no draft", func(t *testing.T) {
		var title string
		if err := s.DB.Get(&title, `SELECT title_ja FROM events WHERE status = 'DRAFT' ORDER BY id LIMIT 1`); err != nil {
			t.Fatal(err)
		}
		nodes, total := walkPages[eventNode](t, s, eventsQuery, map[string]any{"filter": map[string]any{"search": title}}, 100, "events")
		noDrafts(t, "the search", eventIDs(nodes))
		want := sqlInt(t, s.DB, `SELECT count(*) FROM events WHERE status <> 'DRAFT' AND title_ja LIKE '%' || $1 || '%'`, title)
		if total != want {
			t.Errorf("totalCount %d, want %d", total, want)
		}
	})
	t.Run("campaign.events of FY2026: no draft", func(t *testing.T) {
		nodes, total := walkPages[eventNode](t, s, `query($first: Int, $after: String) { campaign(fiscalYear: 2026) {
			events(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } } }`,
			nil, 100, "campaign", "events")
		noDrafts(t, "campaign.events", eventIDs(nodes))
		if want := sqlInt(t, s.DB, `SELECT count(*) FROM events e JOIN campaigns c ON c.id = e.campaign_id
			WHERE c.fiscal_year = 2026 AND e.status <> 'DRAFT'`); total != want || len(nodes) != want {
			t.Errorf("totalCount %d, %d listed; want %d", total, len(nodes), want)
		}
	})
	for _, code := range draftMinistries {
		t.Run("ministry("+code+").events: no draft", func(t *testing.T) {
			nodes, total := walkPages[eventNode](t, s, `query($code: String!, $first: Int, $after: String) { ministry(code: $code) {
				events(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } } }`,
				map[string]any{"code": code}, 100, "ministry", "events")
			noDrafts(t, code+".events", eventIDs(nodes))
			want := sqlInt(t, s.DB, `SELECT count(*) FROM events e JOIN ministries m ON m.code = $1 WHERE e.status <> 'DRAFT'
				AND (e.host_ministry_id = m.id OR m.id IN (SELECT ministry_id FROM event_cohosts WHERE event_id = e.id))`, code)
			if total != want || len(nodes) != want {
				t.Errorf("totalCount %d, %d listed; want %d", total, len(nodes), want)
			}
		})
	}

	var cases []gqlCase
	cases = append(cases,
		gqlCase{
			name:  "events(filter: {status: DRAFT}) is empty",
			query: `{ events(filter: {status: DRAFT}) { totalCount pageInfo { hasNextPage endCursor } edges { cursor } } }`,
			check: dataIs(`{"events": {"totalCount": 0, "pageInfo": {"hasNextPage": false, "endCursor": null}, "edges": []}}`),
		},
		gqlCase{
			name:  "campaign stats count published and closed events only",
			query: `{ campaign(fiscalYear: 2026) { stats { eventCount } } }`,
			check: func(t *testing.T, r apptest.Response) {
				want := sqlInt(t, s.DB, `SELECT count(*) FROM events e JOIN campaigns c ON c.id = e.campaign_id
					WHERE c.fiscal_year = 2026 AND e.status IN ('PUBLISHED', 'CLOSED')`)
				dataIs(fmt.Sprintf(`{"campaign": {"stats": {"eventCount": %d}}}`, want))(t, r)
			},
		},
	)
	for i, id := range drafts {
		cases = append(cases,
			gqlCase{
				name:  fmt.Sprintf("event(id) of draft %d → null, no error", i+1),
				query: `query($id: ID!) { event(id: $id) { id title { ja } } }`, vars: map[string]any{"id": id},
				check: dataIs(`{"event": null}`),
			},
			gqlCase{
				name:  fmt.Sprintf("node(id) of draft %d → null, no error", i+1),
				query: `query($id: ID!) { node(id: $id) { id ... on Event { status } } }`, vars: map[string]any{"id": id},
				check: dataIs(`{"node": null}`),
			},
		)
	}
	cancelled := sqlIDs(t, s.DB, relay.KindEvent, `SELECT id FROM events WHERE status = 'CANCELLED' ORDER BY id LIMIT 1`)
	cases = append(cases,
		gqlCase{
			name:  "a cancelled event is public",
			query: `query($id: ID!) { event(id: $id) { id status } }`, vars: map[string]any{"id": cancelled[0]},
			check: dataIs(fmt.Sprintf(`{"event": {"id": %q, "status": "CANCELLED"}}`, cancelled[0])),
		},
		gqlCase{
			name: "applications on a list of events: null and FORBIDDEN at each event, the rest arrives",
			query: `{ events(first: 4, filter: {fiscalYear: 2023}) { totalCount edges { node { id title { ja }
				applications(first: 5) { totalCount edges { node { attendeeEmail } } } } } } }`,
			wantCodes: []string{"FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"},
			check: func(t *testing.T, r apptest.Response) {
				want := map[string]string{}
				for i := range 4 {
					want[fmt.Sprintf("events.edges.%d.node.applications", i)] = "FORBIDDEN"
				}
				wantErrorsAt(t, r, want)
				var d struct {
					Events connection[struct {
						ID           string
						Title        localized
						Applications *struct{ TotalCount int }
					}]
				}
				r.Decode(t, &d)
				if len(d.Events.Edges) != 4 || d.Events.TotalCount == 0 {
					t.Fatalf("%d events, totalCount %d", len(d.Events.Edges), d.Events.TotalCount)
				}
				for _, e := range d.Events.Edges {
					if e.Node.ID == "" || e.Node.Title.Ja == "" || e.Node.Applications != nil {
						t.Errorf("event %+v: want its id and title, and null applications", e.Node)
					}
				}
			},
		},
	)
	runCases(t, s, cases)
}

func TestPublicRegistrants(t *testing.T) {
	s := apptest.New(t, apptest.Options{Seed: true})

	type filterCase struct {
		name   string
		filter map[string]any
		rule   func(r registrantNode) bool
		where  string
		args   []any
		// empty: no registrant on the public list matches; hiddenRows: the database has matching
		// registrants all the same, which the public list leaves out.
		empty, hiddenRows bool
	}
	has := func(list []string, x string) bool { return slices.Contains(list, x) }
	all := sqlInt(t, s.DB, listCount(listedRegistrantsSQL(`true`)))
	for _, tc := range []filterCase{
		{name: "no filter", rule: func(registrantNode) bool { return true }, where: `true`},
		{name: "status APPROVED: the same list", filter: map[string]any{"status": "APPROVED"},
			rule: func(registrantNode) bool { return true }, where: `true`},
		{name: "status REGISTERED: empty", filter: map[string]any{"status": "REGISTERED"}, where: `r.status = 'REGISTERED'`, empty: true, hiddenRows: true},
		{name: "status REJECTED: empty", filter: map[string]any{"status": "REJECTED"}, where: `r.status = 'REJECTED'`, empty: true, hiddenRows: true},
		{name: "status WITHDRAWN: empty", filter: map[string]any{"status": "WITHDRAWN"}, where: `r.status = 'WITHDRAWN'`, empty: true, hiddenRows: true},
		{name: "activity LEARNING", filter: map[string]any{"activity": "LEARNING"},
			rule: func(r registrantNode) bool { return has(r.Activities, "LEARNING") }, where: `'LEARNING' = ANY(r.activities)`},
		{name: "activity PROMOTING", filter: map[string]any{"activity": "PROMOTING"},
			rule: func(r registrantNode) bool { return has(r.Activities, "PROMOTING") }, where: `'PROMOTING' = ANY(r.activities)`},
		{name: "kind INDIVIDUAL", filter: map[string]any{"kind": "INDIVIDUAL"},
			rule: func(r registrantNode) bool { return r.Kind == "INDIVIDUAL" }, where: `r.kind = 'INDIVIDUAL'`},
		{name: "kind LOCAL_GOVERNMENT", filter: map[string]any{"kind": "LOCAL_GOVERNMENT"},
			rule: func(r registrantNode) bool { return r.Kind == "LOCAL_GOVERNMENT" }, where: `r.kind = 'LOCAL_GOVERNMENT'`},
		{name: "fiscalYear 2017", filter: map[string]any{"fiscalYear": 2017},
			rule: func(r registrantNode) bool { return r.Campaign.FiscalYear == 2017 }, where: `c.fiscal_year = 2017`},
		{name: "fiscalYear without a campaign", filter: map[string]any{"fiscalYear": 2020}, where: `c.fiscal_year = 2020`, empty: true},
		{name: "search by name (kanji)", filter: map[string]any{"search": "建設"},
			rule: func(r registrantNode) bool { return strings.Contains(deref(r.Name), "建設") }, where: `strpos(r.name, '建設') > 0`},
		{name: "search by name (hiragana)", filter: map[string]any{"search": "なごみ"},
			rule: func(r registrantNode) bool { return strings.Contains(deref(r.Name), "なごみ") }, where: `strpos(r.name, 'なごみ') > 0`},
		// The names found do not contain these: the reading matched.
		{name: "search by kana reading", filter: map[string]any{"search": "ケンセツ"},
			rule:  func(r registrantNode) bool { return !strings.Contains(deref(r.Name), "ケンセツ") },
			where: `strpos(r.name_kana, 'ケンセツ') > 0`},
		{name: "search by kana reading, with spaces around", filter: map[string]any{"search": " ナゴミ "},
			rule:  func(r registrantNode) bool { return !strings.Contains(deref(r.Name), "ナゴミ") },
			where: `strpos(r.name_kana, 'ナゴミ') > 0`},
		{name: "fiscalYear, activity, kind and search at once",
			filter: map[string]any{"fiscalYear": 2023, "activity": "PRACTICING", "kind": "COMPANY", "search": "株式会社"},
			rule: func(r registrantNode) bool {
				return r.Campaign.FiscalYear == 2023 && has(r.Activities, "PRACTICING") && r.Kind == "COMPANY" &&
					strings.Contains(deref(r.Name), "株式会社")
			},
			where: `c.fiscal_year = 2023 AND 'PRACTICING' = ANY(r.activities) AND r.kind = 'COMPANY' AND strpos(r.name, '株式会社') > 0`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			nodes, total := walkPages[registrantNode](t, s, registrantsQuery, map[string]any{"filter": tc.filter}, 100, "registrants")
			want := sqlIDs(t, s.DB, relay.KindRegistrant, listedRegistrantsSQL(tc.where), tc.args...)
			sameList(t, "registrants", registrantIDs(nodes), want)
			if total != len(want) {
				t.Errorf("totalCount %d, want %d", total, len(want))
			}
			for _, r := range nodes {
				if r.Name == nil || *r.Name == "" || tc.rule == nil || !tc.rule(r) {
					t.Errorf("registrant %+v does not satisfy the filter, or has no name", r)
				}
			}
			if tc.hiddenRows {
				if n := sqlInt(t, s.DB, `SELECT count(*) FROM registrants r JOIN campaigns c ON c.id = r.campaign_id WHERE `+tc.where); n == 0 {
					t.Errorf("the database has no registrant where %s: the case proves nothing", tc.where)
				}
			}
			if tc.empty {
				if len(want) != 0 {
					t.Errorf("%d listed registrants match, the case expects none", len(want))
				}
			} else if len(want) == 0 || (tc.where != "true" && len(want) == all) {
				t.Errorf("the filter matches %d of %d", len(want), all)
			}
		})
	}

	// Registrants that are not on the public list, one of each reason.
	hidden := map[string]string{
		"registered":                  `status = 'REGISTERED' AND publish_name`,
		"rejected":                    `status = 'REJECTED' AND publish_name`,
		"withdrawn":                   `status = 'WITHDRAWN' AND publish_name`,
		"approved but not consenting": `status = 'APPROVED' AND NOT publish_name`,
	}
	var cases []gqlCase
	for _, why := range slices.Sorted(maps.Keys(hidden)) {
		id := sqlIDs(t, s.DB, relay.KindRegistrant, `SELECT id FROM registrants WHERE `+hidden[why]+` ORDER BY id LIMIT 1`)
		if len(id) == 0 {
			t.Fatalf("the demo data has no registrant %s", why)
		}
		cases = append(cases,
			gqlCase{
				name:  "registrant(id) of one " + why + " → null, no error",
				query: `query($id: ID!) { registrant(id: $id) { id name } }`, vars: map[string]any{"id": id[0]},
				check: dataIs(`{"registrant": null}`),
			},
			gqlCase{
				name:  "node(id) of one " + why + " → null, no error",
				query: `query($id: ID!) { node(id: $id) { id } }`, vars: map[string]any{"id": id[0]},
				check: dataIs(`{"node": null}`),
			},
		)
	}
	listed := sqlKeys(t, s.DB, listedRegistrantsSQL(`r.prefecture IS NOT NULL AND r.employee_count IS NOT NULL`)+` LIMIT 1`)
	listedID := relay.ID(relay.KindRegistrant, listed[0])
	var want struct {
		Name     string  `db:"name"`
		Kind     string  `db:"kind"`
		Industry *string `db:"industry"`
		Acts     string  `db:"acts"`
	}
	if err := s.DB.Get(&want, `SELECT name, kind, industry, array_to_json(activities)::text AS acts FROM registrants WHERE id = $1`, listed[0]); err != nil {
		t.Fatal(err)
	}
	restricted := []string{"nameKana", "prefecture", "employeeCount", "teleworkerCount", "teleworkIntroduced", "contact", "logoDownloadUrl"}
	cases = append(cases,
		gqlCase{
			name:  "registrant(id) of a listed one: its public fields",
			query: `query($id: ID!) { registrant(id: $id) { id name kind industry activities status publishName } }`,
			vars:  map[string]any{"id": listedID},
			check: dataIs(fmt.Sprintf(`{"registrant": {"id": %q, "name": %q, "kind": %q, "industry": %q, "activities": %s,
				"status": "APPROVED", "publishName": true}}`, listedID, want.Name, want.Kind, deref(want.Industry), want.Acts)),
		},
		gqlCase{
			name: "registrant(id): restricted fields null and FORBIDDEN at exactly their paths",
			query: `query($id: ID!) { registrant(id: $id) { id name kind industry activities
				nameKana prefecture employeeCount teleworkerCount teleworkIntroduced contact { email } logoDownloadUrl } }`,
			vars:      map[string]any{"id": listedID},
			wantCodes: slices.Repeat([]string{"FORBIDDEN"}, len(restricted)),
			check: func(t *testing.T, r apptest.Response) {
				paths := map[string]string{}
				for _, f := range restricted {
					paths["registrant."+f] = "FORBIDDEN"
				}
				wantErrorsAt(t, r, paths)
				dataIs(fmt.Sprintf(`{"registrant": {"id": %q, "name": %q, "kind": %q, "industry": %q, "activities": %s,
					"nameKana": null, "prefecture": null, "employeeCount": null, "teleworkerCount": null,
					"teleworkIntroduced": null, "contact": null, "logoDownloadUrl": null}}`,
					listedID, want.Name, want.Kind, deref(want.Industry), want.Acts))(t, r)
			},
		},
		gqlCase{
			name: "registrants: restricted fields null and FORBIDDEN on every node, public fields arrive",
			query: `{ registrants(first: 5, filter: {kind: COMPANY}) { edges { node { id name kind industry activities
				nameKana prefecture employeeCount contact { email } logoDownloadUrl } } } }`,
			wantCodes: slices.Repeat([]string{"FORBIDDEN"}, 25),
			check: func(t *testing.T, r apptest.Response) {
				paths := map[string]string{}
				for i := range 5 {
					for _, f := range []string{"nameKana", "prefecture", "employeeCount", "contact", "logoDownloadUrl"} {
						paths[fmt.Sprintf("registrants.edges.%d.node.%s", i, f)] = "FORBIDDEN"
					}
				}
				wantErrorsAt(t, r, paths)
				type withheld struct {
					registrantNode
					NameKana, Prefecture, EmployeeCount, Contact, LogoDownloadURL any
				}
				var d struct{ Registrants connection[withheld] }
				r.Decode(t, &d)
				var ids []string
				for _, e := range d.Registrants.Edges {
					ids = append(ids, e.Node.ID)
					n := e.Node
					if n.Name == nil || n.Kind != "COMPANY" || n.Industry == nil || len(n.Activities) == 0 {
						t.Errorf("registrant %+v: want its name, kind, industry and activities", n.registrantNode)
					}
					if n.NameKana != nil || n.Prefecture != nil || n.EmployeeCount != nil || n.Contact != nil || n.LogoDownloadURL != nil {
						t.Errorf("registrant %s: a restricted field has a value: %+v", n.ID, n)
					}
				}
				// The database holds the values the answer withholds.
				sameList(t, "first five companies", ids, sqlIDs(t, s.DB, relay.KindRegistrant, listedRegistrantsSQL(`r.kind = 'COMPANY'`)+` LIMIT 5`))
				if n := sqlInt(t, s.DB, `SELECT count(*) FROM (`+listedRegistrantsSQL(`r.kind = 'COMPANY'`)+` LIMIT 5) x
					JOIN registrants r USING (id) WHERE r.prefecture IS NOT NULL AND r.name_kana IS NOT NULL AND r.employee_count IS NOT NULL`); n != 5 {
					t.Errorf("only %d of the five have the restricted values in the database: the case proves less", n)
				}
			},
		},
		gqlCase{
			name:      "filter.prefecture → FORBIDDEN naming the field",
			query:     `{ registrants(filter: {prefecture: TOKYO}) { totalCount edges { node { id } } } }`,
			wantCodes: []string{"FORBIDDEN"},
			check:     refusal("FORBIDDEN", "filter.prefecture"),
		},
		gqlCase{
			name:      "filter.prefecture with other filters → FORBIDDEN naming the field",
			query:     `{ registrants(filter: {fiscalYear: 2023, kind: COMPANY, prefecture: OKINAWA}) { totalCount } }`,
			wantCodes: []string{"FORBIDDEN"},
			check:     refusal("FORBIDDEN", "filter.prefecture"),
		},
		seamCase(t, s),
		gqlCase{
			name:  "registrant(id) of an unknown key → null",
			query: `query($id: ID!) { registrant(id: $id) { id } }`, vars: map[string]any{"id": relay.ID(relay.KindRegistrant, 99999999)},
			check: dataIs(`{"registrant": null}`),
		},
	)
	runCases(t, s, cases)
}

// seamCase searches registrants for a text that runs from the end of a listed registrant's name
// into the start of its reading: neither the name nor the reading contains it.
func seamCase(t *testing.T, s *apptest.Server) gqlCase {
	t.Helper()
	var seam string
	if err := s.DB.Get(&seam, `SELECT right(r.name, 2) || ' ' || left(r.name_kana, 3) FROM (`+
		listedRegistrantsSQL(`r.name_kana IS NOT NULL AND r.kind = 'COMPANY'`)+` LIMIT 1) x JOIN registrants r USING (id)`); err != nil {
		t.Fatal(err)
	}
	if n := sqlInt(t, s.DB, `SELECT count(*) FROM registrants WHERE strpos(name, $1) > 0 OR strpos(coalesce(name_kana, ''), $1) > 0`, seam); n != 0 {
		t.Fatalf("%q is in %d registrants' names or readings", seam, n)
	}
	return gqlCase{
		name:  fmt.Sprintf("search %q, across a name and its reading, is in neither: nothing", seam),
		query: registrantsQuery, vars: map[string]any{"filter": map[string]any{"search": seam}, "first": 5},
		check: dataIs(`{"registrants": {"totalCount": 0, "pageInfo": {"hasNextPage": false, "endCursor": null}, "edges": []}}`),
	}
}

// listCount counts the rows of a list query.
func listCount(list string) string { return `SELECT count(*) FROM (` + list + `) x` }

func TestAwards(t *testing.T) {
	s := apptest.New(t, apptest.Options{Seed: true})
	ceremony := relay.ID(relay.KindEvent, fy2023EventKey(t, s.DB))
	type winner struct {
		ID         string
		Status     string
		Citation   *string
		Registrant struct {
			ID          string
			Name        *string
			PublishName bool
		}
	}
	type program struct {
		ID          string
		Name        localized
		Ministry    struct{ Code string }
		Campaign    struct{ FiscalYear int }
		AnnouncedAt *string
		Ceremony    *struct {
			ID       string
			StartsAt string
		}
		Winners []winner
	}
	const programFields = `id name { ja } ministry { code } campaign { fiscalYear } announcedAt ceremony { id startsAt }
		winners { id status citation registrant { id name publishName } }`
	// winnersOf are the announced winners of a program in the database, awarded first.
	winnersOf := func(t *testing.T, programID string) []string {
		_, key, err := relay.ParseID(programID)
		if err != nil {
			t.Fatal(err)
		}
		return sqlIDs(t, s.DB, relay.KindAwardEntry, `SELECT a.id FROM award_entries a JOIN award_programs p ON p.id = a.program_id
			WHERE p.id = $1 AND p.announced_at <= now() AND a.status IN ('AWARDED', 'SHORTLISTED')
			ORDER BY a.status = 'AWARDED' DESC, a.id`, key)
	}
	unannounced := sqlKeys(t, s.DB, `SELECT a.id FROM award_entries a JOIN award_programs p ON p.id = a.program_id
		JOIN campaigns c ON c.id = p.campaign_id JOIN ministries m ON m.id = p.ministry_id
		WHERE c.fiscal_year = 2026 AND m.code = 'MIC' AND p.announced_at IS NULL AND a.status = 'AWARDED' ORDER BY a.id`)
	if len(unannounced) == 0 {
		t.Fatal("the demo data has no decided FY2026 MIC award: the unannounced case proves nothing")
	}
	// FY2025's MHLW program: its announcement moved to tomorrow, so its decided winners are not public yet.
	postponed := sqlIDs(t, s.DB, relay.KindAwardProgram, `UPDATE award_programs p SET announced_at = now() + interval '1 day'
		FROM campaigns c, ministries m WHERE c.id = p.campaign_id AND m.id = p.ministry_id AND c.fiscal_year = 2025 AND m.code = 'MHLW'
		RETURNING p.id`)
	postponedWinner := sqlIDs(t, s.DB, relay.KindAwardEntry, `SELECT a.id FROM award_entries a JOIN award_programs p ON p.id = a.program_id
		JOIN campaigns c ON c.id = p.campaign_id JOIN ministries m ON m.id = p.ministry_id
		WHERE c.fiscal_year = 2025 AND m.code = 'MHLW' AND a.status = 'AWARDED' ORDER BY a.id LIMIT 1`)
	if len(postponed) != 1 || len(postponedWinner) != 1 {
		t.Fatalf("FY2025 MHLW: %d programs, %d awarded entries; want 1 and 1", len(postponed), len(postponedWinner))
	}
	notAwarded := sqlIDs(t, s.DB, relay.KindAwardEntry, `SELECT a.id FROM award_entries a JOIN award_programs p ON p.id = a.program_id
		JOIN campaigns c ON c.id = p.campaign_id WHERE c.fiscal_year = 2023 AND a.status = 'NOT_AWARDED' ORDER BY a.id LIMIT 1`)

	// One pair of errors per winner of FY2023, at the winner's own paths.
	var perProgram []int
	if err := s.DB.Select(&perProgram, `SELECT count(a.id) FROM award_programs p JOIN campaigns c ON c.id = p.campaign_id
		LEFT JOIN award_entries a ON a.program_id = p.id AND a.status IN ('AWARDED', 'SHORTLISTED')
		WHERE c.fiscal_year = 2023 GROUP BY p.id, p.position ORDER BY p.position, p.id`); err != nil {
		t.Fatal(err)
	}
	winnerErrors := map[string]string{}
	for i, n := range perProgram {
		for j := range n {
			winnerErrors[fmt.Sprintf("awardPrograms.%d.winners.%d.contactEmail", i, j)] = "FORBIDDEN"
			winnerErrors[fmt.Sprintf("awardPrograms.%d.winners.%d.summary", i, j)] = "FORBIDDEN"
		}
	}
	winnerFields := gqlCase{
		name:      "a winner's contactEmail and summary → null and FORBIDDEN at their paths, its citation arrives",
		query:     `{ awardPrograms(fiscalYear: 2023) { winners { status citation contactEmail summary } } }`,
		wantCodes: slices.Repeat([]string{"FORBIDDEN"}, len(winnerErrors)),
		check: func(t *testing.T, r apptest.Response) {
			wantErrorsAt(t, r, winnerErrors)
			var d struct {
				AwardPrograms []struct {
					Winners []struct {
						Status                string
						Citation              *string
						ContactEmail, Summary *string
					}
				}
			}
			r.Decode(t, &d)
			for _, p := range d.AwardPrograms {
				for _, w := range p.Winners {
					if w.Citation == nil || w.ContactEmail != nil || w.Summary != nil {
						t.Errorf("winner %+v: want its citation, and null contactEmail and summary", w)
					}
				}
			}
		},
	}

	cases := []gqlCase{
		{
			name:  "FY2023: three programs with winners, awarded before shortlisted, with citations, and the 2023-11-27 ceremony",
			query: `{ awardPrograms(fiscalYear: 2023) { ` + programFields + ` } }`,
			check: func(t *testing.T, r apptest.Response) {
				var d struct{ AwardPrograms []program }
				r.Decode(t, &d)
				codes := mapList(d.AwardPrograms, func(p program) string { return p.Ministry.Code })
				sameList(t, "programs' ministries", codes, []string{"MIC", "MHLW", "CAO"})
				for _, p := range d.AwardPrograms {
					if p.Campaign.FiscalYear != 2023 || p.AnnouncedAt == nil {
						t.Errorf("%s: FY%d, announcedAt %v", p.Name.Ja, p.Campaign.FiscalYear, p.AnnouncedAt)
					}
					if p.Ceremony == nil || p.Ceremony.ID != ceremony || p.Ceremony.StartsAt != "2023-11-27T04:30:00Z" {
						t.Errorf("%s: ceremony %+v, want %s at 2023-11-27T04:30:00Z", p.Name.Ja, p.Ceremony, ceremony)
					}
					sameList(t, p.Name.Ja+" winners", mapList(p.Winners, func(w winner) string { return w.ID }), winnersOf(t, p.ID))
					statuses := mapList(p.Winners, func(w winner) string { return w.Status })
					firstShort := slices.Index(statuses, "SHORTLISTED")
					if firstShort < 1 || slices.Contains(statuses[firstShort:], "AWARDED") {
						t.Errorf("%s: statuses %v, want AWARDED first, then SHORTLISTED", p.Name.Ja, statuses)
					}
					for _, w := range p.Winners {
						if w.Citation == nil || *w.Citation == "" {
							t.Errorf("%s: winner %s without a citation", p.Name.Ja, w.ID)
						}
						if w.Registrant.ID == "" || (w.Registrant.Name == nil) == w.Registrant.PublishName {
							t.Errorf("%s: winner %s's registrant %+v: name shown unless it did not consent", p.Name.Ja, w.ID, w.Registrant)
						}
					}
				}
			},
		},
		{
			name:  "FY2026: MIC decided but not announced → no winners; nothing announced yet",
			query: `{ awardPrograms(fiscalYear: 2026) { ` + programFields + ` } }`,
			check: func(t *testing.T, r apptest.Response) {
				var d struct{ AwardPrograms []program }
				r.Decode(t, &d)
				if len(d.AwardPrograms) != 3 || d.AwardPrograms[0].Ministry.Code != "MIC" {
					t.Fatalf("programs %+v, want three, MIC first", d.AwardPrograms)
				}
				for _, p := range d.AwardPrograms {
					if p.AnnouncedAt != nil || p.Winners == nil || len(p.Winners) != 0 {
						t.Errorf("%s: announcedAt %v, winners %v; want null and []", p.Name.Ja, p.AnnouncedAt, p.Winners)
					}
				}
			},
		},
		{
			name:  "winners of every announced program are the database's, for every year",
			query: `{ awardPrograms { ` + programFields + ` } }`,
			check: func(t *testing.T, r apptest.Response) {
				var d struct{ AwardPrograms []program }
				r.Decode(t, &d)
				if want := sqlInt(t, s.DB, `SELECT count(*) FROM award_programs`); len(d.AwardPrograms) != want {
					t.Errorf("%d programs, want %d", len(d.AwardPrograms), want)
				}
				hiddenNames := 0
				for i, p := range d.AwardPrograms {
					if i > 0 && p.Campaign.FiscalYear > d.AwardPrograms[i-1].Campaign.FiscalYear {
						t.Errorf("FY%d after FY%d: want the newest campaign first", p.Campaign.FiscalYear, d.AwardPrograms[i-1].Campaign.FiscalYear)
					}
					sameList(t, fmt.Sprintf("FY%d %s winners", p.Campaign.FiscalYear, p.Ministry.Code),
						mapList(p.Winners, func(w winner) string { return w.ID }), winnersOf(t, p.ID))
					for _, w := range p.Winners {
						if (w.Registrant.Name == nil) == w.Registrant.PublishName {
							t.Errorf("winner %s's registrant %+v: name shown unless it did not consent", w.ID, w.Registrant)
						}
						if w.Registrant.Name == nil {
							hiddenNames++
						}
					}
				}
				if hiddenNames == 0 {
					t.Log("no winner withheld its name: the consent rule for winners is not exercised")
				}
			},
		},
		{
			name:      "entries → null and FORBIDDEN at each program, the rest arrives",
			query:     `{ awardPrograms(fiscalYear: 2023) { name { ja } entries(first: 5) { totalCount edges { node { id } } } } }`,
			wantCodes: []string{"FORBIDDEN", "FORBIDDEN", "FORBIDDEN"},
			check: func(t *testing.T, r apptest.Response) {
				wantErrorsAt(t, r, map[string]string{
					"awardPrograms.0.entries": "FORBIDDEN", "awardPrograms.1.entries": "FORBIDDEN", "awardPrograms.2.entries": "FORBIDDEN",
				})
				var d struct {
					AwardPrograms []struct {
						Name    localized
						Entries *struct{ TotalCount int }
					}
				}
				r.Decode(t, &d)
				for _, p := range d.AwardPrograms {
					if p.Name.Ja == "" || p.Entries != nil {
						t.Errorf("program %+v: want its name and null entries", p)
					}
				}
			},
		},
		winnerFields,
		{
			name:  "awardProgram(id) of a program",
			query: `{ awardPrograms(fiscalYear: 2024) { id name { ja } } }`,
			check: func(t *testing.T, r apptest.Response) {
				var d struct{ AwardPrograms []program }
				r.Decode(t, &d)
				for _, p := range d.AwardPrograms {
					got := s.Query(`query($id: ID!) { awardProgram(id: $id) { id name { ja } } }`, map[string]any{"id": p.ID})
					wantCodes(t, got)
					dataIs(fmt.Sprintf(`{"awardProgram": {"id": %q, "name": {"ja": %q}}}`, p.ID, p.Name.Ja))(t, got)
				}
			},
		},
		{
			name:  "awardProgram(id) of an event's ID → null",
			query: `query($id: ID!) { awardProgram(id: $id) { id } }`, vars: map[string]any{"id": ceremony},
			check: dataIs(`{"awardProgram": null}`),
		},
		{
			name:  "node(id) of an unannounced award → null",
			query: `query($id: ID!) { node(id: $id) { id } }`, vars: map[string]any{"id": relay.ID(relay.KindAwardEntry, unannounced[0])},
			check: dataIs(`{"node": null}`),
		},
		{
			name:  "a program announced tomorrow: no winners yet",
			query: `query($id: ID!) { awardProgram(id: $id) { winners { id } } }`, vars: map[string]any{"id": postponed[0]},
			check: dataIs(`{"awardProgram": {"winners": []}}`),
		},
		{
			name:  "a program announced tomorrow: announcedAt null until then",
			query: `query($id: ID!) { awardProgram(id: $id) { announcedAt } }`, vars: map[string]any{"id": postponed[0]},
			check: dataIs(`{"awardProgram": {"announcedAt": null}}`),
		},
		{
			name:  "node(id) of an award announced tomorrow → null",
			query: `query($id: ID!) { node(id: $id) { id } }`, vars: map[string]any{"id": postponedWinner[0]},
			check: dataIs(`{"node": null}`),
		},
		{
			name:  "node(id) of an entry not awarded → null",
			query: `query($id: ID!) { node(id: $id) { id } }`, vars: map[string]any{"id": notAwarded[0]},
			check: dataIs(`{"node": null}`),
		},
	}
	runCases(t, s, cases)
}

func TestNode(t *testing.T) {
	s := apptest.New(t, apptest.Options{Seed: true})
	var d struct {
		Campaign struct {
			ID            string
			Committee     struct{ ID string }
			AwardPrograms []struct {
				ID      string
				Winners []struct{ ID string }
			}
		}
		Event    struct{ ID string }
		Ministry struct {
			ID        string
			Divisions []struct{ ID string }
		}
		Registrants struct {
			Edges []struct{ Node struct{ ID string } }
		}
	}
	r := s.Query(`query($event: ID!) { campaign(fiscalYear: 2023) { id committee { id } awardPrograms { id winners { id } } }
		event(id: $event) { id } ministry(code: "MIC") { id divisions { id } } registrants(first: 1) { edges { node { id } } } }`,
		map[string]any{"event": relay.ID(relay.KindEvent, fy2023EventKey(t, s.DB))})
	wantCodes(t, r)
	r.Decode(t, &d)
	winner := d.Campaign.AwardPrograms[0].Winners[0].ID
	registrant := d.Registrants.Edges[0].Node.ID

	const fields = `__typename id ... on Campaign { fiscalYear } ... on Committee { name { ja } } ... on Ministry { code }
		... on Event { title { ja } } ... on Registrant { registrantStatus: status } ... on AwardProgram { ministry { code } }
		... on AwardEntry { entryStatus: status }`
	roundTrip := func(kind, id, want string) gqlCase {
		return gqlCase{
			name:  kind + " round-trips",
			query: `query($id: ID!) { node(id: $id) { ` + fields + ` } }`,
			vars:  map[string]any{"id": id},
			check: dataIs(fmt.Sprintf(`{"node": {"__typename": %q, "id": %q, %s}}`, kind, id, want)),
		}
	}
	nullNode := func(name, id string) gqlCase {
		return gqlCase{
			name: name + " → null, no error", query: `query($id: ID!) { node(id: $id) { id } }`,
			vars: map[string]any{"id": id}, check: dataIs(`{"node": null}`),
		}
	}
	raw := func(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }
	application := sqlIDs(t, s.DB, relay.KindEventApplication, `SELECT min(id) FROM event_applications`)

	cases := []gqlCase{
		roundTrip("Campaign", d.Campaign.ID, `"fiscalYear": 2023`),
		roundTrip("Committee", d.Campaign.Committee.ID, `"name": {"ja": "テレワーク月間実行委員会"}`),
		roundTrip("Ministry", d.Ministry.ID, `"code": "MIC"`),
		roundTrip("Event", d.Event.ID, `"title": {"ja": "「働く、を変える」テレワークイベント"}`),
		roundTrip("Registrant", registrant, `"registrantStatus": "APPROVED"`),
		roundTrip("AwardProgram", d.Campaign.AwardPrograms[0].ID, `"ministry": {"code": "MIC"}`),
		roundTrip("AwardEntry", winner, `"entryStatus": "AWARDED"`),
		{
			name:  "Division: its global ID answers without an error",
			query: `query($id: ID!) { node(id: $id) { id } }`,
			vars:  map[string]any{"id": d.Ministry.Divisions[0].ID},
			check: func(t *testing.T, r apptest.Response) {
				var n struct{ Node *struct{ ID string } }
				r.Decode(t, &n)
				if n.Node != nil && n.Node.ID != d.Ministry.Divisions[0].ID {
					t.Errorf("node %+v, want the division or null", n.Node)
				}
			},
		},
		nullNode("an EventApplication's ID", application[0]),
		nullNode("an unknown key", relay.ID(relay.KindEvent, 99999999)),
		nullNode("an empty string", ""),
		nullNode("not base64", "!!!"),
		nullNode("base64 of text without a kind", raw("hello")),
		nullNode("an unknown kind", raw("User:1")),
		nullNode("key 0", raw("Event:0")),
		nullNode("a negative key", raw("Event:-1")),
		nullNode("a key with a leading zero", raw("Event:01")),
		nullNode("a key with extra parts", raw("Event:1:2")),
		nullNode("a key beyond int64", raw("Event:99999999999999999999")),
		nullNode("padded base64", base64.URLEncoding.EncodeToString([]byte("Event:16"))),
		nullNode("a cursor", relay.EncodeCursor(relay.ListEvents, relay.Cursor{Key: 1})),
	}
	typed := []struct{ query, kind, id string }{
		{"event", "a Campaign", d.Campaign.ID},
		{"event", "a Registrant", registrant},
		{"event", "an AwardEntry", winner},
		{"registrant", "an Event", d.Event.ID},
		{"registrant", "a Ministry", d.Ministry.ID},
		{"awardProgram", "an AwardEntry", winner},
		{"awardProgram", "a Campaign", d.Campaign.ID},
	}
	for _, q := range typed {
		cases = append(cases, gqlCase{
			name:  fmt.Sprintf("%s(id:) of %s's ID → null", q.query, q.kind),
			query: fmt.Sprintf(`query($id: ID!) { %s(id: $id) { id } }`, q.query),
			vars:  map[string]any{"id": q.id},
			check: dataIs(fmt.Sprintf(`{%q: null}`, q.query)),
		})
	}
	cases = append(cases, gqlCase{
		name:  "event(id:) of a malformed ID → null",
		query: `{ event(id: "not an id") { id } registrant(id: "") { id } awardProgram(id: "!!") { id } }`,
		check: dataIs(`{"event": null, "registrant": null, "awardProgram": null}`),
	})
	runCases(t, s, cases)
}
