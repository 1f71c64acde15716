package telework

import (
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// An application's reference is what an attendee reads out at the door and staff type into a
// search: `K7Q-4M2`, six symbols in two groups of three. The symbols leave out the characters that
// are read for one another (0 and O, 1, I and L), so 31 remain: 31^6, about 887 million
// references. They are unique across every event (migration 00013).
const (
	referenceAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
	referenceSymbols  = 6
	// referenceCutoff is the largest multiple of the alphabet's size that a byte holds: bytes from
	// it up are drawn again, or the first symbols would come up more often than the others.
	referenceCutoff = 256 / len(referenceAlphabet) * len(referenceAlphabet)
)

// NewReference draws a reference from random, which must be a source of uniform random bytes:
// crypto/rand.Reader, so that a reference cannot be guessed from another (a guessed reference is
// worth a seat at the door).
func NewReference(random io.Reader) (string, error) {
	var out [referenceSymbols + 1]byte
	var buf [2 * referenceSymbols]byte
	n := 0
	for n < referenceSymbols {
		if _, err := io.ReadFull(random, buf[:]); err != nil {
			return "", fmt.Errorf("draw a reference: %w", err)
		}
		for _, b := range buf {
			if int(b) >= referenceCutoff || n == referenceSymbols {
				continue
			}
			i := n
			if n >= 3 {
				i++ // after the hyphen
			}
			out[i] = referenceAlphabet[int(b)%len(referenceAlphabet)]
			n++
		}
	}
	out[3] = '-'
	return string(out[:]), nil
}

// ParseReference reads a reference as people type it: in either case, full-width or half-width
// (NFKC), with or without the hyphen and spaces. It returns the reference in its stored form
// (`K7Q-4M2`) and whether s is one.
func ParseReference(s string) (string, bool) {
	if len(s) > 4*(referenceSymbols+8) { // far longer than any way of typing one
		return "", false
	}
	var b strings.Builder
	for _, r := range strings.ToUpper(norm.NFKC.String(s)) {
		switch {
		case r == '-' || r == ' ' || r == '\u2212' || r == '\u30fc': // hyphens and dashes people type
			continue
		case r < 128 && strings.IndexByte(referenceAlphabet, byte(r)) >= 0:
			b.WriteRune(r)
		default:
			return "", false
		}
	}
	symbols := b.String()
	if len(symbols) != referenceSymbols {
		return "", false
	}
	return symbols[:3] + "-" + symbols[3:], true
}
