package telework

import "time"

// Role is a staff role. Every role but the secretariat's holds in one ministry.
type Role string

// The staff roles.
const (
	RoleSecretariat    Role = "SECRETARIAT"
	RoleMinistryAdmin  Role = "MINISTRY_ADMIN"
	RoleMinistryEditor Role = "MINISTRY_EDITOR"
	RoleMinistryViewer Role = "MINISTRY_VIEWER"
)

// Valid reports whether r is one of the staff roles.
func (r Role) Valid() bool {
	switch r {
	case RoleSecretariat, RoleMinistryAdmin, RoleMinistryEditor, RoleMinistryViewer:
		return true
	}
	return false
}

// InMinistry reports whether the role holds in one ministry (rather than in all of them).
func (r Role) InMinistry() bool { return r != RoleSecretariat }

// User is a staff account.
type User struct {
	ID           int64      `db:"id"`
	Email        string     `db:"email"`
	DisplayName  string     `db:"display_name"`
	PasswordHash string     `db:"password_hash"`
	DisabledAt   *time.Time `db:"disabled_at"`
	CreatedAt    time.Time  `db:"created_at"`
}

// StaffStatus is where a staff account stands.
type StaffStatus string

// The statuses of a staff account.
const (
	StaffActive   StaffStatus = "ACTIVE"   // has a password and may sign in
	StaffInvited  StaffStatus = "INVITED"  // invited, has not set a password yet
	StaffDisabled StaffStatus = "DISABLED" // may not sign in
)

// StaffMember is a staff account as its administrators list it: never its password hash.
type StaffMember struct {
	ID          int64       `db:"id"`
	Email       string      `db:"email"`
	DisplayName string      `db:"display_name"`
	Status      StaffStatus `db:"status"`
	InvitedAt   *time.Time  `db:"invited_at"`
	CreatedAt   time.Time   `db:"created_at"`
}
