package server_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/teleworkmonth/platform/internal/apptest"
)

// TestPlaygroundSaysIntrospectionIsOff: in production with PLAYGROUND=true and introspection off
// (its default there), the playground's page says why its Docs pane is empty and what the
// operator sets, and tells its script not to ask for the schema; the playground gets no
// introspection of its own (an introspection query is still refused). With INTROSPECTION=true,
// and in development, the page has no such notice.
func TestPlaygroundSaysIntrospectionIsOff(t *testing.T) {
	t.Parallel()
	prod := map[string]string{"APP_ENV": "production", "PLAYGROUND": "true", "LOGO_SIGNING_KEY": strings.Repeat("k", 32)}
	with := func(k, v string) map[string]string {
		env := map[string]string{k: v}
		for k, v := range prod {
			env[k] = v
		}
		return env
	}
	for _, c := range []struct {
		name          string
		env           map[string]string
		notice        bool
		introspection bool
	}{
		{"production", prod, true, false},
		{"production with INTROSPECTION=true", with("INTROSPECTION", "true"), false, true},
		{"development", nil, false, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			s := apptest.New(t, apptest.Options{Env: c.env})
			page := send(t, s, http.MethodGet, "/", nil, nil)
			if page.Status != http.StatusOK {
				t.Fatalf("playground: status %d", page.Status)
			}
			body := string(page.Body)
			if got := strings.Contains(body, `id="introspection-off"`) && strings.Contains(body, "INTROSPECTION=true"); got != c.notice {
				t.Errorf("notice that introspection is off: %v, want %v", got, c.notice)
			}
			if want := `data-introspection="` + map[bool]string{true: "true", false: "false"}[c.introspection] + `"`; !strings.Contains(body, want) {
				t.Errorf("the page does not tell its script %s", want)
			}
			r := get(t, s, url.Values{"query": {`{ __schema { queryType { name } } }`}}, nil)
			if refused := len(r.Errors) > 0; refused == c.introspection {
				t.Errorf("introspection answered with errors %v, want it answered: %v", r.Codes(), c.introspection)
			}
		})
	}
}
