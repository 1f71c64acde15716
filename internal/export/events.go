package export

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/event"
	"github.com/teleworkmonth/platform/internal/loader"
	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
)

// eventHeader is the header row of the event list (the README gives it in English).
var eventHeader = []string{
	"タイトル（日本語）", "タイトル（英語）", "開始日時", "終了日時", "状態", "主催", "共催",
	"定員", "申込済み座席数", "キャンセル待ち人数", "申込締切",
}

// eventStatusLabels are the events' statuses as the file shows them.
var eventStatusLabels = map[telework.EventStatus]string{
	telework.EventDraft: "下書き", telework.EventPublished: "公開中", telework.EventClosed: "終了", telework.EventCancelled: "中止",
}

// untilFull stands in the deadline's cell of an event that takes applications until it is full.
const untilFull = "定員になり次第"

// events streams the event list: the events the viewer may see that match the filter, as the API's
// events list answers them, in the same order. It holds no personal data: it is not audited.
func (h *handler) events(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	f, err := eventFilter(r.URL.Query())
	if err != nil {
		writeError(w, r, err)
		return
	}
	conn, err := h.Events.List(ctx, f, relay.Page{First: pageSize}, event.ListReads{Total: true, Details: true})
	if err != nil {
		writeError(w, r, asParameter(err))
		return
	}
	if conn.TotalCount > h.MaxRows {
		writeError(w, r, h.tooMany(conn.TotalCount))
		return
	}
	s, err := h.startFile(w, "イベント一覧", "events", eventHeader)
	rows := 0
	if err == nil {
		rows, err = writePages(h, s, conn, relay.ListEvents, true,
			func(events []*telework.Event) func(*telework.Event) error {
				// Each page gets loaders of its own: the request's would keep every event's co-hosts
				// until the end, and the export's memory would grow with its rows.
				pageCtx := loader.WithLoaders(ctx, loader.New(h.DB, h.Authz.EventScope, h.Now()))
				h.Events.Prefetch(pageCtx, events, event.Edges{CoHosts: true})
				return func(e *telework.Event) error { return h.eventRow(pageCtx, s, e) }
			},
			func(page relay.Page) (*event.Connection, error) {
				return h.Events.List(ctx, f, page, event.ListReads{Details: true})
			})
	}
	if err != nil {
		abort(r, err, rows)
	}
}

// eventRow writes the row of one event.
func (h *handler) eventRow(ctx context.Context, s *sheet, e *telework.Event) error {
	host, err := h.Events.Host(ctx, e)
	if err != nil {
		return err
	}
	coHosts, err := h.Events.CoHosts(ctx, e)
	if err != nil {
		return err
	}
	names := make([]string, len(coHosts))
	for i, m := range coHosts {
		names[i] = m.NameJa
	}
	s.text(e.TitleJa)
	s.optionalText(e.TitleEn)
	s.time(e.StartsAt)
	s.time(e.EndsAt)
	s.label(eventStatusLabels[e.Status])
	if host != nil {
		s.text(host.NameJa)
	} else {
		s.text("")
	}
	s.text(strings.Join(names, "、"))
	s.optionalNumber(e.Capacity)
	s.number(e.SeatsTaken)
	s.number(e.WaitlistLength)
	if e.EventDetails != nil && e.ApplicationDeadline != nil {
		s.time(*e.ApplicationDeadline)
	} else {
		s.label(untilFull)
	}
	return s.end()
}

// eventParameters are the query parameters of the event list: the fields of the API's EventFilter.
var eventParameters = map[string]bool{
	"fiscalYear": true, "ministryCode": true, "kind": true, "prefecture": true, "startsAfter": true,
	"startsBefore": true, "onlineOnly": true, "hasSeats": true, "status": true, "search": true,
}

// eventFilter reads the filter of the event list from the query: each parameter as the API's
// EventFilter takes its field, at most once. It returns BAD_USER_INPUT naming the parameter for
// an unknown or repeated one, or a value that is not of its type; the event service checks the
// rest, as it does for the API.
func eventFilter(q url.Values) (store.EventFilter, error) {
	var f store.EventFilter
	for name, values := range q {
		if !eventParameters[name] {
			return f, apperr.Invalid(name, "is not a filter of the event list")
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
	f.MinistryCode = p.text("ministryCode")
	f.Kind = enum[telework.EventKind](p, "kind", func(k telework.EventKind) bool { return k.Valid() })
	f.Prefecture = enum[telework.Prefecture](p, "prefecture", func(v telework.Prefecture) bool { return v.Valid() })
	f.StartsAfter = p.time("startsAfter")
	f.StartsBefore = p.time("startsBefore")
	f.OnlineOnly = p.boolean("onlineOnly")
	f.HasSeats = p.boolean("hasSeats")
	f.Status = enum[telework.EventStatus](p, "status", func(s telework.EventStatus) bool { _, ok := eventStatusLabels[s]; return ok })
	f.Search = p.text("search")
	return f, err
}

// maxParameterLength bounds every parameter, as the API bounds a string argument it does not
// bound otherwise (the search has its own limit, 100, checked by the service).
const maxParameterLength = 100

// checkText refuses a parameter that is too long, not UTF-8 (which PostgreSQL would refuse as an
// error of the server), or holding NUL.
func checkText(name, v string) error { return checkTextWithin(name, v, maxParameterLength) }

// checkTextWithin is checkText with a bound of its own, for a parameter the API bounds otherwise.
func checkTextWithin(name, v string, limit int) error {
	if !utf8.ValidString(v) || strings.ContainsRune(v, 0) {
		return apperr.Invalid(name, "must be UTF-8 text without NUL")
	}
	if n := utf8.RuneCountInString(v); n > limit {
		return apperr.Invalid(name, "must be at most %d characters, not %d", limit, n)
	}
	return nil
}

// parameters reads typed query parameters; the first error is kept in err and the rest read as
// absent.
type parameters struct {
	q   url.Values
	err *error
}

func (p parameters) value(name string) (string, bool) {
	if *p.err != nil || !p.q.Has(name) {
		return "", false
	}
	return p.q.Get(name), true
}

func (p parameters) fail(name, format string, args ...any) {
	*p.err = apperr.Invalid(name, format, args...)
}

func (p parameters) text(name string) *string {
	v, ok := p.value(name)
	if !ok {
		return nil
	}
	return &v
}

func (p parameters) integer(name string) *int {
	v, ok := p.value(name)
	if !ok {
		return nil
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		p.fail(name, "must be a whole number such as 2026")
		return nil
	}
	return &n
}

func (p parameters) boolean(name string) *bool {
	v, ok := p.value(name)
	if !ok {
		return nil
	}
	b := v == "true"
	if !b && v != "false" {
		p.fail(name, "must be true or false")
		return nil
	}
	return &b
}

func (p parameters) time(name string) *time.Time {
	v, ok := p.value(name)
	if !ok {
		return nil
	}
	t, err := time.Parse(time.RFC3339, v)
	if err != nil {
		p.fail(name, "must be an RFC 3339 time such as 2026-11-01T00:00:00+09:00")
		return nil
	}
	return &t
}

// enum reads a parameter whose values are an enum of the API's.
func enum[T ~string](p parameters, name string, valid func(T) bool) *T {
	v, ok := p.value(name)
	if !ok {
		return nil
	}
	if t := T(v); valid(t) {
		return &t
	}
	p.fail(name, "is not a value of the API's enum")
	return nil
}
