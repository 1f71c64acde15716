package auth

import (
	"context"
	"unicode/utf8"

	"github.com/jmoiron/sqlx"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/audit"
	"github.com/teleworkmonth/platform/internal/authz"
	"github.com/teleworkmonth/platform/internal/store"
)

// Password length limits of every staff password: long enough to resist guessing, short enough
// to bound the hashing work.
const (
	MinPasswordLength = 12
	MaxPasswordLength = 256
)

// ValidatePassword checks a new password against the limits; the error names field.
func ValidatePassword(field, password string) error {
	if l := utf8.RuneCountInString(password); l < MinPasswordLength || l > MaxPasswordLength {
		return apperr.Invalid(field, "must be %d to %d characters", MinPasswordLength, MaxPasswordLength)
	}
	return nil
}

// PasswordChange is what ChangePassword did.
type PasswordChange struct {
	// OtherSessionsEnded is how many other live sessions of the person it ended.
	OtherSessionsEnded int
}

// passwordChangeAudit is the audit entry's "after" of a change of password: never the password.
type passwordChangeAudit struct {
	OtherSessionsEnded int `json:"otherSessionsEnded"`
}

// ChangePassword changes the password of the staff member whose session the request runs in, who
// proves it with the current one, and ends every other session of that person (the current one
// goes on): whoever else held one, on a lost laptop, is signed out. UNAUTHENTICATED outside a
// staff session; BAD_USER_INPUT on "newPassword" for a password outside the limits or equal to the
// current one, and on "currentPassword" when that is wrong. A wrong current password counts as a
// failed login of the person's email (and of clientIP), so that a session left open cannot be used
// to guess the password: past the login limits it answers RATE_LIMITED without a check. Audited.
func (s *Service) ChangePassword(ctx context.Context, currentPassword, newPassword, clientIP string) (*PasswordChange, error) {
	v := authz.ViewerFrom(ctx)
	if v.Kind != authz.Staff || v.SessionID == 0 {
		return nil, apperr.New(apperr.Unauthenticated, "only a signed-in staff member changes a password")
	}
	if err := ValidatePassword("newPassword", newPassword); err != nil {
		return nil, err
	}
	if newPassword == currentPassword {
		return nil, apperr.Invalid("newPassword", "must differ from the current password")
	}
	u, err := s.checkCurrentPassword(ctx, v.Email, currentPassword, clientIP)
	if err != nil {
		return nil, err
	}
	hash, err := HashPassword(newPassword)
	if err != nil {
		return nil, err
	}
	var ended int64
	err = store.InTx(ctx, s.db, func(tx *sqlx.Tx) error {
		if err := store.UpdatePasswordHash(ctx, tx, u.ID, hash); err != nil {
			return err
		}
		if ended, err = store.RevokeOtherSessions(ctx, tx, u.ID, v.SessionID, s.now()); err != nil {
			return err
		}
		if err := store.ClearLoginFailures(ctx, tx, u.Email); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Change{Action: "user.change_password", ObjectType: "User", ObjectID: u.ID,
			After: passwordChangeAudit{OtherSessionsEnded: int(ended)}})
	})
	if err != nil {
		return nil, err
	}
	return &PasswordChange{OtherSessionsEnded: int(ended)}, nil
}

// checkCurrentPassword checks the password of the account of email under the throttling of Login,
// and returns the account.
func (s *Service) checkCurrentPassword(ctx context.Context, email, password, clientIP string) (*account, error) {
	if err := s.countAttempt(ctx, email, clientIP, s.now()); err != nil {
		return nil, err
	}
	u, err := store.UserForLogin(ctx, s.db, email)
	if err != nil {
		return nil, err
	}
	if u == nil {
		return nil, apperr.New(apperr.Unauthenticated, msgInvalidToken)
	}
	if match, err := s.checkPassword(u.PasswordHash, password); err != nil || !match {
		return nil, apperr.Invalid("currentPassword", "is not your current password")
	}
	return &account{ID: u.ID, Email: u.Email}, nil
}

// account is the staff account whose password is being changed.
type account struct {
	ID    int64
	Email string
}
