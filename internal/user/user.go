// Package user manages staff accounts and their roles. The schema's operations are, here:
//
//	staff          List               grantRole       Grant
//	inviteStaff    Invite             revokeRole      Revoke
//	createUser     CreateWithPassword explainAccess   Explain
//
// createUser keeps its schema name (it is in the partner contract) though it is deprecated: its
// method says what sets it apart from an invitation, a password chosen by whoever creates the
// account. Create is the command line's and the demo's (server create-user, seed). The links that
// set a password (acceptInvitation, requestPasswordReset, resetPassword) are credentials, and live
// with the others in internal/auth under the same names.
package user

import (
	"context"
	"net/mail"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jmoiron/sqlx"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/audit"
	"github.com/teleworkmonth/platform/internal/auth"
	"github.com/teleworkmonth/platform/internal/authz"
	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
)

// Service manages staff accounts and their roles.
type Service struct {
	db          *sqlx.DB
	authz       *authz.Authorizer
	policy      Policy
	credentials *auth.Service
}

// NewService returns the user service for creating accounts from the command line.
func NewService(db *sqlx.DB) *Service { return &Service{db: db} }

// NewAuthorizedService returns the user service for the API: the authorizer decides every change,
// the policy applies role changes as soon as they commit, and credentials make invitations' links.
func NewAuthorizedService(db *sqlx.DB, a *authz.Authorizer, p Policy, credentials *auth.Service) *Service {
	return &Service{db: db, authz: a, policy: p, credentials: credentials}
}

// NewUser is what creating a staff account takes. Role is optional; MinistryCode goes with a
// ministry role and must be empty for the secretariat.
type NewUser struct {
	Email        string
	DisplayName  string
	Password     string
	Role         telework.Role
	MinistryCode string
}

// MaxPasswordLength is the longest password of an account: that of every password, set in auth.
const MaxPasswordLength = auth.MaxPasswordLength

// MinPasswordLength is the shortest password of an account, in characters.
const MinPasswordLength = auth.MinPasswordLength

// MaxDisplayNameLength is the longest display name of an account, in characters.
const MaxDisplayNameLength = 100

// Validate checks a new account and normalizes its email; errors name the field.
func (n *NewUser) Validate() error {
	n.Email = strings.ToLower(strings.TrimSpace(n.Email))
	n.DisplayName = strings.TrimSpace(n.DisplayName)
	n.MinistryCode = strings.ToUpper(strings.TrimSpace(n.MinistryCode))
	if addr, err := mail.ParseAddress(n.Email); err != nil || addr.Address != n.Email || len(n.Email) > telework.MaxEmailLength {
		return apperr.Invalid("email", "is not an email address")
	}
	if n.DisplayName == "" || utf8.RuneCountInString(n.DisplayName) > MaxDisplayNameLength || strings.IndexFunc(n.DisplayName, unicode.IsControl) >= 0 {
		return apperr.Invalid("displayName", "must be 1 to %d characters without control characters", MaxDisplayNameLength)
	}
	if err := auth.ValidatePassword("password", n.Password); err != nil {
		return err
	}
	switch {
	case n.Role == "" && n.MinistryCode != "":
		return apperr.Invalid("role", "is required with a ministry")
	case n.Role == "":
	case !n.Role.Valid():
		return apperr.Invalid("role", "must be SECRETARIAT, MINISTRY_ADMIN, MINISTRY_EDITOR or MINISTRY_VIEWER")
	case n.Role.InMinistry() && n.MinistryCode == "":
		return apperr.Invalid("ministryCode", "is required for a ministry role")
	case !n.Role.InMinistry() && n.MinistryCode != "":
		return apperr.Invalid("ministryCode", "must be empty for the secretariat, which holds in every ministry")
	}
	return nil
}

// CreateWithPassword creates a staff account with a password chosen by the request's viewer, who
// must be allowed to create users (the secretariat, a ministry admin); roles are granted
// separately, under the rules of Grant. The deprecated createUser mutation; Invite lets the person
// choose their own password instead.
func (s *Service) CreateWithPassword(ctx context.Context, email, displayName, password string) (*telework.User, error) {
	n := NewUser{Email: email, DisplayName: displayName, Password: password}
	if err := n.Validate(); err != nil {
		return nil, inputField(err)
	}
	if err := s.authz.AuthorizeAnywhere(ctx, authz.ObjUser, authz.ActCreate); err != nil {
		return nil, err
	}
	return s.create(ctx, n, true)
}

// inputField names a validation error's field as the GraphQL input names it.
func inputField(err error) error {
	if e, ok := apperr.As(err); ok && e.Field != "" {
		return apperr.Invalid("input."+e.Field, "%s", strings.TrimPrefix(e.Message, e.Field+": "))
	}
	return err
}

// Create validates and creates a staff account with its first role, in one transaction, for the
// operator's command line (which has no viewer). It returns BAD_USER_INPUT for invalid input or an
// unknown ministry, CONFLICT for a taken email.
func (s *Service) Create(ctx context.Context, n NewUser) (*telework.User, error) {
	if err := n.Validate(); err != nil {
		return nil, err
	}
	return s.create(ctx, n, false)
}

func (s *Service) create(ctx context.Context, n NewUser, audited bool) (*telework.User, error) {
	hash, err := auth.HashPassword(n.Password)
	if err != nil {
		return nil, err
	}
	var u *telework.User
	err = store.InTx(ctx, s.db, func(tx *sqlx.Tx) error {
		if n.Role.InMinistry() && n.Role != "" {
			found, err := store.MinistriesByCodes(ctx, tx, []string{n.MinistryCode})
			if err != nil {
				return err
			}
			if len(found) == 0 {
				return apperr.Invalid("ministryCode", "no ministry has the code %q", n.MinistryCode)
			}
		}
		if u, err = store.InsertUser(ctx, tx, n.Email, n.DisplayName, hash); err != nil {
			return err
		}
		if audited {
			if err := audit.Record(ctx, tx, audit.Change{Action: "user.create", ObjectType: "User", ObjectID: u.ID, After: u}); err != nil {
				return err
			}
		}
		if n.Role == "" {
			return nil
		}
		return authz.InsertGrant(ctx, tx, u.ID, n.Role, n.MinistryCode)
	})
	if err != nil {
		return nil, err
	}
	return u, nil
}
