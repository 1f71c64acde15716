package authz

import (
	"context"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/telework"
)

// SearchApplications decides what a search of an event's applications may match for a viewer who
// may list them (ListApplications allowed it): the attendee's name, email and organization are
// personal data, searched only by viewers who may read the applications' personal data (the
// event's host and co-host admins, the secretariat); an application's reference is not, and anyone
// who may list the applications finds one by it (an editor at the door). It reports whether the
// search may match personal data, and returns FORBIDDEN naming the field `search` when the search
// is not a reference and the viewer may not search personal data: a search that matched no
// reference would otherwise tell, by what it found, what the personal data of the applications
// holds.
func (a *Authorizer) SearchApplications(ctx context.Context, e *telework.Event, isReference bool) (personal bool, err error) {
	personal, err = a.allowedInAny(ctx, ObjApplication, ActReadPersonal, eventMinistries(ctx, e)...)
	if err != nil || personal || isReference {
		return personal, err
	}
	return false, &apperr.Error{Code: apperr.Forbidden, Field: "search",
		Message: "search: only those who may read the applicants' personal data search by name, email or organization; search by the application's reference (e.g. K7Q-4M2)"}
}

// AuthorizeCheckIn decides whether the viewer may check attendees of an event in at the door, and
// undo it: the staff of its host whose role checks in (admins and editors) and the secretariat.
// Co-hosts read the applications but do not check anyone in, as they do not edit the event. It
// returns UNAUTHENTICATED for an anonymous viewer and FORBIDDEN for any other.
func (a *Authorizer) AuthorizeCheckIn(ctx context.Context, hostCode string) error {
	if err := a.Authorize(ctx, ObjApplication, ActCheckIn, hostCode); err != nil {
		if apperr.CodeOf(err) == apperr.Forbidden {
			return forbidden("only the admins and editors of the event's host, and the secretariat, check attendees in")
		}
		return err
	}
	return nil
}
