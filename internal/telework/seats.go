package telework

// EventSeats is the state of an event's seats at one moment: what the live updates of an event
// (the eventSeatsChanged subscription) carry.
type EventSeats struct {
	EventID int64
	// Capacity is the number of in-person seats, nil when seats are not limited.
	Capacity *int
	// SeatsRemaining is the number of free in-person seats, nil when seats are not limited.
	SeatsRemaining *int
	// WaitlistLength is how many applicants wait for a seat.
	WaitlistLength int
	// CheckedInCount is how many attendees have been checked in at the door: for the event's staff
	// only, so that two devices at the door see each other's count.
	CheckedInCount int
}

// Seats is the state of the event's seats.
func (e *Event) Seats() *EventSeats {
	s := &EventSeats{EventID: e.ID, SeatsRemaining: e.SeatsRemaining(), WaitlistLength: e.WaitlistLength}
	if e.EventDetails != nil {
		s.CheckedInCount = e.CheckedInCount
	}
	if e.Capacity != nil {
		c := *e.Capacity
		s.Capacity = &c
	}
	return s
}

// Equal reports whether s and o describe the same seats of the same event.
func (s *EventSeats) Equal(o *EventSeats) bool {
	if s == nil || o == nil {
		return s == o
	}
	return s.EventID == o.EventID && s.WaitlistLength == o.WaitlistLength && s.CheckedInCount == o.CheckedInCount &&
		equalInt(s.Capacity, o.Capacity) && equalInt(s.SeatsRemaining, o.SeatsRemaining)
}

func equalInt(a, b *int) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}
