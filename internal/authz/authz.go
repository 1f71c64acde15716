// Package authz is the one door of authorization: every read and write of a tenant's data asks it
// first, and nothing else decides. Lists are limited with scopes that the store turns into WHERE
// clauses; single objects and fields are checked here; the schema's @personalData and @restricted
// directives call ReadField, so that no new field can forget its check.
//
// Staff permissions come from Casbin policies (RBAC with the ministry as the domain; the
// secretariat holds in every ministry). The public side is fixed: published events, approved
// registrants that consented to be listed, announced winners. Owners (a registrant, an applicant)
// reach their own records through the policy's OWNER rules.
package authz

import (
	"context"
	"slices"
	"time"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/loader"
	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
)

// Authorizer makes the authorization decisions of the application.
type Authorizer struct {
	policy Decider
}

// New returns an Authorizer deciding with the given policy.
func New(policy Decider) *Authorizer { return &Authorizer{policy: policy} }

// staffMinistries returns where the request's viewer, when staff, may do act on obj: every
// ministry, or some.
func (a *Authorizer) staffMinistries(ctx context.Context, obj, act string) (codes []string, all bool, err error) {
	v := ViewerFrom(ctx)
	if v.Kind != Staff || a.policy == nil {
		return nil, false, nil
	}
	return a.policy.Ministries(ctx, v.Subject(), obj, act)
}

// MinistriesWhere returns where the request's viewer may do act on obj: every ministry (all), or
// the ministries of codes; nothing for a viewer who is not staff. It returns BAD_USER_INPUT for an
// object or action the policy does not name (CheckQuestion).
func (a *Authorizer) MinistriesWhere(ctx context.Context, act, obj string) (codes []string, all bool, err error) {
	if err := a.CheckQuestion(ctx, act, obj, ""); err != nil {
		return nil, false, err
	}
	return a.staffMinistries(ctx, obj, act)
}

// allowedInAny reports whether the viewer may do act on obj in any of the ministries given by ID.
func (a *Authorizer) allowedInAny(ctx context.Context, obj, act string, ministryIDs ...int64) (bool, error) {
	codes, all, err := a.staffMinistries(ctx, obj, act)
	if all || len(codes) == 0 || err != nil {
		return all, err
	}
	l := loader.From(ctx)
	for _, id := range ministryIDs {
		m, err := l.Ministry.Get(ctx, id)
		if err != nil {
			return false, err
		}
		if m != nil && slices.Contains(codes, m.Code) {
			return true, nil
		}
	}
	return false, nil
}

// allows is allowedInAny for the checks that answer yes or no: a failure to read the viewer's
// roles refuses.
func (a *Authorizer) allows(ctx context.Context, obj, act string, ministryIDs ...int64) bool {
	ok, err := a.allowedInAny(ctx, obj, act, ministryIDs...)
	return ok && err == nil
}

// eventMinistries are the host and co-hosts of an event: their staff read it alike.
func eventMinistries(ctx context.Context, e *telework.Event) []int64 {
	ids := []int64{e.HostMinistryID}
	coHosts, err := loader.From(ctx).CoHosts.Get(ctx, e.ID)
	if err == nil {
		for _, m := range coHosts {
			ids = append(ids, m.ID)
		}
	}
	return ids
}

// EventScope limits the request's event lists to what its viewer may see: drafts only of the
// ministries where the viewer may read drafts (as host or co-host), every draft for the
// secretariat.
func (a *Authorizer) EventScope(ctx context.Context) (store.EventScope, error) {
	codes, all, err := a.staffMinistries(ctx, ObjEvent, ActReadDraft)
	return store.EventScope{AllDrafts: all, DraftMinistryCodes: codes}, err
}

// CanSeeEvent reports whether the viewer may see an event.
func (a *Authorizer) CanSeeEvent(ctx context.Context, e *telework.Event) bool {
	return e.Status != telework.EventDraft || a.allows(ctx, ObjEvent, ActReadDraft, eventMinistries(ctx, e)...)
}

// RegistrantScope limits the request's registrant lists to the public list, plus its viewer's own
// registration, or to every registrant for staff who may read them (the secretariat).
func (a *Authorizer) RegistrantScope(ctx context.Context) (store.RegistrantScope, error) {
	_, all, err := a.staffMinistries(ctx, ObjRegistrant, ActRead)
	if err != nil || all {
		return store.RegistrantScope{All: all}, err
	}
	if v := ViewerFrom(ctx); v.Kind == Registrant {
		return store.RegistrantScope{OwnIDs: []int64{v.RegistrantID}}, nil
	}
	return store.RegistrantScope{}, nil
}

// readsAllRegistrants reports whether the viewer is staff who may read every registrant.
func (a *Authorizer) readsAllRegistrants(ctx context.Context) bool {
	scope, err := a.RegistrantScope(ctx)
	return scope.All && err == nil
}

// CanSeeRegistrant reports whether the viewer may see a registrant at all.
func (a *Authorizer) CanSeeRegistrant(ctx context.Context, r *telework.Registrant) bool {
	return r.Listed() || a.ownsRegistrant(ctx, r.ID) || a.readsAllRegistrants(ctx)
}

// CanSeeRegistrantName reports whether the viewer may see a registrant's name: when it consented to
// be listed, and always for the registrant itself and the staff who may read registrants.
func (a *Authorizer) CanSeeRegistrantName(ctx context.Context, r *telework.Registrant) bool {
	return r.PublishName || a.ownsRegistrant(ctx, r.ID) || a.readsAllRegistrants(ctx)
}

// CanSeeAwardEntry reports whether the viewer may see an entry: the public sees announced winners,
// the program's ministry staff and the entrant see it always.
func (a *Authorizer) CanSeeAwardEntry(ctx context.Context, e *telework.AwardEntry, p *telework.AwardProgram, now time.Time) bool {
	winner := e.Status == telework.AwardAwarded || e.Status == telework.AwardShortlisted
	return (winner && p.Announced(now)) || a.ownsRegistrant(ctx, e.RegistrantID) ||
		a.allows(ctx, ObjAwardEntry, ActRead, p.MinistryID)
}

// CheckRegistrantFilter refuses the filters that would reveal what the public may see only as
// counts: only staff who may read registrants narrow the list by prefecture (the public has
// campaign.stats.byPrefecture).
func (a *Authorizer) CheckRegistrantFilter(ctx context.Context, f store.RegistrantFilter) error {
	if f.Prefecture == nil {
		return nil
	}
	scope, err := a.RegistrantScope(ctx)
	if err != nil || scope.All {
		return err
	}
	return &apperr.Error{Code: apperr.Forbidden, Field: "filter.prefecture",
		Message: "filter.prefecture: a registrant's prefecture is not public; see campaign.stats.byPrefecture for the counts"}
}

// ListApplications decides whether the viewer may list an event's applications: only the staff of
// its host and co-hosts whose role reads applications, and the secretariat.
func (a *Authorizer) ListApplications(ctx context.Context, e *telework.Event) error {
	if ok, err := a.allowedInAny(ctx, ObjApplication, ActRead, eventMinistries(ctx, e)...); ok || err != nil {
		return err
	}
	return forbidden("only the staff of the event's host and co-hosts may read its applications")
}

// CanSeeApplication decides whether the viewer may see one application (node): its applicant, and
// those who may list its event's applications (ListApplications).
func (a *Authorizer) CanSeeApplication(ctx context.Context, app *telework.EventApplication) bool {
	return a.ownsApplication(ctx, app.ID) || a.applicationStaff(ctx, app, ActRead)
}

// ListAwardEntries decides whether the viewer may list a program's entries: only its ministry's
// staff whose role reads entries, and the secretariat.
func (a *Authorizer) ListAwardEntries(ctx context.Context, p *telework.AwardProgram) error {
	if ok, err := a.allowedInAny(ctx, ObjAwardEntry, ActRead, p.MinistryID); ok || err != nil {
		return err
	}
	return forbidden("only the staff of the program's ministry may read its entries")
}

// AuditScope limits the audit log to the ministries whose log the viewer may read. It returns
// UNAUTHENTICATED for anonymous viewers, and FORBIDDEN for viewers who may read none, or who ask for
// a ministry (ministryCode, when not nil) whose log they may not read.
func (a *Authorizer) AuditScope(ctx context.Context, ministryCode *string) (store.AuditScope, error) {
	v := ViewerFrom(ctx)
	if v.Kind == Anonymous {
		return store.AuditScope{}, apperr.New(apperr.Unauthenticated, "sign in first: this needs a credential")
	}
	codes, all, err := a.staffMinistries(ctx, ObjAuditLog, ActRead)
	if err != nil {
		return store.AuditScope{}, err
	}
	if !all && len(codes) == 0 {
		return store.AuditScope{}, forbidden("only ministry admins and the secretariat read the audit log")
	}
	if ministryCode != nil && !all && !slices.Contains(codes, *ministryCode) {
		return store.AuditScope{}, forbidden("not allowed to read this ministry's audit log")
	}
	return store.AuditScope{All: all, MinistryCodes: codes}, nil
}

// FieldClass is how a schema field is protected.
type FieldClass int

// The classes of protected fields, as the schema's directives mark them.
const (
	PersonalData FieldClass = iota // @personalData
	Restricted                     // @restricted
)

// ReadField decides whether the viewer may read a protected field of obj, the field named as the
// schema names it (streamingUrl). It returns a FORBIDDEN error when not, which the API reports at
// the field's path with null as the value.
func (a *Authorizer) ReadField(ctx context.Context, obj any, class FieldClass, field string) error {
	act := ActRead
	if class == PersonalData {
		act = ActReadPersonal
	}
	var ok bool
	switch o := obj.(type) {
	case *telework.Registrant:
		ok = a.ownsRegistrant(ctx, o.ID) || a.allows(ctx, ObjRegistrant, act)
	case *telework.AwardEntry:
		ok = a.ownsRegistrant(ctx, o.RegistrantID) || a.awardEntryStaff(ctx, o, act)
	case *telework.EventApplication:
		ok = a.ownsApplication(ctx, o.ID) || a.applicationStaff(ctx, o, act)
	case *telework.Event:
		// The event's own staff; the stream link also its confirmed applicants.
		ok = (field == "streamingUrl" && a.confirmedApplicant(ctx, o.ID)) || a.eventStaff(ctx, o)
	case *telework.EventSeats:
		// The live count of check-ins: the event's own staff.
		e, err := loader.From(ctx).Event.Get(ctx, o.EventID)
		ok = err == nil && e != nil && a.eventStaff(ctx, e)
	}
	if ok {
		return nil
	}
	if class == PersonalData {
		return forbidden("personal data: not readable by this viewer")
	}
	return forbidden("not public: readable by the record's owner and its ministry's staff only")
}

// eventStaff reports whether the viewer is staff of an event's host or co-hosts (whose roles read
// drafts: every ministry role) or the secretariat.
func (a *Authorizer) eventStaff(ctx context.Context, e *telework.Event) bool {
	return rememberedEventDecision(ctx, eventDecisionKey{ObjEvent, ActReadDraft, e.ID}, func() bool {
		return a.allows(ctx, ObjEvent, ActReadDraft, eventMinistries(ctx, e)...)
	})
}

func (a *Authorizer) awardEntryStaff(ctx context.Context, e *telework.AwardEntry, act string) bool {
	p, err := loader.From(ctx).AwardProgram.Get(ctx, e.ProgramID)
	return err == nil && p != nil && a.allows(ctx, ObjAwardEntry, act, p.MinistryID)
}

func (a *Authorizer) applicationStaff(ctx context.Context, app *telework.EventApplication, act string) bool {
	return rememberedEventDecision(ctx, eventDecisionKey{ObjApplication, act, app.EventID}, func() bool {
		e, err := loader.From(ctx).Event.Get(ctx, app.EventID)
		return err == nil && e != nil && a.allows(ctx, ObjApplication, act, eventMinistries(ctx, e)...)
	})
}

// Can answers Viewer.can: whether the viewer may perform an action on a kind of object in a
// ministry, for showing or hiding buttons. Every request is checked again regardless. It returns
// BAD_USER_INPUT for a question about what does not exist (CheckQuestion); a failure to read the
// viewer's roles answers false.
func (a *Authorizer) Can(ctx context.Context, action, object, ministryCode string) (bool, error) {
	if err := a.CheckQuestion(ctx, action, object, ministryCode); err != nil {
		return false, err
	}
	ok, err := a.allowed(ctx, ViewerFrom(ctx), object, action, ministryCode, "")
	return err == nil && ok, nil
}

func (a *Authorizer) ownsRegistrant(ctx context.Context, registrantID int64) bool {
	v := ViewerFrom(ctx)
	return v.Kind == Registrant && v.RegistrantID == registrantID || createdInRequest(ctx, registrantID, 0)
}

// confirmedApplicant reports whether the viewer holds a confirmed application for an event.
func (a *Authorizer) confirmedApplicant(ctx context.Context, eventID int64) bool {
	v := ViewerFrom(ctx)
	if v.Kind != Applicant {
		return false
	}
	app, err := loader.From(ctx).Application.Get(ctx, v.ApplicationID)
	return err == nil && app != nil && app.EventID == eventID && app.Status == telework.ApplicationConfirmed
}

func (a *Authorizer) ownsApplication(ctx context.Context, applicationID int64) bool {
	v := ViewerFrom(ctx)
	return v.Kind == Applicant && v.ApplicationID == applicationID || createdInRequest(ctx, 0, applicationID)
}

func forbidden(msg string) error { return apperr.New(apperr.Forbidden, "%s", msg) }
