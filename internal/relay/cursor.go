package relay

import (
	"strconv"
	"strings"
	"time"

	"github.com/teleworkmonth/platform/internal/apperr"
)

// DefaultFirst is the page size when a connection's `first` is omitted; MaxFirst is its cap.
const (
	DefaultFirst = 20
	MaxFirst     = 100
)

// Page is a validated request for one page of a connection.
type Page struct {
	First int
	After *Cursor
}

// Cursor is a position in a list ordered by an optional time and then by the database key.
// Encoded, it also names the list it belongs to, so a cursor of one list is refused by another.
type Cursor struct {
	Time *time.Time
	Key  int64
}

// Cursor lists: which ordering a cursor belongs to.
const (
	ListEvents       = "ev"
	ListRegistrants  = "rg"
	ListApplications = "ap"
	ListAwardEntries = "ae"
	ListAuditEntries = "au"
	ListAPIKeys      = "ak"
	ListStaff        = "st"
)

const cursorVersion = "c1"

// EncodeCursor makes the opaque cursor of a position in a list.
func EncodeCursor(list string, c Cursor) string {
	var raw [64]byte
	b := append(append(append(raw[:0], cursorVersion+"|"...), list...), '|')
	if c.Time != nil {
		b = strconv.AppendInt(b, c.Time.UnixMicro(), 10)
	}
	b = strconv.AppendInt(append(b, '|'), c.Key, 10)
	return encoded(b)
}

// DecodeCursor reads a cursor of list; withTime says whether that list's cursors carry a time.
func DecodeCursor(list string, withTime bool, s string) (Cursor, bool) {
	raw, err := encoding.DecodeString(s)
	if err != nil {
		return Cursor{}, false
	}
	parts := strings.Split(string(raw), "|")
	if len(parts) != 4 || parts[0] != cursorVersion || parts[1] != list {
		return Cursor{}, false
	}
	key, err := strconv.ParseInt(parts[3], 10, 64)
	if err != nil || key <= 0 {
		return Cursor{}, false
	}
	c := Cursor{Key: key}
	if withTime != (parts[2] != "") {
		return Cursor{}, false
	}
	if withTime {
		us, err := strconv.ParseInt(parts[2], 10, 64)
		if err != nil {
			return Cursor{}, false
		}
		t := time.UnixMicro(us).UTC()
		c.Time = &t
	}
	return c, true
}

// NewPage validates the `first` and `after` arguments of a connection of list.
func NewPage(list string, withTime bool, first *int, after *string) (Page, error) {
	p := Page{First: DefaultFirst}
	if first != nil {
		if *first < 1 || *first > MaxFirst {
			return Page{}, apperr.Invalid("first", "must be between 1 and %d", MaxFirst)
		}
		p.First = *first
	}
	if after != nil {
		c, ok := DecodeCursor(list, withTime, *after)
		if !ok {
			return Page{}, apperr.Invalid("after", "is not a cursor of this list: pass an endCursor or edge cursor of the same connection")
		}
		p.After = &c
	}
	return p, nil
}

// Connection is one page of a list, ready to present as a Relay connection.
//
// HasPreviousPage stays false: lists page forward only, and an `after` cursor does not prove that
// anything precedes the page (its row may be gone or outside the filter; a well-formed cursor is
// accepted whatever position it names). The specification lets forward paging answer false.
type Connection[T any] struct {
	Nodes           []T
	Cursors         []string
	HasNextPage     bool
	HasPreviousPage bool
	TotalCount      int
}

// Limit is how many rows a store query fetches for the page: one more than asked for, to learn
// whether another page follows without counting.
func (p Page) Limit() int { return p.First + 1 }

// NewConnection makes the page from rows fetched with Limit.
func NewConnection[T any](rows []T, p Page, cursorOf func(T) string) *Connection[T] {
	c := &Connection[T]{Nodes: rows}
	if len(rows) > p.First {
		c.Nodes, c.HasNextPage = rows[:p.First], true
	}
	c.Cursors = make([]string, len(c.Nodes))
	for i, n := range c.Nodes {
		c.Cursors[i] = cursorOf(n)
	}
	return c
}
