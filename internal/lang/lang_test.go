package lang

import "testing"

func TestParse(t *testing.T) {
	tests := []struct {
		name, header string
		want         Tag
	}{
		{"empty", "", Japanese},
		{"english", "en", English},
		{"english region", "en-US,en;q=0.9", English},
		{"japanese first", "ja,en;q=0.8", Japanese},
		{"english preferred by weight", "ja;q=0.5,en;q=0.9", English},
		{"unsupported", "fr-FR", Japanese},
		{"unsupported then english", "fr,en;q=0.5", English},
		{"malformed", ";;;q=x", Japanese},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Parse(tt.header); got != tt.want {
				t.Errorf("Parse(%q) = %v, want %v", tt.header, got, tt.want)
			}
		})
	}
}
