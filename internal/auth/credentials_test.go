package auth

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/authz"
	"github.com/teleworkmonth/platform/internal/store"
)

// randomBody is the base64url part of a well-formed token that no one was issued.
func randomBody() string {
	b := make([]byte, tokenBytes)
	rand.Read(b)
	return tokenEncoding.EncodeToString(b)
}

func TestAuthenticateRefusesBadCredentials(t *testing.T) {
	f := newFixture(t, Options{})
	u := f.user(staffEmail, staffPass)
	sess, err := f.svc.Login(f.ctx, staffEmail, staffPass, clientA)
	if err != nil {
		t.Fatal(err)
	}
	body := sess.Token[prefixLen:]
	// The last character of a token carries 4 bits of the 32 bytes and 2 unused bits, which must
	// be zero: flipping them gives another spelling of the same bytes, which is refused.
	last := strings.IndexByte(base64URLAlphabet, body[len(body)-1])
	nonCanonical := sess.Token[:len(sess.Token)-1] + string(base64URLAlphabet[last^1])

	for _, tt := range []struct{ name, header string }{
		{"another scheme", "Basic x"},
		{"Basic with a valid token", "Basic " + sess.Token},
		{"scheme only", "Bearer"},
		{"scheme and space", "Bearer "},
		{"token only", sess.Token},
		{"not base64url", "Bearer tms_!!!"},
		{"not base64url, right length", "Bearer tms_" + strings.Repeat("!", 43)},
		{"standard base64 alphabet", "Bearer tms_" + strings.Repeat("+", 43)},
		{"padded", "Bearer " + sess.Token + "="},
		{"non-canonical last character", "Bearer " + nonCanonical},
		{"truncated", "Bearer " + sess.Token[:len(sess.Token)-1]},
		{"unknown prefix", "Bearer tmx_" + body},
		{"no prefix", "Bearer " + body},
		{"upper-case prefix", "Bearer TMS_" + body},
		{"a session's bytes under another kind's prefix", "Bearer tmk_" + body},
		{"a session's bytes as a registrant token", "Bearer tmr_" + body},
		{"random session token", "Bearer tms_" + randomBody()},
		{"random API key", "Bearer tmk_" + randomBody()},
		{"random registrant token", "Bearer tmr_" + randomBody()},
		{"random application token", "Bearer tma_" + randomBody()},
		{"two tokens", "Bearer " + sess.Token + " " + sess.Token},
		{"trailing junk", "Bearer " + sess.Token + ",x"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			v, err := f.svc.Authenticate(f.ctx, tt.header)
			e := wantCode(t, err, apperr.Unauthenticated)
			if v != nil || e.Message != msgInvalidToken {
				t.Errorf("viewer %+v, message %q", v, e.Message)
			}
		})
	}

	t.Run("no header is anonymous", func(t *testing.T) {
		v, err := f.svc.Authenticate(f.ctx, "")
		if err != nil || v.Kind != authz.Anonymous {
			t.Errorf("viewer %+v, err %v", v, err)
		}
	})
	t.Run("scheme in any case", func(t *testing.T) {
		v, err := f.svc.Authenticate(f.ctx, "bearer  "+sess.Token)
		if err != nil || v.UserID != u.ID {
			t.Errorf("viewer %+v, err %v", v, err)
		}
	})
	t.Run("disabled user", func(t *testing.T) {
		f.exec(`UPDATE users SET disabled_at = now() WHERE id = $1`, u.ID)
		defer f.exec(`UPDATE users SET disabled_at = NULL WHERE id = $1`, u.ID)
		_, err := f.svc.Authenticate(f.ctx, bearer(sess.Token))
		wantCode(t, err, apperr.Unauthenticated)
	})
	t.Run("expired session", func(t *testing.T) {
		f.clock.Advance(DefaultSessionTTL - time.Second)
		if _, err := f.svc.Authenticate(f.ctx, bearer(sess.Token)); err != nil {
			t.Fatalf("a second before expiry: %v", err)
		}
		f.clock.Advance(time.Second)
		_, err := f.svc.Authenticate(f.ctx, bearer(sess.Token))
		wantCode(t, err, apperr.Unauthenticated)
	})
}

const base64URLAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

func TestAPIKeys(t *testing.T) {
	f := newFixture(t, Options{APIKeyTTL: 90 * 24 * time.Hour})
	u := f.user(staffEmail, staffPass)

	t.Run("names", func(t *testing.T) {
		for _, tt := range []struct {
			name     string
			in       string
			wantCode apperr.Code
		}{
			{"ordinary", "東京都テレワーク推進センター", ""},
			{"100 characters", strings.Repeat("県", 100), ""},
			{"empty", "", apperr.BadUserInput},
			{"spaces only", "   ", apperr.BadUserInput},
			{"101 characters", strings.Repeat("a", 101), apperr.BadUserInput},
			{"control character", "portal\x00", apperr.BadUserInput},
			{"newline", "a\nb", apperr.BadUserInput},
			{"invalid UTF-8", "a\xffb", apperr.BadUserInput},
		} {
			t.Run(tt.name, func(t *testing.T) {
				id, key, err := f.svc.CreateAPIKey(f.ctx, f.db, tt.in, u.ID)
				if tt.wantCode != "" {
					if e := wantCode(t, err, tt.wantCode); e.Field != "name" {
						t.Errorf("field = %q, want name", e.Field)
					}
					return
				}
				if err != nil || id == 0 || !strings.HasPrefix(key, "tmk_") {
					t.Fatalf("id %d, key %q, err %v", id, key, err)
				}
			})
		}
	})

	id, key, err := f.svc.CreateAPIKey(f.ctx, f.db, " 経団連ポータル ", u.ID)
	if err != nil {
		t.Fatal(err)
	}
	v, err := f.svc.Authenticate(f.ctx, bearer(key))
	if err != nil {
		t.Fatal(err)
	}
	if want := (authz.Viewer{Kind: authz.Partner, APIKeyID: id, DisplayName: "経団連ポータル"}); *v != want {
		t.Errorf("viewer = %+v, want %+v", *v, want)
	}
	var createdBy int64
	if err := f.db.GetContext(f.ctx, &createdBy, `SELECT created_by FROM api_keys WHERE id = $1`, id); err != nil || createdBy != u.ID {
		t.Errorf("created_by = %d (%v), want %d", createdBy, err, u.ID)
	}

	t.Run("made from the command line", func(t *testing.T) {
		id, _, err := f.svc.CreateAPIKey(f.ctx, f.db, "cli", 0)
		if err != nil {
			t.Fatal(err)
		}
		var createdBy *int64
		if err := f.db.GetContext(f.ctx, &createdBy, `SELECT created_by FROM api_keys WHERE id = $1`, id); err != nil || createdBy != nil {
			t.Errorf("created_by = %v (%v), want NULL", createdBy, err)
		}
	})
	t.Run("rolled back with the caller's transaction", func(t *testing.T) {
		var key string
		err := store.InTx(f.ctx, f.db, func(tx *sqlx.Tx) error {
			var err error
			_, key, err = f.svc.CreateAPIKey(f.ctx, tx, "rolled back", u.ID)
			if err != nil {
				return err
			}
			return apperr.New(apperr.Conflict, "the audit entry failed")
		})
		wantCode(t, err, apperr.Conflict)
		_, err = f.svc.Authenticate(f.ctx, bearer(key))
		wantCode(t, err, apperr.Unauthenticated)
	})
	t.Run("revoke", func(t *testing.T) {
		id, key, err := f.svc.CreateAPIKey(f.ctx, f.db, "to revoke", u.ID)
		if err != nil {
			t.Fatal(err)
		}
		if err := f.svc.RevokeAPIKey(f.ctx, f.db, id); err != nil {
			t.Fatal(err)
		}
		_, err = f.svc.Authenticate(f.ctx, bearer(key))
		wantCode(t, err, apperr.Unauthenticated)
		if err := f.svc.RevokeAPIKey(f.ctx, f.db, id); err != nil {
			t.Errorf("revoking a revoked key: %v", err)
		}
		wantCode(t, f.svc.RevokeAPIKey(f.ctx, f.db, id+1000), apperr.NotFound)
	})
	t.Run("expired", func(t *testing.T) {
		f.clock.Advance(90*24*time.Hour - time.Second)
		if _, err := f.svc.Authenticate(f.ctx, bearer(key)); err != nil {
			t.Fatalf("a second before expiry: %v", err)
		}
		f.clock.Advance(time.Second)
		_, err := f.svc.Authenticate(f.ctx, bearer(key))
		wantCode(t, err, apperr.Unauthenticated)
	})
}

func TestAPIKeysLastUntilRevokedByDefault(t *testing.T) {
	f := newFixture(t, Options{})
	_, key, err := f.svc.CreateAPIKey(f.ctx, f.db, "portal", 0)
	if err != nil {
		t.Fatal(err)
	}
	f.clock.Advance(10 * 365 * 24 * time.Hour)
	if _, err := f.svc.Authenticate(f.ctx, bearer(key)); err != nil {
		t.Errorf("after ten years: %v", err)
	}
}

func TestRecordTokens(t *testing.T) {
	f := newFixture(t, Options{})
	registrantID, applicationID := f.records()

	for _, tt := range []struct {
		kind   RecordKind
		id     int64
		prefix string
		want   authz.Viewer
	}{
		{RegistrantToken, registrantID, "tmr_", authz.Viewer{Kind: authz.Registrant, RegistrantID: registrantID}},
		{ApplicationToken, applicationID, "tma_", authz.Viewer{Kind: authz.Applicant, ApplicationID: applicationID}},
	} {
		t.Run(string(tt.kind), func(t *testing.T) {
			token, err := f.svc.IssueRecordToken(f.ctx, f.db, tt.kind, tt.id)
			if err != nil {
				t.Fatal(err)
			}
			second, err := f.svc.IssueRecordToken(f.ctx, f.db, tt.kind, tt.id)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(token, tt.prefix) || token == second {
				t.Fatalf("tokens %q, %q", token, second)
			}
			for _, tok := range []string{token, second} {
				v, err := f.svc.Authenticate(f.ctx, bearer(tok))
				if err != nil {
					t.Fatal(err)
				}
				if *v != tt.want {
					t.Errorf("viewer = %+v, want %+v", *v, tt.want)
				}
			}
			// The same bytes under the other record kind's prefix name nothing.
			other := map[string]string{"tmr_": "tma_", "tma_": "tmr_"}[tt.prefix]
			_, err = f.svc.Authenticate(f.ctx, bearer(other+token[prefixLen:]))
			wantCode(t, err, apperr.Unauthenticated)

			if err := f.svc.RevokeRecordTokens(f.ctx, f.db, tt.kind, tt.id); err != nil {
				t.Fatal(err)
			}
			for _, tok := range []string{token, second} {
				_, err = f.svc.Authenticate(f.ctx, bearer(tok))
				wantCode(t, err, apperr.Unauthenticated)
			}
			if err := f.svc.RevokeRecordTokens(f.ctx, f.db, tt.kind, tt.id); err != nil {
				t.Errorf("revoking again: %v", err)
			}
		})
	}

	t.Run("revoking one kind leaves the other", func(t *testing.T) {
		reg, err := f.svc.IssueRecordToken(f.ctx, f.db, RegistrantToken, registrantID)
		if err != nil {
			t.Fatal(err)
		}
		// The application's id may equal the registrant's: only the kind's tokens go.
		if err := f.svc.RevokeRecordTokens(f.ctx, f.db, ApplicationToken, registrantID); err != nil {
			t.Fatal(err)
		}
		if _, err := f.svc.Authenticate(f.ctx, bearer(reg)); err != nil {
			t.Error(err)
		}
	})
	t.Run("unknown record", func(t *testing.T) {
		_, err := f.svc.IssueRecordToken(f.ctx, f.db, RegistrantToken, registrantID+1000)
		wantCode(t, err, apperr.BadUserInput)
	})
	t.Run("unknown kind", func(t *testing.T) {
		if _, err := f.svc.IssueRecordToken(f.ctx, f.db, "USER", registrantID); apperr.CodeOf(err) != apperr.Internal {
			t.Errorf("err = %v, want an internal error", err)
		}
	})
	t.Run("expired", func(t *testing.T) {
		token, err := f.svc.IssueRecordToken(f.ctx, f.db, ApplicationToken, applicationID)
		if err != nil {
			t.Fatal(err)
		}
		f.clock.Advance(DefaultRecordTokenTTL - time.Second)
		if _, err := f.svc.Authenticate(f.ctx, bearer(token)); err != nil {
			t.Fatalf("a second before expiry: %v", err)
		}
		f.clock.Advance(time.Second)
		_, err = f.svc.Authenticate(f.ctx, bearer(token))
		wantCode(t, err, apperr.Unauthenticated)
	})
}

// No table holds a token in clear: not the token, not its random part, not its bytes. What is
// stored is the SHA-256 of the token.
func TestTokensAreStoredOnlyAsHashes(t *testing.T) {
	f := newFixture(t, Options{})
	f.user(staffEmail, staffPass)
	registrantID, applicationID := f.records()
	sess, err := f.svc.Login(f.ctx, staffEmail, staffPass, clientA)
	if err != nil {
		t.Fatal(err)
	}
	// A failed login whose "password" is a token does not store it either.
	f.svc.Login(f.ctx, staffEmail, sess.Token, clientA)
	_, key, err := f.svc.CreateAPIKey(f.ctx, f.db, "portal", 0)
	if err != nil {
		t.Fatal(err)
	}
	reg, err := f.svc.IssueRecordToken(f.ctx, f.db, RegistrantToken, registrantID)
	if err != nil {
		t.Fatal(err)
	}
	app, err := f.svc.IssueRecordToken(f.ctx, f.db, ApplicationToken, applicationID)
	if err != nil {
		t.Fatal(err)
	}
	for _, tok := range []string{sess.Token, key, reg, app} {
		if _, err := f.svc.Authenticate(f.ctx, bearer(tok)); err != nil {
			t.Fatal(err)
		}
	}

	var dump []string
	for _, table := range []string{"sessions", "api_keys", "record_tokens", "login_failures", "users"} {
		var rows []string
		if err := f.db.SelectContext(f.ctx, &rows, `SELECT t::text FROM `+table+` t`); err != nil {
			t.Fatal(err)
		}
		dump = append(dump, rows...)
	}
	all := strings.ToLower(strings.Join(dump, "\n"))
	for _, tok := range []string{sess.Token, key, reg, app} {
		raw, err := tokenEncoding.DecodeString(tok[prefixLen:])
		if err != nil {
			t.Fatal(err)
		}
		for _, form := range []string{tok, tok[prefixLen:], hex.EncodeToString(raw)} {
			if strings.Contains(all, strings.ToLower(form)) {
				t.Errorf("the database holds a token in clear (%.8s…)", form)
			}
		}
		sum := sha256.Sum256([]byte(tok))
		if !strings.Contains(all, `\\x`+hex.EncodeToString(sum[:])) {
			t.Errorf("the hash of a %.4s token is not stored", tok)
		}
	}
}

func TestParseToken(t *testing.T) {
	for _, prefix := range []string{sessionPrefix, apiKeyPrefix, registrantPrefix, applicationPrefix} {
		tok, hash := newToken(prefix)
		got, ok := parseToken(tok)
		if !ok || got != prefix || len(tok) != tokenLength {
			t.Errorf("parseToken(%.6s…) = %q, %v", tok, got, ok)
		}
		if sum := sha256.Sum256([]byte(tok)); string(hash) != string(sum[:]) {
			t.Error("the hash is not the SHA-256 of the token")
		}
	}
	a, _ := newToken(sessionPrefix)
	b, _ := newToken(sessionPrefix)
	if a == b {
		t.Error("two tokens are equal")
	}
}
