package authz

import (
	"context"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/telework"
)

// AuthorizeExport decides whether the viewer may download the console's CSV exports at all: they
// are the console's, for staff. It returns UNAUTHENTICATED for an anonymous viewer and FORBIDDEN
// for partners, registrants and applicants. What an export holds is then decided as the API
// decides it: the events by EventScope, an event's applications by ListApplications, their
// personal data by ReadsApplicantsPersonalData.
func (a *Authorizer) AuthorizeExport(ctx context.Context) error {
	switch ViewerFrom(ctx).Kind {
	case Anonymous:
		return apperr.New(apperr.Unauthenticated, "sign in first: exports are for the console's staff")
	case Staff:
		return nil
	}
	return forbidden("exports are for the console's staff")
}

// ReadsApplicantsPersonalData reports whether the viewer may read the personal data of the
// applications of an event: the decision ReadField makes for the @personalData fields of each of
// them, which for staff depends on the event alone (its host and co-hosts), and which a request
// remembers once made.
func (a *Authorizer) ReadsApplicantsPersonalData(ctx context.Context, e *telework.Event) bool {
	return a.applicationStaff(ctx, &telework.EventApplication{EventID: e.ID}, ActReadPersonal)
}

// ReadsRegistrantsPersonalData reports whether the viewer may read every registrant's restricted
// fields and contact (the secretariat): the decision ReadField makes for Registrant's @restricted
// and @personalData fields, for a registrant that is not the viewer's own.
func (a *Authorizer) ReadsRegistrantsPersonalData(ctx context.Context) bool {
	return a.allows(ctx, ObjRegistrant, ActRead) && a.allows(ctx, ObjRegistrant, ActReadPersonal)
}
