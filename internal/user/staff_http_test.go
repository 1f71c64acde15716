package user_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/telework"
)

const staffQuery = `query($m: String, $s: String, $first: Int, $after: String) {
	staff(ministryCode: $m, search: $s, first: $first, after: $after) {
		totalCount pageInfo { hasNextPage endCursor }
		edges { node { email status roles { role ministry { code } } } } } }`

type staffPage struct {
	Staff struct {
		TotalCount int
		PageInfo   struct {
			HasNextPage bool
			EndCursor   string
		}
		Edges []struct {
			Node struct {
				Email, Status string
				Roles         []struct {
					Role     string
					Ministry *struct{ Code string }
				}
			}
		}
	}
}

func (p staffPage) emails() []string {
	var out []string
	for _, e := range p.Staff.Edges {
		out = append(out, e.Node.Email)
	}
	return out
}

// TestStaffListIsolation: a ministry admin lists the staff holding a role in its ministry, with
// their roles there (and the secretariat's), never another ministry's; the secretariat lists
// everyone; nobody else lists anyone.
func TestStaffListIsolation(t *testing.T) {
	s := apptest.New(t, apptest.Options{Seed: true})
	chief := s.Staff("chief@example.jp", telework.RoleSecretariat, "")
	micAdmin := s.Staff("admin@mic.example.jp", telework.RoleMinistryAdmin, "MIC")
	editor := s.Staff("editor@mic.example.jp", telework.RoleMinistryEditor, "MIC")
	s.Staff("admin@mhlw.example.jp", telework.RoleMinistryAdmin, "MHLW")
	s.Staff("nobody@example.jp", "", "")
	// Both ministries' staff: MIC's admin is told of the MIC role only.
	s.Staff("both@example.jp", telework.RoleMinistryViewer, "MHLW")
	s.QueryAs(chief, `mutation { grantRole(input: {email: "both@example.jp", role: MINISTRY_VIEWER, ministryCode: "MIC"}) { roles { role } } }`, nil)

	var page staffPage
	r := s.QueryAs(micAdmin, staffQuery, nil)
	r.Decode(t, &page)
	if got, want := fmt.Sprint(page.emails()), "[admin@mic.example.jp editor@mic.example.jp both@example.jp]"; got != want || page.Staff.TotalCount != 3 {
		t.Errorf("MIC admin lists %s (total %d), want %s", got, page.Staff.TotalCount, want)
	}
	if b, _ := json.Marshal(page.Staff.Edges[2].Node.Roles); string(b) != `[{"Role":"MINISTRY_VIEWER","Ministry":{"Code":"MIC"}}]` {
		t.Errorf("MIC admin is told of both@'s roles %s", b)
	}
	wantError(t, s.QueryAs(micAdmin, staffQuery, map[string]any{"m": "MHLW"}), "FORBIDDEN", "ministryCode")
	wantError(t, s.QueryAs(editor, staffQuery, nil), "FORBIDDEN", "")
	wantError(t, s.Query(staffQuery, nil), "UNAUTHENTICATED", "")

	page = staffPage{}
	s.QueryAs(chief, staffQuery, nil).Decode(t, &page)
	if page.Staff.TotalCount != 6 {
		t.Errorf("the secretariat lists %v, want all 6 accounts", page.emails())
	}
	page = staffPage{}
	s.QueryAs(chief, staffQuery, map[string]any{"m": "MHLW", "s": "ADMIN@"}).Decode(t, &page)
	if got := fmt.Sprint(page.emails()); got != "[admin@mhlw.example.jp]" {
		t.Errorf("MHLW's staff matching admin@: %s", got)
	}

	// Pages of one, by cursor, as far as they go.
	var seen []string
	after := any(nil)
	for range 10 {
		page = staffPage{}
		s.QueryAs(micAdmin, staffQuery, map[string]any{"first": 1, "after": after}).Decode(t, &page)
		seen = append(seen, page.emails()...)
		if !page.Staff.PageInfo.HasNextPage {
			break
		}
		after = page.Staff.PageInfo.EndCursor
	}
	if got := fmt.Sprint(seen); got != "[admin@mic.example.jp editor@mic.example.jp both@example.jp]" {
		t.Errorf("paged one by one: %s", got)
	}
	wantError(t, s.QueryAs(micAdmin, staffQuery, map[string]any{"after": "forged"}), "BAD_USER_INPUT", "after")
}

// TestStaffListStatementsDoNotGrowWithPageSize: the roles of a page, and their ministries, are read
// for the whole page at once.
func TestStaffListStatementsDoNotGrowWithPageSize(t *testing.T) {
	s := apptest.New(t, apptest.Options{Seed: true})
	chief := s.Staff("chief@example.jp", telework.RoleSecretariat, "")
	// Sixty editors of three ministries, inserted directly: the list never reads a password hash.
	if _, err := s.DB.Exec(`
		WITH made AS (
			INSERT INTO users (email, display_name, password_hash)
			SELECT format('staff%s@example.jp', i), '職員', 'not-a-hash' FROM generate_series(1, 60) i
			RETURNING id
		)
		INSERT INTO casbin_rule (ptype, v0, v1, v2)
		SELECT 'g', 'user:' || id, 'MINISTRY_EDITOR', (ARRAY['MIC', 'MHLW', 'METI'])[id % 3 + 1] FROM made`); err != nil {
		t.Fatal(err)
	}
	s.QueryAs(chief, staffQuery, nil) // the viewer's own roles, read once and kept
	counts := map[int]int64{}
	for _, first := range []int{5, 50} {
		r := s.QueryAs(chief, staffQuery, map[string]any{"first": first})
		var page staffPage
		r.Decode(t, &page)
		if len(r.Errors) > 0 || len(page.Staff.Edges) != first {
			t.Fatalf("first=%d: %s", first, r.Body)
		}
		counts[first] = r.Statements
	}
	t.Logf("SQL statements: first=5 → %d, first=50 → %d", counts[5], counts[50])
	if counts[5] != counts[50] {
		t.Errorf("statements grow with the page size: %v", counts)
	}
}
