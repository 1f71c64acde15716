package auth

import (
	"context"
	"net/mail"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/audit"
	"github.com/teleworkmonth/platform/internal/outbox"
	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
)

// resetThrottle is how long an account's last reset link keeps a new one from being sent: a
// stranger who knows the address cannot fill its mailbox.
const resetThrottle = time.Minute

// msgInvalidLink answers every token of a link that does not set a password: unknown, expired,
// used, replaced by a newer link, of the other kind, or of a disabled account alike.
const msgInvalidLink = "this link no longer works: it has expired, has been used, or a newer link replaced it"

// The console's pages that the links open; the token travels after '#', so that it never reaches
// a request line, a log or a Referer header.
const (
	invitationPage = "password/set#"
	resetPage      = "password/reset#"
)

// IssueInvitation makes the link that sets the first password of an invited account, valid for
// Options.InvitationTTL, replacing any earlier invitation of the account; it runs on q, in the
// caller's transaction, and returns the link, which goes to the person and to nobody else.
func (s *Service) IssueInvitation(ctx context.Context, q sqlx.ExtContext, userID int64) (link string, expiresAt time.Time, err error) {
	now := s.now()
	token, hash := newToken(invitationPrefix)
	expiresAt = now.Add(s.opts.InvitationTTL)
	if err := store.ReplacePasswordToken(ctx, q, userID, store.PasswordTokenInvitation, hash, now, expiresAt); err != nil {
		return "", time.Time{}, err
	}
	return s.opts.ConsoleURL + invitationPage + token, expiresAt, nil
}

// PasswordSet is the account whose password a link set.
type PasswordSet struct {
	Email string
	// SessionsEnded is how many of its sessions ended (a reset ends them all).
	SessionsEnded int
}

// AcceptInvitation sets the first password of an invited account with the token of its
// invitation's link. BAD_USER_INPUT on "password" outside 12 to 256 characters (the token stays
// usable), on "token" when the link does not work (msgInvalidLink). The token works once; the
// person then signs in with the email returned and the password. Audited as the person.
func (s *Service) AcceptInvitation(ctx context.Context, token, password string) (*PasswordSet, error) {
	return s.setPasswordByLink(ctx, token, password, invitationPrefix, store.PasswordTokenInvitation, "user.accept_invitation")
}

// ResetPassword sets a forgotten password with the token of a reset link, under the rules of
// AcceptInvitation, and ends every session of the account: whoever held one is signed out.
func (s *Service) ResetPassword(ctx context.Context, token, password string) (*PasswordSet, error) {
	return s.setPasswordByLink(ctx, token, password, resetPrefix, store.PasswordTokenReset, "user.reset_password")
}

func (s *Service) setPasswordByLink(ctx context.Context, token, password, prefix, purpose, action string) (*PasswordSet, error) {
	if err := ValidatePassword("password", password); err != nil {
		return nil, err
	}
	if p, ok := parseAnyToken(strings.TrimSpace(token)); !ok || p != prefix {
		return nil, apperr.Invalid("token", msgInvalidLink)
	}
	var out PasswordSet
	err := store.InTx(ctx, s.db, func(tx *sqlx.Tx) error {
		now := s.now()
		userID, err := store.UsePasswordToken(ctx, tx, hashToken(strings.TrimSpace(token)), purpose, now)
		if err != nil {
			return err
		}
		if userID == 0 {
			return apperr.Invalid("token", msgInvalidLink)
		}
		// Hashed once the token is known to be good: a bad link costs no argon2id work.
		hash, err := HashPassword(password)
		if err != nil {
			return err
		}
		if out.Email, err = store.SetPassword(ctx, tx, userID, hash); err != nil {
			return err
		}
		ended, err := store.RevokeAllSessions(ctx, tx, userID, now)
		if err != nil {
			return err
		}
		out.SessionsEnded = int(ended)
		if err := store.ClearLoginFailures(ctx, tx, out.Email); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Change{Actor: store.UserSubject(userID), Action: action, ObjectType: "User",
			ObjectID: userID, After: map[string]int{"sessionsEnded": out.SessionsEnded}})
	})
	if err != nil {
		return nil, err
	}
	return &out, nil
}

// RequestPasswordReset sends the account of an email, when there is one that is not disabled, a
// link that sets a new password, valid for Options.PasswordResetTTL and replacing its earlier
// reset links. It answers the same, after the same work, whether or not the email has an account:
// the token and the message are made first, and one statement writes them only when the account
// exists (store.RequestPasswordReset); the request is audited either way, naming the account or
// none (0). BAD_USER_INPUT on "email" for what is not an email address. While an account's last
// link is under a minute old, no new one is sent.
func (s *Service) RequestPasswordReset(ctx context.Context, email string) error {
	email = strings.ToLower(strings.TrimSpace(email))
	if addr, err := mail.ParseAddress(email); err != nil || addr.Address != email || len(email) > telework.MaxEmailLength {
		return apperr.Invalid("email", "is not an email address")
	}
	now := s.now()
	token, hash := newToken(resetPrefix)
	expiresAt := now.Add(s.opts.PasswordResetTTL)
	subject, body := outbox.PasswordResetMessage(s.opts.ConsoleURL+resetPage+token, expiresAt)
	return store.InTx(ctx, s.db, func(tx *sqlx.Tx) error {
		userID, err := store.RequestPasswordReset(ctx, tx, store.ResetRequest{Email: email, TokenHash: hash, Now: now,
			ExpiresAt: expiresAt, Throttle: resetThrottle, Kind: outbox.KindPasswordReset, Subject: subject, Body: body})
		if err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Change{Action: "user.request_password_reset", ObjectType: "User", ObjectID: userID})
	})
}
