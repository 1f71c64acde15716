package telework

import "testing"

func TestEventSeats(t *testing.T) {
	ptr := func(n int) *int { return &n }
	tests := []struct {
		name          string
		capacity      *int
		taken, waits  int
		wantRemaining *int
	}{
		{"unlimited", nil, 7, 0, nil},
		{"free seats", ptr(100), 40, 0, ptr(60)},
		{"full, waitlist", ptr(100), 100, 3, ptr(0)},
		{"over capacity after a cut", ptr(50), 60, 1, ptr(0)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := &Event{ID: 9, Capacity: tt.capacity, SeatsTaken: tt.taken, WaitlistLength: tt.waits}
			s := e.Seats()
			want := &EventSeats{EventID: 9, Capacity: tt.capacity, SeatsRemaining: tt.wantRemaining, WaitlistLength: tt.waits}
			if !s.Equal(want) {
				t.Errorf("Seats() = %+v, want %+v", s, want)
			}
			if tt.capacity != nil && s.Capacity == tt.capacity {
				t.Error("Seats() shares the event's capacity pointer")
			}
		})
	}
}

func TestEventSeatsEqual(t *testing.T) {
	ptr := func(n int) *int { return &n }
	base := EventSeats{EventID: 1, Capacity: ptr(10), SeatsRemaining: ptr(4), WaitlistLength: 0}
	tests := []struct {
		name string
		a, b *EventSeats
		want bool
	}{
		{"same values, other pointers", &base, &EventSeats{EventID: 1, Capacity: ptr(10), SeatsRemaining: ptr(4)}, true},
		{"other event", &base, &EventSeats{EventID: 2, Capacity: ptr(10), SeatsRemaining: ptr(4)}, false},
		{"other remaining", &base, &EventSeats{EventID: 1, Capacity: ptr(10), SeatsRemaining: ptr(3)}, false},
		{"unlimited against limited", &base, &EventSeats{EventID: 1}, false},
		{"other waitlist", &base, &EventSeats{EventID: 1, Capacity: ptr(10), SeatsRemaining: ptr(4), WaitlistLength: 1}, false},
		{"other check-ins", &base, &EventSeats{EventID: 1, Capacity: ptr(10), SeatsRemaining: ptr(4), CheckedInCount: 1}, false},
		{"nil and nil", nil, nil, true},
		{"nil and state", nil, &base, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.a.Equal(tt.b); got != tt.want {
				t.Errorf("Equal = %v, want %v", got, tt.want)
			}
		})
	}
}
