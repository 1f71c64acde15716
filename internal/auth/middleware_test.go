package auth

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/teleworkmonth/platform/internal/authz"
)

func TestMiddleware(t *testing.T) {
	f := newFixture(t, Options{})
	u := f.user(staffEmail, staffPass)
	sess, err := f.svc.Login(f.ctx, staffEmail, staffPass, clientA)
	if err != nil {
		t.Fatal(err)
	}
	var seen struct {
		called bool
		viewer *authz.Viewer
		ip     string
	}
	h := Middleware(f.svc)(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		seen.called, seen.viewer, seen.ip = true, authz.ViewerFrom(r.Context()), ClientIP(r.Context())
		w.WriteHeader(http.StatusNoContent)
	}))

	for _, tt := range []struct {
		name       string
		headers    []string
		remoteAddr string
		wantStatus int
		wantKind   authz.Kind
		wantIP     string
	}{
		{"no credential", nil, "192.0.2.1:4321", http.StatusNoContent, authz.Anonymous, "192.0.2.1"},
		{"staff session", []string{bearer(sess.Token)}, "[2001:db8::1]:443", http.StatusNoContent, authz.Staff, "2001:db8::1"},
		{"IPv4-mapped address", nil, "[::ffff:192.0.2.7]:80", http.StatusNoContent, authz.Anonymous, "192.0.2.7"},
		{"malformed", []string{"Bearer tms_!!!"}, "192.0.2.1:1", http.StatusUnauthorized, "", ""},
		{"another scheme", []string{"Basic dXNlcjpwYXNz"}, "192.0.2.1:1", http.StatusUnauthorized, "", ""},
		{"unknown token", []string{"Bearer tmk_" + randomBody()}, "192.0.2.1:1", http.StatusUnauthorized, "", ""},
		{"two Authorization headers", []string{bearer(sess.Token), bearer(sess.Token)}, "192.0.2.1:1", http.StatusUnauthorized, "", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			seen.called = false
			r := httptest.NewRequest(http.MethodPost, "/graphql", nil)
			r.RemoteAddr = tt.remoteAddr
			for _, h := range tt.headers {
				r.Header.Add("Authorization", h)
			}
			w := httptest.NewRecorder()
			h.ServeHTTP(w, r)
			if w.Code != tt.wantStatus {
				t.Fatalf("status %d, want %d", w.Code, tt.wantStatus)
			}
			if tt.wantStatus != http.StatusUnauthorized {
				if !seen.called || seen.viewer.Kind != tt.wantKind || seen.ip != tt.wantIP {
					t.Errorf("handler saw %+v", seen)
				}
				if tt.wantKind == authz.Staff && (seen.viewer.UserID != u.ID || seen.viewer.SessionID != sess.ID) {
					t.Errorf("viewer %+v", seen.viewer)
				}
				return
			}
			if seen.called {
				t.Error("the handler ran for a request with a bad credential")
			}
			if got := w.Header().Get("WWW-Authenticate"); got != "Bearer" {
				t.Errorf("WWW-Authenticate = %q", got)
			}
			if got := w.Header().Get("Content-Type"); got != "application/json; charset=utf-8" {
				t.Errorf("Content-Type = %q", got)
			}
			var body struct {
				Data   *json.RawMessage `json:"data"`
				Errors []struct {
					Message    string         `json:"message"`
					Extensions map[string]any `json:"extensions"`
				} `json:"errors"`
			}
			if err := json.Unmarshal(w.Body.Bytes(), &body); err != nil {
				t.Fatalf("body %q: %v", w.Body, err)
			}
			if len(body.Errors) != 1 || body.Errors[0].Extensions["code"] != "UNAUTHENTICATED" ||
				body.Errors[0].Message != "the credential is not valid" || body.Data != nil {
				t.Errorf("body = %s", w.Body)
			}
		})
	}
}

// An address put in the context before the middleware (by a trusted proxy's middleware) stays.
func TestMiddlewareKeepsAClientAddressSetBefore(t *testing.T) {
	f := newFixture(t, Options{})
	var ip string
	h := Middleware(f.svc)(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ip = ClientIP(r.Context())
	}))
	r := httptest.NewRequest(http.MethodPost, "/graphql", nil)
	r.RemoteAddr = "10.0.0.2:5555"
	h.ServeHTTP(httptest.NewRecorder(), r.WithContext(WithClientIP(r.Context(), "203.0.113.50")))
	if ip != "203.0.113.50" {
		t.Errorf("ClientIP = %q", ip)
	}
}

func TestMiddlewareAnswers500WhenTheDatabaseFails(t *testing.T) {
	f := newFixture(t, Options{})
	h := Middleware(f.svc)(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		t.Error("the handler ran")
	}))
	f.db.Close()
	r := httptest.NewRequest(http.MethodPost, "/graphql", nil)
	r.Header.Set("Authorization", "Bearer tms_"+randomBody())
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	if w.Code != http.StatusInternalServerError {
		t.Errorf("status %d, want 500; body %s", w.Code, w.Body)
	}
}

func TestClientIPOutsideARequest(t *testing.T) {
	if ip := ClientIP(context.Background()); ip != "" {
		t.Errorf("ClientIP = %q", ip)
	}
	if ip := ClientIP(WithClientIP(context.Background(), "192.0.2.9")); ip != "192.0.2.9" {
		t.Errorf("ClientIP = %q", ip)
	}
}
