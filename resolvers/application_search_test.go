package resolvers_test

// Searching an event's applications through the API: what a search finds, paged and counted; who
// may search by personal data and who by reference only; and what a search may not be.

import (
	"slices"
	"strings"
	"testing"
)

const applicationSearch = `query($id: ID!, $q: String, $status: ApplicationStatus, $first: Int, $after: String) {
	event(id: $id) { applications(search: $q, status: $status, first: $first, after: $after) {
		totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } } }`

// found walks every page of a search, two applications a page, and returns the names of the door's
// applications found, in list order.
func (d *door) found(t *testing.T, actor string, vars map[string]any) []string {
	t.Helper()
	vars["id"] = d.eventID
	nodes, total := walkPagesAs[struct{ ID string }](t, d.s, d.tokens[actor], applicationSearch, vars, 2, "event", "applications")
	names := make([]string, 0, len(nodes))
	for _, n := range nodes {
		for name, id := range d.apps {
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

func TestApplicationSearch(t *testing.T) {
	d := newDoor(t)
	ref := func(app string) string { return d.reference(t, app) }
	tests := []struct {
		name, search string
		status       string
		want         []string // in arrival order
	}{
		{"a name", "山田", "", []string{"seat 1"}},
		{"a name in Latin letters, other case", "ichiro SUZUKI", "", []string{"seat 3"}},
		{"part of an email", "example.org", "", []string{"seat 2"}},
		{"an email, other case", "HANAKO@", "", []string{"seat 2"}},
		{"an organization", "テレワーク商事", "", []string{"seat 1", "online"}},
		{"in names, emails and organizations", "テレワーク", "", []string{"seat 1", "online", "waitlisted"}},
		{"with a status", "テレワーク", "CONFIRMED", []string{"seat 1", "online"}},
		{"% is literal", "100%", "", []string{"seat 2"}},
		{"_ is literal", "_", "", []string{"seat 2"}},
		{"no match across two fields", "jp株式会社", "", nil},
		{"nobody", "存在しない人", "", nil},
		{"a reference", ref("seat 3"), "", []string{"seat 3"}},
		{"a reference as typed: lower case, no hyphen", strings.ToLower(strings.ReplaceAll(ref("waitlisted"), "-", "")), "", []string{"waitlisted"}},
		{"a reference, full-width", toFullWidth(ref("seat 2")), "", []string{"seat 2"}},
		{"a cancelled application's reference", ref("cancelled"), "", []string{"cancelled"}},
		{"a reference and a status it does not have", ref("cancelled"), "CONFIRMED", nil},
	}
	for _, actor := range []string{"secretariat", "host admin", "co-host admin"} {
		for _, tt := range tests {
			t.Run(actor+": "+tt.name, func(t *testing.T) {
				vars := map[string]any{"q": tt.search}
				if tt.status != "" {
					vars["status"] = tt.status
				}
				if got := d.found(t, actor, vars); !slices.Equal(got, tt.want) {
					t.Errorf("search %q found %v, want %v", tt.search, got, tt.want)
				}
			})
		}
	}
}

// TestApplicationSearchByRole: editors read the applications but not their personal data, so they
// search by reference only; those who may not list the applications may not search them at all.
func TestApplicationSearchByRole(t *testing.T) {
	d := newDoor(t)
	for _, actor := range []string{"host editor", "co-host editor"} {
		t.Run(actor+": by reference", func(t *testing.T) {
			typed := strings.ToLower(d.reference(t, "seat 1"))
			if got := d.found(t, actor, map[string]any{"q": typed}); !slices.Equal(got, []string{"seat 1"}) {
				t.Errorf("found %v, want seat 1", got)
			}
			if got := d.found(t, actor, map[string]any{"q": "ZZZ-ZZZ"}); len(got) != 0 {
				t.Errorf("a reference of nobody found %v", got)
			}
		})
		for _, search := range []string{"山田", "example.jp", "テレワーク商事", "K7Q-4M", "ZZZ-ZZZ-2"} {
			t.Run(actor+": by "+search+": FORBIDDEN naming search", func(t *testing.T) {
				r := d.as(actor, applicationSearch, map[string]any{"id": d.eventID, "q": search, "first": 10})
				wantErrorsAt(t, r, map[string]string{"event.applications": "FORBIDDEN"})
				if field, _ := r.Errors[0].Extensions["field"].(string); field != "search" {
					t.Errorf("extensions.field = %q, want search", field)
				}
				if got := string(dig(t, r.Data, "event", "applications")); got != "null" {
					t.Errorf("applications = %s, want null", got)
				}
			})
		}
	}
	for _, actor := range []string{"host viewer", "other ministry admin", "applicant", "anonymous"} {
		t.Run(actor+": FORBIDDEN", func(t *testing.T) {
			for _, search := range []string{"山田", d.reference(t, "seat 1")} {
				r := d.as(actor, applicationSearch, map[string]any{"id": d.eventID, "q": search, "first": 10})
				wantErrorsAt(t, r, map[string]string{"event.applications": "FORBIDDEN"})
			}
		})
	}
}

// TestApplicationSearchInput: a search of nothing, of too much or with control characters is
// refused, naming `search`, for every viewer who may list the applications.
func TestApplicationSearchInput(t *testing.T) {
	d := newDoor(t)
	for _, actor := range []string{"host admin", "host editor"} {
		for name, search := range map[string]string{
			"empty": "", "blank": "   ", "a control character": "山田\t太郎", "101 characters": strings.Repeat("あ", 101),
		} {
			t.Run(actor+": "+name, func(t *testing.T) {
				r := d.as(actor, applicationSearch, map[string]any{"id": d.eventID, "q": search, "first": 10})
				if len(r.Errors) != 1 || r.Errors[0].Code() != "BAD_USER_INPUT" {
					t.Fatalf("errors %s, want one BAD_USER_INPUT", describeErrors(r))
				}
				if field, _ := r.Errors[0].Extensions["field"].(string); field != "search" {
					t.Errorf("extensions.field = %q, want search", field)
				}
			})
		}
	}
}

// toFullWidth writes ASCII letters, digits and the hyphen in their full-width forms, as a
// Japanese input method may.
func toFullWidth(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '!' && r <= '~' {
			return r - '!' + '！'
		}
		return r
	}, s)
}
