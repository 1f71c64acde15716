package scalar

import (
	"bytes"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/99designs/gqlgen/graphql"
)

// written is what a marshaler writes into a bytes.Buffer, as the executor's, and into a writer
// without WriteString.
func written(t *testing.T, m graphql.Marshaler) string {
	t.Helper()
	var buf bytes.Buffer
	m.MarshalGQL(&buf)
	var plain plainWriter
	m.MarshalGQL(&plain)
	if plain.String() != buf.String() {
		t.Fatalf("a writer without WriteString got %q, a buffer %q", plain.String(), buf.String())
	}
	return buf.String()
}

type plainWriter struct{ b []byte }

func (w *plainWriter) Write(p []byte) (int, error) { w.b = append(w.b, p...); return len(p), nil }
func (w *plainWriter) String() string              { return string(w.b) }

func TestMarshalStringWritesWhatGqlgenWrites(t *testing.T) {
	for _, s := range []string{"", "plain", "テレワーク月間 2026", `say "hi"`, `C:\path`, "tab\there",
		"line\nbreak\r\n", "\x00\x01\x1f\x7f", "\u2028 and \u2029", "bad \xff\xfe utf-8", "末尾\\",
		strings.Repeat("長い文字列", 200)} {
		var want bytes.Buffer
		graphql.MarshalString(s).MarshalGQL(&want)
		if got := written(t, MarshalString(s)); got != want.String() {
			t.Errorf("MarshalString(%q) = %s, gqlgen writes %s", s, got, want.String())
		}
	}
}

func TestMarshalIntWritesDecimal(t *testing.T) {
	for _, i := range []int{0, 7, 255, 256, -1, 1_000_000, math.MaxInt64, math.MinInt64} {
		var want bytes.Buffer
		graphql.MarshalInt(i).MarshalGQL(&want)
		if got := written(t, MarshalInt(i)); got != want.String() {
			t.Errorf("MarshalInt(%d) = %s, want %s", i, got, want.String())
		}
	}
}

func TestMarshalTimeWritesRFC3339InUTC(t *testing.T) {
	jst := time.FixedZone("JST", 9*3600)
	for _, c := range []struct {
		t    time.Time
		want string
	}{
		{time.Date(2026, 11, 1, 9, 30, 0, 0, jst), `"2026-11-01T00:30:00Z"`},
		{time.Date(2026, 11, 1, 9, 30, 0, 999, time.UTC), `"2026-11-01T09:30:00Z"`},
		{time.Date(12026, 1, 1, 0, 0, 0, 0, time.UTC), `"12026-01-01T00:00:00Z"`},
	} {
		if got := written(t, MarshalTime(c.t)); got != c.want {
			t.Errorf("MarshalTime(%v) = %s, want %s", c.t, got, c.want)
		}
	}
}

// Writing a scalar into the executor's buffer allocates nothing beyond the buffer's growth.
func TestScalarsWriteWithoutAllocating(t *testing.T) {
	var buf bytes.Buffer
	buf.Grow(1 << 16)
	ms := []graphql.Marshaler{MarshalString("テレワーク \"月間\""), MarshalInt(123456789),
		MarshalTime(time.Date(2026, 11, 1, 9, 30, 0, 0, time.UTC))}
	for _, m := range ms {
		if n := testing.AllocsPerRun(100, func() { buf.Reset(); m.MarshalGQL(&buf) }); n != 0 {
			t.Errorf("%T allocates %v times a write", m, n)
		}
	}
}
