package user

import (
	"context"
	"net/mail"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/jmoiron/sqlx"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/audit"
	"github.com/teleworkmonth/platform/internal/authz"
	"github.com/teleworkmonth/platform/internal/outbox"
	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
)

// Invitation is what inviting a person takes: who, and the role they get where. MinistryCode goes
// with a ministry role and is empty for the secretariat.
type Invitation struct {
	Email        string
	DisplayName  string
	Role         telework.Role
	MinistryCode string
}

// validate checks an invitation and normalizes it; errors name the field as InviteStaffInput does.
func (in *Invitation) validate() error {
	in.Email = strings.ToLower(strings.TrimSpace(in.Email))
	in.DisplayName = strings.TrimSpace(in.DisplayName)
	in.MinistryCode = strings.ToUpper(strings.TrimSpace(in.MinistryCode))
	switch addr, err := mail.ParseAddress(in.Email); {
	case err != nil || addr.Address != in.Email || len(in.Email) > telework.MaxEmailLength:
		return apperr.Invalid("input.email", "is not an email address")
	case in.DisplayName == "" || utf8.RuneCountInString(in.DisplayName) > MaxDisplayNameLength || strings.IndexFunc(in.DisplayName, unicode.IsControl) >= 0:
		return apperr.Invalid("input.displayName", "must be 1 to %d characters without control characters", MaxDisplayNameLength)
	case !in.Role.Valid():
		return apperr.Invalid("input.role", "is not a role")
	case in.Role.InMinistry() && in.MinistryCode == "":
		return apperr.Invalid("input.ministryCode", "is required for a ministry role")
	case !in.Role.InMinistry() && in.MinistryCode != "":
		return apperr.Invalid("input.ministryCode", "must be empty for the secretariat, which holds in every ministry")
	}
	return nil
}

// Invited is the outcome of an invitation: the account, pending until the person sets a password,
// and when the link sent to them stops working.
type Invited struct {
	Member    *Member
	ExpiresAt time.Time
}

// Invite makes a pending account (no password) with a role and sends the person, through the
// outbox, a single-use link to set their own password; nobody else sees the link. Inviting a
// pending account again grants the role too, takes the new display name and replaces the earlier
// link. Authorization: the viewer must be allowed to create users in the role's ministry and to
// grant the role there (authz.AuthorizeGrant: a ministry admin in its own ministry, no role above
// its own). CONFLICT on input.email when the email's account has a password already (grant it a
// role instead) or is disabled; BAD_USER_INPUT for invalid input or an unknown ministry. Audited.
func (s *Service) Invite(ctx context.Context, in Invitation) (*Invited, error) {
	if err := in.validate(); err != nil {
		return nil, err
	}
	if err := s.authz.Authorize(ctx, authz.ObjUser, authz.ActCreate, in.MinistryCode); err != nil {
		return nil, err
	}
	if err := s.authz.AuthorizeGrant(ctx, in.Role, in.MinistryCode); err != nil {
		return nil, err
	}
	var out Invited
	var userID int64
	err := store.InTx(ctx, s.db, func(tx *sqlx.Tx) error {
		ministryID, err := ministryOf(ctx, tx, in.MinistryCode)
		if err != nil {
			return err
		}
		if userID, err = s.pendingAccount(ctx, tx, in); err != nil {
			return err
		}
		if err := authz.InsertGrant(ctx, tx, userID, in.Role, in.MinistryCode); err != nil {
			return err
		}
		link, expiresAt, err := s.credentials.IssueInvitation(ctx, tx, userID)
		if err != nil {
			return err
		}
		out.ExpiresAt = expiresAt
		if _, err := outbox.Enqueue(ctx, tx, outbox.InvitationMessage(userID, in.Email, in.DisplayName, link, expiresAt)); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Change{MinistryID: ministryID, Action: "user.invite", ObjectType: "User", ObjectID: userID,
			After: map[string]any{"DisplayName": in.DisplayName, "Role": in.Role, "MinistryCode": in.MinistryCode, "ExpiresAt": expiresAt}})
	})
	if err != nil {
		return nil, err
	}
	if err := s.policy.Reload(ctx); err != nil {
		return nil, err
	}
	m, err := store.StaffMemberByEmail(ctx, s.db, in.Email)
	if err != nil {
		return nil, err
	}
	members, err := s.withRoles(ctx, []*telework.StaffMember{m})
	if err != nil {
		return nil, err
	}
	out.Member = members[0]
	return &out, nil
}

// pendingAccount returns the id of the invitation's account: made now, or pending since an earlier
// invitation (whose display name it takes).
func (s *Service) pendingAccount(ctx context.Context, tx *sqlx.Tx, in Invitation) (int64, error) {
	now := time.Now().UTC()
	u, err := store.UserByEmail(ctx, tx, in.Email)
	switch {
	case err != nil:
		return 0, err
	case u == nil:
		return store.InsertPendingUser(ctx, tx, in.Email, in.DisplayName, now)
	case u.PasswordHash != "" || u.DisabledAt != nil:
		return 0, &apperr.Error{Code: apperr.Conflict, Field: "input.email",
			Message: "input.email: this person has an account already: grant them a role instead"}
	}
	return u.ID, store.ReinviteUser(ctx, tx, u.ID, in.DisplayName, now)
}

// ministryOf returns the id of the ministry of a code, nil for "" (the secretariat's roles);
// BAD_USER_INPUT on input.ministryCode for a code of no ministry.
func ministryOf(ctx context.Context, tx *sqlx.Tx, code string) (*int64, error) {
	if code == "" {
		return nil, nil
	}
	found, err := store.MinistriesByCodes(ctx, tx, []string{code})
	if err != nil {
		return nil, err
	}
	if len(found) == 0 {
		return nil, apperr.Invalid("input.ministryCode", "no ministry has the code %q", code)
	}
	return &found[0].ID, nil
}
