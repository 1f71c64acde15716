package relay

import (
	"testing"
	"time"

	"github.com/teleworkmonth/platform/internal/apperr"
)

func TestIDRoundTrip(t *testing.T) {
	id := ID(KindEvent, 42)
	kind, key, err := ParseID(id)
	if err != nil || kind != KindEvent || key != 42 {
		t.Fatalf("ParseID(%q) = %v, %v, %v", id, kind, key, err)
	}
	if _, err := ParseIDOf(KindCampaign, id); err == nil {
		t.Error("an Event ID was accepted as a Campaign ID")
	}
}

func TestParseIDRejectsForgeries(t *testing.T) {
	for _, s := range []string{"", "!!", "RXZlbnQ", encoding.EncodeToString([]byte("Event:0")),
		encoding.EncodeToString([]byte("Event:-1")), encoding.EncodeToString([]byte("Event:01")),
		encoding.EncodeToString([]byte("User:1")), encoding.EncodeToString([]byte("Event:1:2"))} {
		if _, _, err := ParseID(s); err == nil {
			t.Errorf("ParseID(%q) accepted a forged ID", s)
		}
	}
}

func TestCursorRoundTrip(t *testing.T) {
	at := time.Date(2023, 11, 27, 4, 30, 0, 0, time.UTC)
	s := EncodeCursor(ListEvents, Cursor{Time: &at, Key: 7})
	c, ok := DecodeCursor(ListEvents, true, s)
	if !ok || c.Key != 7 || !c.Time.Equal(at) {
		t.Fatalf("DecodeCursor = %+v, %v", c, ok)
	}
	if _, ok := DecodeCursor(ListRegistrants, false, s); ok {
		t.Error("an event cursor was accepted by the registrant list")
	}
}

func TestNewPage(t *testing.T) {
	zero, big, ok := 0, 101, 100
	forged := "bm90IGEgY3Vyc29y"
	tests := []struct {
		name     string
		first    *int
		after    *string
		wantCode apperr.Code
		wantSize int
	}{
		{"default", nil, nil, "", DefaultFirst},
		{"max", &ok, nil, "", 100},
		{"zero", &zero, nil, apperr.BadUserInput, 0},
		{"over the cap", &big, nil, apperr.BadUserInput, 0},
		{"forged cursor", nil, &forged, apperr.BadUserInput, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := NewPage(ListEvents, true, tt.first, tt.after)
			if tt.wantCode != "" {
				if apperr.CodeOf(err) != tt.wantCode {
					t.Fatalf("err = %v, want code %s", err, tt.wantCode)
				}
				return
			}
			if err != nil || p.First != tt.wantSize {
				t.Fatalf("NewPage = %+v, %v", p, err)
			}
		})
	}
}

// TestIDsAndCursorsAreStable: the IDs and cursors partners hold keep their encoding, and each costs
// one allocation (its string), there being one or two for every item of a page.
func TestIDsAndCursorsAreStable(t *testing.T) {
	at := time.Date(2023, 11, 27, 4, 30, 0, 0, time.UTC)
	cursor := func() string { return EncodeCursor(ListEvents, Cursor{Time: &at, Key: 9223372036854775807}) }
	if id, want := ID(KindEventApplication, 1234567), "RXZlbnRBcHBsaWNhdGlvbjoxMjM0NTY3"; id != want {
		t.Errorf("ID = %q, want %q", id, want)
	}
	if c, want := cursor(), encoding.EncodeToString([]byte("c1|ev|1701059400000000|9223372036854775807")); c != want {
		t.Errorf("EncodeCursor = %q, want %q", c, want)
	}
	if c, want := EncodeCursor(ListRegistrants, Cursor{Key: 5}), encoding.EncodeToString([]byte("c1|rg||5")); c != want {
		t.Errorf("EncodeCursor without a time = %q, want %q", c, want)
	}
	id := func() string { return ID(KindEvent, 42) }
	for name, f := range map[string]func() string{"ID": id, "EncodeCursor": cursor} {
		if n := testing.AllocsPerRun(100, func() { _ = f() }); n > 1 {
			t.Errorf("%s: %v allocations, want 1", name, n)
		}
	}
}
