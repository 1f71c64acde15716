package auth

import (
	"context"
	"crypto/rand"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"
	"golang.org/x/crypto/argon2"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/pgtest"
	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// clock is a settable Options.Now.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock() *clock { return &clock{t: time.Date(2025, 11, 20, 1, 0, 0, 0, time.UTC)} }

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// cheapHash is an argon2id PHC hash with the smallest parameters: CheckPassword reads the
// parameters from the hash, so that tests check passwords the real way in microseconds.
func cheapHash(t testing.TB, password string) string {
	t.Helper()
	salt := make([]byte, saltLen)
	rand.Read(salt)
	key := argon2.IDKey([]byte(password), salt, 1, 8, 1, argonKeyLen)
	return fmt.Sprintf("$argon2id$v=%d$m=8,t=1,p=1$%s$%s", argon2.Version, b64.EncodeToString(salt), b64.EncodeToString(key))
}

// fixture is a service on a database of its own, with a clock the test moves.
type fixture struct {
	t     *testing.T
	ctx   context.Context
	db    *sqlx.DB
	clock *clock
	svc   *Service
}

// newFixture opens a test database through store.Open, so that statements are counted, and a
// service whose unknown-email check uses a cheap dummy hash (TestUnknownEmailDoesTheSameWork shows
// that the real one is used otherwise).
func newFixture(t *testing.T, opts Options) *fixture {
	t.Helper()
	t.Parallel()
	ctx := context.Background()
	db, err := store.Open(ctx, store.Config{URL: pgtest.NewURL(t), MaxOpenConns: 8, MaxIdleConns: 8})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	c := newClock()
	opts.Now = c.Now
	svc := NewService(db, opts)
	svc.dummyHash = cheapHash(t, "no password is this")
	return &fixture{t: t, ctx: ctx, db: db, clock: c, svc: svc}
}

func (f *fixture) user(email, password string) *telework.User {
	f.t.Helper()
	u, err := store.InsertUser(f.ctx, f.db, email, "職員 "+email, cheapHash(f.t, password))
	if err != nil {
		f.t.Fatal(err)
	}
	return u
}

func (f *fixture) exec(query string, args ...any) {
	f.t.Helper()
	if _, err := f.db.ExecContext(f.ctx, query, args...); err != nil {
		f.t.Fatal(err)
	}
}

// records inserts a registrant and an event application, for record tokens.
func (f *fixture) records() (registrantID, applicationID int64) {
	f.t.Helper()
	var ministryID, campaignID, eventID int64
	steps := []struct {
		dst   *int64
		query string
		args  []any
	}{
		{&ministryID, `INSERT INTO ministries (code, name_ja) VALUES ('MIC', '総務省') RETURNING id`, nil},
		{&campaignID, `INSERT INTO campaigns (fiscal_year, name_ja, starts_on, ends_on)
			VALUES (2025, '令和7年度テレワーク月間', '2025-11-01', '2025-11-30') RETURNING id`, nil},
		{&registrantID, `INSERT INTO registrants (campaign_id, kind, name, activities, contact_name, contact_email)
			VALUES ($1, 'INDIVIDUAL', '山田太郎', ARRAY['PRACTICING'], '山田太郎', 'taro@example.jp') RETURNING id`, []any{&campaignID}},
		{&eventID, `INSERT INTO events (campaign_id, host_ministry_id, kind, title_ja, starts_at, ends_at)
			VALUES ($1, $2, 'SEMINAR', 'テレワーク推進セミナー', '2025-11-27T04:30:00Z', '2025-11-27T07:30:00Z') RETURNING id`, []any{&campaignID, &ministryID}},
		{&applicationID, `INSERT INTO event_applications (event_id, attendee_name, attendee_email, attendance, status)
			VALUES ($1, '佐藤花子', 'hanako@example.jp', 'ONLINE', 'CONFIRMED') RETURNING id`, []any{&eventID}},
	}
	for _, s := range steps {
		args := make([]any, len(s.args))
		for i, a := range s.args {
			args[i] = *a.(*int64)
		}
		if err := f.db.GetContext(f.ctx, s.dst, s.query, args...); err != nil {
			f.t.Fatal(err)
		}
	}
	return registrantID, applicationID
}

// failures is the number of recorded login attempts of an email.
func (f *fixture) failures(email string) int {
	f.t.Helper()
	var n int
	if err := f.db.GetContext(f.ctx, &n, `SELECT count(*) FROM login_failures WHERE email = $1`, email); err != nil {
		f.t.Fatal(err)
	}
	return n
}

// wantCode fails the test unless err is an *apperr.Error of code.
func wantCode(t *testing.T, err error, code apperr.Code) *apperr.Error {
	t.Helper()
	e, ok := apperr.As(err)
	if !ok || e.Code != code {
		t.Fatalf("err = %v, want %s", err, code)
	}
	return e
}

func bearer(token string) string { return "Bearer " + token }
