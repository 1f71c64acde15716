package auth

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/jmoiron/sqlx"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/audit"
	"github.com/teleworkmonth/platform/internal/authz"
	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
)

// Options tune the Service. Zero fields take their defaults.
type Options struct {
	// SessionTTL is how long a staff session lasts after login. Default 12 hours.
	SessionTTL time.Duration
	// RecordTokenTTL is how long a registrant or application token lasts. Default 400 days: a
	// registration outlives the campaign month and its award season.
	RecordTokenTTL time.Duration
	// APIKeyTTL is how long a partner API key lasts. Default 0: until revoked.
	APIKeyTTL time.Duration
	// Now is the clock. Default time.Now.
	Now func() time.Time
	// SecureCookie marks the console's session cookie Secure, under a __Host- name (production,
	// which is served over HTTPS).
	SecureCookie bool
	// ConsoleURL is the console's address as people reach it, ending in a slash: the links of
	// invitations and password resets open its pages. Default http://localhost:8080/admin/.
	ConsoleURL string
	// InvitationTTL is how long an invitation's link works. Default 72 hours.
	InvitationTTL time.Duration
	// PasswordResetTTL is how long a password reset's link works. Default 1 hour.
	PasswordResetTTL time.Duration
}

// Defaults of Options.
const (
	DefaultSessionTTL     = 12 * time.Hour
	DefaultRecordTokenTTL = 400 * 24 * time.Hour
	// An invitation is sent on a working day and may wait over a weekend.
	DefaultInvitationTTL = 72 * time.Hour
	// A reset is asked for by the person who then uses it, at once.
	DefaultPasswordResetTTL = time.Hour
)

// Login throttling: an email with maxEmailFailures failed attempts within failureWindow, or a client
// address with maxIPFailures, is refused without a password check until the window has moved on.
const (
	failureWindow    = 15 * time.Minute
	maxEmailFailures = 5
	maxIPFailures    = 20
	failureRetention = 24 * time.Hour
)

// The messages of the errors the service answers with. Login's error is the same for an unknown
// email, a wrong password and a disabled account, so that it does not tell which accounts exist.
const (
	msgWrongLogin   = "email or password is wrong"
	msgRateLimited  = "too many failed login attempts: wait 15 minutes and try again"
	msgInvalidToken = "the credential is not valid"
)

// Service issues, checks and revokes credentials.
type Service struct {
	db   *sqlx.DB
	opts Options
	// checkPassword is CheckPassword, and dummyHash the package's dummyHash; tests replace them to
	// watch the work a login does and to make it cheap.
	checkPassword func(hash, password string) (bool, error)
	dummyHash     string
}

// NewService returns the credential service.
func NewService(db *sqlx.DB, opts Options) *Service {
	if opts.SessionTTL <= 0 {
		opts.SessionTTL = DefaultSessionTTL
	}
	if opts.RecordTokenTTL <= 0 {
		opts.RecordTokenTTL = DefaultRecordTokenTTL
	}
	if opts.APIKeyTTL < 0 {
		opts.APIKeyTTL = 0
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.ConsoleURL == "" {
		opts.ConsoleURL = "http://localhost:8080/admin/"
	}
	if opts.InvitationTTL <= 0 {
		opts.InvitationTTL = DefaultInvitationTTL
	}
	if opts.PasswordResetTTL <= 0 {
		opts.PasswordResetTTL = DefaultPasswordResetTTL
	}
	return &Service{db: db, opts: opts, checkPassword: CheckPassword, dummyHash: dummyHash}
}

func (s *Service) now() time.Time { return s.opts.Now().UTC() }

// Session is a staff session just made by Login. Its token is shown this once: only its hash is
// stored.
type Session struct {
	ID        int64
	Token     string
	ExpiresAt time.Time
	// User is the account logged in to, without its password hash.
	User *telework.User
}

// Login checks a staff account's email and password and opens a session. An unknown email, a
// wrong password and a disabled account all answer UNAUTHENTICATED with one message, after the same
// argon2id work (an unknown email is checked against a dummy hash). Each attempt is recorded as a
// failure until it succeeds; an email with 5 failures in the last 15 minutes, or a client address
// with 20, is answered RATE_LIMITED without a password check, whether the account exists or not.
// A success clears the email's failures.
func (s *Service) Login(ctx context.Context, email, password, clientIP string) (*Session, error) {
	email = strings.ToLower(strings.TrimSpace(email))
	now := s.now()

	if err := s.countAttempt(ctx, email, clientIP, now); err != nil {
		return nil, err
	}

	u, err := store.UserForLogin(ctx, s.db, email)
	if err != nil {
		return nil, err
	}
	hash := s.dummyHash
	if u != nil && u.PasswordHash != "" {
		// A pending account (invited, no password yet) is checked against the dummy hash too: it
		// takes the same work as any other, and no password opens it.
		hash = u.PasswordHash
	}
	match, err := s.checkPassword(hash, password)
	if err != nil || !match || u == nil || u.DisabledAt != nil {
		// The attempt stays recorded as a failure. A malformed stored hash is a failure too, not
		// an internal error, which would tell that the account exists.
		return nil, apperr.New(apperr.Unauthenticated, msgWrongLogin)
	}

	token, tokenHash := newToken(sessionPrefix)
	sess := &Session{Token: token, ExpiresAt: now.Add(s.opts.SessionTTL), User: u}
	err = store.InTx(ctx, s.db, func(tx *sqlx.Tx) error {
		var err error
		if sess.ID, err = store.InsertSession(ctx, tx, u.ID, tokenHash, now, sess.ExpiresAt); err != nil {
			return err
		}
		if err := store.ClearLoginFailures(ctx, tx, email); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Change{Actor: store.UserSubject(u.ID), Action: "session.login",
			ObjectType: "Session", ObjectID: sess.ID})
	})
	if err != nil {
		return nil, err
	}
	u.PasswordHash = ""
	return sess, nil
}

// countAttempt records an attempt to prove an email's password, from clientIP, as a failure until
// it succeeds (a success clears the email's failures), and refuses it with RATE_LIMITED, without
// recording it, when the email has had 5 failures in the last 15 minutes or the address 20. Login
// and ChangePassword count alike: a session left open must not be a way to guess its password.
func (s *Service) countAttempt(ctx context.Context, email, clientIP string, now time.Time) error {
	// Recorded before the password is checked (see store.InsertLoginAttempt). Recording outlives a
	// cancelled request: a guess must not go uncounted because its client hung up.
	recordCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	attemptID, err := store.InsertLoginAttempt(recordCtx, s.db, email, clientIP, now, now.Add(-failureRetention))
	if err != nil {
		return err
	}
	counts, err := store.CountLoginFailures(ctx, s.db, email, clientIP, now.Add(-failureWindow), maxEmailFailures+1, maxIPFailures+1)
	if err != nil {
		return err
	}
	// The counts include this attempt.
	if counts.Email > maxEmailFailures || counts.ClientIP > maxIPFailures {
		if err := store.DeleteLoginAttempt(recordCtx, s.db, attemptID); err != nil {
			return err
		}
		// Waiting the whole window is always enough; telling exactly when the oldest failure that
		// counts ages out would cost a query more on every refusal.
		return apperr.Limited(failureWindow, msgRateLimited)
	}
	return nil
}

// LogoutViewer ends the request's staff session; UNAUTHENTICATED when the request runs in none.
func (s *Service) LogoutViewer(ctx context.Context) error {
	v := authz.ViewerFrom(ctx)
	if v.Kind != authz.Staff || v.SessionID == 0 {
		return apperr.New(apperr.Unauthenticated, "no staff session to end")
	}
	return s.Logout(ctx, v.SessionID)
}

// Logout revokes a staff session. Revoking an ended session changes nothing.
func (s *Service) Logout(ctx context.Context, sessionID int64) error {
	return store.InTx(ctx, s.db, func(tx *sqlx.Tx) error {
		if err := store.RevokeSession(ctx, tx, sessionID, s.now()); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Change{Action: "session.logout", ObjectType: "Session", ObjectID: sessionID})
	})
}

// Authenticate returns the viewer an Authorization header establishes: anonymous for no header,
// else the holder of the Bearer token it carries, found with one SQL statement. Any other header
// (another scheme, a malformed, unknown, expired or revoked token, a disabled account) is
// UNAUTHENTICATED: a request that shows a credential is never served as anonymous.
func (s *Service) Authenticate(ctx context.Context, authorization string) (*authz.Viewer, error) {
	if strings.TrimSpace(authorization) == "" {
		return &authz.Viewer{Kind: authz.Anonymous}, nil
	}
	token, ok := bearerToken(authorization)
	if !ok {
		return nil, invalidCredential()
	}
	prefix, ok := parseToken(token)
	if !ok {
		return nil, invalidCredential()
	}
	hash, now := hashToken(token), s.now()
	switch prefix {
	case sessionPrefix:
		su, err := store.SessionByTokenHash(ctx, s.db, hash, now)
		if err != nil || su == nil {
			return nil, orInvalid(err)
		}
		return &authz.Viewer{Kind: authz.Staff, UserID: su.UserID, Email: su.Email, DisplayName: su.DisplayName, SessionID: su.SessionID}, nil
	case apiKeyPrefix:
		k, err := store.APIKeyByHash(ctx, s.db, hash, now)
		if err != nil || k == nil {
			return nil, orInvalid(err)
		}
		return &authz.Viewer{Kind: authz.Partner, APIKeyID: k.ID, DisplayName: k.Name,
			KeyRequestsPerMinute: k.RequestsPerMinute, KeyCostPerMinute: k.CostPerMinute}, nil
	case registrantPrefix:
		id, err := store.RecordTokenByHash(ctx, s.db, hash, store.RecordTokenRegistrant, now)
		if err != nil || id == 0 {
			return nil, orInvalid(err)
		}
		return &authz.Viewer{Kind: authz.Registrant, RegistrantID: id}, nil
	case applicationPrefix:
		id, err := store.RecordTokenByHash(ctx, s.db, hash, store.RecordTokenApplication, now)
		if err != nil || id == 0 {
			return nil, orInvalid(err)
		}
		return &authz.Viewer{Kind: authz.Applicant, ApplicationID: id}, nil
	}
	return nil, invalidCredential()
}

func invalidCredential() error { return apperr.New(apperr.Unauthenticated, msgInvalidToken) }

// orInvalid is err (a failure of the database) when there is one, else the invalid credential.
func orInvalid(err error) error {
	if err != nil {
		return err
	}
	return invalidCredential()
}

// MaxAPIKeyNameLength is the longest API key name, in characters.
const MaxAPIKeyNameLength = 100

// CreateAPIKey makes a partner API key named name (1 to 100 characters, no control characters,
// surrounding spaces trimmed; else BAD_USER_INPUT on "name") and returns its id and the key, which
// is shown this once. createdBy is the staff user who makes it, 0 for none. It runs on q so that
// the caller writes its audit entry in the same transaction. The key follows the server's rate
// limits; see CreateAPIKeyWithLimits.
func (s *Service) CreateAPIKey(ctx context.Context, q sqlx.ExtContext, name string, createdBy int64) (id int64, key string, err error) {
	return s.CreateAPIKeyWithLimits(ctx, q, name, createdBy, store.APIKeyLimits{})
}

// CreateAPIKeyWithLimits is CreateAPIKey of a key with rate limits of its own (validated by the
// caller); a zero limit follows the server's default.
func (s *Service) CreateAPIKeyWithLimits(ctx context.Context, q sqlx.ExtContext, name string, createdBy int64, limits store.APIKeyLimits) (id int64, key string, err error) {
	name = strings.TrimSpace(name)
	if name == "" || utf8.RuneCountInString(name) > MaxAPIKeyNameLength || !utf8.ValidString(name) || strings.IndexFunc(name, unicode.IsControl) >= 0 {
		return 0, "", apperr.Invalid("name", "must be 1 to %d characters without control characters", MaxAPIKeyNameLength)
	}
	now := s.now()
	var expiresAt *time.Time
	if s.opts.APIKeyTTL > 0 {
		t := now.Add(s.opts.APIKeyTTL)
		expiresAt = &t
	}
	key, hash := newToken(apiKeyPrefix)
	id, err = store.InsertAPIKey(ctx, q, name, hash, createdBy, now, expiresAt, limits)
	if err != nil {
		return 0, "", err
	}
	return id, key, nil
}

// RevokeAPIKey revokes a partner API key: NOT_FOUND when there is no such key; revoking a revoked
// key changes nothing. It runs on q so that the caller writes its audit entry in the same
// transaction.
func (s *Service) RevokeAPIKey(ctx context.Context, q sqlx.ExtContext, id int64) error {
	found, err := store.RevokeAPIKey(ctx, q, id, s.now())
	if err != nil {
		return err
	}
	if !found {
		return apperr.New(apperr.NotFound, "no such API key")
	}
	return nil
}

// RecordKind is the kind of a record token.
type RecordKind string

// The kinds of record token.
const (
	// RegistrantToken is a registrant's credential for its own registration.
	RegistrantToken RecordKind = store.RecordTokenRegistrant
	// ApplicationToken is an applicant's credential for its event application.
	ApplicationToken RecordKind = store.RecordTokenApplication
)

func (k RecordKind) prefix() (string, bool) {
	switch k {
	case RegistrantToken:
		return registrantPrefix, true
	case ApplicationToken:
		return applicationPrefix, true
	}
	return "", false
}

// IssueRecordToken makes a token for a registrant (RegistrantToken, recordID its id) or an event
// application (ApplicationToken), valid for Options.RecordTokenTTL, and returns it: it is shown
// this once. Earlier tokens of the record stay valid. It runs on q, in the caller's transaction.
func (s *Service) IssueRecordToken(ctx context.Context, q sqlx.ExtContext, kind RecordKind, recordID int64) (string, error) {
	prefix, ok := kind.prefix()
	if !ok {
		return "", fmt.Errorf("unknown record token kind %q", kind)
	}
	now := s.now()
	token, hash := newToken(prefix)
	if err := store.InsertRecordToken(ctx, q, hash, string(kind), recordID, now, now.Add(s.opts.RecordTokenTTL)); err != nil {
		return "", err
	}
	return token, nil
}

// RevokeRecordTokens revokes every token of the kind for one record (none is no error).
func (s *Service) RevokeRecordTokens(ctx context.Context, q sqlx.ExtContext, kind RecordKind, recordID int64) error {
	if _, ok := kind.prefix(); !ok {
		return fmt.Errorf("unknown record token kind %q", kind)
	}
	return store.RevokeRecordTokens(ctx, q, string(kind), recordID, s.now())
}
