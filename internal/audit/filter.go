package audit

import (
	"net/mail"
	"slices"
	"strings"
	"time"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
)

// ObjectTypes are the types of record that changes are recorded for, as entries name them
// (AuditEntry.objectType) and as the log is filtered by them. A new kind of audited record is
// added here, or the log cannot be filtered by it.
var ObjectTypes = []string{"ApiKey", "AuditLog", "AwardEntry", "AwardProgram", "Event", "EventApplication", "Registrant", "Session", "User"}

// ObjectTypeAuditLog is the type of the entries that record an export of the audit log itself.
const ObjectTypeAuditLog = "AuditLog"

// MaxObjectTypeLength bounds filter.objectType (in the schema too): longer than any type's name.
const MaxObjectTypeLength = 40

// Filter narrows the audit log, as the API's AuditFilter: nil fields do not narrow it.
type Filter struct {
	ActorEmail *string
	ObjectType *string
	Since      *time.Time
	Until      *time.Time
}

// validate returns the store's filter, or BAD_USER_INPUT naming the field of the API's filter
// (filter.actorEmail, filter.objectType, filter.until).
func (f Filter) validate() (store.AuditFilter, error) {
	out := store.AuditFilter{ObjectType: f.ObjectType, Since: f.Since, Until: f.Until}
	if f.ActorEmail != nil {
		email := strings.ToLower(strings.TrimSpace(*f.ActorEmail))
		if a, err := mail.ParseAddress(email); err != nil || a.Address != email || len(email) > telework.MaxEmailLength {
			return out, apperr.Invalid("filter.actorEmail", "must be an email address such as mic-admin@example.jp")
		}
		out.ActorEmail = &email
	}
	if f.ObjectType != nil && !slices.Contains(ObjectTypes, *f.ObjectType) {
		return out, apperr.Invalid("filter.objectType", "must be one of %s", strings.Join(ObjectTypes, ", "))
	}
	if f.Since != nil && f.Until != nil && !f.Until.After(*f.Since) {
		return out, apperr.Invalid("filter.until", "must be later than filter.since")
	}
	return out, nil
}
