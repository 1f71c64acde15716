package telework

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// The normalizers below turn what people type, with Japanese input methods in particular, into one
// form: NFKC makes full-width ASCII ("ＡＢＣ１２３＠") plain ASCII and half-width katakana ("ﾃﾚﾜｰｸ")
// full-width, and the ideographic space an ASCII space. They never fail: they normalize and leave
// the judging to the validators, so that a normalized value is a fixed point of its normalizer.
// Invalid UTF-8 becomes U+FFFD, which no validator of a name rejects, so validators check the raw
// input for valid UTF-8 before normalizing it.

// NormalizeName normalizes a one-line text such as a name: NFKC, surrounding white space trimmed,
// and every run of spaces inside made one ASCII space. Control characters and line breaks are kept
// for the validator to refuse.
func NormalizeName(s string) string {
	s = norm.NFKC.String(strings.ToValidUTF8(s, "\uFFFD"))
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if isBlank(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isBlank reports whether r is a space within a line: the space separators (Zs) and the tab-free
// ASCII space. Tabs, line breaks and other control characters are not blanks: they are refused.
func isBlank(r rune) bool {
	return r == ' ' || unicode.Is(unicode.Zs, r)
}

// The sound marks that NFKC would turn into a space and a combining mark: in a kana reading they
// are meant as the combining mark, which then joins the kana before it (カ゛ → ガ).
var soundMarks = strings.NewReplacer("\u309B", "\u3099", "\u309C", "\u309A")

// NormalizeKana normalizes the reading of a name: as NormalizeName, with the spacing sound marks
// (゛゜) joined to the kana before them where they can be, and hiragana made katakana
// (てれわーく → テレワーク).
func NormalizeKana(s string) string {
	s = NormalizeName(soundMarks.Replace(strings.ToValidUTF8(s, "\uFFFD")))
	s = strings.Map(func(r rune) rune {
		switch {
		case r >= 'ぁ' && r <= 'ゖ', r == 'ゝ', r == 'ゞ':
			return r + ('ア' - 'あ')
		}
		return r
	}, s)
	// Katakana may compose where hiragana did not (わ゙ stays, ヷ composes): normalize again.
	return NormalizeName(s)
}

// IsKana reports whether s is a reading in katakana: katakana letters, the long vowel mark (ー),
// the middle dot (・), the iteration marks (ヽヾ) and spaces only.
func IsKana(s string) bool {
	for _, r := range s {
		switch {
		case r >= 'ァ' && r <= 'ヾ', // katakana letters, ・, ー, ヽ, ヾ
			r >= 'ㇰ' && r <= 'ㇿ', // small katakana of the phonetic extensions
			r == ' ':
		default:
			return false
		}
	}
	return true
}

// NormalizeEmail normalizes an email address: NFKC (full-width ＠ and letters become ASCII),
// surrounding white space trimmed, and the domain in lower case. The local part keeps its case:
// it may matter to the receiving server.
func NormalizeEmail(s string) string {
	s = strings.TrimSpace(norm.NFKC.String(strings.ToValidUTF8(s, "\uFFFD")))
	at := strings.LastIndexByte(s, '@')
	if at < 0 {
		return s
	}
	return s[:at+1] + strings.ToLower(s[at+1:])
}

// MaxEmailLength is the longest email address, in bytes (RFC 5321's path limit, less the brackets).
const MaxEmailLength = 254

// IsEmail reports whether s is a plain email address local@domain: a dot-atom local part of at
// most 64 characters, and a domain name of at least two labels of letters, digits and hyphens with
// a top-level label that is not all digits, at most MaxEmailLength in all. Quoted local parts,
// comments, display names, address literals and non-ASCII addresses are refused: a contact address
// of the campaign needs none of them.
func IsEmail(s string) bool {
	if len(s) > MaxEmailLength {
		return false
	}
	at := strings.LastIndexByte(s, '@')
	if at < 1 {
		return false
	}
	local, domain := s[:at], s[at+1:]
	return isDotAtom(local) && len(local) <= 64 && isDomain(domain)
}

func isDotAtom(s string) bool {
	if s == "" || s[0] == '.' || s[len(s)-1] == '.' || strings.Contains(s, "..") {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !isASCIIAlnum(c) && !strings.ContainsRune("!#$%&'*+-/=?^_`{|}~.", rune(c)) {
			return false
		}
	}
	return true
}

func isDomain(s string) bool {
	labels := strings.Split(s, ".")
	if len(labels) < 2 || len(s) > 253 {
		return false
	}
	for _, l := range labels {
		if l == "" || len(l) > 63 || l[0] == '-' || l[len(l)-1] == '-' {
			return false
		}
		for i := 0; i < len(l); i++ {
			if !isASCIIAlnum(l[i]) && l[i] != '-' {
				return false
			}
		}
	}
	tld := labels[len(labels)-1]
	return strings.IndexFunc(tld, func(r rune) bool { return r < '0' || r > '9' }) >= 0
}

func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// phoneSeparators are what people put between the groups of a telephone number: spaces, the
// hyphens and dashes of Japanese input methods (including the long vowel mark, often typed for a
// hyphen) and parentheses, as in 03(1234)5678.
const phoneSeparators = " -‐‑‒–—―−ーｰ()"

// NormalizePhone normalizes a telephone number: NFKC (full-width digits become ASCII), every
// separator (spaces, hyphens, dashes, parentheses) an ASCII hyphen, runs of them one hyphen, and
// none at either end: "（03）1234－5678" becomes "03-1234-5678".
func NormalizePhone(s string) string {
	s = norm.NFKC.String(strings.ToValidUTF8(s, "\uFFFD"))
	var b strings.Builder
	b.Grow(len(s))
	sep := false
	for _, r := range s {
		if strings.ContainsRune(phoneSeparators, r) || isBlank(r) {
			sep = b.Len() > 0
			continue
		}
		if sep {
			b.WriteByte('-')
			sep = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// IsPhone reports whether s, as NormalizePhone leaves it, is a Japanese telephone number: a
// domestic number of 10 or 11 digits starting with 0 and a non-zero digit (03-1234-5678,
// 090-1234-5678, 0120-123-456), or the same in international form, +81 and the number without its
// leading 0 (+81-3-1234-5678), hyphens optional between digits.
func IsPhone(s string) bool {
	national, intl := strings.CutPrefix(s, "+81")
	if intl {
		national = strings.TrimPrefix(national, "-")
	}
	digits := make([]byte, 0, len(national))
	for i := 0; i < len(national); i++ {
		switch c := national[i]; {
		case c >= '0' && c <= '9':
			digits = append(digits, c)
		case c == '-' && i > 0 && national[i-1] != '-' && i < len(national)-1:
		default:
			return false
		}
	}
	if intl { // +81: the national number without its trunk prefix 0
		return len(digits) >= 9 && len(digits) <= 10 && digits[0] != '0'
	}
	// 0 and a non-zero digit; 010 is the international call prefix, not a number.
	return len(digits) >= 10 && len(digits) <= 11 && digits[0] == '0' && digits[1] != '0' &&
		!strings.HasPrefix(string(digits), "010")
}

// hasControlOrFormat reports whether s holds a control character (Cc), an invisible format character
// (Cf: bidirectional overrides, zero-width spaces …) or a line or paragraph separator: none
// belongs in a one-line text shown to others.
func hasControlOrFormat(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool {
		return unicode.IsControl(r) || unicode.In(r, unicode.Cf, unicode.Zl, unicode.Zp)
	}) >= 0
}
