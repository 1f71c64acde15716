package registrant

import (
	"context"
	"slices"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/audit"
	"github.com/teleworkmonth/platform/internal/auth"
	"github.com/teleworkmonth/platform/internal/authz"
	"github.com/teleworkmonth/platform/internal/logo"
	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
)

// The audit actions of a registrant's own writes.
const (
	ActionRegister = "registrant.register"
	ActionUpdate   = "registrant.update"
	ActionWithdraw = "registrant.withdraw"
	// ActionWithdrawEntry is the action of an award entry withdrawn with its registrant.
	ActionWithdrawEntry = "award_entry.withdraw"
)

const registrantObjectType = string(relay.KindRegistrant)

// Register registers a body's or a person's activity for the campaign of n.FiscalYear and returns
// the registrant (REGISTERED, version 1) and its token, the registrant's credential for its own
// record, shown this once. The registrant, its token and the audit entry (by registrant:<id>) are
// written in one transaction. Anyone may register. It returns BAD_USER_INPUT naming the field for
// invalid input and for a fiscal year without a campaign open for registration (input.fiscalYear).
func (s *Service) Register(ctx context.Context, n telework.NewRegistration) (*telework.Registrant, string, error) {
	if err := n.Validate(); err != nil {
		return nil, "", err
	}
	var (
		created *telework.Registrant
		token   string
	)
	err := store.InTx(ctx, s.db, func(tx *sqlx.Tx) error {
		campaign, err := store.CampaignByFiscalYear(ctx, tx, n.FiscalYear)
		if err != nil {
			return err
		}
		switch {
		case campaign == nil:
			return apperr.Invalid("input.fiscalYear", "there is no campaign of fiscal year %d", n.FiscalYear)
		case !campaign.RegistrationOpen:
			return apperr.Invalid("input.fiscalYear", "the call for participation of fiscal year %d is not open", n.FiscalYear)
		}
		if created, err = store.InsertRegistrant(ctx, tx, n.Registrant(campaign.ID)); err != nil {
			return err
		}
		if token, err = tokens(s.db).IssueRecordToken(ctx, tx, auth.RegistrantToken, created.ID); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Change{
			Actor:      authz.RegistrantSubject(created.ID),
			Action:     ActionRegister,
			ObjectType: registrantObjectType,
			ObjectID:   created.ID,
			After:      created,
		})
	})
	if err != nil {
		return nil, "", err
	}
	// The caller holds the token from this answer on: the answer shows the registration as its
	// owner sees it.
	authz.OwnCreatedRegistrant(ctx, created.ID)
	return created, token, nil
}

// tokens is the credential service that issues registrant tokens, with the default lifetime of
// record tokens (auth.DefaultRecordTokenTTL), as the application's own credential service has.
func tokens(db *sqlx.DB) *auth.Service { return auth.NewService(db, auth.Options{}) }

// UpdateMine changes the viewer's own registration, provided that it is still at expectedVersion,
// and returns it with its version raised; changes that change nothing return it as it is. An
// approved registrant that changes its name or industry (what the public list shows) goes back
// to REGISTERED, and off the public list, until the secretariat approves it again. It returns
// BAD_USER_INPUT naming the field for invalid changes, UNAUTHENTICATED without a credential,
// FORBIDDEN for a viewer other than a registrant (its token), and CONFLICT when the registration
// has moved on from expectedVersion or is withdrawn or rejected.
func (s *Service) UpdateMine(ctx context.Context, c telework.RegistrationChanges, expectedVersion int) (*telework.Registrant, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	id, err := s.authorizeOwn(ctx)
	if err != nil {
		return nil, err
	}
	var out *telework.Registrant
	err = store.InTx(ctx, s.db, func(tx *sqlx.Tx) error {
		before, err := lockOwn(ctx, tx, id)
		if err != nil {
			return err
		}
		switch before.Status {
		case telework.RegistrantWithdrawn:
			return apperr.New(apperr.Conflict, "the registration is withdrawn: it can no longer be changed")
		case telework.RegistrantRejected:
			return apperr.New(apperr.Conflict, "the registration is rejected: it can no longer be changed; contact the secretariat")
		}
		if before.Version != expectedVersion {
			return stale(expectedVersion)
		}
		changed := before.Registrant
		changed.ActivityList = append(changed.ActivityList[:0:0], before.ActivityList...)
		if err := c.Apply(&changed); err != nil {
			return err
		}
		if sameRegistration(&before.Registrant, &changed) {
			out = &before.Registrant
			return nil
		}
		if changed.Status == telework.RegistrantApproved && telework.PublicTextChanged(&before.Registrant, &changed) {
			changed.Status = telework.RegistrantRegistered
		}
		after, err := store.UpdateOwnRegistration(ctx, tx, &changed)
		if err != nil {
			return err
		}
		if after == nil { // cannot happen under the row lock; never write over a change unseen
			return stale(expectedVersion)
		}
		out = &after.Registrant
		return audit.Record(ctx, tx, audit.Change{
			Action: ActionUpdate, ObjectType: registrantObjectType, ObjectID: id, Before: before, After: after,
		})
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// Withdraw withdraws the viewer's own registration, whether registered, approved or rejected, and
// returns it: WITHDRAWN, off the public list and out of the secretariat's decisions for good. Its
// entries for award programs not yet announced are withdrawn with it. Its tokens keep working, to
// read the registration. Withdrawing a withdrawn registration returns it as it is. It returns UNAUTHENTICATED without a credential
// and FORBIDDEN for a viewer other than a registrant (its token).
func (s *Service) Withdraw(ctx context.Context) (*telework.Registrant, error) {
	id, err := s.authorizeOwn(ctx)
	if err != nil {
		return nil, err
	}
	var out *telework.Registrant
	err = store.InTx(ctx, s.db, func(tx *sqlx.Tx) error {
		before, err := lockOwn(ctx, tx, id)
		if err != nil {
			return err
		}
		if before.Status == telework.RegistrantWithdrawn {
			out = &before.Registrant
			return nil
		}
		after, err := store.WithdrawRegistrant(ctx, tx, id, before.Version)
		if err != nil {
			return err
		}
		if after == nil { // cannot happen under the row lock
			return stale(before.Version)
		}
		out = &after.Registrant
		if err := audit.Record(ctx, tx, audit.Change{
			Action: ActionWithdraw, ObjectType: registrantObjectType, ObjectID: id, Before: before, After: after,
		}); err != nil {
			return err
		}
		return withdrawEntries(ctx, tx, id)
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// withdrawEntries withdraws a withdrawing registrant's open award entries, each with its audit
// entry in its program's ministry.
func withdrawEntries(ctx context.Context, tx *sqlx.Tx, registrantID int64) error {
	entries, err := store.WithdrawOpenAwardEntries(ctx, tx, registrantID)
	if err != nil {
		return err
	}
	for _, e := range entries {
		after := e.AwardEntry
		after.Status = "WITHDRAWN"
		if err := audit.Record(ctx, tx, audit.Change{
			MinistryID: &e.MinistryID, Action: ActionWithdrawEntry, ObjectType: string(relay.KindAwardEntry),
			ObjectID: e.ID, Before: &e.AwardEntry, After: &after,
		}); err != nil {
			return err
		}
	}
	return nil
}

// LogoURL returns a link to download the campaign logo (SVG) for a registrant, valid for
// logo.LinkTTL: nil for a withdrawn or rejected registrant, without a signer, and for a viewer
// who may not read the registrant's restricted fields (the schema's @restricted checks that first).
// The signer is passed in by the caller, which holds the application's one signer.
func (s *Service) LogoURL(ctx context.Context, r *telework.Registrant, signer *logo.Signer) *string {
	switch {
	case signer == nil, r.Status == telework.RegistrantWithdrawn, r.Status == telework.RegistrantRejected:
		return nil
	case s.authz.ReadField(ctx, r, authz.Restricted, "logoDownloadUrl") != nil:
		return nil
	}
	link := signer.URL(r.ID, logo.SVG, time.Now())
	return &link
}

// LogoStatus returns a registrant's status for the logo's download links, or "" when there is no
// such registrant: the link is the credential, so this asks for none (see logo.Handler).
func (s *Service) LogoStatus(ctx context.Context, registrantID int64) (telework.RegistrantStatus, error) {
	return store.RegistrantStatusByID(ctx, s.db, registrantID)
}

// authorizeOwn authorizes a change of the viewer's own registration and returns its id: only a
// registrant's token may change it, through the policy's OWNER rules.
func (s *Service) authorizeOwn(ctx context.Context) (int64, error) {
	return s.authz.AuthorizeOwnRegistration(ctx, authz.ObjRegistrant, authz.ActUpdate)
}

// lockOwn locks the viewer's registration for the rest of the transaction.
func lockOwn(ctx context.Context, tx *sqlx.Tx, id int64) (*store.RegistrantDecision, error) {
	r, err := store.LockRegistrant(ctx, tx, id)
	if err == nil && r == nil { // the token's foreign key keeps this from happening
		err = apperr.New(apperr.NotFound, "there is no such registrant")
	}
	return r, err
}

func stale(expected int) error {
	return apperr.New(apperr.Conflict, "the registration has moved on from version %d: reload it and try again", expected)
}

// sameRegistration reports whether the fields a registrant edits are the same in a and b.
func sameRegistration(a, b *telework.Registrant) bool {
	return a.Name == b.Name && eq(a.Prefecture, b.Prefecture) && eq(a.Industry, b.Industry) &&
		eq(a.EmployeeCount, b.EmployeeCount) && slices.Equal(a.ActivityList, b.ActivityList) &&
		a.PublishName == b.PublishName && a.ContactName == b.ContactName && a.ContactEmail == b.ContactEmail &&
		eq(a.ContactPhone, b.ContactPhone)
}

func eq[T comparable](a, b *T) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}
