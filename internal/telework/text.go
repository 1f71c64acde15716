package telework

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/teleworkmonth/platform/internal/apperr"
)

// textField is an optional text of an input, checked by optionalTexts.
type textField struct {
	name      string
	value     **string
	limit     int
	multiline bool
}

// optionalTexts normalizes optional texts: trimmed, and absent when empty.
func optionalTexts(fields ...textField) error {
	for _, f := range fields {
		if *f.value == nil {
			continue
		}
		s, err := CleanText(f.name, **f.value, f.limit, f.multiline)
		if err != nil {
			return err
		}
		if s == "" {
			*f.value = nil
		} else {
			*f.value = &s
		}
	}
	return nil
}

// requiredText normalizes a required text: trimmed, 1 to limit characters, on one line.
func requiredText(field string, s *string, limit int) error {
	t, err := CleanText(field, *s, limit, false)
	if err != nil {
		return err
	}
	if t == "" {
		return apperr.Invalid(field, "is required: 1 to %d characters", limit)
	}
	*s = t
	return nil
}

// CleanText normalizes a free text of an input: it trims s and checks that it is valid UTF-8 of at
// most limit characters with no control character, but line breaks (as \n) where multiline. Its
// errors are BAD_USER_INPUT naming field.
func CleanText(field, s string, limit int, multiline bool) (string, error) {
	s = strings.TrimSpace(s)
	if multiline {
		s = strings.ReplaceAll(s, "\r\n", "\n")
	}
	if !utf8.ValidString(s) {
		return "", apperr.Invalid(field, "is not valid UTF-8 text")
	}
	if n := utf8.RuneCountInString(s); n > limit {
		return "", apperr.Invalid(field, "must be at most %d characters, not %d", limit, n)
	}
	if strings.IndexFunc(s, func(r rune) bool { return unicode.IsControl(r) && !(multiline && r == '\n') }) >= 0 {
		if multiline {
			return "", apperr.Invalid(field, "must not contain control characters other than line breaks")
		}
		return "", apperr.Invalid(field, "must be one line without control characters")
	}
	return s, nil
}
