// Package scalar marshals the API's custom scalars: Time as RFC 3339 in UTC, and Date as a
// calendar date of Japan.
package scalar

import (
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"github.com/teleworkmonth/platform/internal/telework"
)

// MarshalTime writes t as RFC 3339 in UTC, the form the contract promises.
func MarshalTime(t time.Time) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) {
		io.WriteString(w, strconv.Quote(t.UTC().Format(time.RFC3339)))
	})
}

// UnmarshalTime reads an RFC 3339 time with any offset.
func UnmarshalTime(v any) (time.Time, error) {
	s, ok := v.(string)
	if !ok {
		return time.Time{}, fmt.Errorf("a time must be an RFC 3339 string, e.g. 2023-11-27T04:30:00Z")
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is not an RFC 3339 time, e.g. 2023-11-27T04:30:00Z", s)
	}
	return t.UTC(), nil
}

// MarshalDate writes d as YYYY-MM-DD.
func MarshalDate(d telework.Date) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) {
		io.WriteString(w, strconv.Quote(d.String()))
	})
}

// UnmarshalDate reads YYYY-MM-DD.
func UnmarshalDate(v any) (telework.Date, error) {
	s, ok := v.(string)
	if !ok {
		return telework.Date{}, fmt.Errorf("a date must be a string YYYY-MM-DD")
	}
	d, err := telework.ParseDate(s)
	if err != nil {
		return telework.Date{}, fmt.Errorf("%q is not a date YYYY-MM-DD", s)
	}
	return d, nil
}
