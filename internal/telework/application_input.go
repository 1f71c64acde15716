package telework

import (
	"net/mail"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/teleworkmonth/platform/internal/apperr"
)

// How an applicant attends.
const (
	AttendanceInPerson Attendance = "IN_PERSON"
	AttendanceOnline   Attendance = "ONLINE"
)

// Valid reports whether a is a way of attending.
func (a Attendance) Valid() bool { return a == AttendanceInPerson || a == AttendanceOnline }

// Limits of what an applicant enters.
const (
	MaxAttendeeNameLength   = 100
	MaxAttendeeEmailLength  = 254 // RFC 5321's limit of a forward path, less its angle brackets
	MaxOrganizationLength   = 200
	MinIdempotencyKeyLength = 16 // a key returns its application with a new token: it must not be guessable
	MaxIdempotencyKeyLength = 100
)

// NewApplication is what signing up for an event takes (ApplyToEventInput).
type NewApplication struct {
	EventID       int64
	AttendeeName  string
	AttendeeEmail string
	Organization  *string
	Attendance    Attendance
	// IdempotencyKey, when given, makes the sign-up safe to send again: the same key for the same
	// event yields the same application, with a new token. So it is a secret of the client's: at
	// least MinIdempotencyKeyLength characters, a random UUID, reused only to retry one sign-up.
	IdempotencyKey *string
}

// Validate checks a sign-up and normalizes it: the name and organization trimmed, an empty
// organization as absent, the email trimmed (its case kept: it is compared without case). Its
// errors are BAD_USER_INPUT naming the field as ApplyToEventInput names it.
func (n *NewApplication) Validate() error {
	if n.EventID <= 0 {
		return apperr.Invalid("input.eventId", "is not the ID of an event")
	}
	if err := requiredText("input.attendeeName", &n.AttendeeName, MaxAttendeeNameLength); err != nil {
		return err
	}
	email, err := applicantEmail("input.attendeeEmail", n.AttendeeEmail)
	if err != nil {
		return err
	}
	n.AttendeeEmail = email
	if err := optionalTexts(textField{"input.organization", &n.Organization, MaxOrganizationLength, false}); err != nil {
		return err
	}
	if !n.Attendance.Valid() {
		return apperr.Invalid("input.attendance", "must be IN_PERSON or ONLINE")
	}
	if n.IdempotencyKey != nil {
		k := *n.IdempotencyKey
		if n := utf8.RuneCountInString(k); n < MinIdempotencyKeyLength || n > MaxIdempotencyKeyLength ||
			!utf8.ValidString(k) || strings.IndexFunc(k, unicode.IsControl) >= 0 {
			return apperr.Invalid("input.idempotencyKey", "must be %d to %d characters without control characters, such as a random UUID",
				MinIdempotencyKeyLength, MaxIdempotencyKeyLength)
		}
	}
	return nil
}

// SameEmail reports whether two email addresses are the same applicant's: they are compared
// without case, as the database's one-application-per-email rule compares them.
func SameEmail(a, b string) bool { return strings.EqualFold(a, b) }

// applicantEmail checks an email address as an applicant enters it: one bare address (no display
// name, no comments) of at most MaxAttendeeEmailLength bytes, with a domain.
func applicantEmail(field, s string) (string, error) {
	s = strings.TrimSpace(s)
	bad := func() error {
		return apperr.Invalid(field, "must be an email address such as taro@example.jp, of at most %d characters", MaxAttendeeEmailLength)
	}
	if s == "" || len(s) > MaxAttendeeEmailLength || strings.IndexFunc(s, unicode.IsControl) >= 0 {
		return "", bad()
	}
	addr, err := mail.ParseAddress(s)
	if err != nil || addr.Address != s || addr.Name != "" {
		return "", bad()
	}
	at := strings.LastIndexByte(s, '@')
	if at <= 0 || at == len(s)-1 || strings.ContainsAny(s[at+1:], "[]") {
		return "", bad()
	}
	return s, nil
}
