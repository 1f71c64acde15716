// Package export streams the console's CSV downloads: the event list, an event's applications, an
// award program's entries, the audit log and the registrants.
// They read through the same services as the API (event.Service's List and Applications), so the
// same authorization decides what they hold: the events a viewer may see (authz.EventScope), the
// applications of an event whose applications the viewer may list (authz.ListApplications), and
// their personal data only where the viewer may read it, as a column left out otherwise. An export
// of personal data is written to the audit log.
//
// An export is read a page of rows at a time, each page written to the response before the next is
// read, so that a server streams any export in the same, small memory. Files are UTF-8 with a
// byte-order mark, CRLF, RFC 4180 quoting, and text cells safe from formula injection (see sheet).
package export

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/rs/zerolog/hlog"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/audit"
	"github.com/teleworkmonth/platform/internal/authz"
	"github.com/teleworkmonth/platform/internal/award"
	"github.com/teleworkmonth/platform/internal/event"
	"github.com/teleworkmonth/platform/internal/registrant"
	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/telework"
)

// Paths of the exports, under the console's prefix.
const (
	Prefix = "/admin/export/"
	// EventsPath is the event list; its query takes the filter of the API's events list.
	EventsPath = Prefix + "events.csv"
	// ApplicationsPath is an event's applications; {eventID} is the event's global ID.
	ApplicationsPath = Prefix + "events/{eventID}/applications.csv"
	// AuditLogPath is the audit log; its query takes auditLog's ministryCode and filter.
	AuditLogPath = Prefix + "audit.csv"
	// RegistrantsPath is the registrants; its query takes the filter of the API's registrants list.
	RegistrantsPath = Prefix + "registrants.csv"
	// AwardEntriesPath is an award program's entries; {programID} is the program's global ID.
	AwardEntriesPath = Prefix + "award-programs/{programID}/entries.csv"
)

// pageSize is how many rows an export reads at a time: large enough that a page's statement costs
// little per row, small enough that a page takes a few hundred KB.
const pageSize = 500

// Deps are what the exports need.
type Deps struct {
	DB     *sqlx.DB // for the audit log
	Authz  *authz.Authorizer
	Events *event.Service
	Awards *award.Service
	Audit  *audit.Service
	// Registrants lists the registrants as the API does.
	Registrants *registrant.Service
	// MaxRows is the most rows one export holds (EXPORT_MAX_ROWS).
	MaxRows int
	Now     func() time.Time
}

// Handler serves the exports under Prefix, GET only. It expects the request's viewer and loaders
// in its context (auth.Middleware, then the server's loaders), and its deadline to be the export's
// (EXPORT_TIMEOUT). Refusals come before the first byte of the file, in the shape of a GraphQL
// error with its extensions.code: 401 UNAUTHENTICATED without a credential, 403 FORBIDDEN for a
// viewer who is not staff or may not read what is asked, 404 NOT_FOUND for an event that the
// viewer may not see (as node() answers null), 400 BAD_USER_INPUT naming a bad parameter or for an
// export over MaxRows.
func Handler(d Deps) http.Handler {
	h := &handler{Deps: d}
	mux := http.NewServeMux()
	mux.HandleFunc(EventsPath, h.staffGET(h.events))
	mux.HandleFunc(ApplicationsPath, h.staffGET(h.applications))
	mux.HandleFunc(AuditLogPath, h.staffGET(h.auditLog))
	mux.HandleFunc(RegistrantsPath, h.staffGET(h.registrants))
	mux.HandleFunc(AwardEntriesPath, h.staffGET(h.entries))
	mux.HandleFunc(Prefix, func(w http.ResponseWriter, r *http.Request) {
		writeError(w, r, apperr.New(apperr.NotFound, "no export at this address"))
	})
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		mux.ServeHTTP(w, r)
	})
}

type handler struct{ Deps }

// staffGET lets GET requests of staff through: every export is a download, and an export of
// personal data is audited, which a HEAD, that downloads nothing, must not be.
func (h *handler) staffGET(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet {
			w.Header().Set("Allow", http.MethodGet)
			writeStatus(w, http.StatusMethodNotAllowed, apperr.New(apperr.BadUserInput, "exports are downloaded with GET"))
			return
		}
		if err := h.Authz.AuthorizeExport(r.Context()); err != nil {
			writeError(w, r, err)
			return
		}
		next(w, r)
	}
}

// tooMany refuses an export of more than MaxRows rows.
func (h *handler) tooMany(total int) error {
	return apperr.New(apperr.BadUserInput, "the export would hold %d rows, more than the %d allowed: narrow it with a filter", total, h.MaxRows)
}

// startFile sends the headers of a CSV download named name (with an ASCII fallback) and starts the
// file with its header row.
func (h *handler) startFile(w http.ResponseWriter, name, fallback string, header []string) (*sheet, error) {
	date := h.Now().In(telework.Japan).Format(time.DateOnly)
	hdr := w.Header()
	hdr.Set("Content-Type", "text/csv; charset=utf-8")
	hdr.Set("Content-Disposition", contentDisposition(name+"_"+date+".csv", fallback+"_"+date+".csv"))
	w.WriteHeader(http.StatusOK)
	return newSheet(w, header)
}

// abort ends a download that has started and cannot finish (the database failed, the deadline
// passed, the client went away): the connection is cut rather than the file ended, so that the
// browser reports a failed download, not a complete file that lacks rows.
func abort(r *http.Request, err error, rows int) {
	log := hlog.FromRequest(r).Error()
	// The request's context is cancelled when its connection closes (the export's own deadline
	// ends it with DeadlineExceeded instead): then a statement failing is the client's going too.
	var gone *clientGone
	if errors.As(err, &gone) || errors.Is(r.Context().Err(), context.Canceled) {
		log = hlog.FromRequest(r).Info() // the person cancelled the download: nothing went wrong
	}
	log.Err(err).Int("rows", rows).Msg("export cut short")
	panic(http.ErrAbortHandler)
}

// writePages writes the rows of conn's page and of every page after it, read with next, and
// returns how many it wrote. forPage prepares each page and returns the writer of its rows. A list
// that has grown past h.MaxRows since it was counted is cut with an error.
func writePages[N any](h *handler, s *sheet, conn *relay.Connection[N], list string, withTime bool,
	forPage func(nodes []N) func(N) error, next func(relay.Page) (*relay.Connection[N], error)) (rows int, err error) {
	for {
		row := forPage(conn.Nodes)
		for _, n := range conn.Nodes {
			if rows == h.MaxRows {
				return rows, h.tooMany(rows + 1) // more rows than were counted
			}
			if err := row(n); err != nil {
				return rows, err
			}
			rows++
		}
		if err := s.flush(); err != nil || !conn.HasNextPage {
			return rows, err
		}
		page, err := nextPage(list, withTime, conn.Cursors)
		if err != nil {
			return rows, err
		}
		if conn, err = next(page); err != nil {
			return rows, err
		}
	}
}

// nextPage is the page after the cursor of the last row of a page.
func nextPage(list string, withTime bool, cursors []string) (relay.Page, error) {
	after, ok := relay.DecodeCursor(list, withTime, cursors[len(cursors)-1])
	if !ok {
		return relay.Page{}, errors.New("export: the service's cursor does not decode")
	}
	return relay.Page{First: pageSize, After: &after}, nil
}

var statusOf = map[apperr.Code]int{
	apperr.Unauthenticated: http.StatusUnauthorized,
	apperr.Forbidden:       http.StatusForbidden,
	apperr.NotFound:        http.StatusNotFound,
	apperr.BadUserInput:    http.StatusBadRequest,
}

// writeError answers an error before the file starts: with its status, or 500 (logged, without
// its text) for anything that is not one of the contract's refusals.
func writeError(w http.ResponseWriter, r *http.Request, err error) {
	e, ok := apperr.As(err)
	status := statusOf[apperr.CodeOf(err)]
	if !ok || status == 0 {
		hlog.FromRequest(r).Error().Err(err).Msg("export")
		message := "internal error"
		if errors.Is(err, context.DeadlineExceeded) {
			message = "the export took too long and was stopped"
		}
		writeStatus(w, http.StatusInternalServerError, apperr.New(apperr.Internal, "%s", message))
		return
	}
	if status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", "Bearer")
	}
	writeStatus(w, status, e)
}

// writeStatus answers one error in the shape of a GraphQL response.
func writeStatus(w http.ResponseWriter, status int, e *apperr.Error) {
	ext := map[string]any{"code": e.Code}
	if e.Field != "" {
		ext["field"] = e.Field
	}
	body, _ := json.Marshal(map[string]any{"errors": []map[string]any{{"message": e.Message, "extensions": ext}}})
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(status)
	w.Write(body)
}

// asParameter names a service's error about its filter (filter.search) by the export's query
// parameter (search), keeping its code: a filter the viewer may not use stays FORBIDDEN.
func asParameter(err error) error {
	e, ok := apperr.As(err)
	if !ok || !strings.HasPrefix(e.Field, "filter.") {
		return err
	}
	field := strings.TrimPrefix(e.Field, "filter.")
	return &apperr.Error{Code: e.Code, Field: field, Message: field + ": " + strings.TrimPrefix(e.Message, e.Field+": ")}
}
