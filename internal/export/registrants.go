package export

import (
	"context"
	"net/http"
	"net/url"
	"strings"

	"github.com/rs/zerolog/hlog"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/audit"
	"github.com/teleworkmonth/platform/internal/registrant"
	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
)

// registrantHeader is the header row of the registrants for every staff member: what the public
// list shows of a registrant; restrictedHeader follows it for those who may read the rest and the
// contact (the secretariat). The README gives both in English.
var (
	registrantHeader = []string{"登録日時", "名称", "種別", "業種", "活動", "状態"}
	restrictedHeader = []string{"名称（カナ）", "都道府県", "従業員数", "テレワーク実施者数", "テレワーク導入",
		"名称の公表", "担当者", "メールアドレス", "電話番号"}
)

// Labels of the registrants' enums as the file shows them.
var (
	registrantKindLabels = map[telework.RegistrantKind]string{
		telework.KindCompany: "企業", telework.KindLocalGovernment: "地方公共団体", telework.KindOrganization: "団体", telework.KindIndividual: "個人",
	}
	registrantStatusLabels = map[telework.RegistrantStatus]string{
		telework.RegistrantRegistered: "審査待ち", telework.RegistrantApproved: "承認", telework.RegistrantRejected: "却下", telework.RegistrantWithdrawn: "取下げ",
	}
	activityLabels = map[telework.ActivityCategory]string{
		"PRACTICING": "試みる・実践する", "LEARNING": "学ぶ・議論する", "PROMOTING": "応援する・協力する",
	}
)

// ActionExportRegistrants is the audit log's action of an export of registrants with their
// restricted fields and contact.
const ActionExportRegistrants = "registrant.export"

// registrantParameters are the query parameters of the registrants: the fields of the API's
// RegistrantFilter, by the same names.
var registrantParameters = map[string]bool{
	"fiscalYear": true, "prefecture": true, "activity": true, "kind": true, "status": true, "search": true,
}

// registrants streams the registrants in registration order (oldest first), as the API's
// registrants list answers the same viewer with the same filter: every registrant for the
// secretariat, the public list for ministry staff (and a prefecture filter refused for them, as
// the API refuses it). The restricted columns are there only for those who may read them; such
// a download is audited.
func (h *handler) registrants(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	f, err := registrantFilter(r.URL.Query())
	if err != nil {
		writeError(w, r, err)
		return
	}
	conn, err := h.Registrants.List(ctx, f, relay.Page{First: pageSize}, true)
	if err != nil {
		writeError(w, r, asParameter(err))
		return
	}
	if conn.TotalCount > h.MaxRows {
		writeError(w, r, h.tooMany(conn.TotalCount))
		return
	}
	restricted := h.Authz.ReadsRegistrantsPersonalData(ctx)
	header := registrantHeader
	if restricted {
		header = append(append([]string{}, registrantHeader...), restrictedHeader...)
	}
	s, err := h.startFile(w, "登録者一覧", "registrants", header)
	rows := 0
	if err == nil {
		rows, err = writePages(h, s, conn, relay.ListRegistrants, false,
			func([]*telework.Registrant) func(*telework.Registrant) error {
				return func(g *telework.Registrant) error { return h.registrantRow(ctx, s, g, restricted) }
			},
			func(page relay.Page) (*registrant.Connection, error) { return h.Registrants.List(ctx, f, page, false) })
	}
	if restricted {
		h.auditRegistrants(r, f, rows, err == nil)
	}
	if err != nil {
		abort(r, err, rows)
	}
}

// registrantFilter reads the filter of the registrants from the query, each parameter at most
// once, as the API's RegistrantFilter takes its fields; BAD_USER_INPUT names a bad parameter.
func registrantFilter(q url.Values) (store.RegistrantFilter, error) {
	var f store.RegistrantFilter
	for name, values := range q {
		if !registrantParameters[name] {
			return f, apperr.Invalid(name, "is not a filter of the registrants")
		}
		if len(values) > 1 {
			return f, apperr.Invalid(name, "must be given once")
		}
		if err := checkText(name, values[0]); err != nil {
			return f, err
		}
	}
	var err error
	p := parameters{q: q, err: &err}
	f.FiscalYear = p.integer("fiscalYear")
	f.Prefecture = enum[telework.Prefecture](p, "prefecture", func(v telework.Prefecture) bool { return v.Valid() })
	f.Activity = enum[telework.ActivityCategory](p, "activity", func(a telework.ActivityCategory) bool { return a.Valid() })
	f.Kind = enum[telework.RegistrantKind](p, "kind", func(k telework.RegistrantKind) bool { return k.Valid() })
	f.Status = enum[telework.RegistrantStatus](p, "status", func(s telework.RegistrantStatus) bool { _, ok := registrantStatusLabels[s]; return ok })
	f.Search = p.text("search")
	return f, err
}

// registrantRow writes the row of one registrant: its name only where the viewer may see it.
func (h *handler) registrantRow(ctx context.Context, s *sheet, g *telework.Registrant, restricted bool) error {
	s.time(g.RegisteredAt)
	s.optionalText(h.Registrants.Name(ctx, g))
	s.label(registrantKindLabels[g.Kind])
	s.optionalText(g.Industry)
	activities := make([]string, len(g.ActivityList))
	for i, a := range g.ActivityList {
		activities[i] = activityLabels[telework.ActivityCategory(a)]
	}
	s.label(strings.Join(activities, "、"))
	s.label(registrantStatusLabels[g.Status])
	if restricted {
		s.optionalText(g.NameKana)
		if g.Prefecture != nil {
			s.label(string(*g.Prefecture)) // the API's name, e.g. TOKYO
		} else {
			s.label("")
		}
		s.optionalNumber(g.EmployeeCount)
		s.optionalNumber(g.TeleworkerCount)
		s.label(yesNo(g.TeleworkIntroduced))
		s.label(yesNo(&g.PublishName))
		s.text(g.ContactName)
		s.text(g.ContactEmail)
		s.optionalText(g.ContactPhone)
	}
	return s.end()
}

// yesNo is a survey answer as the file shows it: はい, いいえ, or empty when not answered.
func yesNo(b *bool) string {
	switch {
	case b == nil:
		return ""
	case *b:
		return "はい"
	default:
		return "いいえ"
	}
}

// registrantsExported is what the audit log records of an export of registrants.
type registrantsExported struct {
	Format   string                 `json:"format"`
	Filter   store.RegistrantFilter `json:"filter"`
	Rows     int                    `json:"rows"`
	Complete bool                   `json:"complete"`
	Columns  []string               `json:"columns"`
}

// auditRegistrants records an export of registrants with their restricted fields and contact in
// the log of no ministry (registrants belong to none; the secretariat reads it), once the file has
// ended or been cut short, under a context of its own as audit does.
func (h *handler) auditRegistrants(r *http.Request, f store.RegistrantFilter, rows int, complete bool) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(r.Context()), auditTimeout)
	defer cancel()
	err := audit.Record(ctx, h.DB, audit.Change{
		Action: ActionExportRegistrants, ObjectType: string(relay.KindRegistrant), ObjectKey: "export",
		After: registrantsExported{Format: "csv", Filter: f, Rows: rows, Complete: complete,
			Columns: []string{"registeredAt", "name", "kind", "industry", "activities", "status", "nameKana", "prefecture",
				"employeeCount", "teleworkerCount", "teleworkIntroduced", "publishName", "contactName", "contactEmail", "contactPhone"}},
	})
	if err != nil {
		hlog.FromRequest(r).Error().Err(err).Int("rows", rows).Msg("export of registrants not audited")
	}
}
