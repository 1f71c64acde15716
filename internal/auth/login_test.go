package auth

import (
	"context"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/authz"
	"github.com/teleworkmonth/platform/internal/store"
)

const (
	staffEmail = "tanaka@soumu.example.jp"
	staffPass  = "correct horse battery staple"
	clientA    = "192.0.2.10"
	clientB    = "198.51.100.20"
)

func TestLogin(t *testing.T) {
	f := newFixture(t, Options{})
	u := f.user(staffEmail, staffPass)
	f.user("disabled@soumu.example.jp", staffPass)
	f.exec(`UPDATE users SET disabled_at = now() WHERE email = 'disabled@soumu.example.jp'`)

	tests := []struct {
		name, email, password string
		wantCode              apperr.Code // "" for success
	}{
		{"success", staffEmail, staffPass, ""},
		{"email in other case and with spaces", "  Tanaka@SOUMU.example.jp ", staffPass, ""},
		{"wrong password", staffEmail, staffPass + "!", apperr.Unauthenticated},
		{"empty password", staffEmail, "", apperr.Unauthenticated},
		{"unknown email", "nobody@soumu.example.jp", staffPass, apperr.Unauthenticated},
		{"empty email", "", staffPass, apperr.Unauthenticated},
		{"disabled account, right password", "disabled@soumu.example.jp", staffPass, apperr.Unauthenticated},
	}
	var messages []string
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sess, err := f.svc.Login(f.ctx, tt.email, tt.password, clientA)
			if tt.wantCode != "" {
				e := wantCode(t, err, tt.wantCode)
				if sess != nil {
					t.Error("a session came with the error")
				}
				messages = append(messages, e.Message)
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(sess.Token, "tms_") || sess.User.ID != u.ID || sess.User.PasswordHash != "" {
				t.Errorf("session = %+v, user %+v", sess, sess.User)
			}
			if want := f.clock.Now().Add(DefaultSessionTTL); !sess.ExpiresAt.Equal(want) {
				t.Errorf("expires at %v, want %v", sess.ExpiresAt, want)
			}
			v, err := f.svc.Authenticate(f.ctx, bearer(sess.Token))
			if err != nil {
				t.Fatal(err)
			}
			want := authz.Viewer{Kind: authz.Staff, UserID: u.ID, Email: staffEmail, DisplayName: u.DisplayName, SessionID: sess.ID}
			if *v != want {
				t.Errorf("viewer = %+v, want %+v", *v, want)
			}
		})
	}
	for _, m := range messages {
		if m != messages[0] {
			t.Errorf("failed logins answer different messages: %q", messages)
			break
		}
	}
}

func TestLoginRateLimitPerEmail(t *testing.T) {
	for _, tt := range []struct {
		name  string
		known bool
	}{{"known email", true}, {"unknown email", false}} {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, Options{})
			email := "ghost@soumu.example.jp"
			if tt.known {
				email = staffEmail
				f.user(email, staffPass)
			}
			for i := range maxEmailFailures {
				// From different addresses: the limit is the account's.
				_, err := f.svc.Login(f.ctx, email, "guess", "203.0.113."+string(rune('1'+i)))
				wantCode(t, err, apperr.Unauthenticated)
				f.clock.Advance(time.Minute)
			}
			// The sixth attempt within 15 minutes, right password or not, from a fresh address.
			var messages []string
			for _, pw := range []string{staffPass, "guess"} {
				_, err := f.svc.Login(f.ctx, email, pw, clientB)
				messages = append(messages, wantCode(t, err, apperr.RateLimited).Message)
			}
			if messages[0] != msgRateLimited || messages[1] != msgRateLimited {
				t.Errorf("messages = %q", messages)
			}
			// Refused attempts are not counted, so that they do not prolong the limit.
			if n := f.failures(email); n != maxEmailFailures {
				t.Errorf("%d attempts recorded, want %d", n, maxEmailFailures)
			}
			// Another account from the same addresses is not limited.
			_, err := f.svc.Login(f.ctx, "other@soumu.example.jp", "guess", clientB)
			wantCode(t, err, apperr.Unauthenticated)

			// Once the first failure is 15 minutes old, one more attempt is allowed.
			f.clock.Advance(failureWindow - maxEmailFailures*time.Minute + time.Second)
			_, err = f.svc.Login(f.ctx, email, staffPass, clientB)
			if tt.known {
				if err != nil {
					t.Fatalf("login after the window: %v", err)
				}
				if n := f.failures(email); n != 0 {
					t.Errorf("a success left %d failures of its email", n)
				}
			} else {
				wantCode(t, err, apperr.Unauthenticated)
			}
		})
	}
}

func TestLoginRateLimitPerClientAddress(t *testing.T) {
	f := newFixture(t, Options{})
	f.user(staffEmail, staffPass)
	for i := range maxIPFailures {
		// Each guess at another account: no account reaches its own limit.
		_, err := f.svc.Login(f.ctx, "user"+string(rune('a'+i))+"@example.jp", "guess", clientA)
		wantCode(t, err, apperr.Unauthenticated)
	}
	_, err := f.svc.Login(f.ctx, staffEmail, staffPass, clientA)
	wantCode(t, err, apperr.RateLimited)
	_, err = f.svc.Login(f.ctx, "new@example.jp", "guess", clientA)
	wantCode(t, err, apperr.RateLimited)
	// Another address is not limited, and a success clears the email's failures only.
	if _, err := f.svc.Login(f.ctx, staffEmail, staffPass, clientB); err != nil {
		t.Fatal(err)
	}
	f.clock.Advance(failureWindow + time.Second)
	if _, err := f.svc.Login(f.ctx, staffEmail, staffPass, clientA); err != nil {
		t.Fatalf("after the window: %v", err)
	}
}

// Guesses sent at once cannot overrun the limit: each is recorded before its password is checked.
func TestLoginRateLimitHoldsUnderConcurrency(t *testing.T) {
	f := newFixture(t, Options{})
	f.user(staffEmail, staffPass)
	var checks atomic.Int32
	f.svc.checkPassword = func(hash, password string) (bool, error) {
		checks.Add(1)
		return CheckPassword(hash, password)
	}
	var wg sync.WaitGroup
	for range 16 {
		wg.Go(func() {
			_, err := f.svc.Login(f.ctx, staffEmail, "guess", clientA)
			if c := apperr.CodeOf(err); c != apperr.Unauthenticated && c != apperr.RateLimited {
				t.Errorf("err = %v", err)
			}
		})
	}
	wg.Wait()
	if n := checks.Load(); n > maxEmailFailures {
		t.Errorf("%d passwords were checked, more than the limit of %d", n, maxEmailFailures)
	}
}

// An unknown email costs the same argon2id work as a known one: the password is checked, once,
// against a hash with the parameters HashPassword uses today.
func TestUnknownEmailDoesTheSameWork(t *testing.T) {
	f := newFixture(t, Options{})
	f.svc.dummyHash = NewService(f.db, Options{}).dummyHash // the real one
	real, err := HashPassword("whatever")
	if err != nil {
		t.Fatal(err)
	}
	if params(f.svc.dummyHash) != params(real) {
		t.Fatalf("dummy hash parameters %q, HashPassword's %q", params(f.svc.dummyHash), params(real))
	}
	var checked []string
	f.svc.checkPassword = func(hash, password string) (bool, error) {
		checked = append(checked, hash)
		ok, err := CheckPassword(hash, password)
		if err != nil {
			t.Errorf("the check did no work: %v", err)
		}
		return ok, err
	}
	_, err = f.svc.Login(f.ctx, "nobody@example.jp", "guess", clientA)
	wantCode(t, err, apperr.Unauthenticated)
	if len(checked) != 1 || checked[0] != f.svc.dummyHash {
		t.Errorf("hashes checked: %q, want the dummy hash once", checked)
	}
}

// params is the parameter part of a PHC string: $argon2id$v=19$m=…,t=…,p=…
func params(hash string) string {
	parts := strings.Split(hash, "$")
	if len(parts) != 6 {
		return ""
	}
	return strings.Join(parts[:4], "$")
}

func TestOldFailuresArePurged(t *testing.T) {
	f := newFixture(t, Options{})
	for range 3 {
		f.svc.Login(f.ctx, "old@example.jp", "guess", clientA)
	}
	f.clock.Advance(failureRetention + time.Minute)
	_, err := f.svc.Login(f.ctx, "new@example.jp", "guess", clientA)
	wantCode(t, err, apperr.Unauthenticated)
	if n := f.failures("old@example.jp"); n != 0 {
		t.Errorf("%d failures older than a day remain", n)
	}
	if n := f.failures("new@example.jp"); n != 1 {
		t.Errorf("the new failure was not recorded (%d)", n)
	}
}

func TestLogout(t *testing.T) {
	f := newFixture(t, Options{})
	f.user(staffEmail, staffPass)
	sess, err := f.svc.Login(f.ctx, staffEmail, staffPass, clientA)
	if err != nil {
		t.Fatal(err)
	}
	other, err := f.svc.Login(f.ctx, staffEmail, staffPass, clientA)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.svc.Logout(f.ctx, sess.ID); err != nil {
		t.Fatal(err)
	}
	if err := f.svc.Logout(f.ctx, sess.ID); err != nil {
		t.Fatalf("a second logout: %v", err)
	}
	_, err = f.svc.Authenticate(f.ctx, bearer(sess.Token))
	wantCode(t, err, apperr.Unauthenticated)
	if _, err := f.svc.Authenticate(f.ctx, bearer(other.Token)); err != nil {
		t.Errorf("logout ended another session: %v", err)
	}
}

// Authenticating costs one SQL statement, and a session's last use is written at most once a
// minute.
func TestAuthenticateStatementsAndLastUse(t *testing.T) {
	f := newFixture(t, Options{})
	f.user(staffEmail, staffPass)
	sess, err := f.svc.Login(f.ctx, staffEmail, staffPass, clientA)
	if err != nil {
		t.Fatal(err)
	}
	_, key, err := f.svc.CreateAPIKey(f.ctx, f.db, "東京都ポータル", 0)
	if err != nil {
		t.Fatal(err)
	}
	lastUsed := func(table string) *time.Time {
		var at *time.Time
		if err := f.db.GetContext(f.ctx, &at, `SELECT last_used_at FROM `+table); err != nil {
			t.Fatal(err)
		}
		return at
	}
	for _, c := range []struct{ table, token string }{{"sessions", sess.Token}, {"api_keys", key}} {
		t0 := f.clock.Now()
		for i, step := range []struct {
			advance time.Duration
			want    time.Time
		}{{0, t0}, {30 * time.Second, t0}, {31 * time.Second, t0.Add(61 * time.Second)}} {
			f.clock.Advance(step.advance)
			ctx, counter := store.CountStatements(context.Background())
			if _, err := f.svc.Authenticate(ctx, bearer(c.token)); err != nil {
				t.Fatal(err)
			}
			if n := counter.Count(); n != 1 {
				t.Errorf("%s: %d statements, want 1", c.table, n)
			}
			if at := lastUsed(c.table); at == nil || !at.Equal(step.want) {
				t.Errorf("%s step %d: last used %v, want %v", c.table, i, at, step.want)
			}
		}
	}
}
