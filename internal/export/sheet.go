package export

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/teleworkmonth/platform/internal/telework"
)

// byteOrderMark starts every file: without it, Excel in Japan reads UTF-8 as Shift_JIS.
const byteOrderMark = "\uFEFF"

// timeLayout is the one format of every time in the exports, in Japan time.
const timeLayout = "2006-01-02 15:04"

// sheet writes one CSV file, a row at a time: UTF-8 with a byte-order mark, CRLF line ends, quoting
// as RFC 4180 asks (encoding/csv), and text cells made safe to open in a spreadsheet (see text).
type sheet struct {
	w   *csv.Writer
	row []string
}

// newSheet writes the byte-order mark and the header row to w.
func newSheet(w io.Writer, header []string) (*sheet, error) {
	if _, err := io.WriteString(w, byteOrderMark); err != nil {
		return nil, err
	}
	s := &sheet{w: csv.NewWriter(w), row: make([]string, 0, len(header))}
	s.w.UseCRLF = true
	return s, s.w.Write(header)
}

// text adds a cell of text that came from a person (a title, a name): one that a spreadsheet would
// take for a formula, or for the start of one, is prefixed with an apostrophe, which makes it
// plain text (CSV injection: a name "=HYPERLINK(…)" must not become a link). Cells the server
// formats itself (numbers, times, statuses) are never prefixed: they cannot begin with those
// characters, except a negative number, which none of the exports has, and a prefix would make a
// number text.
func (s *sheet) text(v string) {
	s.row = append(s.row, safeText(v))
}

// safeText is v, prefixed with ' when it begins with =, +, -, @, a tab or a carriage return.
func safeText(v string) string {
	if v != "" && strings.IndexByte("=+-@\t\r", v[0]) >= 0 {
		return "'" + v
	}
	return v
}

// optionalText adds a cell of text, empty for nil.
func (s *sheet) optionalText(v *string) {
	if v == nil {
		s.row = append(s.row, "")
		return
	}
	s.text(*v)
}

// label adds a cell of the server's own wording (a status in Japanese).
func (s *sheet) label(v string) { s.row = append(s.row, v) }

// number adds a cell with a whole number.
func (s *sheet) number(n int) { s.row = append(s.row, strconv.Itoa(n)) }

// optionalNumber adds a cell with a whole number, empty for nil.
func (s *sheet) optionalNumber(n *int) {
	if n == nil {
		s.row = append(s.row, "")
		return
	}
	s.number(*n)
}

// time adds a cell with a time in Japan.
func (s *sheet) time(t time.Time) { s.row = append(s.row, t.In(telework.Japan).Format(timeLayout)) }

// optionalTime adds a cell with a time in Japan, empty for nil.
func (s *sheet) optionalTime(t *time.Time) {
	if t == nil {
		s.row = append(s.row, "")
		return
	}
	s.time(*t)
}

// end writes the row made so far.
func (s *sheet) end() error {
	err := s.w.Write(s.row)
	s.row = s.row[:0]
	return gone(err)
}

// flush sends the rows written so far on to the response.
func (s *sheet) flush() error {
	s.w.Flush()
	return gone(s.w.Error())
}

// clientGone is a failure to write the file to the response: the client has gone away (the person
// cancelled the download, or the network failed), which is not the server's failure.
type clientGone struct{ err error }

func (e *clientGone) Error() string { return "the client went away: " + e.err.Error() }
func (e *clientGone) Unwrap() error { return e.err }

func gone(err error) error {
	if err == nil {
		return nil
	}
	return &clientGone{err}
}

// contentDisposition is the Content-Disposition of a download named name (RFC 6266): the name
// itself as filename* (RFC 5987, UTF-8 percent-encoded), for every browser since 2011, and an
// ASCII fallback as filename for the others.
func contentDisposition(name, fallback string) string {
	return `attachment; filename="` + fallback + `"; filename*=UTF-8''` + encodeRFC5987(name)
}

// encodeRFC5987 percent-encodes every byte of s but the attr-chars of RFC 5987.
func encodeRFC5987(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
			strings.IndexByte("!#$&+-.^_`|~", c) >= 0) {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	return b.String()
}

// maxTitleInName is how much of an event's title a file name keeps, in characters.
const maxTitleInName = 60

// fileTitle makes a title fit for a file name on every system: the characters that Windows
// forbids in names (\ / : * ? " < > |) and control characters become _, the whole is shortened to
// maxTitleInName characters, and spaces and dots at its ends go (Windows drops them).
func fileTitle(title string) string {
	var b strings.Builder
	n := 0
	for _, r := range title {
		if n == maxTitleInName {
			break
		}
		if unicode.IsControl(r) || strings.ContainsRune(`\/:*?"<>|`, r) {
			r = '_'
		}
		b.WriteRune(r)
		n++
	}
	return strings.Trim(b.String(), " .")
}
