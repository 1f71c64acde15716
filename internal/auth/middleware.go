package auth

import (
	"encoding/json"
	"net/http"

	"github.com/rs/zerolog/hlog"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/authz"
)

// Middleware establishes each request's viewer from its Authorization header (see
// Service.Authenticate), or from the console's session cookie when it has none (see
// CookieRequestAllowed: a cookie on a request that a page of another site could forge is refused
// 403), and puts it in the request's context with authz.WithViewer, along with the connection's
// address as the client's (see ClientIP) unless ClientAddress, before it, has put one there. A
// request whose credential is not valid is answered 401 with WWW-Authenticate: Bearer and a
// GraphQL-shaped error, and goes no further; so is one with more than one Authorization header.
func Middleware(svc *Service) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			ctx := r.Context()
			if ClientIP(ctx) == "" {
				ctx = WithClientIP(ctx, clientAddress(r, nil))
			}
			var viewer *authz.Viewer
			var err error
			var fromCookie bool
			switch values := r.Header.Values("Authorization"); len(values) {
			case 0:
				// The console's session cookie stands in for the header (see cookie.go).
				authorization, refused := svc.cookieCredential(r)
				if refused {
					writeError(w, http.StatusForbidden, apperr.Forbidden, msgCookieRefused)
					return
				}
				fromCookie = authorization != ""
				viewer, err = svc.Authenticate(ctx, authorization)
			case 1:
				viewer, err = svc.Authenticate(ctx, values[0])
			default:
				err = invalidCredential()
			}
			if err != nil {
				if apperr.CodeOf(err) == apperr.Unauthenticated {
					if fromCookie {
						http.SetCookie(w, svc.ClearedCookie())
					}
					w.Header().Set("WWW-Authenticate", "Bearer")
					writeError(w, http.StatusUnauthorized, apperr.Unauthenticated, msgInvalidToken)
					return
				}
				// A failure of the database; its text names no credential.
				hlog.FromRequest(r).Error().Err(err).Msg("authenticate")
				writeError(w, http.StatusInternalServerError, apperr.Internal, "internal error")
				return
			}
			next.ServeHTTP(w, r.WithContext(authz.WithViewer(ctx, viewer)))
		})
	}
}

// writeError answers with one error in the shape of a GraphQL response.
func writeError(w http.ResponseWriter, status int, code apperr.Code, message string) {
	type extensions struct {
		Code apperr.Code `json:"code"`
	}
	type gqlError struct {
		Message    string     `json:"message"`
		Extensions extensions `json:"extensions"`
	}
	body, _ := json.Marshal(struct {
		Errors []gqlError `json:"errors"`
	}{[]gqlError{{message, extensions{code}}}})
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(body)
}

// WriteError answers an error of the application, with its code, in the shape of a GraphQL
// response; its message when it is an *apperr.Error, else "internal error".
func WriteError(w http.ResponseWriter, status int, err error) {
	if e, ok := apperr.As(err); ok {
		writeError(w, status, e.Code, e.Message)
		return
	}
	writeError(w, http.StatusInternalServerError, apperr.Internal, "internal error")
}
