// Package telework holds the domain of Telework Month: campaigns, ministries, events, registrants
// and award programs, as plain values with the rules that belong to them. It knows nothing of HTTP,
// GraphQL or SQL; the store fills these values and the API presents them.
package telework

import (
	"context"
	"time"

	"github.com/teleworkmonth/platform/internal/lang"
)

// LocalizedText is a text in Japanese and, where given, English.
type LocalizedText struct {
	Ja string
	En *string
}

// Localized builds a LocalizedText from its Japanese and optional English parts.
func Localized(ja string, en *string) LocalizedText { return LocalizedText{Ja: ja, En: en} }

// OptionalLocalized is Localized for texts that may be absent: nil when there is no Japanese text.
func OptionalLocalized(ja, en *string) *LocalizedText {
	if ja == nil {
		return nil
	}
	return &LocalizedText{Ja: *ja, En: en}
}

// Text is the text in the language the request prefers, falling back to Japanese.
func (t LocalizedText) Text(ctx context.Context) string {
	if lang.FromContext(ctx) == lang.English && t.En != nil && *t.En != "" {
		return *t.En
	}
	return t.Ja
}

// Japan is the time zone of the campaign's calendar: dates and fiscal years are Japan's.
var Japan = time.FixedZone("Asia/Tokyo", 9*60*60)

// Date is a calendar date in Japan.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// DateOf returns the date in Japan of the instant t.
func DateOf(t time.Time) Date {
	y, m, d := t.In(Japan).Date()
	return Date{y, m, d}
}

// String formats the date as YYYY-MM-DD.
func (d Date) String() string {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
}

// ParseDate parses YYYY-MM-DD.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, err
	}
	return Date{t.Year(), t.Month(), t.Day()}, nil
}

// DayCount is how many of something happened on one day in Japan.
type DayCount struct {
	Day   Date
	Count int
}
