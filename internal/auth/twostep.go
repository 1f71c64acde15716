package auth

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/base32"
	"encoding/base64"
	"image/png"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/pquerna/otp"
	"github.com/pquerna/otp/totp"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/audit"
	"github.com/teleworkmonth/platform/internal/authz"
	"github.com/teleworkmonth/platform/internal/store"
)

// Two-step sign-in: after the password, a code of an authenticator app (RFC 6238: six digits, a
// new one every 30 seconds) or one of the account's single-use recovery codes.
const (
	// totpIssuer names the service in authenticator apps.
	totpIssuer = "Telework Month"
	totpPeriod = 30
	// totpSkew is how many steps before and after the current one are accepted: a phone's clock a
	// little off, a code typed as it turned.
	totpSkew = 1
	// RecoveryCodeCount is how many recovery codes a set-up gives.
	RecoveryCodeCount = 10
	// MaxTwoStepCodeLength bounds a code as typed: six digits or a recovery code, with spaces.
	MaxTwoStepCodeLength = 64
	// qrSize is the QR code's side in pixels.
	qrSize = 240
)

var totpOpts = totp.ValidateOpts{Period: totpPeriod, Digits: otp.DigitsSix, Algorithm: otp.AlgorithmSHA1}

// Messages of the two-step errors.
const (
	msgCodeNeeded  = "this account signs in in two steps: send the code of the authenticator app, or a recovery code, as code"
	msgWrongCode   = "the code is wrong or was already used"
	msgSetUpNeeded = "two-step sign-in must be set up first (REQUIRE_MFA): only viewer, startTwoStepSetup, confirmTwoStepSetup and logout answer until then"
)

// ErrTwoStepSetUpNeeded is the error of every request of a session whose person must set up
// two-step sign-in first (see Viewer.TwoStepSetUpNeeded).
func ErrTwoStepSetUpNeeded() error { return apperr.New(apperr.TwoStepSetUpRequired, msgSetUpNeeded) }

// TwoStepSetup is a new secret waiting for its first code.
type TwoStepSetup struct {
	// Secret is the shared secret in base32, for typing into an app that cannot scan.
	Secret string
	// URI is the otpauth:// URI that the QR code holds.
	URI string
	// QRCode is the QR code of URI as a data: URL of a PNG image.
	QRCode string
}

// TwoStepStatus is where an account stands with two-step sign-in.
type TwoStepStatus struct {
	Enabled bool
	// Required: REQUIRE_MFA applies to the account (the secretariat, ministry admins).
	Required          bool
	RecoveryCodesLeft int
}

// staffSession is the request's staff viewer, UNAUTHENTICATED for any other.
func staffSession(ctx context.Context) (*authz.Viewer, error) {
	v := authz.ViewerFrom(ctx)
	if v.Kind != authz.Staff || v.SessionID == 0 {
		return nil, apperr.New(apperr.Unauthenticated, "sign in as staff first")
	}
	return v, nil
}

// StartTwoStepSetup makes a new secret for the signed-in person, replacing one that waits for its
// first code, and returns it with its QR code: CONFLICT when two-step sign-in is already on.
func (s *Service) StartTwoStepSetup(ctx context.Context) (*TwoStepSetup, error) {
	v, err := staffSession(ctx)
	if err != nil {
		return nil, err
	}
	key, err := totp.Generate(totp.GenerateOpts{Issuer: totpIssuer, AccountName: v.Email, Period: totpPeriod,
		Digits: totpOpts.Digits, Algorithm: totpOpts.Algorithm})
	if err != nil {
		return nil, err
	}
	img, err := key.Image(qrSize, qrSize)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return nil, err
	}
	err = store.InTx(ctx, s.db, func(tx *sqlx.Tx) error {
		started, err := store.BeginTOTP(ctx, tx, v.UserID, key.Secret(), s.now())
		if err != nil {
			return err
		}
		if !started {
			return apperr.New(apperr.Conflict, "two-step sign-in is already on: turn it off first to set up another app")
		}
		return audit.Record(ctx, tx, audit.Change{Action: "two_step.start", ObjectType: "User", ObjectID: v.UserID})
	})
	if err != nil {
		return nil, err
	}
	return &TwoStepSetup{Secret: key.Secret(), URI: key.URL(),
		QRCode: "data:image/png;base64," + base64.StdEncoding.EncodeToString(buf.Bytes())}, nil
}

// ConfirmTwoStepSetup turns two-step sign-in on with the first code of the secret that
// StartTwoStepSetup made, and returns new recovery codes, shown this once. BAD_USER_INPUT on
// "code" for a wrong code; CONFLICT when no set-up waits.
func (s *Service) ConfirmTwoStepSetup(ctx context.Context, code string) ([]string, error) {
	v, err := staffSession(ctx)
	if err != nil {
		return nil, err
	}
	codes, hashes := newRecoveryCodes()
	err = store.InTx(ctx, s.db, func(tx *sqlx.Tx) error {
		t, err := store.TOTPOf(ctx, tx, v.UserID, true)
		if err != nil {
			return err
		}
		if t == nil || t.ConfirmedAt != nil {
			return apperr.New(apperr.Conflict, "no two-step set-up is waiting for a code: start one first")
		}
		ok, err := s.useTOTPCode(ctx, tx, t, code)
		if err != nil {
			return err
		}
		if !ok {
			return apperr.Invalid("code", "is not the current code of the authenticator app")
		}
		if err := store.ReplaceRecoveryCodes(ctx, tx, v.UserID, hashes); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Change{Action: "two_step.enable", ObjectType: "User", ObjectID: v.UserID})
	})
	if err != nil {
		return nil, err
	}
	return codes, nil
}

// TurnOffTwoStep turns the signed-in person's two-step sign-in off (or drops a set-up waiting for
// its first code). It takes a current code (or a recovery code) or the password: BAD_USER_INPUT on
// "code" or "password" when it is wrong or neither is given. Wrong ones count as failed logins.
func (s *Service) TurnOffTwoStep(ctx context.Context, code, password string, clientIP string) error {
	v, err := staffSession(ctx)
	if err != nil {
		return err
	}
	if code == "" && password == "" {
		return apperr.Invalid("code", "a current code or the password is required")
	}
	email, now := strings.ToLower(v.Email), s.now()
	if err := s.countAttempt(ctx, email, clientIP, now); err != nil {
		return err
	}
	if password != "" {
		u, err := store.UserForLogin(ctx, s.db, email)
		if err != nil {
			return err
		}
		if u == nil || u.PasswordHash == "" {
			return apperr.Invalid("password", "is wrong")
		}
		if ok, err := s.checkPassword(u.PasswordHash, password); err != nil || !ok {
			return apperr.Invalid("password", "is wrong")
		}
	}
	return store.InTx(ctx, s.db, func(tx *sqlx.Tx) error {
		if password == "" {
			t, err := store.TOTPOf(ctx, tx, v.UserID, true)
			if err != nil {
				return err
			}
			ok := false
			if t != nil && t.ConfirmedAt != nil {
				if ok, err = s.useSecondFactor(ctx, tx, t, code); err != nil {
					return err
				}
			}
			if !ok {
				return apperr.Invalid("code", msgWrongCode)
			}
		}
		if err := store.DeleteTOTP(ctx, tx, v.UserID); err != nil {
			return err
		}
		if err := store.ClearLoginFailures(ctx, tx, email); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Change{Action: "two_step.disable", ObjectType: "User", ObjectID: v.UserID})
	})
}

// TwoStepStatusOf tells where an account stands with two-step sign-in.
func (s *Service) TwoStepStatusOf(ctx context.Context, userID int64) (*TwoStepStatus, error) {
	st, err := store.TwoStepStatusOf(ctx, s.db, userID)
	if err != nil {
		return nil, err
	}
	return &TwoStepStatus{Enabled: st.Enabled, Required: s.opts.RequireMFA && st.MFARole, RecoveryCodesLeft: st.RecoveryCodesLeft}, nil
}

// secondFactor checks the code of a login of an account whose two-step sign-in is on, in the
// transaction that opens its session: TWO_STEP_REQUIRED without a code, UNAUTHENTICATED on "code"
// for a wrong or used one.
func (s *Service) secondFactor(ctx context.Context, tx *sqlx.Tx, t *store.TOTP, code string) error {
	if strings.TrimSpace(code) == "" {
		return apperr.New(apperr.TwoStepRequired, msgCodeNeeded)
	}
	ok, err := s.useSecondFactor(ctx, tx, t, code)
	if err != nil {
		return err
	}
	if !ok {
		return &apperr.Error{Code: apperr.Unauthenticated, Field: "code", Message: msgWrongCode}
	}
	return nil
}

// useSecondFactor accepts a code of the authenticator app (six digits) or an unused recovery code,
// and uses it up.
func (s *Service) useSecondFactor(ctx context.Context, tx *sqlx.Tx, t *store.TOTP, code string) (bool, error) {
	code = strings.Join(strings.Fields(code), "")
	if len(code) == int(totpOpts.Digits) && strings.Trim(code, "0123456789") == "" {
		return s.useTOTPCode(ctx, tx, t, code)
	}
	normalized, ok := normalizeRecoveryCode(code)
	if !ok {
		return false, nil
	}
	used, err := store.UseRecoveryCode(ctx, tx, t.UserID, hashToken(normalized), s.now())
	if err == nil && used {
		err = audit.Record(ctx, tx, audit.Change{Actor: store.UserSubject(t.UserID), Action: "two_step.recovery_code_used",
			ObjectType: "User", ObjectID: t.UserID})
	}
	return used, err
}

// useTOTPCode accepts a code of a step near now that is later than the last accepted one, and
// records its step: the same code, or an older one, is refused afterwards (replay).
func (s *Service) useTOTPCode(ctx context.Context, tx *sqlx.Tx, t *store.TOTP, code string) (bool, error) {
	now := s.now()
	current := now.Unix() / totpPeriod
	for step := current + totpSkew; step >= current-totpSkew; step-- {
		want, err := totp.GenerateCodeCustom(t.Secret, time.Unix(step*totpPeriod, 0), totpOpts)
		if err != nil {
			return false, err
		}
		if subtle.ConstantTimeCompare([]byte(want), []byte(code)) == 1 {
			if step <= t.LastStep {
				return false, nil
			}
			return store.UseTOTPStep(ctx, tx, t.UserID, step, now)
		}
	}
	return false, nil
}

// Recovery codes are ten characters of base32 (50 random bits), shown as xxxxx-xxxxx.
const recoveryAlphabet = "abcdefghijklmnopqrstuvwxyz234567"

var recoveryEncoding = base32.NewEncoding(recoveryAlphabet).WithPadding(base32.NoPadding)

func newRecoveryCodes() (codes []string, hashes [][]byte) {
	for range RecoveryCodeCount {
		b := make([]byte, 8)
		rand.Read(b)
		c := recoveryEncoding.EncodeToString(b)[:10]
		codes = append(codes, c[:5]+"-"+c[5:])
		hashes = append(hashes, hashToken(c))
	}
	return codes, hashes
}

// normalizeRecoveryCode is a recovery code as stored (lower case, no hyphen), as people type it.
func normalizeRecoveryCode(code string) (string, bool) {
	c := strings.ToLower(strings.ReplaceAll(code, "-", ""))
	if len(c) != 10 || strings.Trim(c, recoveryAlphabet) != "" {
		return "", false
	}
	return c, true
}
