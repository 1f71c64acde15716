package resolvers_test

import (
	"encoding/json"
	"testing"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/telework"
)

// TestAccessQuestionsRefuseWhatDoesNotExist: Viewer.can, Viewer.ministriesWhere and
// Query.explainAccess answer BAD_USER_INPUT naming the argument for an action, object or ministry
// code that does not exist (a typo, a wrong case, an action the object does not have), instead of
// a quiet false, or a true for the secretariat in a ministry that does not exist. Real values
// answer as before.
func TestAccessQuestionsRefuseWhatDoesNotExist(t *testing.T) {
	s := apptest.New(t, apptest.Options{Seed: true})
	secretariat := s.Staff("chief@example.jp", telework.RoleSecretariat, "")
	mhlwAdmin := s.Staff("admin@mhlw.example.jp", telework.RoleMinistryAdmin, "MHLW")

	const can = `query($a: String!, $o: String!, $m: String) { viewer { can(action: $a, object: $o, ministryCode: $m) } }`
	const where = `query($a: String!, $o: String!) { viewer { ministriesWhere(action: $a, object: $o) { code } } }`
	const explain = `query($a: String!, $o: String!, $m: String, $e: String!) {
		explainAccess(email: $e, action: $a, object: $o, ministryCode: $m) { allowed } }`
	cases := []struct {
		name, token, query string
		vars               map[string]any
		wantField          string // the refused argument; "" when the question is answered
		wantData           string // the answer's data, when answered
	}{
		{"can: a typo of an action", secretariat, can, askVars("edti", "event", "MHLW"), "action", ""},
		{"can: an action in the wrong case", secretariat, can, askVars("Edit", "event", "MHLW"), "action", ""},
		{"can: an object in the wrong case", mhlwAdmin, can, askVars("edit", "Event", "MHLW"), "object", ""},
		{"can: an action the object does not have", mhlwAdmin, can, askVars("approve", "event", "MHLW"), "action", ""},
		{"can: an unknown ministry, the secretariat", secretariat, can, askVars("edit", "event", "XXX"), "ministryCode", ""},
		{"can: a ministry in the wrong case, the secretariat", secretariat, can, askVars("edit", "event", "mhlw"), "ministryCode", ""},
		{"can: an unknown ministry, a ministry admin", mhlwAdmin, can, askVars("edit", "event", "XXX"), "ministryCode", ""},
		{"can: an unknown object, anonymous", "", can, askVars("read", "events", ""), "object", ""},
		{"ministriesWhere: a typo of an object", mhlwAdmin, where, askVars("read", "aplication", ""), "object", ""},
		{"ministriesWhere: an action the object does not have", secretariat, where, askVars("publish", "registrant", ""), "action", ""},
		{"explainAccess: a typo of an action", secretariat, explain, askExplainVars("reed", "event", "MHLW", "admin@mhlw.example.jp"), "action", ""},
		{"explainAccess: an unknown ministry", mhlwAdmin, explain, askExplainVars("edit", "event", "XXX", "admin@mhlw.example.jp"), "ministryCode", ""},
		{"explainAccess: an unknown pair about an unknown email", secretariat, explain, askExplainVars("check_in", "event", "MHLW", "nobody@example.jp"), "action", ""},

		{"can: the secretariat edits an event", secretariat, can, askVars("edit", "event", "MHLW"), "", `{"viewer":{"can":true}}`},
		{"can: an admin in its ministry", mhlwAdmin, can, askVars("check_in", "application", "MHLW"), "", `{"viewer":{"can":true}}`},
		{"can: an admin in another ministry", mhlwAdmin, can, askVars("edit", "event", "MIC"), "", `{"viewer":{"can":false}}`},
		{"can: no ministry given", secretariat, can, askVars("read", "registrant", ""), "", `{"viewer":{"can":true}}`},
		{"can: anonymous", "", can, askVars("edit", "event", "MHLW"), "", `{"viewer":{"can":false}}`},
		{"ministriesWhere: an admin", mhlwAdmin, where, askVars("read", "application", ""), "", `{"viewer":{"ministriesWhere":[{"code":"MHLW"}]}}`},
		{"explainAccess: an admin about itself", mhlwAdmin, explain, askExplainVars("edit", "event", "MHLW", "admin@mhlw.example.jp"), "", `{"explainAccess":{"allowed":true}}`},
		{"explainAccess: an unknown email", secretariat, explain, askExplainVars("edit", "event", "MHLW", "nobody@example.jp"), "", `{"explainAccess":{"allowed":false}}`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := s.QueryAs(c.token, c.query, c.vars)
			if c.wantField == "" {
				if len(r.Errors) > 0 {
					t.Fatalf("errors: %s", r.Body)
				}
				if !sameJSONData(t, r.Data, c.wantData) {
					t.Errorf("data = %s, want %s", r.Data, c.wantData)
				}
				return
			}
			if len(r.Errors) != 1 {
				t.Fatalf("%d errors, want 1: %s", len(r.Errors), r.Body)
			}
			e := r.Errors[0]
			if e.Code() != "BAD_USER_INPUT" {
				t.Errorf("extensions.code = %q, want BAD_USER_INPUT (%s)", e.Code(), e.Message)
			}
			if got, _ := e.Extensions["field"].(string); got != c.wantField {
				t.Errorf("extensions.field = %q, want %q (%s)", got, c.wantField, e.Message)
			}
		})
	}
}

func askVars(action, object, ministryCode string) map[string]any {
	return map[string]any{"a": action, "o": object, "m": nilIfEmpty(ministryCode)}
}

func askExplainVars(action, object, ministryCode, email string) map[string]any {
	v := askVars(action, object, ministryCode)
	v["e"] = email
	return v
}

func sameJSONData(t *testing.T, got json.RawMessage, want string) bool {
	t.Helper()
	var g, w any
	if err := json.Unmarshal(got, &g); err != nil {
		t.Fatalf("data %s: %v", got, err)
	}
	if err := json.Unmarshal([]byte(want), &w); err != nil {
		t.Fatalf("want %s: %v", want, err)
	}
	gb, _ := json.Marshal(g)
	wb, _ := json.Marshal(w)
	return string(gb) == string(wb)
}
