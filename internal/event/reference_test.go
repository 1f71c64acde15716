package event_test

import (
	"bytes"
	"io"
	"testing"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/event"
)

// zeros reads as an endless run of zero bytes: every reference drawn from it is 222-222.
type zeros struct{}

func (zeros) Read(p []byte) (int, error) { clear(p); return len(p), nil }

// TestReferenceDrawnAgainWhenTaken: a sign-up whose reference is another application's draws
// again, in the same transaction; a source that only ever draws taken references fails the
// sign-up rather than loop, and takes no seat.
func TestReferenceDrawnAgainWhenTaken(t *testing.T) {
	f := newSignups(t, 4)
	id := f.makeEvent(t, eventSpec{capacity: some(10)})
	event.SetReferenceSource(f.svc, zeros{})
	first, _, err := f.svc.Apply(t.Context(), applicant(id, 1))
	if err != nil || first.Reference != "222-222" {
		t.Fatalf("first sign-up: %+v, %v", first, err)
	}

	// 222-222 is taken: the next twelve bytes give 333-333.
	event.SetReferenceSource(f.svc, io.MultiReader(bytes.NewReader(make([]byte, 12)), bytes.NewReader(bytes.Repeat([]byte{1}, 12))))
	second, _, err := f.svc.Apply(t.Context(), applicant(id, 2))
	if err != nil || second.Reference != "333-333" {
		t.Fatalf("second sign-up: %+v, %v; want the reference 333-333", second, err)
	}

	event.SetReferenceSource(f.svc, zeros{})
	_, _, err = f.svc.Apply(t.Context(), applicant(id, 3))
	if apperr.CodeOf(err) != apperr.Internal {
		t.Fatalf("a source of taken references only: %v, want an internal error", err)
	}
	if taken, _ := f.seatsOf(t, id); taken != 2 || len(f.applications(t, id)) != 2 {
		t.Errorf("after the failed sign-up: %d seats taken, %d applications; want 2 and 2", taken, len(f.applications(t, id)))
	}
}
