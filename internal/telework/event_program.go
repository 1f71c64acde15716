package telework

import (
	"fmt"
	"net/url"
	"time"

	"github.com/teleworkmonth/platform/internal/apperr"
)

// Limits of an event's program and stream link.
const (
	MaxProgramParts = 20
	MaxURLLength    = 2000
)

// ProgramPartInput is one part of an event's program as staff enter it (ProgramPartInput).
type ProgramPartInput struct {
	TitleJa  string
	TitleEn  *string
	StartsAt time.Time
	EndsAt   time.Time
}

// validateProgramParts checks each part on its own and normalizes its titles as the event's. Errors
// name the part by its place in the list, from 0: input.programParts.1.endsAt.
func validateProgramParts(parts []ProgramPartInput) error {
	if len(parts) > MaxProgramParts {
		return apperr.Invalid("input.programParts", "may hold at most %d parts, not %d", MaxProgramParts, len(parts))
	}
	for i := range parts {
		p, field := &parts[i], partField(i)
		if err := requiredText(field+".titleJa", &p.TitleJa, MaxTitleLength); err != nil {
			return err
		}
		if err := optionalTexts(textField{field + ".titleEn", &p.TitleEn, MaxTitleLength, false}); err != nil {
			return err
		}
		if p.StartsAt.IsZero() {
			return apperr.Invalid(field+".startsAt", "is required")
		}
		if !p.EndsAt.After(p.StartsAt) {
			return apperr.Invalid(field+".endsAt", "must be after %s.startsAt", field)
		}
	}
	return nil
}

// partsWithin checks that every part lies within the event's times.
func partsWithin(parts []ProgramPartInput, startsAt, endsAt time.Time) error {
	for i, p := range parts {
		if p.StartsAt.Before(startsAt) {
			return apperr.Invalid(partField(i)+".startsAt", "must not be before the event starts (%s)", startsAt.Format(time.RFC3339))
		}
		if p.EndsAt.After(endsAt) {
			return apperr.Invalid(partField(i)+".endsAt", "must not be after the event ends (%s)", endsAt.Format(time.RFC3339))
		}
	}
	return nil
}

func partField(i int) string { return fmt.Sprintf("input.programParts.%d", i) }

// ProgramPartsOf returns the parts as the event eventID stores them, in order.
func ProgramPartsOf(eventID int64, parts []ProgramPartInput) []*ProgramPart {
	out := make([]*ProgramPart, len(parts))
	for i, p := range parts {
		out[i] = &ProgramPart{EventID: eventID, TitleJa: p.TitleJa, TitleEn: p.TitleEn, StartsAt: p.StartsAt, EndsAt: p.EndsAt}
	}
	return out
}

// cleanStreamingURL normalizes an event's stream link: trimmed, absent when empty, else an
// absolute http or https address with a host.
func cleanStreamingURL(field string, s **string) error {
	if err := optionalTexts(textField{field, s, MaxURLLength, false}); err != nil || *s == nil {
		return err
	}
	u, err := url.Parse(**s)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.User != nil {
		return apperr.Invalid(field, "must be an http or https address, e.g. https://stream.example.jp/live")
	}
	return nil
}
