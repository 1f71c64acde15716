package console

import (
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/rs/zerolog/hlog"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/auth"
	"github.com/teleworkmonth/platform/internal/authz"
)

// SessionPath is where the console exchanges a password for its session cookie (POST) and ends the
// session (DELETE).
const SessionPath = "/admin/session"

// maxSessionBody bounds the body of a sign-in: an email and a password of at most 256 characters.
const maxSessionBody = 16 << 10

// Session returns the handler of SessionPath. authenticate is the API's authentication middleware
// (auth.Middleware), which establishes the viewer, from the cookie, of a DELETE.
//
//   - POST with a JSON body {"email", "password"} (and "code", the second step of an account with
//     two-step sign-in: without it such an account answers 401 TWO_STEP_REQUIRED) signs in through
//     the same service as the login mutation (the same checks, the same throttling), sets the
//     session cookie and answers
//     {"viewer": {"email", "displayName"}, "expiresAt"}. A cookie the request carries is ignored:
//     a stale one must not stand in the way of signing in again.
//   - DELETE ends the session of the request's cookie on the server and clears the cookie: 204.
//
// Both are refused 403 from a page of another origin, and a POST whose body is not JSON 415: a form
// of another site can neither sign a person out nor into an account of its choosing. Errors have
// the shape of GraphQL's, with extensions.code (and extensions.field, and extensions.retryAfter in
// seconds with a Retry-After header for RATE_LIMITED).
func Session(svc *auth.Service, authenticate func(http.Handler) http.Handler) http.Handler {
	signIn := authenticate(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { signIn(svc, w, r) }))
	signOut := authenticate(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { signOut(svc, w, r) }))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		if !auth.SameOrigin(r) {
			writeError(w, http.StatusForbidden, apperr.New(apperr.Forbidden, "sign in and out from this server's own console"))
			return
		}
		switch r.Method {
		case http.MethodPost:
			if !auth.IsJSON(r.Header.Get("Content-Type")) {
				writeError(w, http.StatusUnsupportedMediaType, apperr.New(apperr.BadUserInput, "send the email and password as application/json"))
				return
			}
			r.Header.Del("Cookie")
			signIn.ServeHTTP(w, r)
		case http.MethodDelete:
			signOut.ServeHTTP(w, r)
		default:
			w.Header().Set("Allow", "POST, DELETE")
			writeError(w, http.StatusMethodNotAllowed, apperr.New(apperr.BadUserInput, "sign in with POST, sign out with DELETE"))
		}
	})
}

// signedIn is the answer to a sign-in.
type signedIn struct {
	Viewer struct {
		Email       string `json:"email"`
		DisplayName string `json:"displayName"`
	} `json:"viewer"`
	ExpiresAt time.Time `json:"expiresAt"`
}

func signIn(svc *auth.Service, w http.ResponseWriter, r *http.Request) {
	var in struct {
		Email    *string `json:"email"`
		Password *string `json:"password"`
		Code     string  `json:"code"`
	}
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxSessionBody)).Decode(&in); err != nil {
		writeError(w, http.StatusBadRequest, apperr.New(apperr.BadUserInput, "the body must be a JSON object with email and password"))
		return
	}
	switch {
	case in.Email == nil || strings.TrimSpace(*in.Email) == "":
		writeError(w, http.StatusBadRequest, apperr.Invalid("email", "is required"))
		return
	case in.Password == nil || *in.Password == "":
		writeError(w, http.StatusBadRequest, apperr.Invalid("password", "is required"))
		return
	}
	sess, err := svc.LoginTwoStep(r.Context(), *in.Email, *in.Password, in.Code, auth.ClientIP(r.Context()))
	if err != nil {
		writeServiceError(w, r, err)
		return
	}
	http.SetCookie(w, svc.SessionCookie(sess))
	var out signedIn
	out.Viewer.Email, out.Viewer.DisplayName, out.ExpiresAt = sess.User.Email, sess.User.DisplayName, sess.ExpiresAt
	writeJSON(w, http.StatusOK, out)
}

func signOut(svc *auth.Service, w http.ResponseWriter, r *http.Request) {
	if v := authz.ViewerFrom(r.Context()); v.Kind == authz.Staff && v.SessionID != 0 {
		if err := svc.Logout(r.Context(), v.SessionID); err != nil {
			writeServiceError(w, r, err)
			return
		}
	}
	http.SetCookie(w, svc.ClearedCookie())
	w.WriteHeader(http.StatusNoContent)
}

// writeServiceError answers an error of the auth service with its status.
func writeServiceError(w http.ResponseWriter, r *http.Request, err error) {
	e, ok := apperr.As(err)
	if !ok || e.Code == apperr.Internal {
		hlog.FromRequest(r).Error().Err(err).Msg("console session")
		writeError(w, http.StatusInternalServerError, apperr.New(apperr.Internal, "internal error"))
		return
	}
	status := map[apperr.Code]int{
		apperr.Unauthenticated: http.StatusUnauthorized,
		apperr.TwoStepRequired: http.StatusUnauthorized,
		apperr.RateLimited:     http.StatusTooManyRequests,
		apperr.BadUserInput:    http.StatusBadRequest,
	}[e.Code]
	if status == 0 {
		status = http.StatusForbidden
	}
	writeError(w, status, e)
}

// writeError answers one error in the shape of a GraphQL response.
func writeError(w http.ResponseWriter, status int, e *apperr.Error) {
	ext := map[string]any{"code": e.Code}
	if e.Field != "" {
		ext["field"] = e.Field
	}
	if e.Code == apperr.RateLimited && e.RetryAfter > 0 {
		seconds := apperr.RetrySeconds(e.RetryAfter)
		ext["retryAfter"] = seconds
		w.Header().Set("Retry-After", strconv.FormatInt(seconds, 10))
	}
	writeJSON(w, status, map[string]any{"errors": []map[string]any{{"message": e.Message, "extensions": ext}}})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	body, err := json.Marshal(v)
	if err != nil {
		panic(errors.New("console: answer does not encode: " + err.Error()))
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	w.Write(body)
}
