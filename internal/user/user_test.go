package user_test

import (
	"context"
	"strconv"
	"testing"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/pgtest"
	"github.com/teleworkmonth/platform/internal/seed"
	"github.com/teleworkmonth/platform/internal/telework"
	"github.com/teleworkmonth/platform/internal/user"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

func TestCreate(t *testing.T) {
	db := pgtest.NewDB(t)
	ctx := context.Background()
	if _, err := seed.Demo(ctx, db); err != nil {
		t.Fatal(err)
	}
	svc := user.NewService(db)
	const pw = "a-long-enough-password"
	tests := []struct {
		name      string
		in        user.NewUser
		wantCode  apperr.Code
		wantField string
		wantRule  string // ptype/v1/v2 of the grant, when one is expected
	}{
		{"secretariat", user.NewUser{Email: " Chief@Example.JP ", DisplayName: "事務局長", Password: pw, Role: telework.RoleSecretariat}, "", "", "g2/SECRETARIAT/"},
		{"ministry admin", user.NewUser{Email: "mic-admin@example.jp", DisplayName: "総務省 管理者", Password: pw, Role: telework.RoleMinistryAdmin, MinistryCode: "mic"}, "", "", "g/MINISTRY_ADMIN/MIC"},
		{"no role", user.NewUser{Email: "plain@example.jp", DisplayName: "Plain", Password: pw}, "", "", ""},
		{"taken email, other case", user.NewUser{Email: "CHIEF@example.jp", DisplayName: "x", Password: pw}, apperr.Conflict, "email", ""},
		{"bad email", user.NewUser{Email: "not-an-email", DisplayName: "x", Password: pw}, apperr.BadUserInput, "email", ""},
		{"short password", user.NewUser{Email: "s@example.jp", DisplayName: "x", Password: "short"}, apperr.BadUserInput, "password", ""},
		{"control character in name", user.NewUser{Email: "c@example.jp", DisplayName: "a\x07b", Password: pw}, apperr.BadUserInput, "displayName", ""},
		{"unknown role", user.NewUser{Email: "r@example.jp", DisplayName: "x", Password: pw, Role: "ROOT"}, apperr.BadUserInput, "role", ""},
		{"ministry role without ministry", user.NewUser{Email: "m@example.jp", DisplayName: "x", Password: pw, Role: telework.RoleMinistryViewer}, apperr.BadUserInput, "ministryCode", ""},
		{"secretariat with a ministry", user.NewUser{Email: "sm@example.jp", DisplayName: "x", Password: pw, Role: telework.RoleSecretariat, MinistryCode: "MIC"}, apperr.BadUserInput, "ministryCode", ""},
		{"unknown ministry", user.NewUser{Email: "u@example.jp", DisplayName: "x", Password: pw, Role: telework.RoleMinistryEditor, MinistryCode: "NOPE"}, apperr.BadUserInput, "ministryCode", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u, err := svc.Create(ctx, tt.in)
			if tt.wantCode != "" {
				e, ok := apperr.As(err)
				if !ok || e.Code != tt.wantCode || e.Field != tt.wantField {
					t.Fatalf("err = %v, want %s on %s", err, tt.wantCode, tt.wantField)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if u.PasswordHash == pw || u.Email != tt.in.Email && u.Email == "" {
				t.Errorf("user stored wrongly: %+v", u)
			}
			var rules []string
			if err := db.Select(&rules, `SELECT ptype || '/' || v1 || '/' || v2 FROM casbin_rule WHERE v0 = $1`, "user:"+strconv.FormatInt(u.ID, 10)); err != nil {
				t.Fatal(err)
			}
			if tt.wantRule == "" && len(rules) != 0 || tt.wantRule != "" && (len(rules) != 1 || rules[0] != tt.wantRule) {
				t.Errorf("rules = %v, want %q", rules, tt.wantRule)
			}
		})
	}
	var stored string
	if err := db.Get(&stored, `SELECT email FROM users WHERE display_name = '事務局長'`); err != nil || stored != "chief@example.jp" {
		t.Errorf("email stored as %q (%v), want it trimmed and lower-cased", stored, err)
	}
}
