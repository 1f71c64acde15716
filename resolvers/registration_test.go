package resolvers_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/telework"
)

const register = `mutation($in: RegisterActivityInput!) { registerActivity(input: $in) {
	token registrant { id version status name nameKana prefecture contact { email } logoDownloadUrl } } }`

func registration(overrides map[string]any) map[string]any {
	in := map[string]any{
		"fiscalYear": 2026, "kind": "COMPANY", "name": "株式会社ﾃｽﾄ　ワークス", "nameKana": "ﾃｽﾄﾜｰｸｽ",
		"prefecture": "TOKYO", "industry": "情報通信業", "employeeCount": 120, "teleworkerCount": 80,
		"teleworkIntroduced": true, "activities": []string{"PRACTICING", "PROMOTING"}, "publishName": true,
		"contact": map[string]any{"name": "山田 太郎", "email": "taro@Example.JP", "phone": "03-1234-5678"},
	}
	for k, v := range overrides {
		in[k] = v
	}
	return map[string]any{"in": in}
}

// TestRegistrationThroughTheAPI follows a registrant: registering (normalized, the token shown
// once, the answer already seen as its owner sees it), reading its own record with the token,
// downloading the logo through the signed link, updating with the right and a stale version,
// approval into the public list, and withdrawal, after which the logo is refused.
func TestRegistrationThroughTheAPI(t *testing.T) {
	s := apptest.New(t, apptest.Options{Seed: true})
	var reg struct {
		RegisterActivity struct {
			Token      string
			Registrant struct {
				ID, Status, Name, NameKana, Prefecture, LogoDownloadURL string
				Version                                                 int
				Contact                                                 struct{ Email string }
			}
		}
	}
	r := s.Query(register, registration(nil))
	if len(r.Errors) > 0 {
		t.Fatalf("registerActivity: %s", r.Body)
	}
	r.Decode(t, &reg)
	got := reg.RegisterActivity.Registrant
	if got.Name != "株式会社テスト ワークス" || got.NameKana != "テストワークス" || got.Status != "REGISTERED" ||
		got.Contact.Email != "taro@example.jp" || !strings.HasPrefix(reg.RegisterActivity.Token, "tmr_") {
		t.Fatalf("registered as %+v (token %q)", got, reg.RegisterActivity.Token)
	}
	token := reg.RegisterActivity.Token

	// The link is to the SVG; the same path ending in .png is the PNG (as the README says).
	t.Run("the logo link serves the SVG and the PNG, and refuses a tampered one", func(t *testing.T) {
		link := got.LogoDownloadURL
		if link == "" {
			t.Fatal("no logo link for the registrant itself")
		}
		pngLink := strings.Replace(link, ".svg?", ".png?", 1)
		for _, tt := range []struct{ link, contentType, file string }{
			{link, "image/svg+xml", "telework-month-logo.svg"},
			{pngLink, "image/png", "telework-month-logo.png"},
		} {
			resp := get(t, s.URL+tt.link)
			if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != tt.contentType ||
				!strings.Contains(resp.Header.Get("Content-Disposition"), tt.file) {
				t.Errorf("%s: %d %v", tt.link, resp.StatusCode, resp.Header)
			}
			if resp := get(t, s.URL+strings.Replace(tt.link, "sig=", "sig=00", 1)); resp.StatusCode != http.StatusForbidden {
				t.Errorf("a tampered %s link answered %d", tt.contentType, resp.StatusCode)
			}
		}
	})

	t.Run("others do not see the registration before approval", func(t *testing.T) {
		r := s.Query(`query($id: ID!) { registrant(id: $id) { name } }`, map[string]any{"id": got.ID})
		if !strings.Contains(string(r.Data), `"registrant":null`) {
			t.Errorf("the public saw a registration not yet approved: %s", r.Body)
		}
	})

	update := `mutation($v: Int!) { updateMyRegistration(input: {expectedVersion: $v, employeeCount: 130}) { registrant { version employeeCount } } }`
	t.Run("update with the right version, then a stale one", func(t *testing.T) {
		if r := s.QueryAs(token, update, map[string]any{"v": got.Version}); len(r.Errors) > 0 || !strings.Contains(string(r.Data), `"employeeCount":130`) {
			t.Fatalf("update: %s", r.Body)
		}
		if code := firstCode(s.QueryAs(token, update, map[string]any{"v": got.Version})); code != "CONFLICT" {
			t.Errorf("a stale version answered %q", code)
		}
		if code := firstCode(s.Query(update, map[string]any{"v": got.Version + 1})); code != "UNAUTHENTICATED" {
			t.Errorf("an update without the token answered %q", code)
		}
	})

	t.Run("approval puts it on the public list", func(t *testing.T) {
		sec := s.Staff("chief@example.jp", telework.RoleSecretariat, "")
		if r := s.QueryAs(sec, `mutation($id: ID!) { approveRegistrant(id: $id) { registrant { status } } }`, map[string]any{"id": got.ID}); len(r.Errors) > 0 {
			t.Fatal(r.Body)
		}
		r := s.Query(`{ registrants(filter: {fiscalYear: 2026, search: "テスト ワークス"}) { edges { node { name } } } }`, nil)
		if !strings.Contains(string(r.Data), "株式会社テスト ワークス") {
			t.Errorf("the approved registrant is not on the public list: %s", r.Body)
		}
	})

	t.Run("withdrawal takes it off the list and refuses the logo", func(t *testing.T) {
		r := s.QueryAs(token, `mutation { withdrawMyRegistration { registrant { status logoDownloadUrl } } }`, nil)
		if !strings.Contains(string(r.Data), `"WITHDRAWN"`) || !strings.Contains(string(r.Data), `"logoDownloadUrl":null`) {
			t.Fatalf("withdraw: %s", r.Body)
		}
		if resp := get(t, s.URL+got.LogoDownloadURL); resp.StatusCode != http.StatusForbidden {
			t.Errorf("the logo link of a withdrawn registrant answered %d", resp.StatusCode)
		}
	})
}

// TestRegistrationValidation: every invalid input is BAD_USER_INPUT naming its field.
func TestRegistrationValidation(t *testing.T) {
	s := apptest.New(t, apptest.Options{Seed: true})
	tests := []struct {
		name      string
		overrides map[string]any
		field     string
	}{
		{"a closed call", map[string]any{"fiscalYear": 2023}, "input.fiscalYear"},
		{"an empty name", map[string]any{"name": "  "}, "input.name"},
		{"a control character", map[string]any{"name": "株式会社\u0007"}, "input.name"},
		{"a reading not in katakana", map[string]any{"nameKana": "Test Works"}, "input.nameKana"},
		{"a body without a prefecture", map[string]any{"prefecture": nil}, "input.prefecture"},
		{"a person with a prefecture", map[string]any{"kind": "INDIVIDUAL"}, "input.prefecture"},
		{"no activity", map[string]any{"activities": []string{}}, "input.activities"},
		{"a negative count", map[string]any{"employeeCount": -1}, "input.employeeCount"},
		{"a bad email", map[string]any{"contact": map[string]any{"name": "山田", "email": "not-an-email"}}, "input.contact.email"},
		{"a bad phone", map[string]any{"contact": map[string]any{"name": "山田", "email": "a@example.jp", "phone": "12"}}, "input.contact.phone"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := s.Query(register, registration(tt.overrides))
			if len(r.Errors) == 0 || r.Errors[0].Code() != "BAD_USER_INPUT" || r.Errors[0].Extensions["field"] != tt.field {
				t.Errorf("got %s, want BAD_USER_INPUT on %s", r.Body, tt.field)
			}
		})
	}
}

func get(t *testing.T, url string) *http.Response {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp
}
