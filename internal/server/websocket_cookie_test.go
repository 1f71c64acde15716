package server

import (
	"context"
	"net/http"
	"testing"

	"github.com/teleworkmonth/platform/internal/authz"
	"github.com/teleworkmonth/platform/internal/user"
)

// TestWebsocketSessionCookie: the console's session cookie makes a connection its person's only
// when the page that opens it is of the server's own origin; from another origin (one that
// ALLOWED_ORIGINS lets connect), the connection is anonymous, whatever cookie the browser sends.
func TestWebsocketSessionCookie(t *testing.T) {
	t.Parallel()
	s := newSocketServer(t, nil)
	const email, password = "ws@soumu.example.jp", "a websocket test password"
	if _, err := user.NewService(s.DB).Create(context.Background(), user.NewUser{Email: email, DisplayName: "ws", Password: password}); err != nil {
		t.Fatal(err)
	}
	sess, err := s.Auth.Login(context.Background(), email, password, "192.0.2.1")
	if err != nil {
		t.Fatal(err)
	}
	cookie := s.Auth.SessionCookie(sess)
	for _, tc := range []struct {
		name, origin string
		want         authz.Kind
	}{
		{"same origin", s.URL, authz.Staff},
		{"another allowed origin", "http://localhost:3999", authz.Anonymous},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := http.Header{"Origin": {tc.origin}, "Cookie": {cookie.Name + "=" + cookie.Value}}
			c, resp, err := DialWS(t, s.URL, h)
			if err != nil {
				t.Fatalf("dial: %v (%v)", err, resp)
			}
			c.Init(nil)
			if viewer, _ := queryViewer(t, c, "q"); viewer != string(tc.want) {
				t.Errorf("viewer %s, want %s", viewer, tc.want)
			}
		})
	}
}
