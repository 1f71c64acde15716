package export

import (
	"context"
	"net/http"

	"github.com/rs/zerolog/hlog"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/audit"
	"github.com/teleworkmonth/platform/internal/award"
	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/telework"
)

// entryHeader is the header row of a program's entries for every viewer who may list them;
// entryPersonalHeader follows it for those who may read their personal data (the README gives both
// in English), last, so that the others stand in the same place for every viewer.
var (
	entryHeader         = []string{"受付日時", "状態", "応募者", "取組の概要", "講評"}
	entryPersonalHeader = []string{"連絡先メールアドレス"}
)

// entryStatusLabels are the entries' statuses as the file shows them.
var entryStatusLabels = map[telework.AwardEntryStatus]string{
	"SUBMITTED": "応募済み", telework.AwardShortlisted: "選定", telework.AwardAwarded: "受賞", "NOT_AWARDED": "選外", "WITHDRAWN": "取下げ",
}

// ActionExportEntries is the audit log's action of an export of award entries with their personal
// data.
const ActionExportEntries = "award_entry.export"

// entries streams a program's entries in arrival order, as the API's AwardProgram.entries lists
// them, narrowed by the query's status and search as the API narrows them. An unknown or malformed
// program is 404; one whose entries the viewer may not list (another ministry's staff, a viewer
// role), 403, as the API answers FORBIDDEN at entries.
func (h *handler) entries(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	p, f, err := h.entriesRequest(ctx, r)
	if err != nil {
		writeError(w, r, err)
		return
	}
	conn, err := h.Awards.Entries(ctx, p, f, relay.Page{First: pageSize}, award.EntryReads{Total: true})
	if err != nil {
		writeError(w, r, err)
		return
	}
	if conn.TotalCount > h.MaxRows {
		writeError(w, r, h.tooMany(conn.TotalCount))
		return
	}
	personal := h.Authz.ReadsEntrantsPersonalData(ctx, p)
	header := entryHeader
	if personal {
		header = append(append([]string{}, entryHeader...), entryPersonalHeader...)
	}
	s, err := h.startFile(w, fileTitle(p.NameJa)+"_応募", "award-entries", header)
	rows := 0
	if err == nil {
		var names map[int64]*string
		rows, err = writePages(h, s, conn, relay.ListAwardEntries, false,
			func(page []*telework.AwardEntry) func(*telework.AwardEntry) error {
				names, err = h.Awards.EntrantNames(ctx, page)
				return func(e *telework.AwardEntry) error {
					if err != nil {
						return err
					}
					return entryRow(s, e, names[e.RegistrantID], personal)
				}
			},
			func(page relay.Page) (*award.EntryConnection, error) {
				return h.Awards.Entries(ctx, p, f, page, award.EntryReads{})
			})
	}
	if personal {
		h.auditEntries(r, p, f, rows, err == nil)
	}
	if err != nil {
		abort(r, err, rows)
	}
}

// entriesRequest reads the program and the filter of a request for a program's entries.
func (h *handler) entriesRequest(ctx context.Context, r *http.Request) (*telework.AwardProgram, award.EntryFilter, error) {
	var f award.EntryFilter
	q := r.URL.Query()
	for name, values := range q {
		if name != "status" && name != "search" {
			return nil, f, apperr.Invalid(name, "is not a filter of the entries: only status and search are")
		}
		if len(values) > 1 {
			return nil, f, apperr.Invalid(name, "must be given once")
		}
		if err := checkText(name, values[0]); err != nil {
			return nil, f, err
		}
	}
	if q.Has("status") {
		s := telework.AwardEntryStatus(q.Get("status"))
		if _, ok := entryStatusLabels[s]; !ok {
			return nil, f, apperr.Invalid("status", "must be SUBMITTED, SHORTLISTED, AWARDED, NOT_AWARDED or WITHDRAWN")
		}
		f.Status = &s
	}
	if q.Has("search") {
		search := q.Get("search")
		f.Search = &search
	}
	notFound := apperr.New(apperr.NotFound, "no award program with this ID")
	id, err := relay.ParseIDOf(relay.KindAwardProgram, r.PathValue("programID"))
	if err != nil {
		return nil, f, notFound
	}
	p, err := h.Awards.ByID(ctx, id)
	if err == nil && p == nil {
		err = notFound
	}
	return p, f, err
}

// entryRow writes the row of one entry; name is the registrant's name as the viewer may see it.
func entryRow(s *sheet, e *telework.AwardEntry, name *string, personal bool) error {
	s.time(e.SubmittedAt)
	s.label(entryStatusLabels[e.Status])
	s.optionalText(name)
	s.text(e.Summary)
	s.optionalText(e.Citation)
	if personal {
		s.text(e.ContactEmail)
	}
	return s.end()
}

// exportedEntries is what the audit log records of an export of award entries.
type exportedEntries struct {
	Format   string                     `json:"format"`
	Status   *telework.AwardEntryStatus `json:"status"` // the filter; null for every status
	Search   *string                    `json:"search"`
	Rows     int                        `json:"rows"`
	Complete bool                       `json:"complete"` // false when the download was cut short
	Columns  []string                   `json:"columns"`
}

// auditEntries records an export of entries with their personal data in the audit log of the
// program's ministry, as audit does for applications.
func (h *handler) auditEntries(r *http.Request, p *telework.AwardProgram, f award.EntryFilter, rows int, complete bool) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(r.Context()), auditTimeout)
	defer cancel()
	err := audit.Record(ctx, h.DB, audit.Change{
		MinistryID: &p.MinistryID, Action: ActionExportEntries, ObjectType: string(relay.KindAwardProgram), ObjectID: p.ID,
		After: exportedEntries{Format: "csv", Status: f.Status, Search: f.Search, Rows: rows, Complete: complete,
			Columns: []string{"submittedAt", "status", "registrant", "summary", "citation", "contactEmail"}},
	})
	if err != nil {
		hlog.FromRequest(r).Error().Err(err).Int64("program", p.ID).Int("rows", rows).Msg("export of personal data not audited")
	}
}
