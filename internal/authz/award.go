package authz

import (
	"context"

	"github.com/teleworkmonth/platform/internal/telework"
)

// AwardEntrySearch says which fields of a program's entries a search may look in for the viewer:
// those the viewer may read of every entry it lists, so that what a search finds tells nothing the
// list would not show.
type AwardEntrySearch struct {
	// AllNames: the names of registrants that did not consent to be listed too (the secretariat);
	// otherwise only the names the public sees.
	AllNames bool
	// ContactEmail: the entries' contact emails (personal data).
	ContactEmail bool
}

// SearchAwardEntries decides what a search of a program's entries looks in for the viewer, who
// may list them (ListAwardEntries): the summary always, the registrant's name as CanSeeRegistrantName
// decides it, and the contact email as ReadField decides it for @personalData.
func (a *Authorizer) SearchAwardEntries(ctx context.Context, p *telework.AwardProgram) AwardEntrySearch {
	return AwardEntrySearch{
		AllNames:     a.readsAllRegistrants(ctx),
		ContactEmail: a.ReadsEntrantsPersonalData(ctx, p),
	}
}

// ReadsEntrantsPersonalData reports whether the viewer may read the personal data of a program's
// entries: the decision ReadField makes for their @personalData fields, which for staff depends on
// the program's ministry alone.
func (a *Authorizer) ReadsEntrantsPersonalData(ctx context.Context, p *telework.AwardProgram) bool {
	return a.allows(ctx, ObjAwardEntry, ActReadPersonal, p.MinistryID)
}
