// Package scalar marshals the API's scalars: Time as RFC 3339 in UTC, Date as a calendar date of
// Japan, and String and Int as gqlgen does, written with fewer allocations and less work.
package scalar

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"github.com/teleworkmonth/platform/internal/telework"
)

// MarshalTime writes t as RFC 3339 in UTC, the form the contract promises.
func MarshalTime(t time.Time) graphql.Marshaler { return jsonTime(t) }

type jsonTime time.Time

func (t jsonTime) MarshalGQL(w io.Writer) { WriteTime(w, time.Time(t)) }

// WriteTime writes t as MarshalTime does, without allocating.
func WriteTime(w io.Writer, t time.Time) {
	var buf [48]byte // "2006-01-02T15:04:05Z" and room for a year beyond 9999
	b := append(buf[:0], '"')
	b = t.UTC().AppendFormat(b, time.RFC3339)
	b = append(b, '"')
	write(w, b)
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

// MarshalString writes s as a JSON string, escaping what gqlgen's own marshaler escapes (quotes,
// backslashes and control characters) and writing everything else as it is. gqlgen's decodes the
// string rune by rune and writes each escape with its own call; answers are mostly Japanese text,
// which this copies in one run.
func MarshalString(s string) graphql.Marshaler { return jsonString(s) }

// UnmarshalString reads a string as gqlgen does.
func UnmarshalString(v any) (string, error) { return graphql.UnmarshalString(v) }

type jsonString string

func (s jsonString) MarshalGQL(w io.Writer) { WriteString(w, string(s)) }

const hexDigits = "0123456789ABCDEF"

// WriteString writes s quoted as a JSON string, as MarshalString does, without allocating.
func WriteString(w io.Writer, s string) {
	sw, ok := w.(io.StringWriter)
	if !ok {
		sw = writerOf{w}
	}
	sw.WriteString(`"`)
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' {
			continue // every byte of a multi-byte character is 0x80 or above
		}
		sw.WriteString(s[start:i])
		switch c {
		case '\t':
			sw.WriteString(`\t`)
		case '\r':
			sw.WriteString(`\r`)
		case '\n':
			sw.WriteString(`\n`)
		case '\\':
			sw.WriteString(`\\`)
		case '"':
			sw.WriteString(`\"`)
		default:
			sw.WriteString(`\u00` + hexDigits[c>>4:c>>4+1] + hexDigits[c&0xf:c&0xf+1])
		}
		start = i + 1
	}
	sw.WriteString(s[start:])
	sw.WriteString(`"`)
}

// MarshalID writes an ID, a string, as MarshalString does.
func MarshalID(s string) graphql.Marshaler { return jsonString(s) }

// UnmarshalID reads an ID as gqlgen does: a string or an integer.
func UnmarshalID(v any) (string, error) { return graphql.UnmarshalID(v) }

// MarshalInt writes i in decimal. A value below 256 is boxed without an allocation.
func MarshalInt(i int) graphql.Marshaler { return jsonInt(i) }

// UnmarshalInt reads an Int as gqlgen does.
func UnmarshalInt(v any) (int, error) { return graphql.UnmarshalInt(v) }

type jsonInt int

func (i jsonInt) MarshalGQL(w io.Writer) { WriteInt(w, int(i)) }

// WriteInt writes i as MarshalInt does, without allocating.
func WriteInt(w io.Writer, i int) {
	var buf [20]byte
	write(w, strconv.AppendInt(buf[:0], int64(i), 10))
}

// write writes b, which must not outlive the call, to w. The response is written into a
// bytes.Buffer, which copies b; any other writer gets a copy, so that b can stay on the caller's
// stack.
func write(w io.Writer, b []byte) {
	if buf, ok := w.(*bytes.Buffer); ok {
		buf.Write(b)
		return
	}
	w.Write(bytes.Clone(b))
}

// writerOf gives a writer without WriteString one.
type writerOf struct{ io.Writer }

func (w writerOf) WriteString(s string) (int, error) { return io.WriteString(w.Writer, s) }
