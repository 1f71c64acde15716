// Package authz is the one door of authorization: every read and write of a tenant's data asks it
// first, and nothing else decides. Lists are limited with scopes that the store turns into WHERE
// clauses; single objects and fields are checked here; the schema's @personalData and @restricted
// directives call ReadField, so that no new field can forget its check.
//
// The public side is decided by fixed rules: published events, approved registrants that consented
// to be listed, announced winners. Staff roles per ministry are decided by Casbin policies.
package authz

import (
	"context"
	"time"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
)

// Authorizer makes the authorization decisions of the application.
type Authorizer struct {
	policy Decider
}

// New returns an Authorizer deciding with the given policy.
func New(policy Decider) *Authorizer { return &Authorizer{policy: policy} }

// EventScope limits event lists to what the viewer may see: no drafts for anyone outside the
// event's ministries.
func (a *Authorizer) EventScope(v *Viewer) store.EventScope {
	return store.EventScope{}
}

// RegistrantScope limits registrant lists to the public list, plus the viewer's own registration.
func (a *Authorizer) RegistrantScope(v *Viewer) store.RegistrantScope {
	if v.Kind == Registrant {
		return store.RegistrantScope{OwnIDs: []int64{v.RegistrantID}}
	}
	return store.RegistrantScope{}
}

// CanSeeEvent reports whether the viewer may see an event with the given co-hosts.
func (a *Authorizer) CanSeeEvent(ctx context.Context, e *telework.Event, coHostIDs []int64) bool {
	return e.Status != telework.EventDraft
}

// CanSeeRegistrant reports whether the viewer may see a registrant at all.
func (a *Authorizer) CanSeeRegistrant(ctx context.Context, r *telework.Registrant) bool {
	return r.Listed() || a.ownsRegistrant(ctx, r.ID)
}

// CanSeeRegistrantName reports whether the viewer may see a registrant's name: when it consented to
// be listed, and always for the registrant itself.
func (a *Authorizer) CanSeeRegistrantName(ctx context.Context, r *telework.Registrant) bool {
	return r.PublishName || a.ownsRegistrant(ctx, r.ID)
}

// CanSeeAwardEntry reports whether the viewer may see an entry: the public sees announced winners.
func (a *Authorizer) CanSeeAwardEntry(ctx context.Context, e *telework.AwardEntry, p *telework.AwardProgram, now time.Time) bool {
	winner := e.Status == telework.AwardAwarded || e.Status == telework.AwardShortlisted
	return (winner && p.Announced(now)) || a.ownsRegistrant(ctx, e.RegistrantID)
}

// CheckRegistrantFilter refuses the filters that would reveal what the public may see only as
// counts: the public cannot narrow the list by prefecture (campaign.stats has the counts).
func (a *Authorizer) CheckRegistrantFilter(ctx context.Context, f store.RegistrantFilter) error {
	if f.Prefecture != nil {
		return &apperr.Error{Code: apperr.Forbidden, Field: "filter.prefecture",
			Message: "filter.prefecture: a registrant's prefecture is not public; see campaign.stats.byPrefecture for the counts"}
	}
	return nil
}

// ListApplications decides whether the viewer may list an event's applications: only its host's
// and co-hosts' staff and the secretariat may.
func (a *Authorizer) ListApplications(ctx context.Context, e *telework.Event) error {
	return forbidden("only the staff of the event's host and co-hosts may read its applications")
}

// ListAwardEntries decides whether the viewer may list a program's entries: only its ministry's
// staff and the secretariat may.
func (a *Authorizer) ListAwardEntries(ctx context.Context, p *telework.AwardProgram) error {
	return forbidden("only the staff of the program's ministry may read its entries")
}

// FieldClass is how a schema field is protected.
type FieldClass int

// The classes of protected fields, as the schema's directives mark them.
const (
	PersonalData FieldClass = iota // @personalData
	Restricted                     // @restricted
)

// ReadField decides whether the viewer may read a protected field of obj. It returns a FORBIDDEN
// error when not, which the API reports at the field's path with null as the value.
func (a *Authorizer) ReadField(ctx context.Context, obj any, class FieldClass) error {
	switch o := obj.(type) {
	case *telework.Registrant:
		if a.ownsRegistrant(ctx, o.ID) {
			return nil
		}
	case *telework.AwardEntry:
		if a.ownsRegistrant(ctx, o.RegistrantID) {
			return nil
		}
	}
	if class == PersonalData {
		return forbidden("personal data: not readable by this viewer")
	}
	return forbidden("not public: readable by the record's owner and its ministry's staff only")
}

// Can answers Viewer.can: whether the viewer may perform an action on a kind of object in a
// ministry. Anonymous viewers, partners, registrants and applicants hold no staff permission.
func (a *Authorizer) Can(ctx context.Context, action, object, ministryCode string) bool {
	return false
}

func (a *Authorizer) ownsRegistrant(ctx context.Context, registrantID int64) bool {
	v := ViewerFrom(ctx)
	return v.Kind == Registrant && v.RegistrantID == registrantID
}

func forbidden(msg string) error { return apperr.New(apperr.Forbidden, "%s", msg) }
