package server

import (
	"net/http"
	"strconv"
	"time"
)

// apiContentSecurityPolicy is the Content-Security-Policy of every response that does not set its
// own (the playground and the logo do): the API answers data, never a page, so nothing it sends
// may load anything, run anything or be framed.
const apiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'"

// securityHeaders sets the headers that keep browsers from reading a response as something other
// than what it says, on every response of the server, errors and refusals of the middleware after
// it included. They are set before the handler runs, so a handler may replace them with its own
// (the playground's and the logo's Content-Security-Policy). hstsMaxAge 0 sends no
// Strict-Transport-Security (see config.Config.HSTSMaxAge).
func securityHeaders(hstsMaxAge time.Duration) func(http.Handler) http.Handler {
	var hsts string
	if hstsMaxAge > 0 {
		hsts = "max-age=" + strconv.FormatInt(int64(hstsMaxAge/time.Second), 10)
	}
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			h := w.Header()
			h.Set("X-Content-Type-Options", "nosniff")
			h.Set("Referrer-Policy", "no-referrer")
			h.Set("X-Frame-Options", "DENY")
			h.Set("Content-Security-Policy", apiContentSecurityPolicy)
			if hsts != "" {
				h.Set("Strict-Transport-Security", hsts)
			}
			next.ServeHTTP(w, r)
		})
	}
}
