package award

import (
	"context"
	"fmt"

	"github.com/jmoiron/sqlx"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/audit"
	"github.com/teleworkmonth/platform/internal/authz"
	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
)

// The audit actions of award writes.
const (
	ActionCreateProgram   = "award_program.create"
	ActionUpdateProgram   = "award_program.update"
	ActionAnnounceProgram = "award_program.announce"
	ActionDecideEntry     = "award_entry.decide"
)

// entryWithdrawn is the status of an entry its registrant withdrew: no longer for decision.
const entryWithdrawn telework.AwardEntryStatus = "WITHDRAWN"

// CreateProgram creates an award program of n.MinistryCode. It returns BAD_USER_INPUT naming the
// field for invalid input, a fiscal year without a campaign, an unknown ministry, or a ceremony
// that is not an event of the same campaign, and UNAUTHENTICATED or FORBIDDEN unless the viewer
// may create award programs in the ministry.
func (s *Service) CreateProgram(ctx context.Context, n telework.NewAwardProgram) (*telework.AwardProgram, error) {
	if err := n.Validate(); err != nil {
		return nil, err
	}
	if err := s.authz.Authorize(ctx, authz.ObjAwardProgram, authz.ActCreate, n.MinistryCode); err != nil {
		return nil, err
	}
	var created *telework.AwardProgram
	err := store.InTx(ctx, s.db, func(tx *sqlx.Tx) error {
		campaign, err := store.CampaignByFiscalYear(ctx, tx, n.FiscalYear)
		if err != nil {
			return err
		}
		if campaign == nil {
			return apperr.Invalid("input.fiscalYear", "there is no campaign of fiscal year %d", n.FiscalYear)
		}
		ministry, err := store.MinistriesByCodes(ctx, tx, []string{n.MinistryCode})
		if err != nil {
			return err
		}
		if len(ministry) == 0 {
			return apperr.Invalid("input.ministryCode", "no ministry has the code %s", n.MinistryCode)
		}
		p := n.Program(campaign.ID, ministry[0].ID)
		if err := checkCeremony(ctx, tx, p); err != nil {
			return err
		}
		if created, err = store.InsertAwardProgram(ctx, tx, p); err != nil {
			return err
		}
		return recordProgram(ctx, tx, ActionCreateProgram, nil, created)
	})
	if err != nil {
		return nil, err
	}
	return created, nil
}

// UpdateProgram changes a program that is still at expectedVersion and returns it with its
// version raised. It returns BAD_USER_INPUT naming the field for invalid changes, NOT_FOUND for an
// unknown program, UNAUTHENTICATED or FORBIDDEN unless the viewer may edit the ministry's
// programs, and CONFLICT when the program has moved on from expectedVersion or when the changes
// move the entry window of an announced program.
func (s *Service) UpdateProgram(ctx context.Context, id int64, c telework.AwardProgramChanges, expectedVersion int) (*telework.AwardProgram, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	if err := s.authorizeProgram(ctx, id, authz.ActEdit); err != nil {
		return nil, err
	}
	var updated *telework.AwardProgram
	err := store.InTx(ctx, s.db, func(tx *sqlx.Tx) error {
		before, err := lockProgram(ctx, tx, id)
		if err != nil {
			return err
		}
		if before.Version != expectedVersion {
			return stale(expectedVersion)
		}
		if before.AnnouncedAt != nil && c.MovesEntryWindow(before) {
			return apperr.New(apperr.Conflict, "the results are announced: the entry window can no longer be changed")
		}
		after := *before
		if err := c.Apply(&after); err != nil {
			return err
		}
		if c.CeremonyEventID.Set {
			if err := checkCeremony(ctx, tx, &after); err != nil {
				return err
			}
		}
		if updated, err = store.UpdateAwardProgram(ctx, tx, &after); err != nil {
			return err
		}
		if updated == nil {
			return stale(expectedVersion)
		}
		return recordProgram(ctx, tx, ActionUpdateProgram, before, updated)
	})
	if err != nil {
		return nil, err
	}
	return updated, nil
}

// Announce announces a program's results now and returns it: from then on its awarded and
// shortlisted entries are public winners, and its entries are no longer decided. A program
// announced already is returned as it is. It returns NOT_FOUND for an unknown program and
// UNAUTHENTICATED or FORBIDDEN unless the viewer may announce the ministry's programs.
func (s *Service) Announce(ctx context.Context, id int64) (*telework.AwardProgram, error) {
	if err := s.authorizeProgram(ctx, id, authz.ActAnnounce); err != nil {
		return nil, err
	}
	var out *telework.AwardProgram
	err := store.InTx(ctx, s.db, func(tx *sqlx.Tx) error {
		before, err := lockProgram(ctx, tx, id)
		if err != nil {
			return err
		}
		if before.AnnouncedAt != nil {
			out = before
			return nil
		}
		if out, err = store.AnnounceAwardProgram(ctx, tx, id, before.Version); err != nil {
			return err
		}
		if out == nil { // cannot happen under the row lock; never write over a change unseen
			return stale(before.Version)
		}
		return recordProgram(ctx, tx, ActionAnnounceProgram, before, out)
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// DecideEntry decides an entry (SHORTLIST, AWARD or NOT_AWARD) with a citation, which replaces
// the entry's citation (nil removes it), and returns the entry. It returns BAD_USER_INPUT naming
// decision or citation for an invalid one, NOT_FOUND for an unknown entry, UNAUTHENTICATED or
// FORBIDDEN unless the viewer may decide entries of the program's ministry, and CONFLICT once the
// program is announced or for a withdrawn entry.
func (s *Service) DecideEntry(ctx context.Context, entryID int64, decision telework.AwardDecision, citation *string) (*telework.AwardEntry, error) {
	if !decision.Valid() {
		return nil, apperr.Invalid("decision", "must be SHORTLIST, AWARD or NOT_AWARD")
	}
	citation, err := telework.ValidCitation(citation)
	if err != nil {
		return nil, err
	}
	ministry, err := store.AwardEntryMinistryCode(ctx, s.db, entryID)
	if err != nil {
		return nil, err
	}
	if ministry == "" {
		return nil, entryNotFound()
	}
	if err := s.authz.Authorize(ctx, authz.ObjAwardEntry, authz.ActDecide, ministry); err != nil {
		return nil, err
	}
	var decided *telework.AwardEntry
	err = store.InTx(ctx, s.db, func(tx *sqlx.Tx) error {
		before, err := store.LockAwardEntry(ctx, tx, entryID)
		if err != nil {
			return err
		}
		if before == nil {
			return entryNotFound()
		}
		// A share lock: decisions on the program's entries wait for an announcement in progress,
		// and an announcement waits for them, but they do not wait for each other.
		p, err := store.ShareLockAwardProgram(ctx, tx, before.ProgramID)
		if err != nil {
			return err
		}
		switch {
		case p == nil: // the foreign key keeps this from happening
			return fmt.Errorf("award entry %d: program %d not found", entryID, before.ProgramID)
		case p.AnnouncedAt != nil:
			return apperr.New(apperr.Conflict, "the program's results are announced: its entries can no longer be decided")
		case before.Status == entryWithdrawn:
			return apperr.New(apperr.Conflict, "the entry is withdrawn: it cannot be decided")
		}
		if decided, err = store.DecideAwardEntry(ctx, tx, entryID, decision.Status(), citation); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Change{
			MinistryID: &p.MinistryID,
			Action:     ActionDecideEntry,
			ObjectType: string(relay.KindAwardEntry),
			ObjectID:   decided.ID,
			Before:     before,
			After:      decided,
		})
	})
	if err != nil {
		return nil, err
	}
	return decided, nil
}

// authorizeProgram authorizes act on a program in its ministry, or returns NOT_FOUND for an
// unknown program. A program's ministry never changes, so the decision holds for the transaction
// that follows.
func (s *Service) authorizeProgram(ctx context.Context, id int64, act string) error {
	ministry, err := store.AwardProgramMinistryCode(ctx, s.db, id)
	if err != nil {
		return err
	}
	if ministry == "" {
		return programNotFound()
	}
	return s.authz.Authorize(ctx, authz.ObjAwardProgram, act, ministry)
}

// lockProgram locks a program for the rest of the transaction, so that no other writer changes it
// meanwhile.
func lockProgram(ctx context.Context, tx *sqlx.Tx, id int64) (*telework.AwardProgram, error) {
	p, err := store.LockAwardProgram(ctx, tx, id)
	if err == nil && p == nil {
		err = programNotFound()
	}
	return p, err
}

func entryNotFound() error { return apperr.New(apperr.NotFound, "there is no such award entry") }

func programNotFound() error { return apperr.New(apperr.NotFound, "there is no such award program") }

// checkCeremony checks that the program's ceremony, if any, is an event of its campaign.
func checkCeremony(ctx context.Context, tx *sqlx.Tx, p *telework.AwardProgram) error {
	if p.CeremonyEventID == nil {
		return nil
	}
	events, err := store.EventsByIDs(ctx, tx, []int64{*p.CeremonyEventID})
	if err != nil {
		return err
	}
	if len(events) == 0 {
		return apperr.Invalid("input.ceremonyEventId", "there is no such event")
	}
	if events[0].CampaignID != p.CampaignID {
		return apperr.Invalid("input.ceremonyEventId", "must be an event of the program's campaign")
	}
	return nil
}

func stale(expected int) error {
	return apperr.New(apperr.Conflict, "the award program has moved on from version %d: reload it and try again", expected)
}

// recordProgram writes the audit entry of a change to a program, in the change's transaction. The
// entry belongs to the program's ministry.
func recordProgram(ctx context.Context, tx *sqlx.Tx, action string, before, after *telework.AwardProgram) error {
	c := audit.Change{
		MinistryID: &after.MinistryID,
		Action:     action,
		ObjectType: string(relay.KindAwardProgram),
		ObjectID:   after.ID,
		After:      after,
	}
	if before != nil {
		c.Before = before
	}
	return audit.Record(ctx, tx, c)
}
