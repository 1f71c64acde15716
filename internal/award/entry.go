package award

import (
	"context"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/audit"
	"github.com/teleworkmonth/platform/internal/authz"
	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
)

// ActionSubmitEntry is the audit action of a registrant's entry for an award program.
const ActionSubmitEntry = "award_entry.submit"

// SubmitEntry enters the viewer's registration for an award program with a summary of its
// telework efforts (1 to 4,000 characters, line breaks allowed) and a contact email, and returns
// the entry, SUBMITTED. The entry and its audit entry (in the program's ministry) are written in
// one transaction. It returns BAD_USER_INPUT naming input.summary or input.contactEmail for invalid
// input, UNAUTHENTICATED without a credential, FORBIDDEN for a viewer other than a registrant (its
// token) and for a registrant that is withdrawn, rejected or of another campaign than the
// program's, NOT_FOUND for an unknown program, DEADLINE_PASSED outside the program's entry window
// (entryOpensAt ≤ now < entryClosesAt) or when the program has none, and CONFLICT when the
// registrant has entered the program already.
func (s *Service) SubmitEntry(ctx context.Context, programID int64, summary, contactEmail string) (*telework.AwardEntry, error) {
	n := telework.NewAwardEntry{ProgramID: programID, Summary: summary, ContactEmail: contactEmail}
	if err := n.Validate(); err != nil {
		return nil, err
	}
	registrantID, err := s.authz.AuthorizeOwnRegistration(ctx, authz.ObjAwardEntry, authz.ActCreate)
	if err != nil {
		return nil, err
	}
	var entry *telework.AwardEntry
	err = store.InTx(ctx, s.db, func(tx *sqlx.Tx) error {
		// Share locks: a withdrawal of the registrant, and a change of the program's window or its
		// announcement, wait for the entry; entries do not wait for each other.
		r, err := store.ShareLockRegistrant(ctx, tx, registrantID)
		if err != nil {
			return err
		}
		p, err := store.ShareLockAwardProgram(ctx, tx, n.ProgramID)
		if err != nil {
			return err
		}
		now := s.now()
		if err := canEnter(r, p, now); err != nil {
			return err
		}
		if entry, err = store.InsertAwardEntry(ctx, tx, p.ID, r.ID, n.Summary, n.ContactEmail, now); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Change{
			MinistryID: &p.MinistryID,
			Action:     ActionSubmitEntry,
			ObjectType: string(relay.KindAwardEntry),
			ObjectID:   entry.ID,
			After:      entry,
		})
	})
	if err != nil {
		return nil, err
	}
	return entry, nil
}

// canEnter decides whether a registrant may enter a program at now: a registrant taking part in
// the program's campaign, inside the program's entry window.
func canEnter(r *telework.Registrant, p *telework.AwardProgram, now time.Time) error {
	switch {
	case r == nil: // the token's foreign key keeps this from happening
		return apperr.New(apperr.Forbidden, "there is no such registrant")
	case p == nil:
		return programNotFound()
	case r.Status == telework.RegistrantWithdrawn || r.Status == telework.RegistrantRejected:
		return apperr.New(apperr.Forbidden, "the registration is %s: only registrants taking part may enter award programs",
			strings.ToLower(string(r.Status)))
	case r.CampaignID != p.CampaignID:
		return apperr.New(apperr.Forbidden, "the program belongs to another campaign than the registration: register for its fiscal year first")
	case p.EntryOpensAt == nil || p.EntryClosesAt == nil:
		return apperr.New(apperr.DeadlinePassed, "the program takes no entries: its entry window is not set")
	case now.Before(*p.EntryOpensAt):
		return apperr.New(apperr.DeadlinePassed, "entries open at %s", p.EntryOpensAt.UTC().Format(time.RFC3339))
	case !now.Before(*p.EntryClosesAt):
		return apperr.New(apperr.DeadlinePassed, "entries closed at %s", p.EntryClosesAt.UTC().Format(time.RFC3339))
	case p.AnnouncedAt != nil:
		return apperr.New(apperr.DeadlinePassed, "the program's results are announced: it takes no more entries")
	}
	return nil
}
