package resolvers_test

// Searching a program's entries through the API: what a search finds, paged and counted; and that
// it looks only in what the viewer may read (a name not listed publicly, a contact email).

import (
	"slices"
	"strings"
	"testing"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/telework"
)

const entrySearch = `query($id: ID!, $q: String, $status: AwardEntryStatus, $first: Int, $after: String) {
	awardProgram(id: $id) { entries(search: $q, status: $status, first: $first, after: $after) {
		totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } } }`

// entryWorld is a MIC program of FY2023 with four entries, by name: "listed" (a registrant that
// consented to be listed), "unlisted" (one that did not), "decided" (shortlisted) and "quoted"
// (whose summary holds LIKE's wildcards).
type entryWorld struct {
	s         *apptest.Server
	programID string
	entries   map[string]string // name → global ID
	tokens    map[string]string
}

func newEntryWorld(t *testing.T) *entryWorld {
	s := apptest.New(t, apptest.Options{Seed: true})
	w := &entryWorld{s: s, entries: map[string]string{}, tokens: map[string]string{
		"secretariat": s.Staff("chief@search.example.jp", telework.RoleSecretariat, ""),
		"MIC admin":   s.Staff("admin@search.example.jp", telework.RoleMinistryAdmin, "MIC"),
		"MIC editor":  s.Staff("editor@search.example.jp", telework.RoleMinistryEditor, "MIC"),
		"MIC viewer":  s.Staff("viewer@search.example.jp", telework.RoleMinistryViewer, "MIC"),
		"MHLW admin":  s.Staff("admin@search-mhlw.example.jp", telework.RoleMinistryAdmin, "MHLW"),
	}}
	var programID int64
	mustGet(t, s, &programID, `INSERT INTO award_programs (campaign_id, ministry_id, name_ja)
		SELECT c.id, m.id, '検索される賞' FROM campaigns c, ministries m WHERE c.fiscal_year = 2023 AND m.code = 'MIC' RETURNING id`)
	w.programID = relay.ID(relay.KindAwardProgram, programID)
	for _, e := range []struct{ name, registrant, kana, summary, email, status string }{
		{"listed", "公開テレワーク株式会社", "コウカイテレワーク", "全社員の在宅勤務を実現", "info@listed.example.jp", "SUBMITTED"},
		{"unlisted", "非公開サテライト合同会社", "ヒコウカイサテライト", "サテライトオフィスを三拠点に開設", "hidden@unlisted.example.jp", "SUBMITTED"},
		{"decided", "選定ワークス株式会社", "センテイワークス", "全社員にモバイル端末を配布", "desk@decided.example.jp", "SHORTLISTED"},
		{"quoted", "記号研究所", "キゴウケンキュウジョ", "テレワーク率100%_達成", "lab@quoted.example.jp", "SUBMITTED"},
	} {
		var id int64
		mustGet(t, s, &id, `WITH r AS (INSERT INTO registrants (campaign_id, kind, name, name_kana, prefecture, activities,
				publish_name, status, contact_name, contact_email)
			SELECT id, 'COMPANY', $1, $2, 'TOKYO', ARRAY['PRACTICING'], $3, 'APPROVED', '担当者', $4 FROM campaigns WHERE fiscal_year = 2023
			RETURNING id)
			INSERT INTO award_entries (program_id, registrant_id, summary, contact_email, status)
			SELECT $5, r.id, $6, $4, $7 FROM r RETURNING id`,
			e.registrant, e.kana, e.name != "unlisted", e.email, programID, e.summary, e.status)
		w.entries[e.name] = relay.ID(relay.KindAwardEntry, id)
	}
	return w
}

// found walks every page of a search, two entries a page, and returns the names of the entries
// found, in arrival order.
func (w *entryWorld) found(t *testing.T, actor string, vars map[string]any) []string {
	t.Helper()
	vars["id"] = w.programID
	nodes, total := walkPagesAs[struct{ ID string }](t, w.s, w.tokens[actor], entrySearch, vars, 2, "awardProgram", "entries")
	var names []string
	for _, n := range nodes {
		for name, id := range w.entries {
			if id == n.ID {
				names = append(names, name)
			}
		}
	}
	if total != len(names) {
		t.Errorf("totalCount %d, %d found", total, len(names))
	}
	return names
}

func TestAwardEntrySearch(t *testing.T) {
	w := newEntryWorld(t)
	tests := []struct {
		name, search, status string
		want                 map[string][]string // actor → entries found, in arrival order
	}{
		{"in summaries", "全社員", "", everyone("listed", "decided")},
		{"with a status", "全社員", "SHORTLISTED", everyone("decided")},
		{"a listed name, other case", "公開テレワーク", "", everyone("listed")},
		{"% and _ are literal", "100%_", "", everyone("quoted")},
		{"nobody", "存在しない", "", everyone()},
		{"a name not listed: the secretariat only", "非公開サテライト合同", "", map[string][]string{
			"secretariat": {"unlisted"}, "MIC admin": nil, "MIC editor": nil}},
		{"a kana reading: the secretariat only", "センテイ", "", map[string][]string{
			"secretariat": {"decided"}, "MIC admin": nil, "MIC editor": nil}},
		{"a contact email: those who read personal data", "hidden@unlisted", "", map[string][]string{
			"secretariat": {"unlisted"}, "MIC admin": {"unlisted"}, "MIC editor": nil}},
	}
	for _, tt := range tests {
		for _, actor := range []string{"secretariat", "MIC admin", "MIC editor"} {
			t.Run(actor+": "+tt.name, func(t *testing.T) {
				vars := map[string]any{"q": tt.search}
				if tt.status != "" {
					vars["status"] = tt.status
				}
				if got := w.found(t, actor, vars); !slices.Equal(got, tt.want[actor]) {
					t.Errorf("search %q found %v, want %v", tt.search, got, tt.want[actor])
				}
			})
		}
	}
}

func everyone(names ...string) map[string][]string {
	return map[string][]string{"secretariat": names, "MIC admin": names, "MIC editor": names}
}

// TestAwardEntrySearchRefused: a search that is no search is BAD_USER_INPUT naming `search`
// (before the limit of 100 characters, which @maxLength enforces); those who may not list the
// entries may not search them either.
func TestAwardEntrySearchRefused(t *testing.T) {
	w := newEntryWorld(t)
	for _, tc := range []struct {
		name, actor, search, code, field string
	}{
		{"blank", "MIC admin", "   ", "BAD_USER_INPUT", "search"},
		{"a control character", "MIC admin", "全社\x07員", "BAD_USER_INPUT", "search"},
		{"101 characters", "MIC admin", strings.Repeat("あ", 101), "BAD_USER_INPUT", "search"},
		{"a viewer", "MIC viewer", "全社員", "FORBIDDEN", ""},
		{"another ministry's admin", "MHLW admin", "全社員", "FORBIDDEN", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := w.s.QueryAs(w.tokens[tc.actor], entrySearch, map[string]any{"id": w.programID, "q": tc.search})
			if len(r.Errors) != 1 || r.Errors[0].Code() != tc.code {
				t.Fatalf("want one %s: %s", tc.code, r.Body)
			}
			if f, _ := r.Errors[0].Extensions["field"].(string); tc.field != "" && f != tc.field {
				t.Errorf("field %q, want %q", f, tc.field)
			}
		})
	}
}

// TestAwardEntryPageStatementsDoNotGrowWithPageSize: a page of 100 entries searched, with their
// registrant's name, summary, contact email and citation, costs as many SQL statements as a page
// of 5.
func TestAwardEntryPageStatementsDoNotGrowWithPageSize(t *testing.T) {
	w := newEntryWorld(t)
	s := w.s
	s.DB.MustExec(`WITH r AS (INSERT INTO registrants (campaign_id, kind, name, prefecture, activities, publish_name, status, contact_name, contact_email)
			SELECT c.id, 'COMPANY', '応募企業 ' || g, 'TOKYO', ARRAY['PRACTICING'], g % 2 = 0, 'APPROVED', '担当', 'c' || g || '@bulk.example.jp'
			FROM campaigns c, generate_series(1, 150) AS g WHERE c.fiscal_year = 2023 RETURNING id, contact_email)
		INSERT INTO award_entries (program_id, registrant_id, summary, contact_email)
		SELECT $1, r.id, '一括の取組 ' || r.id, r.contact_email FROM r`, mustProgramKey(t, w.programID))
	const page = `query($id: ID!, $q: String!, $first: Int) { awardProgram(id: $id) {
		entries(first: $first, search: $q) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
		id summary contactEmail status citation submittedAt registrant { id name } } } } } }`
	for _, actor := range []string{"MIC admin", "MIC editor"} {
		t.Run(actor, func(t *testing.T) {
			counts := map[int]int64{}
			for _, first := range []int{5, 5, 100} {
				r := s.QueryAs(w.tokens[actor], page, map[string]any{"id": w.programID, "q": "一括の取組", "first": first})
				for _, e := range r.Errors {
					if e.Code() != "FORBIDDEN" || actor == "MIC admin" {
						t.Fatalf("first=%d: %s", first, r.Body)
					}
				}
				if n := strings.Count(string(r.Data), `"cursor"`); first == 100 && n != 100 {
					t.Fatalf("the page of 100 holds %d entries", n)
				}
				counts[first] = r.Statements
			}
			t.Logf("SQL statements: first=5 → %d, first=100 → %d", counts[5], counts[100])
			if counts[5] != counts[100] || counts[5] == 0 {
				t.Errorf("statements grow with the page size: %v", counts)
			}
		})
	}
}

func mustProgramKey(t *testing.T, id string) int64 {
	t.Helper()
	kind, key, err := relay.ParseID(id)
	if err != nil || kind != relay.KindAwardProgram {
		t.Fatalf("program id %q: %v", id, err)
	}
	return key
}
