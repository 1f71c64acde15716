package telework

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/teleworkmonth/platform/internal/apperr"
)

// MaxSearchLength is the longest search text a list accepts, in characters.
const MaxSearchLength = 100

// NormalizeSearch trims a list's search text and checks it: 1 to MaxSearchLength characters, no
// control characters (the store joins searchable fields with one, so that no match spans two).
// field names the input in errors.
func NormalizeSearch(field string, s *string) (*string, error) {
	if s == nil {
		return nil, nil
	}
	search := strings.TrimSpace(*s)
	if search == "" || utf8.RuneCountInString(search) > MaxSearchLength {
		return nil, apperr.Invalid(field, "must be 1 to %d characters", MaxSearchLength)
	}
	if strings.IndexFunc(search, unicode.IsControl) >= 0 {
		return nil, apperr.Invalid(field, "must not contain control characters")
	}
	return &search, nil
}
