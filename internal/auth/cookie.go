package auth

import (
	"mime"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// The console keeps its staff session in a cookie rather than in storage that a script can read.
// The cookie is HttpOnly and SameSite=Strict; in production it is Secure too, and then its name
// carries the __Host- prefix, which browsers accept only from a secure origin, with Path=/ and no
// Domain: no other host, not even a sibling subdomain, can set or shadow it.
const (
	cookieName       = "tm_session"
	secureCookieName = "__Host-tm_session"
)

// msgCookieRefused is the message of a request refused because it carries the session cookie in a
// way a page of another site could have made it send.
const msgCookieRefused = "the session cookie is accepted only on JSON or GET requests from this server's own pages"

// CookieName is the name of the session cookie.
func (s *Service) CookieName() string {
	if s.opts.SecureCookie {
		return secureCookieName
	}
	return cookieName
}

// SessionCookie is the cookie that carries a session's token until the session expires.
func (s *Service) SessionCookie(sess *Session) *http.Cookie {
	return &http.Cookie{
		Name:     s.CookieName(),
		Value:    sess.Token,
		Path:     "/",
		Expires:  sess.ExpiresAt,
		MaxAge:   max(1, int(time.Until(sess.ExpiresAt).Seconds())),
		HttpOnly: true,
		Secure:   s.opts.SecureCookie,
		SameSite: http.SameSiteStrictMode,
	}
}

// ClearedCookie is the cookie that makes a browser forget the session cookie.
func (s *Service) ClearedCookie() *http.Cookie {
	return &http.Cookie{
		Name:     s.CookieName(),
		Value:    "",
		Path:     "/",
		MaxAge:   -1,
		HttpOnly: true,
		Secure:   s.opts.SecureCookie,
		SameSite: http.SameSiteStrictMode,
	}
}

// sessionCookie returns the token of the request's session cookie, "" when it carries none.
func (s *Service) sessionCookie(r *http.Request) string {
	c, err := r.Cookie(s.CookieName())
	if err != nil {
		return ""
	}
	return c.Value
}

// cookieCredential returns the Authorization value that the request's session cookie stands for,
// for a request that sends no Authorization header: "" when it carries no cookie, or when the
// cookie is to be ignored (a WebSocket handshake from a page of another origin: the connection is
// then anonymous unless its connection_init payload carries a credential). refused is true when
// the cookie comes on a request that a page of another site could have made the browser send: see
// CookieRequestAllowed.
func (s *Service) cookieCredential(r *http.Request) (authorization string, refused bool) {
	token := s.sessionCookie(r)
	if token == "" {
		return "", false
	}
	if r.Header.Get("Upgrade") != "" {
		if !SameOrigin(r) {
			return "", false
		}
		return "Bearer " + token, false
	}
	if !CookieRequestAllowed(r) {
		return "", true
	}
	return "Bearer " + token, false
}

// CookieRequestAllowed reports whether a request may act with the session cookie: one that a form
// or a simple request of another site cannot forge, coming from this server's own origin. That is
// a GET or HEAD (which only read: a GET mutation is refused anyway), a POST whose body is JSON
// (a form can send only form data or plain text, and a page of another origin cannot send JSON
// without a CORS preflight, which this server never grants), or a DELETE (which forms cannot send
// either), each with no Origin or Sec-Fetch-Site header that names another origin.
func CookieRequestAllowed(r *http.Request) bool {
	switch r.Method {
	case http.MethodGet, http.MethodHead, http.MethodDelete:
	case http.MethodPost:
		if !IsJSON(r.Header.Get("Content-Type")) {
			return false
		}
	default:
		return false
	}
	return SameOrigin(r)
}

// IsJSON reports whether a Content-Type header names application/json.
func IsJSON(contentType string) bool {
	mt, _, err := mime.ParseMediaType(contentType)
	return err == nil && mt == "application/json"
}

// SameOrigin reports whether nothing in the request says that a page of another origin made it:
// its Sec-Fetch-Site, when sent, is same-origin or none (the person typed or bookmarked the
// address), and its Origin, when sent, is this server's own (compared by host and port: behind a
// proxy that ends TLS, a page of https://host reaches the server as plain http). Browsers send at
// least one of the two on every request that a page makes across origins; a request without
// either comes from no page of another origin.
func SameOrigin(r *http.Request) bool {
	switch site := r.Header.Values("Sec-Fetch-Site"); len(site) {
	case 0:
	case 1:
		if site[0] != "same-origin" && site[0] != "none" {
			return false
		}
	default:
		return false
	}
	switch origin := r.Header.Values("Origin"); len(origin) {
	case 0:
		return true
	case 1:
		u, err := url.Parse(origin[0])
		return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" &&
			u.User == nil && (u.Path == "" || u.Path == "/") && u.RawQuery == "" &&
			strings.EqualFold(u.Host, r.Host)
	}
	return false
}
