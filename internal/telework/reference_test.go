package telework

import (
	"bytes"
	"crypto/rand"
	"regexp"
	"testing"
)

var referenceFormat = regexp.MustCompile(`^[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}$`)

func TestNewReference(t *testing.T) {
	seen := map[string]bool{}
	counts := map[rune]int{}
	for range 20000 {
		ref, err := NewReference(rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		if !referenceFormat.MatchString(ref) {
			t.Fatalf("NewReference() = %q, not of the form XXX-XXX from the alphabet", ref)
		}
		seen[ref] = true
		for _, r := range ref {
			counts[r]++
		}
	}
	if len(seen) < 19990 { // 20,000 draws from 887 million collide about 0.2 times
		t.Errorf("%d distinct references of 20,000", len(seen))
	}
	// Each of the 31 symbols comes up about 120,000 / 31 ≈ 3,871 times; a bias towards the first
	// symbols (bytes taken modulo 31 without the cut-off) would give them about 3,970.
	for _, r := range referenceAlphabet {
		if n := counts[rune(r)]; n < 3500 || n > 4250 {
			t.Errorf("symbol %c drawn %d times of 120,000, want about 3,871", r, n)
		}
	}
}

func TestNewReferenceSkipsBiasedBytes(t *testing.T) {
	// Bytes from 248 up are skipped; 0 is "2", 30 is "Z", 31 is "2" again.
	random := bytes.NewReader(append(bytes.Repeat([]byte{255, 248}, 6), 0, 30, 31, 61, 1, 247, 9, 9, 9, 9, 9, 9))
	ref, err := NewReference(random)
	if err != nil || ref != "2Z2-Z3Z" {
		t.Fatalf("NewReference = %q, %v; want 2Z2-Z3Z", ref, err)
	}
	if _, err := NewReference(bytes.NewReader([]byte{1, 2})); err == nil {
		t.Fatal("NewReference with too few bytes: no error")
	}
}

func TestParseReference(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"K7Q-4M2", "K7Q-4M2", true},
		{"k7q-4m2", "K7Q-4M2", true},
		{" K7Q4M2 ", "K7Q-4M2", true},
		{"K7Q 4M2", "K7Q-4M2", true},
		{"Ｋ７Ｑ－４Ｍ２", "K7Q-4M2", true},
		{"ｋ７ｑー４ｍ２", "K7Q-4M2", true},
		{"K7Q-4M", "", false},
		{"K7Q-4M22", "", false},
		{"K0Q-4M2", "", false}, // 0 is not a symbol
		{"KOQ-4M2", "", false}, // nor O
		{"K1Q-4M2", "", false},
		{"KIQ-4M2", "", false},
		{"KLQ-4M2", "", false},
		{"山田", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, ok := ParseReference(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ParseReference(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
