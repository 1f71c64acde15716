package export

import (
	"context"
	"net/http"
	"time"

	"github.com/rs/zerolog/hlog"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/audit"
	"github.com/teleworkmonth/platform/internal/event"
	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/telework"
)

// applicationHeader is the header row of an event's applications for every viewer who may list
// them; personalHeader follows it for those who may read their personal data (the README gives
// both in English). The personal columns come last, so that the others stand in the same place
// for every viewer.
var (
	applicationHeader = []string{"受付番号", "申込日時", "状態", "参加方法", "キャンセル待ち順位", "来場確認日時"}
	personalHeader    = []string{"氏名", "メールアドレス", "所属"}
)

// applicationStatusLabels and attendanceLabels are the applications' statuses and ways of
// attending as the file shows them.
var (
	applicationStatusLabels = map[telework.ApplicationStatus]string{
		telework.ApplicationConfirmed: "確定", telework.ApplicationWaitlisted: "キャンセル待ち", telework.ApplicationCancelled: "取消",
	}
	attendanceLabels = map[telework.Attendance]string{
		telework.AttendanceInPerson: "会場", telework.AttendanceOnline: "オンライン",
	}
)

// ActionExportApplications is the audit log's action of an export of applications with their
// personal data.
const ActionExportApplications = "application.export"

// applications streams an event's applications in arrival order, as the API's Event.applications
// lists them, of one status when the query says status=CONFIRMED, WAITLISTED or CANCELLED. An event
// that the viewer may not see, or a malformed ID, is 404 (as node() answers null for it); one whose
// applications the viewer may not list, 403.
func (h *handler) applications(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	e, status, err := h.applicationsRequest(ctx, r)
	if err != nil {
		writeError(w, r, err)
		return
	}
	conn, err := h.Events.Applications(ctx, e, event.ApplicationFilter{Status: status}, relay.Page{First: pageSize}, true)
	if err != nil {
		writeError(w, r, err)
		return
	}
	if conn.TotalCount > h.MaxRows {
		writeError(w, r, h.tooMany(conn.TotalCount))
		return
	}
	personal := h.Authz.ReadsApplicantsPersonalData(ctx, e)
	header := applicationHeader
	if personal {
		header = append(append([]string{}, applicationHeader...), personalHeader...)
	}
	s, err := h.startFile(w, fileTitle(e.TitleJa)+"_申込者", "applications", header)
	rows := 0
	if err == nil {
		rows, err = writePages(h, s, conn, relay.ListApplications, false,
			func([]*telework.EventApplication) func(*telework.EventApplication) error {
				return func(a *telework.EventApplication) error { return applicationRow(s, a, personal) }
			},
			func(page relay.Page) (*event.ApplicationConnection, error) {
				return h.Events.Applications(ctx, e, event.ApplicationFilter{Status: status}, page, false)
			})
	}
	if personal {
		h.audit(r, e, status, rows, err == nil)
	}
	if err != nil {
		abort(r, err, rows)
	}
}

// applicationsRequest reads the event and the status of a request for an event's applications.
func (h *handler) applicationsRequest(ctx context.Context, r *http.Request) (*telework.Event, *telework.ApplicationStatus, error) {
	q := r.URL.Query()
	for name, values := range q {
		if name != "status" {
			return nil, nil, apperr.Invalid(name, "is not a filter of the applications: only status is")
		}
		if len(values) > 1 {
			return nil, nil, apperr.Invalid(name, "must be given once")
		}
	}
	var status *telework.ApplicationStatus
	if q.Has("status") {
		s := telework.ApplicationStatus(q.Get("status"))
		if _, ok := applicationStatusLabels[s]; !ok {
			return nil, nil, apperr.Invalid("status", "must be CONFIRMED, WAITLISTED or CANCELLED")
		}
		status = &s
	}
	notFound := apperr.New(apperr.NotFound, "no event with this ID that you may see")
	id, err := relay.ParseIDOf(relay.KindEvent, r.PathValue("eventID"))
	if err != nil {
		return nil, nil, notFound
	}
	e, err := h.Events.Find(ctx, id)
	if err == nil && e == nil {
		err = notFound
	}
	return e, status, err
}

// applicationRow writes the row of one application.
func applicationRow(s *sheet, a *telework.EventApplication, personal bool) error {
	s.label(a.Reference)
	s.time(a.CreatedAt)
	s.label(applicationStatusLabels[a.Status])
	s.label(attendanceLabels[a.Attendance])
	s.optionalNumber(a.WaitlistPosition)
	s.optionalTime(a.CheckedInAt)
	if personal {
		s.text(a.AttendeeName)
		s.text(a.AttendeeEmail)
		s.optionalText(a.Organization)
	}
	return s.end()
}

// exported is what the audit log records of an export of applications.
type exported struct {
	Format   string                      `json:"format"`
	Status   *telework.ApplicationStatus `json:"status"` // the filter; null for every status
	Rows     int                         `json:"rows"`
	Complete bool                        `json:"complete"` // false when the download was cut short
	Columns  []string                    `json:"columns"`
}

// auditTimeout bounds the writing of an export's audit entry, which happens even when the request
// has been cancelled or has run out of time.
const auditTimeout = 10 * time.Second

// audit records an export of personal data in the audit log of the event's host: who (the
// entry's actor), when (its time), what (the event, the status filter, the columns) and how many
// rows were written, once the file has ended or been cut short. The entry is written under a
// context of its own, so that a client that goes away mid-file is recorded too; a failure to write
// it is logged, with the request's id, as an error.
func (h *handler) audit(r *http.Request, e *telework.Event, status *telework.ApplicationStatus, rows int, complete bool) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(r.Context()), auditTimeout)
	defer cancel()
	err := audit.Record(ctx, h.DB, audit.Change{
		MinistryID: &e.HostMinistryID, Action: ActionExportApplications, ObjectType: string(relay.KindEvent), ObjectID: e.ID,
		After: exported{Format: "csv", Status: status, Rows: rows, Complete: complete,
			Columns: []string{"createdAt", "status", "attendance", "waitlistPosition", "attendeeName", "attendeeEmail", "organization"}},
	})
	if err != nil {
		hlog.FromRequest(r).Error().Err(err).Int64("event", e.ID).Int("rows", rows).Msg("export of personal data not audited")
	}
}
