package resolvers_test

import (
	"slices"
	"testing"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/telework"
)

// TestExplainAccessTellsOnlyTheAskersMinistries: explainAccess tells a ministry's admin the role
// assignments of the person asked about in the ministries that admin administers, and those that
// hold everywhere (the secretariat's); assignments in other ministries are left out. The
// secretariat is told all of them.
func TestExplainAccessTellsOnlyTheAskersMinistries(t *testing.T) {
	s := apptest.New(t, apptest.Options{Seed: true})
	secretariat := s.Staff("chief@example.jp", telework.RoleSecretariat, "")
	mhlwAdmin := s.Staff("admin@mhlw.example.jp", telework.RoleMinistryAdmin, "MHLW")
	s.Staff("editor@soumu.example.jp", telework.RoleMinistryEditor, "MIC")
	s.Staff("chief2@example.jp", telework.RoleSecretariat, "")
	grant := s.QueryAs(secretariat, `mutation { grantRole(input: {email: "editor@soumu.example.jp", role: MINISTRY_VIEWER, ministryCode: "MHLW"}) { roles { role } } }`, nil)
	if len(grant.Errors) > 0 {
		t.Fatalf("grantRole: %s", grant.Body)
	}

	const explain = `query($email: String!, $code: String) { explainAccess(email: $email, action: "edit", object: "event", ministryCode: $code) {
		allowed roles { role ministry { code } } } }`
	roles := func(token, email, code string) (rs []string, code2 string) {
		t.Helper()
		r := s.QueryAs(token, explain, map[string]any{"email": email, "code": code})
		if len(r.Errors) > 0 {
			return nil, firstCode(r)
		}
		var d struct {
			ExplainAccess struct {
				Roles []struct {
					Role     string
					Ministry *struct{ Code string }
				}
			}
		}
		r.Decode(t, &d)
		for _, g := range d.ExplainAccess.Roles {
			where := "*"
			if g.Ministry != nil {
				where = g.Ministry.Code
			}
			rs = append(rs, g.Role+"@"+where)
		}
		slices.Sort(rs)
		return rs, ""
	}
	for _, c := range []struct {
		name, asker, email, ministry string
		want                         []string
		wantCode                     string
	}{
		{"an admin about a person of two ministries", mhlwAdmin, "editor@soumu.example.jp", "MHLW", []string{"MINISTRY_VIEWER@MHLW"}, ""},
		{"an admin about a person of another ministry only", mhlwAdmin, "admin@mhlw.example.jp", "MHLW", []string{"MINISTRY_ADMIN@MHLW"}, ""},
		{"an admin about the secretariat", mhlwAdmin, "chief2@example.jp", "MHLW", []string{"SECRETARIAT@*"}, ""},
		{"an admin in another ministry", mhlwAdmin, "editor@soumu.example.jp", "MIC", nil, "FORBIDDEN"},
		{"the secretariat", secretariat, "editor@soumu.example.jp", "MHLW", []string{"MINISTRY_EDITOR@MIC", "MINISTRY_VIEWER@MHLW"}, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, code := roles(c.asker, c.email, c.ministry)
			if code != c.wantCode || !slices.Equal(got, c.want) {
				t.Errorf("roles %v, code %q; want %v, %q", got, code, c.want, c.wantCode)
			}
		})
	}
	// A person with no role in the asker's ministries: nothing is told of where they work.
	if got, code := roles(mhlwAdmin, "chief@example.jp", "MHLW"); code != "" || !slices.Equal(got, []string{"SECRETARIAT@*"}) {
		t.Errorf("about the secretariat's chief: %v %q", got, code)
	}
	s.Staff("viewer@meti.example.jp", telework.RoleMinistryViewer, "METI")
	if got, code := roles(mhlwAdmin, "viewer@meti.example.jp", "MHLW"); code != "" || len(got) != 0 {
		t.Errorf("about a METI viewer, an MHLW admin was told %v %q; want nothing", got, code)
	}
}
