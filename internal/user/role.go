package user

import (
	"context"
	"strings"

	"github.com/jmoiron/sqlx"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/audit"
	"github.com/teleworkmonth/platform/internal/authz"
	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
)

// Policy is what role changes need of the policy engine: reloading it once a change commits, so
// that the change holds on this instance at once (the others hear of it by NOTIFY).
type Policy interface {
	Reload(ctx context.Context) error
}

// RoleChange names a role of a staff member in a ministry.
type RoleChange struct {
	Email        string
	Role         telework.Role
	MinistryCode string
}

func (c *RoleChange) validate() error {
	c.Email = strings.ToLower(strings.TrimSpace(c.Email))
	c.MinistryCode = strings.ToUpper(strings.TrimSpace(c.MinistryCode))
	switch {
	case !c.Role.Valid():
		return apperr.Invalid("input.role", "is not a role")
	case c.Role.InMinistry() && c.MinistryCode == "":
		return apperr.Invalid("input.ministryCode", "is required for a ministry role")
	case !c.Role.InMinistry() && c.MinistryCode != "":
		return apperr.Invalid("input.ministryCode", "must be empty for the secretariat, which holds in every ministry")
	}
	return nil
}

// Grant gives a staff member a role and returns all their roles. Authorization: see
// authz.AuthorizeGrant. It returns NOT_FOUND for an unknown email, BAD_USER_INPUT for an unknown
// ministry. Granting a role held already changes nothing.
func (s *Service) Grant(ctx context.Context, c RoleChange) ([]authz.Grant, error) {
	return s.changeRole(ctx, c, "role.grant", func(tx *sqlx.Tx, u *telework.User) (bool, error) {
		return true, authz.InsertGrant(ctx, tx, u.ID, c.Role, c.MinistryCode)
	})
}

// Revoke takes a role from a staff member and returns their remaining roles, under the rules of
// Grant. It holds at once on this instance, and within a second on the others.
func (s *Service) Revoke(ctx context.Context, c RoleChange) ([]authz.Grant, error) {
	return s.changeRole(ctx, c, "role.revoke", func(tx *sqlx.Tx, u *telework.User) (bool, error) {
		return authz.DeleteGrant(ctx, tx, u.ID, c.Role, c.MinistryCode)
	})
}

func (s *Service) changeRole(ctx context.Context, c RoleChange, action string, change func(*sqlx.Tx, *telework.User) (bool, error)) ([]authz.Grant, error) {
	if err := c.validate(); err != nil {
		return nil, err
	}
	if err := s.authz.AuthorizeGrant(ctx, c.Role, c.MinistryCode); err != nil {
		return nil, err
	}
	var target *telework.User
	err := store.InTx(ctx, s.db, func(tx *sqlx.Tx) error {
		u, err := store.UserByEmail(ctx, tx, c.Email)
		if err != nil {
			return err
		}
		if u == nil {
			return &apperr.Error{Code: apperr.NotFound, Field: "input.email", Message: "input.email: no staff account has this email"}
		}
		target = u
		var ministryID *int64
		if c.MinistryCode != "" {
			found, err := store.MinistriesByCodes(ctx, tx, []string{c.MinistryCode})
			if err != nil {
				return err
			}
			if len(found) == 0 {
				return apperr.Invalid("input.ministryCode", "no ministry has the code %q", c.MinistryCode)
			}
			ministryID = &found[0].ID
		}
		changed, err := change(tx, u)
		if err != nil || !changed {
			return err
		}
		grant := map[string]string{"Role": string(c.Role), "MinistryCode": c.MinistryCode}
		entry := audit.Change{MinistryID: ministryID, Action: action, ObjectType: "User", ObjectID: u.ID}
		if action == "role.grant" {
			entry.After = grant
		} else {
			entry.Before = grant
		}
		return audit.Record(ctx, tx, entry)
	})
	if err != nil {
		return nil, err
	}
	if err := s.policy.Reload(ctx); err != nil {
		return nil, err
	}
	return s.authz.Grants(ctx, store.UserSubject(target.ID))
}

// Explain tells whether the staff member with an email may do act on obj in a ministry, and
// which rule and roles decided it (for the secretariat and the ministry's admins).
func (s *Service) Explain(ctx context.Context, email, obj, act, ministryCode string) (*authz.Explanation, error) {
	// Checked before the email is looked up, so that an unknown email answers as a known one does.
	if err := s.authz.CheckQuestion(ctx, act, obj, ministryCode); err != nil {
		return nil, err
	}
	u, err := store.UserByEmail(ctx, s.db, strings.TrimSpace(email))
	if err != nil {
		return nil, err
	}
	if u == nil {
		// Asked of an unknown email: nothing is allowed, and no account is revealed.
		if err := s.authz.Authorize(ctx, authz.ObjAccess, authz.ActExplain, ministryCode); err != nil {
			return nil, err
		}
		return &authz.Explanation{}, nil
	}
	return s.authz.Explain(ctx, store.UserSubject(u.ID), obj, act, ministryCode)
}
