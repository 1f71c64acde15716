package export

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/rs/zerolog/hlog"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/audit"
	"github.com/teleworkmonth/platform/internal/loader"
	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
)

// auditHeader is the header row of the audit log (the README gives it in English).
var auditHeader = []string{"日時", "府省庁", "操作者", "操作", "対象の種類", "対象のキー", "変更前", "変更後"}

// ActionExportAuditLog is the audit log's action of an export of the audit log itself.
const ActionExportAuditLog = "audit_log.export"

// auditParameters are the query parameters of the audit log: ministryCode, and the fields of the
// API's AuditFilter, by the same names.
var auditParameters = map[string]bool{
	"ministryCode": true, "actorEmail": true, "objectType": true, "since": true, "until": true,
}

// auditLog streams the audit log, newest first, as the API's auditLog answers the same viewer
// with the same arguments: the entries of the ministries whose log the viewer may read. Each
// download is itself written to the log (the staff's emails are in it), complete or cut short.
func (h *handler) auditLog(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	ministryCode, f, err := auditRequest(r.URL.Query())
	if err != nil {
		writeError(w, r, err)
		return
	}
	q, err := h.Audit.Query(ctx, ministryCode, f)
	if err != nil {
		writeError(w, r, asParameter(err))
		return
	}
	conn, err := h.Audit.Page(ctx, q, relay.Page{First: pageSize}, true)
	if err != nil {
		writeError(w, r, err)
		return
	}
	if conn.TotalCount > h.MaxRows {
		writeError(w, r, h.tooMany(conn.TotalCount))
		return
	}
	names, err := ministryNames(ctx)
	if err != nil {
		writeError(w, r, err)
		return
	}
	s, err := h.startFile(w, "監査ログ", "audit-log", auditHeader)
	rows := 0
	if err == nil {
		rows, err = writePages(h, s, conn, relay.ListAuditEntries, false,
			func([]*telework.AuditEntry) func(*telework.AuditEntry) error {
				return func(e *telework.AuditEntry) error { return auditRow(s, e, names) }
			},
			func(page relay.Page) (*audit.Connection, error) { return h.Audit.Page(ctx, q, page, false) })
	}
	h.auditExport(r, q, names, rows, err == nil)
	if err != nil {
		abort(r, err, rows)
	}
}

// ministryNames are the ministries by id: a few dozen, read once for the whole file.
func ministryNames(ctx context.Context) (map[int64]*telework.Ministry, error) {
	all, err := loader.From(ctx).Ministries(ctx)
	if err != nil {
		return nil, err
	}
	out := make(map[int64]*telework.Ministry, len(all))
	for _, m := range all {
		out[m.ID] = m
	}
	return out, nil
}

// auditRequest reads the ministry and the filter of the audit log from the query, each parameter
// at most once. It returns BAD_USER_INPUT naming the parameter for an unknown or repeated one, or
// a value that is not of its type; the audit service checks the rest, as it does for the API.
func auditRequest(q url.Values) (*string, audit.Filter, error) {
	var f audit.Filter
	for name, values := range q {
		if !auditParameters[name] {
			return nil, f, apperr.Invalid(name, "is not a filter of the audit log")
		}
		if len(values) > 1 {
			return nil, f, apperr.Invalid(name, "must be given once")
		}
		limit := maxParameterLength
		if name == "actorEmail" {
			limit = 254 // an email address, as the schema bounds filter.actorEmail
		}
		if err := checkTextWithin(name, values[0], limit); err != nil {
			return nil, f, err
		}
	}
	var err error
	p := parameters{q: q, err: &err}
	ministryCode := p.text("ministryCode")
	f.ActorEmail = p.text("actorEmail")
	f.ObjectType = p.text("objectType")
	f.Since = p.time("since")
	f.Until = p.time("until")
	return ministryCode, f, err
}

// auditRow writes the row of one entry: the actor by email when a staff account acted.
func auditRow(s *sheet, e *telework.AuditEntry, ministries map[int64]*telework.Ministry) error {
	s.time(e.At)
	if m := ministries[deref(e.MinistryID)]; m != nil {
		s.text(m.NameJa)
	} else {
		s.text("")
	}
	if e.ActorEmail != nil {
		s.text(*e.ActorEmail)
	} else {
		s.text(e.Actor)
	}
	s.text(e.Action)
	s.text(e.ObjectType)
	s.text(e.ObjectID)
	s.text(string(e.Before))
	s.text(string(e.After))
	return s.end()
}

func deref(id *int64) int64 {
	if id == nil {
		return 0
	}
	return *id
}

// auditLogExported is what the audit log records of an export of itself.
type auditLogExported struct {
	Format       string     `json:"format"`
	MinistryCode *string    `json:"ministryCode"`
	ActorEmail   *string    `json:"actorEmail"`
	ObjectType   *string    `json:"objectType"`
	Since        *time.Time `json:"since"`
	Until        *time.Time `json:"until"`
	Rows         int        `json:"rows"`
	Complete     bool       `json:"complete"`
}

// auditExport records a download of the audit log in the log of the ministry it was of: the one
// asked for, or the viewer's one ministry; a download across ministries goes to the log of no
// ministry, which the secretariat reads. Like audit, it is written under a context of its own.
func (h *handler) auditExport(r *http.Request, q store.AuditQuery, ministries map[int64]*telework.Ministry, rows int, complete bool) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(r.Context()), auditTimeout)
	defer cancel()
	code := q.MinistryCode
	if code == nil && !q.Scope.All && len(q.Scope.MinistryCodes) == 1 {
		code = &q.Scope.MinistryCodes[0]
	}
	var ministryID *int64
	for id, m := range ministries {
		if code != nil && strings.EqualFold(m.Code, *code) {
			ministryID = &id
		}
	}
	err := audit.Record(ctx, h.DB, audit.Change{
		MinistryID: ministryID, Action: ActionExportAuditLog, ObjectType: audit.ObjectTypeAuditLog,
		After: auditLogExported{Format: "csv", MinistryCode: q.MinistryCode, ActorEmail: q.Filter.ActorEmail,
			ObjectType: q.Filter.ObjectType, Since: q.Filter.Since, Until: q.Filter.Until, Rows: rows, Complete: complete},
	})
	if err != nil {
		hlog.FromRequest(r).Error().Err(err).Int("rows", rows).Msg("export of the audit log not audited")
	}
}
