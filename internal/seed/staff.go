package seed

import (
	"context"

	"github.com/jmoiron/sqlx"

	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
	"github.com/teleworkmonth/platform/internal/user"
)

// DemoStaffPassword is the password of every demo staff account. It is published in the README:
// the accounts are for development only, made by the development run command, never in
// production.
const DemoStaffPassword = "telework-demo-password"

// StaffAccount is a demo staff account and its one role.
type StaffAccount struct {
	Email, DisplayName string
	Role               telework.Role
	Ministry           string // "" for the secretariat
}

// DemoStaff are the demo staff accounts: one of each role, in MIC, and an admin of MHLW.
var DemoStaff = []StaffAccount{
	{"secretariat@example.jp", "事務局 花子", telework.RoleSecretariat, ""},
	{"mic-admin@example.jp", "総務省 管理 太郎", telework.RoleMinistryAdmin, "MIC"},
	{"mic-editor@example.jp", "総務省 編集 次郎", telework.RoleMinistryEditor, "MIC"},
	{"mic-viewer@example.jp", "総務省 閲覧 三郎", telework.RoleMinistryViewer, "MIC"},
	{"mhlw-admin@example.jp", "厚労省 管理 四郎", telework.RoleMinistryAdmin, "MHLW"},
}

// CreateDemoStaff makes the demo staff accounts that do not exist yet, with DemoStaffPassword and
// their roles, and answers how many it made. Call it after Demo (the ministries must exist) and
// never on production data: anyone who reads the README knows the password.
func CreateDemoStaff(ctx context.Context, db *sqlx.DB) (int, error) {
	made := 0
	for _, a := range DemoStaff {
		existing, err := store.UserByEmail(ctx, db, a.Email)
		if err != nil {
			return made, err
		}
		if existing != nil {
			continue
		}
		if _, err := user.NewService(db).Create(ctx, user.NewUser{Email: a.Email, DisplayName: a.DisplayName,
			Password: DemoStaffPassword, Role: a.Role, MinistryCode: a.Ministry}); err != nil {
			return made, err
		}
		made++
	}
	return made, nil
}
