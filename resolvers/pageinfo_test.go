package resolvers_test

// PageInfo as the Relay Cursor Connections specification has it, on every connection of the API:
// startCursor and endCursor are the first and the last edge's cursors (null on an empty page), and
// hasPreviousPage is false, since lists page forward only.

import (
	"encoding/json"
	"testing"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/telework"
)

// relayPage is a page of any connection, with the whole PageInfo and the edges' cursors.
type relayPage struct {
	PageInfo struct {
		HasNextPage, HasPreviousPage bool
		StartCursor, EndCursor       *string
	}
	Edges []struct{ Cursor string }
}

const relayPageFields = `pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor }`

func TestPageInfo(t *testing.T) {
	s := apptest.New(t, apptest.Options{Seed: true})
	secretariat := s.Staff("chief@pageinfo.example.jp", telework.RoleSecretariat, "")
	for _, name := range []string{"一", "二", "三", "四", "五"} {
		// Five keys to page through, and five audit entries of their creation.
		r := s.QueryAs(secretariat, `mutation($n: String!) { createApiKey(input: {name: $n}) { id } }`, map[string]any{"n": name})
		wantCodes(t, r)
	}
	busiest := func(table, parent string, kind relay.Kind) string {
		return relay.ID(kind, int64(sqlInt(t, s.DB, `SELECT `+parent+` FROM `+table+` GROUP BY `+parent+` ORDER BY count(*) DESC, `+parent+` LIMIT 1`)))
	}
	withID := func(field, list string) string {
		return `query($id: ID!, $first: Int, $after: String) { ` + field + `(id: $id) { ` + list +
			`(first: $first, after: $after) { ` + relayPageFields + ` } } }`
	}
	top := func(list string) string {
		return `query($first: Int, $after: String) { ` + list + `(first: $first, after: $after) { ` + relayPageFields + ` } }`
	}
	for _, c := range []struct {
		name  string
		query string
		vars  map[string]any
		path  []string
	}{
		{name: "events", query: top("events"), path: []string{"events"}},
		{name: "campaign events", query: `query($first: Int, $after: String) { campaign(fiscalYear: 2026) {
			events(first: $first, after: $after) { ` + relayPageFields + ` } } }`, path: []string{"campaign", "events"}},
		{name: "registrants", query: top("registrants"), path: []string{"registrants"}},
		{name: "applications", query: withID("event", "applications"),
			vars: map[string]any{"id": busiest("event_applications", "event_id", relay.KindEvent)}, path: []string{"event", "applications"}},
		{name: "award entries", query: withID("awardProgram", "entries"),
			vars: map[string]any{"id": busiest("award_entries", "program_id", relay.KindAwardProgram)}, path: []string{"awardProgram", "entries"}},
		{name: "audit log", query: top("auditLog"), path: []string{"auditLog"}},
		{name: "api keys", query: top("apiKeys"), path: []string{"apiKeys"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			read := func(first int, after *string) relayPage {
				t.Helper()
				vars := map[string]any{"first": first}
				for k, v := range c.vars {
					vars[k] = v
				}
				if after != nil {
					vars["after"] = *after
				}
				r := s.QueryAs(secretariat, c.query, vars)
				wantCodes(t, r)
				var p relayPage
				if err := json.Unmarshal(dig(t, r.Data, c.path...), &p); err != nil {
					t.Fatalf("decode: %v", err)
				}
				checkPageInfo(t, p)
				return p
			}
			first := read(2, nil)
			if len(first.Edges) != 2 || !first.PageInfo.HasNextPage {
				t.Fatalf("first page: %d edges, hasNextPage %v; want 2 and true", len(first.Edges), first.PageInfo.HasNextPage)
			}
			middle := read(2, first.PageInfo.EndCursor)
			if len(middle.Edges) != 2 || !middle.PageInfo.HasNextPage {
				t.Fatalf("middle page: %d edges, hasNextPage %v; want 2 and true", len(middle.Edges), middle.PageInfo.HasNextPage)
			}
			if *middle.PageInfo.StartCursor == *first.PageInfo.EndCursor {
				t.Error("the middle page starts with the first page's last edge")
			}
			last := middle
			for pages := 0; last.PageInfo.HasNextPage; pages++ {
				if pages > 200 {
					t.Fatal("more than 200 pages: the cursor does not advance")
				}
				last = read(100, last.PageInfo.EndCursor)
			}
			empty := read(2, last.PageInfo.EndCursor)
			if len(empty.Edges) != 0 || empty.PageInfo.HasNextPage {
				t.Errorf("after the last edge: %d edges, hasNextPage %v; want an empty last page", len(empty.Edges), empty.PageInfo.HasNextPage)
			}
		})
	}
}

// checkPageInfo checks one page: hasPreviousPage false, startCursor and endCursor the first and
// the last edge's cursors, both null on an empty page.
func checkPageInfo(t *testing.T, p relayPage) {
	t.Helper()
	info := p.PageInfo
	if info.HasPreviousPage {
		t.Error("hasPreviousPage true on a list that pages forward only")
	}
	n := len(p.Edges)
	if n == 0 {
		if info.StartCursor != nil || info.EndCursor != nil {
			t.Errorf("empty page: startCursor %v, endCursor %v; want both null", info.StartCursor, info.EndCursor)
		}
		return
	}
	if info.StartCursor == nil || *info.StartCursor != p.Edges[0].Cursor {
		t.Errorf("startCursor %v, want the first edge's cursor %q", info.StartCursor, p.Edges[0].Cursor)
	}
	if info.EndCursor == nil || *info.EndCursor != p.Edges[n-1].Cursor {
		t.Errorf("endCursor %v, want the last edge's cursor %q", info.EndCursor, p.Edges[n-1].Cursor)
	}
}
