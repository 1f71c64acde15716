package telework

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestNormalizers(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		fn   func(string) string
		in   string
		want string
	}{
		{"name: full-width ASCII", NormalizeName, "ＡＢＣ商事　株式会社", "ABC商事 株式会社"},
		{"name: half-width katakana", NormalizeName, "ﾃﾚﾜｰｸ ｹﾞｯｶﾝ", "テレワーク ゲッカン"},
		{"name: spaces trimmed and collapsed", NormalizeName, " \u3000 日本\u00a0\u3000 テレワーク  協会 ", "日本 テレワーク 協会"},
		{"name: compatibility characters", NormalizeName, "㈱テレワーク", "(株)テレワーク"},
		{"name: control characters kept for the validator", NormalizeName, "a\tb\n", "a\tb\n"},
		{"name: invalid UTF-8", NormalizeName, "a\xffb", "a\uFFFDb"},
		{"kana: hiragana to katakana", NormalizeKana, "てれわーく げっかん", "テレワーク ゲッカン"},
		{"kana: half-width with sound marks", NormalizeKana, "ｶﾞｲﾑｼｮｳ", "ガイムショウ"},
		{"kana: spacing sound marks join", NormalizeKana, "カ゛ハ゜", "ガパ"},
		{"kana: iteration marks", NormalizeKana, "いすゞ", "イスヾ"},
		{"kana: uncomposable after conversion", NormalizeKana, "わ\u3099", "ヷ"},
		{"email: full-width", NormalizeEmail, "ｔａｒｏ＠ＥＸＡＭＰＬＥ．ＪＰ", "taro@example.jp"},
		{"email: local part keeps its case", NormalizeEmail, " Taro.Yamada@Example.CO.JP ", "Taro.Yamada@example.co.jp"},
		{"phone: full-width", NormalizePhone, "０３－１２３４－５６７８", "03-1234-5678"},
		{"phone: parentheses and dashes", NormalizePhone, "（03）1234ー5678", "03-1234-5678"},
		{"phone: spaces", NormalizePhone, " +81 3 1234 5678 ", "+81-3-1234-5678"},
		{"phone: runs of separators", NormalizePhone, "090 - 1234 -- 5678", "090-1234-5678"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.fn(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestValidators(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		fn   func(string) bool
		in   string
		want bool
	}{
		{"kana", IsKana, "テレワーク ゲッカン", true},
		{"kana with the middle dot and long vowel", IsKana, "ジョン・スミス ホールディングス", true},
		{"kana with small extensions", IsKana, "アイヌ ㇰㇱ", true},
		{"kana: empty", IsKana, "", true},
		{"kana: hiragana", IsKana, "てれわーく", false},
		{"kana: kanji", IsKana, "月間", false},
		{"kana: latin", IsKana, "ABC", false},
		{"kana: hyphen for the long vowel", IsKana, "テレワ-ク", false},
		{"email", IsEmail, "taro@example.jp", true},
		{"email: sub-domains and plus", IsEmail, "t.yamada+telework@mail.example.co.jp", true},
		{"email: no at", IsEmail, "taro.example.jp", false},
		{"email: no local part", IsEmail, "@example.jp", false},
		{"email: one label", IsEmail, "taro@localhost", false},
		{"email: numeric top-level", IsEmail, "taro@192.168.0.1", false},
		{"email: two ats", IsEmail, "ta@ro@example.jp", false},
		{"email: leading dot", IsEmail, ".taro@example.jp", false},
		{"email: double dot", IsEmail, "ta..ro@example.jp", false},
		{"email: hyphen at a label's end", IsEmail, "taro@example-.jp", false},
		{"email: space", IsEmail, "ta ro@example.jp", false},
		{"email: display name", IsEmail, "Taro <taro@example.jp>", false},
		{"email: non-ASCII", IsEmail, "太郎@example.jp", false},
		{"email: local part of 65", IsEmail, strings.Repeat("a", 65) + "@example.jp", false},
		{"email: 254 in all", IsEmail, strings.Repeat("a", 64) + "@" + strings.Repeat("b", 63) + "." + strings.Repeat("c", 63) + "." + strings.Repeat("d", 58) + ".jp", true},
		{"email: 255 in all", IsEmail, strings.Repeat("a", 64) + "@" + strings.Repeat("b", 63) + "." + strings.Repeat("c", 63) + "." + strings.Repeat("d", 59) + ".jp", false},
		{"phone: Tokyo", IsPhone, "03-1234-5678", true},
		{"phone: without hyphens", IsPhone, "0312345678", true},
		{"phone: mobile", IsPhone, "090-1234-5678", true},
		{"phone: toll-free", IsPhone, "0120-123-456", true},
		{"phone: international", IsPhone, "+81-3-1234-5678", true},
		{"phone: international mobile", IsPhone, "+81-90-1234-5678", true},
		{"phone: international without hyphens", IsPhone, "+819012345678", true},
		{"phone: 9 digits", IsPhone, "03-1234-567", false},
		{"phone: 12 digits", IsPhone, "090-1234-56789", false},
		{"phone: no trunk prefix", IsPhone, "3-1234-5678", false},
		{"phone: international prefix", IsPhone, "010-1234-5678", false},
		{"phone: international with trunk prefix", IsPhone, "+81-03-1234-5678", false},
		{"phone: another country", IsPhone, "+1-202-555-0100", false},
		{"phone: letters", IsPhone, "03-1234-ABCD", false},
		{"phone: leading hyphen", IsPhone, "-03-1234-5678", false},
		{"phone: trailing hyphen", IsPhone, "03-1234-5678-", false},
		{"phone: double hyphen", IsPhone, "03--1234-5678", false},
		{"phone: empty", IsPhone, "", false},
		{"phone: +81 alone", IsPhone, "+81", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.fn(tt.in); got != tt.want {
				t.Errorf("%q: %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

// normalizerSeeds are the seed corpus of the normalizers' fuzz tests: what people type, and what
// breaks naive normalizers.
var normalizerSeeds = []string{
	"", " ", "\u3000", "テレワーク月間", "ＡＢＣ商事　株式会社", "ﾃﾚﾜｰｸ ｹﾞｯｶﾝ", "てれわーく", "㈱テレワーク",
	"カ゛ハ゜", "わ\u3099", "う\u3099", "\u309B", "\u00A8", "a\u00A8", " \u0301x", "e \u0301", "\u1680\u0301",
	"a\tb\nc\r\n", "a\x00b", "\u202Eevil", "\u200Bzero", "a\u2028b", "\xff\xfe", "ｔａｒｏ＠ＥＸＡＭＰＬＥ．ＪＰ",
	"Taro@Example.JP", "İ@İ.İ", "K@\u212A.jp", "０３－１２３４－５６７８", "（03）1234ー5678", "+81 3 1234 5678",
	"\uFDFA", "ゟ", "ヿ", "㋐", "ﾞﾞ", "ｰｰｰ", "・･·",
}

// FuzzNormalizeName: never panics, always valid UTF-8, trimmed, one space at a time, and a fixed
// point.
func FuzzNormalizeName(f *testing.F) {
	for _, s := range normalizerSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := NormalizeName(s)
		if !utf8.ValidString(n) {
			t.Fatalf("NormalizeName(%q) = %q: not UTF-8", s, n)
		}
		if strings.TrimFunc(n, isBlank) != n {
			t.Fatalf("NormalizeName(%q) = %q: not trimmed", s, n)
		}
		if strings.Contains(n, "  ") {
			t.Fatalf("NormalizeName(%q) = %q: a run of spaces", s, n)
		}
		if again := NormalizeName(n); again != n {
			t.Fatalf("NormalizeName(%q) = %q, but NormalizeName(%q) = %q", s, n, n, again)
		}
	})
}

// FuzzNormalizeKana: never panics, a fixed point, and no hiragana left.
func FuzzNormalizeKana(f *testing.F) {
	for _, s := range normalizerSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := NormalizeKana(s)
		if again := NormalizeKana(k); again != k {
			t.Fatalf("NormalizeKana(%q) = %q, but NormalizeKana(%q) = %q", s, k, k, again)
		}
		if i := strings.IndexFunc(k, func(r rune) bool { return r >= 'ぁ' && r <= 'ゖ' }); i >= 0 {
			t.Fatalf("NormalizeKana(%q) = %q: hiragana left", s, k)
		}
	})
}

// FuzzNormalizeEmail: never panics, a fixed point; an accepted address is ASCII with its domain
// in lower case.
func FuzzNormalizeEmail(f *testing.F) {
	for _, s := range normalizerSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e := NormalizeEmail(s)
		if again := NormalizeEmail(e); again != e {
			t.Fatalf("NormalizeEmail(%q) = %q, but NormalizeEmail(%q) = %q", s, e, e, again)
		}
		if !IsEmail(e) {
			return
		}
		domain := e[strings.LastIndexByte(e, '@')+1:]
		if domain != strings.ToLower(domain) || len(e) > MaxEmailLength || hasControlOrFormat(e) {
			t.Fatalf("IsEmail accepts %q", e)
		}
		for i := 0; i < len(e); i++ {
			if e[i] <= ' ' || e[i] >= 0x7f {
				t.Fatalf("IsEmail accepts %q: byte %#x", e, e[i])
			}
		}
	})
}

// FuzzNormalizePhone: never panics, a fixed point; an accepted number is digits and single inner
// hyphens, with 10 or 11 digits (9 or 10 after +81).
func FuzzNormalizePhone(f *testing.F) {
	for _, s := range normalizerSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p := NormalizePhone(s)
		if again := NormalizePhone(p); again != p {
			t.Fatalf("NormalizePhone(%q) = %q, but NormalizePhone(%q) = %q", s, p, p, again)
		}
		if !IsPhone(p) {
			return
		}
		national, intl := strings.CutPrefix(p, "+81")
		digits := strings.ReplaceAll(national, "-", "")
		lo, hi := 10, 11
		if intl {
			lo, hi = 9, 10
		}
		if strings.Trim(digits, "0123456789") != "" || len(digits) < lo || len(digits) > hi ||
			strings.Contains(p, "--") || strings.HasSuffix(p, "-") {
			t.Fatalf("IsPhone accepts %q", p)
		}
	})
}
