package telework

import (
	"fmt"
	"time"
)

// EventKind is what kind of event an event is.
type EventKind string

// EventStatus is where an event stands.
type EventStatus string

// The statuses of an event.
const (
	EventDraft     EventStatus = "DRAFT"
	EventPublished EventStatus = "PUBLISHED"
	EventClosed    EventStatus = "CLOSED"
	EventCancelled EventStatus = "CANCELLED"
)

// PublicEventStatuses are the statuses the public may see: everything but drafts.
var PublicEventStatuses = []EventStatus{EventPublished, EventClosed, EventCancelled}

// Event is a symposium, seminar, award ceremony or workshop of a campaign.
type Event struct {
	ID             int64       `db:"id"`
	Version        int         `db:"version"`
	CampaignID     int64       `db:"campaign_id"`
	HostMinistryID int64       `db:"host_ministry_id"`
	Kind           EventKind   `db:"kind"`
	Status         EventStatus `db:"status"`
	TitleJa        string      `db:"title_ja"`
	TitleEn        *string     `db:"title_en"`
	// *EventDescription is read with an event read by ID or written; lists leave it nil, and the
	// API loads it for the page when a request asks for it: a description runs to 5,000
	// characters in each language, which a page of events would otherwise read for nothing. nil
	// means not read, not "no description": reading through it panics rather than answer as if
	// there were none.
	*EventDescription
	// *EventDetails is read with an event read by ID or written, and with a list whose request
	// asks for one of its fields; nil, like *EventDescription, means not read.
	*EventDetails
	StartsAt        time.Time   `db:"starts_at"`
	EndsAt          time.Time   `db:"ends_at"`
	Tentative       bool        `db:"tentative"`
	VenueNameJa     *string     `db:"venue_name_ja"`
	VenueNameEn     *string     `db:"venue_name_en"`
	VenuePrefecture *Prefecture `db:"venue_prefecture"`
	OnlineStreaming bool        `db:"online_streaming"`
	FeeYen          int         `db:"fee_yen"`
	Capacity        *int        `db:"capacity"`
	SeatsTaken      int         `db:"seats_taken"`
	WaitlistLength  int         `db:"waitlist_length"`
}

// EventDetails are the columns of an event that pages of events seldom show: the venue's address,
// the streaming and archive URLs, when applications close, and the staff's count of check-ins. A list reads them only when its
// request asks for one of them, so that a page of events decodes the columns the page shows, as a
// hand-written query for that page would.
type EventDetails struct {
	VenueAddressJa      *string    `db:"venue_address_ja"`
	VenueAddressEn      *string    `db:"venue_address_en"`
	StreamingURL        *string    `db:"streaming_url"`
	ArchiveVideoURL     *string    `db:"archive_video_url"`
	ApplicationDeadline *time.Time `db:"application_deadline"`
	// CheckedInCount is how many of the event's applicants have been checked in at the door.
	CheckedInCount int `db:"checked_in_count"`
}

// Title is the event's bilingual title.
func (e *Event) Title() LocalizedText { return Localized(e.TitleJa, e.TitleEn) }

// EventDescription is an event's description in Japanese and English.
type EventDescription struct {
	DescriptionJa *string `db:"description_ja"`
	DescriptionEn *string `db:"description_en"`
}

// Venue is where the event takes place, nil for an online-only event.
func (e *Event) Venue() *Venue {
	if e.VenueNameJa == nil {
		return nil
	}
	return &Venue{Name: Localized(*e.VenueNameJa, e.VenueNameEn), Prefecture: e.VenuePrefecture, details: e.EventDetails}
}

// SeatsRemaining is the number of free in-person seats, nil when seats are not limited.
func (e *Event) SeatsRemaining() *int {
	if e.Capacity == nil {
		return nil
	}
	n := max(*e.Capacity-e.SeatsTaken, 0)
	return &n
}

// Venue is where an event takes place.
type Venue struct {
	Name       LocalizedText
	Prefecture *Prefecture
	details    *EventDetails // nil when the event's details were not read
}

// Address is the venue's street address, nil when not given. It panics when the event's details
// were not read, rather than answer as if there were no address.
func (v *Venue) Address() *LocalizedText {
	return OptionalLocalized(v.details.VenueAddressJa, v.details.VenueAddressEn)
}

// ProgramPart is one part of an event's program, e.g. 第一部 表彰式.
type ProgramPart struct {
	ID       int64     `db:"id"`
	EventID  int64     `db:"event_id"`
	TitleJa  string    `db:"title_ja"`
	TitleEn  *string   `db:"title_en"`
	StartsAt time.Time `db:"starts_at"`
	EndsAt   time.Time `db:"ends_at"`
}

// Title is the part's bilingual title.
func (p *ProgramPart) Title() LocalizedText { return Localized(p.TitleJa, p.TitleEn) }

// Attendance is how an applicant attends: in person (taking a seat) or online.
type Attendance string

// ApplicationStatus is where an event application stands.
type ApplicationStatus string

// The statuses of an event application.
const (
	ApplicationConfirmed  ApplicationStatus = "CONFIRMED"
	ApplicationWaitlisted ApplicationStatus = "WAITLISTED"
	ApplicationCancelled  ApplicationStatus = "CANCELLED"
)

// EventApplication is one person's sign-up for one event.
type EventApplication struct {
	ID               int64             `db:"id"`
	EventID          int64             `db:"event_id"`
	AttendeeName     string            `db:"attendee_name"`
	AttendeeEmail    string            `db:"attendee_email"`
	Organization     *string           `db:"organization"`
	Attendance       Attendance        `db:"attendance"`
	Status           ApplicationStatus `db:"status"`
	WaitlistPosition *int              `db:"waitlist_position"`
	CreatedAt        time.Time         `db:"created_at"`
	// Reference is the short code the attendee reads out at the door, e.g. K7Q-4M2 (NewReference).
	Reference string `db:"reference"`
	// CheckedInAt is when the attendee was checked in at the door, and CheckedInBy the staff member
	// who did; nil until then.
	CheckedInAt *time.Time `db:"checked_in_at"`
	CheckedInBy *int64     `db:"checked_in_by"`
}

// CheckInConflict is why an application cannot be checked in, "" when it can: only a confirmed
// application to attend in person takes a place at the door.
func (a *EventApplication) CheckInConflict() string {
	switch {
	case a.Status != ApplicationConfirmed:
		return fmt.Sprintf("the application is %s: only a confirmed application is checked in", a.Status)
	case a.Attendance != AttendanceInPerson:
		return "the application is to attend online: only an in-person attendee is checked in"
	}
	return ""
}
