package console_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/user"
)

const (
	staffEmail    = "suzuki@soumu.example.jp"
	staffPassword = "a console password of some length"
)

// newServer starts the application with one staff member, who signs in with staffPassword.
func newServer(t *testing.T, env map[string]string) *apptest.Server {
	t.Helper()
	s := apptest.New(t, apptest.Options{Env: env})
	if _, err := user.NewService(s.DB).Create(context.Background(), user.NewUser{Email: staffEmail, DisplayName: "鈴木 一郎",
		Password: staffPassword}); err != nil {
		t.Fatal(err)
	}
	return s
}

// request builds a request to the server with headers given as "Name: value".
func request(t *testing.T, s *apptest.Server, method, path, body string, headers ...string) *http.Request {
	t.Helper()
	r, err := http.NewRequest(method, s.URL+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range headers {
		k, v, _ := strings.Cut(h, ": ")
		r.Header.Add(k, v)
	}
	return r
}

func signInBody(email, password string) string {
	b, _ := json.Marshal(map[string]string{"email": email, "password": password})
	return string(b)
}

// signIn signs in through the session path and returns the session cookie the server set.
func signIn(t *testing.T, s *apptest.Server, password string) *http.Cookie {
	t.Helper()
	resp := s.Raw(request(t, s, http.MethodPost, "/admin/session", signInBody(staffEmail, password), "Content-Type: application/json"))
	if resp.Status != http.StatusOK {
		t.Fatalf("sign in: %d %s", resp.Status, resp.Body)
	}
	return sessionCookie(t, resp)
}

func sessionCookie(t *testing.T, resp apptest.Response) *http.Cookie {
	t.Helper()
	for _, c := range (&http.Response{Header: resp.Header}).Cookies() {
		if strings.HasSuffix(c.Name, "tm_session") {
			return c
		}
	}
	t.Fatalf("no session cookie set; headers %v", resp.Header)
	return nil
}

const viewerQuery = `{"query":"{ viewer { kind email } }"}`

// viewerKind asks /graphql who the request is, with the cookie and the headers.
func viewerKind(t *testing.T, s *apptest.Server, c *http.Cookie, headers ...string) (int, string, apptest.Response) {
	t.Helper()
	r := request(t, s, http.MethodPost, "/graphql", viewerQuery, append([]string{"Content-Type: application/json"}, headers...)...)
	r.AddCookie(c)
	resp := s.Raw(r)
	var data struct{ Viewer struct{ Kind string } }
	if resp.Status == http.StatusOK {
		resp.Decode(t, &data)
	}
	return resp.Status, data.Viewer.Kind, resp
}

func wantCode(t *testing.T, resp apptest.Response, status int, code string) {
	t.Helper()
	if resp.Status != status || len(resp.Errors) == 0 || resp.Errors[0].Code() != code {
		t.Errorf("got %d %s, want %d with %s", resp.Status, resp.Body, status, code)
	}
}

func TestSignInSetsACookieTheAPIAccepts(t *testing.T) {
	s := newServer(t, nil)
	resp := s.Raw(request(t, s, http.MethodPost, "/admin/session", signInBody(" Suzuki@soumu.example.jp ", staffPassword),
		"Content-Type: application/json; charset=utf-8", "Origin: "+s.URL, "Sec-Fetch-Site: same-origin"))
	if resp.Status != http.StatusOK {
		t.Fatalf("sign in: %d %s", resp.Status, resp.Body)
	}
	var answer struct {
		Viewer    struct{ Email, DisplayName string }
		ExpiresAt string
	}
	if err := json.Unmarshal(resp.Body, &answer); err != nil || answer.Viewer.Email != staffEmail || answer.Viewer.DisplayName != "鈴木 一郎" || answer.ExpiresAt == "" {
		t.Errorf("answer %s", resp.Body)
	}
	c := sessionCookie(t, resp)
	raw := resp.Header.Get("Set-Cookie")
	if c.Name != "tm_session" || !c.HttpOnly || c.SameSite != http.SameSiteStrictMode || c.Path != "/" || c.Secure || c.MaxAge <= 0 {
		t.Errorf("cookie %s", raw)
	}
	if resp.Header.Get("Cache-Control") != "no-store" {
		t.Errorf("Cache-Control %q", resp.Header.Get("Cache-Control"))
	}

	for _, tc := range []struct {
		name    string
		headers []string
	}{
		{"no origin headers (not from a page)", nil},
		{"same origin", []string{"Origin: " + s.URL, "Sec-Fetch-Site: same-origin"}},
	} {
		if status, kind, resp := viewerKind(t, s, c, tc.headers...); status != http.StatusOK || kind != "staff" {
			t.Errorf("%s: %d %q %s", tc.name, status, kind, resp.Body)
		}
	}
	// A GET query carries it too.
	r := request(t, s, http.MethodGet, "/graphql?query="+url.QueryEscape("{ viewer { kind } }"), "", "Sec-Fetch-Site: same-origin")
	r.AddCookie(c)
	if resp := s.Raw(r); resp.Status != http.StatusOK || !strings.Contains(string(resp.Body), `"staff"`) {
		t.Errorf("GET with the cookie: %d %s", resp.Status, resp.Body)
	}
	// A header credential wins over the cookie: an unknown token is refused, never the cookie's viewer.
	if status, _, resp := viewerKind(t, s, c, "Authorization: Bearer tms_nope"); status != http.StatusUnauthorized {
		t.Errorf("a bad Authorization header beside a good cookie: %d %s", status, resp.Body)
	}
}

// TestCookieRefusedWhereAPageOfAnotherSiteCouldSendIt: the requests that a page of another site can
// make a browser send with the cookie are refused, whatever the cookie.
func TestCookieRefusedWhereAPageOfAnotherSiteCouldSendIt(t *testing.T) {
	s := newServer(t, nil)
	c := signIn(t, s, staffPassword)
	form := "query=" + url.QueryEscape("mutation { logout }")
	for _, tc := range []struct {
		name, method, body string
		headers            []string
	}{
		{"cross-site form post", http.MethodPost, form, []string{"Content-Type: application/x-www-form-urlencoded", "Origin: https://evil.example", "Sec-Fetch-Site: cross-site"}},
		{"form post without origin headers", http.MethodPost, form, []string{"Content-Type: application/x-www-form-urlencoded"}},
		{"plain-text post", http.MethodPost, `{"query":"mutation { logout }"}`, []string{"Content-Type: text/plain"}},
		{"multipart post", http.MethodPost, "--x--", []string{"Content-Type: multipart/form-data; boundary=x"}},
		{"cross-origin JSON", http.MethodPost, viewerQuery, []string{"Content-Type: application/json", "Origin: https://evil.example"}},
		{"cross-site JSON by Sec-Fetch-Site", http.MethodPost, viewerQuery, []string{"Content-Type: application/json", "Sec-Fetch-Site: cross-site"}},
		{"same-site sibling", http.MethodPost, viewerQuery, []string{"Content-Type: application/json", "Sec-Fetch-Site: same-site"}},
		{"null origin", http.MethodPost, viewerQuery, []string{"Content-Type: application/json", "Origin: null"}},
		{"cross-site GET", http.MethodGet, "", []string{"Sec-Fetch-Site: cross-site"}},
		{"PUT", http.MethodPut, viewerQuery, []string{"Content-Type: application/json"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := "/graphql"
			if tc.method == http.MethodGet {
				path += "?query=" + url.QueryEscape("{ viewer { kind } }")
			}
			r := request(t, s, tc.method, path, tc.body, tc.headers...)
			r.AddCookie(c)
			wantCode(t, s.Raw(r), http.StatusForbidden, "FORBIDDEN")
		})
	}
	// The session was not ended by any of them.
	if status, kind, resp := viewerKind(t, s, c); status != http.StatusOK || kind != "staff" {
		t.Errorf("after the refusals: %d %q %s", status, kind, resp.Body)
	}
}

func TestSignInErrors(t *testing.T) {
	s := newServer(t, nil)
	post := func(body string, headers ...string) apptest.Response {
		return s.Raw(request(t, s, http.MethodPost, "/admin/session", body, append([]string{"Content-Type: application/json"}, headers...)...))
	}
	t.Run("wrong password", func(t *testing.T) {
		resp := post(signInBody(staffEmail, "not the password at all"))
		wantCode(t, resp, http.StatusUnauthorized, "UNAUTHENTICATED")
		if resp.Header.Get("Set-Cookie") != "" {
			t.Errorf("a failed sign-in set %s", resp.Header.Get("Set-Cookie"))
		}
	})
	t.Run("missing fields name the field", func(t *testing.T) {
		for field, body := range map[string]string{"email": `{"password":"x"}`, "password": `{"email":"a@example.jp"}`} {
			resp := post(body)
			wantCode(t, resp, http.StatusBadRequest, "BAD_USER_INPUT")
			if len(resp.Errors) > 0 && resp.Errors[0].Extensions["field"] != field {
				t.Errorf("field %v, want %s", resp.Errors[0].Extensions["field"], field)
			}
		}
		wantCode(t, post(`not json`), http.StatusBadRequest, "BAD_USER_INPUT")
	})
	t.Run("not JSON, or from another origin", func(t *testing.T) {
		r := request(t, s, http.MethodPost, "/admin/session", "email=a&password=b", "Content-Type: application/x-www-form-urlencoded")
		wantCode(t, s.Raw(r), http.StatusUnsupportedMediaType, "BAD_USER_INPUT")
		wantCode(t, post(signInBody(staffEmail, staffPassword), "Origin: https://evil.example"), http.StatusForbidden, "FORBIDDEN")
		wantCode(t, post(signInBody(staffEmail, staffPassword), "Sec-Fetch-Site: cross-site"), http.StatusForbidden, "FORBIDDEN")
		r = request(t, s, http.MethodGet, "/admin/session", "")
		wantCode(t, s.Raw(r), http.StatusMethodNotAllowed, "BAD_USER_INPUT")
	})
	t.Run("rate limited, with the time to wait", func(t *testing.T) {
		for range 5 {
			post(signInBody("victim@soumu.example.jp", "guess guess guess"))
		}
		resp := post(signInBody("victim@soumu.example.jp", "guess guess guess"))
		wantCode(t, resp, http.StatusTooManyRequests, "RATE_LIMITED")
		if resp.Header.Get("Retry-After") != "900" || len(resp.Errors) == 0 || resp.Errors[0].Extensions["retryAfter"] != float64(900) {
			t.Errorf("Retry-After %q, extensions %v", resp.Header.Get("Retry-After"), resp.Errors)
		}
	})
	t.Run("a stale cookie does not stand in the way", func(t *testing.T) {
		r := request(t, s, http.MethodPost, "/admin/session", signInBody(staffEmail, staffPassword), "Content-Type: application/json")
		r.AddCookie(&http.Cookie{Name: "tm_session", Value: "tms_stale"})
		if resp := s.Raw(r); resp.Status != http.StatusOK {
			t.Errorf("sign in with a stale cookie: %d %s", resp.Status, resp.Body)
		}
	})
}

func TestExpiredSessionIsUnauthenticatedAndClearsTheCookie(t *testing.T) {
	s := newServer(t, nil)
	c := signIn(t, s, staffPassword)
	if _, err := s.DB.Exec(`UPDATE sessions SET expires_at = now() - interval '1 second'`); err != nil {
		t.Fatal(err)
	}
	status, _, resp := viewerKind(t, s, c, "Sec-Fetch-Site: same-origin")
	wantCode(t, resp, http.StatusUnauthorized, "UNAUTHENTICATED")
	if cleared := sessionCookie(t, resp); status != http.StatusUnauthorized || cleared.MaxAge >= 0 || cleared.Value != "" {
		t.Errorf("the cookie is not cleared: %s", resp.Header.Get("Set-Cookie"))
	}
}

func TestSignOutEndsTheSession(t *testing.T) {
	s := newServer(t, nil)
	c := signIn(t, s, staffPassword)

	r := request(t, s, http.MethodDelete, "/admin/session", "", "Origin: https://evil.example")
	r.AddCookie(c)
	wantCode(t, s.Raw(r), http.StatusForbidden, "FORBIDDEN")

	r = request(t, s, http.MethodDelete, "/admin/session", "", "Origin: "+s.URL, "Sec-Fetch-Site: same-origin")
	r.AddCookie(c)
	resp := s.Raw(r)
	if resp.Status != http.StatusNoContent {
		t.Fatalf("sign out: %d %s", resp.Status, resp.Body)
	}
	if cleared := sessionCookie(t, resp); cleared.MaxAge >= 0 {
		t.Errorf("the cookie is not cleared: %s", resp.Header.Get("Set-Cookie"))
	}
	_, _, resp = viewerKind(t, s, c)
	wantCode(t, resp, http.StatusUnauthorized, "UNAUTHENTICATED")
	var n int
	if err := s.DB.Get(&n, `SELECT count(*) FROM audit_entries WHERE action = 'session.logout'`); err != nil || n != 1 {
		t.Errorf("audit entries of the sign-out: %d (%v)", n, err)
	}
	// Signing out without a session changes nothing and still clears the cookie.
	if resp := s.Raw(request(t, s, http.MethodDelete, "/admin/session", "")); resp.Status != http.StatusNoContent {
		t.Errorf("sign out without a session: %d %s", resp.Status, resp.Body)
	}
}

func TestProductionCookieIsSecureWithAHostPrefix(t *testing.T) {
	s := newServer(t, map[string]string{"APP_ENV": "production", "CONSOLE_URL": "https://telework.example.go.jp/admin/", "LOGO_SIGNING_KEY": strings.Repeat("k", 32)})
	c := signIn(t, s, staffPassword)
	if c.Name != "__Host-tm_session" || !c.Secure || !c.HttpOnly || c.SameSite != http.SameSiteStrictMode || c.Path != "/" || c.Domain != "" {
		t.Errorf("cookie %+v", c)
	}
	if status, kind, resp := viewerKind(t, s, c); status != http.StatusOK || kind != "staff" {
		t.Errorf("the API with the production cookie: %d %q %s", status, kind, resp.Body)
	}
	// The development name means nothing in production.
	if status, kind, _ := viewerKind(t, s, &http.Cookie{Name: "tm_session", Value: c.Value}); status != http.StatusOK || kind != "anonymous" {
		t.Errorf("the unprefixed cookie in production: %d %q", status, kind)
	}
}
