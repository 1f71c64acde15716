package telework

import (
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/teleworkmonth/platform/internal/apperr"
)

// Limits of the texts and numbers staff enter.
const (
	MaxTitleLength       = 200
	MaxDescriptionLength = 5000
	MaxAddressLength     = 500
	MaxFeeYen            = 1_000_000
	MaxCapacity          = 100_000
	maxCoHosts           = 20
)

// Valid reports whether k is one of the kinds of event.
func (k EventKind) Valid() bool {
	switch k {
	case "SYMPOSIUM", "SEMINAR", "AWARD_CEREMONY", "WORKSHOP", "OTHER":
		return true
	}
	return false
}

// VenueInput is a venue as staff enter it.
type VenueInput struct {
	NameJa     string
	NameEn     *string
	AddressJa  *string
	AddressEn  *string
	Prefecture *Prefecture
}

// NewEvent is what creating an event takes (CreateEventInput). The event starts as a draft.
type NewEvent struct {
	FiscalYear          int
	HostMinistryCode    string
	CoHostMinistryCodes []string
	Kind                EventKind
	TitleJa             string
	TitleEn             *string
	DescriptionJa       *string
	DescriptionEn       *string
	StartsAt            time.Time
	EndsAt              time.Time
	Tentative           bool
	ProgramParts        []ProgramPartInput
	Venue               *VenueInput // nil: online only
	OnlineStreaming     bool
	StreamingURL        *string
	FeeYen              int
	Capacity            *int       // nil: no limit
	ApplicationDeadline *time.Time // nil: until full
}

// Validate checks a new event and normalizes it: surrounding whitespace trimmed, ministry codes in
// upper case, empty optional texts as absent. Its errors are BAD_USER_INPUT naming the field as
// CreateEventInput names it, e.g. input.titleJa or input.venue.prefecture.
func (n *NewEvent) Validate() error {
	if n.FiscalYear < 1989 || n.FiscalYear > 2200 {
		return apperr.Invalid("input.fiscalYear", "must be a fiscal year such as 2023")
	}
	var err error
	if n.HostMinistryCode, err = ministryCode("input.hostMinistryCode", n.HostMinistryCode); err != nil {
		return err
	}
	if n.CoHostMinistryCodes, err = coHostCodes(n.CoHostMinistryCodes, n.HostMinistryCode); err != nil {
		return err
	}
	if !n.Kind.Valid() {
		return apperr.Invalid("input.kind", "must be SYMPOSIUM, SEMINAR, AWARD_CEREMONY, WORKSHOP or OTHER")
	}
	if err := requiredText("input.titleJa", &n.TitleJa, MaxTitleLength); err != nil {
		return err
	}
	if err := optionalTexts(
		textField{"input.titleEn", &n.TitleEn, MaxTitleLength, false},
		textField{"input.descriptionJa", &n.DescriptionJa, MaxDescriptionLength, true},
		textField{"input.descriptionEn", &n.DescriptionEn, MaxDescriptionLength, true},
	); err != nil {
		return err
	}
	if n.DescriptionJa == nil && n.DescriptionEn != nil {
		return apperr.Invalid("input.descriptionJa", "is required with input.descriptionEn")
	}
	if n.StartsAt.IsZero() {
		return apperr.Invalid("input.startsAt", "is required")
	}
	if !n.EndsAt.After(n.StartsAt) {
		return apperr.Invalid("input.endsAt", "must be after input.startsAt")
	}
	if err := validateProgramParts(n.ProgramParts); err != nil {
		return err
	}
	if err := partsWithin(n.ProgramParts, n.StartsAt, n.EndsAt); err != nil {
		return err
	}
	if err := cleanStreamingURL("input.streamingUrl", &n.StreamingURL); err != nil {
		return err
	}
	if n.Venue != nil {
		if err := n.Venue.validate("input.venue"); err != nil {
			return err
		}
	}
	if err := checkNumbers(&n.FeeYen, n.Capacity); err != nil {
		return err
	}
	if n.ApplicationDeadline != nil && n.ApplicationDeadline.After(n.StartsAt) {
		return apperr.Invalid("input.applicationDeadline", "must not be after input.startsAt")
	}
	return nil
}

// Event returns the draft event that n describes, in a campaign and hosted by a ministry.
func (n *NewEvent) Event(campaignID, hostMinistryID int64) *Event {
	e := &Event{
		Version:          1,
		CampaignID:       campaignID,
		HostMinistryID:   hostMinistryID,
		Kind:             n.Kind,
		Status:           EventDraft,
		TitleJa:          n.TitleJa,
		TitleEn:          n.TitleEn,
		EventDescription: &EventDescription{DescriptionJa: n.DescriptionJa, DescriptionEn: n.DescriptionEn},
		StartsAt:         n.StartsAt,
		EndsAt:           n.EndsAt,
		Tentative:        n.Tentative,
		OnlineStreaming:  n.OnlineStreaming,
		FeeYen:           n.FeeYen,
		Capacity:         n.Capacity,
		EventDetails:     &EventDetails{ApplicationDeadline: n.ApplicationDeadline, StreamingURL: n.StreamingURL},
	}
	e.setVenue(n.Venue)
	return e
}

// EventChanges are the changes of an event (UpdateEventInput): nil and unset fields stay as they
// are. CoHostMinistryCodes and ProgramParts replace the co-hosts and the program when not nil; an
// empty list removes them all.
type EventChanges struct {
	CoHostMinistryCodes []string
	Kind                *EventKind
	TitleJa             *string
	TitleEn             Nullable[string]
	DescriptionJa       Nullable[string]
	DescriptionEn       Nullable[string]
	StartsAt            *time.Time
	EndsAt              *time.Time
	Tentative           *bool
	ProgramParts        []ProgramPartInput
	Venue               Nullable[VenueInput] // cleared: online only
	OnlineStreaming     *bool
	StreamingURL        Nullable[string]
	FeeYen              *int
	Capacity            Nullable[int]       // cleared: no limit
	ApplicationDeadline Nullable[time.Time] // cleared: until full
}

// Validate checks each change on its own and normalizes it as NewEvent.Validate does; Apply checks
// the rules that join fields, against the event changed. Errors name the field as UpdateEventInput
// names it.
func (c *EventChanges) Validate() error {
	if c.CoHostMinistryCodes != nil {
		codes, err := coHostCodes(c.CoHostMinistryCodes, "")
		if err != nil {
			return err
		}
		c.CoHostMinistryCodes = codes
		if c.CoHostMinistryCodes == nil {
			c.CoHostMinistryCodes = []string{}
		}
	}
	if c.Kind != nil && !c.Kind.Valid() {
		return apperr.Invalid("input.kind", "must be SYMPOSIUM, SEMINAR, AWARD_CEREMONY, WORKSHOP or OTHER")
	}
	if c.TitleJa != nil {
		if err := requiredText("input.titleJa", c.TitleJa, MaxTitleLength); err != nil {
			return err
		}
	}
	if err := optionalTexts(
		textField{"input.titleEn", &c.TitleEn.Value, MaxTitleLength, false},
		textField{"input.descriptionJa", &c.DescriptionJa.Value, MaxDescriptionLength, true},
		textField{"input.descriptionEn", &c.DescriptionEn.Value, MaxDescriptionLength, true},
	); err != nil {
		return err
	}
	if c.StartsAt != nil && c.StartsAt.IsZero() {
		return apperr.Invalid("input.startsAt", "must be a time")
	}
	if c.EndsAt != nil && c.EndsAt.IsZero() {
		return apperr.Invalid("input.endsAt", "must be a time")
	}
	if err := validateProgramParts(c.ProgramParts); err != nil {
		return err
	}
	if err := cleanStreamingURL("input.streamingUrl", &c.StreamingURL.Value); err != nil {
		return err
	}
	if c.Venue.Value != nil {
		if err := c.Venue.Value.validate("input.venue"); err != nil {
			return err
		}
	}
	fee := 0
	if c.FeeYen != nil {
		fee = *c.FeeYen
	}
	if err := checkNumbers(&fee, c.Capacity.Value); err != nil {
		return err
	}
	return nil
}

// Apply applies the changes to e and checks the rules that join its fields: it ends after it
// starts, applications close no later than the start, capacity is not below the seats taken, and
// the program parts given lie within the event's times. An error names the changed field that
// breaks the rule. e's description and details are copied before they change, so that an event
// that shares them (the event before the change) keeps its own.
func (c *EventChanges) Apply(e *Event) error {
	if e.EventDescription != nil {
		d := *e.EventDescription
		e.EventDescription = &d
	}
	if e.EventDetails != nil {
		d := *e.EventDetails
		e.EventDetails = &d
	}
	if c.Kind != nil {
		e.Kind = *c.Kind
	}
	if c.TitleJa != nil {
		e.TitleJa = *c.TitleJa
	}
	setNullable(&e.TitleEn, c.TitleEn)
	setNullable(&e.DescriptionJa, c.DescriptionJa)
	setNullable(&e.DescriptionEn, c.DescriptionEn)
	if c.StartsAt != nil {
		e.StartsAt = *c.StartsAt
	}
	if c.EndsAt != nil {
		e.EndsAt = *c.EndsAt
	}
	if c.Tentative != nil {
		e.Tentative = *c.Tentative
	}
	if c.Venue.Set {
		e.setVenue(c.Venue.Value)
	}
	if c.OnlineStreaming != nil {
		e.OnlineStreaming = *c.OnlineStreaming
	}
	setNullable(&e.StreamingURL, c.StreamingURL)
	if c.FeeYen != nil {
		e.FeeYen = *c.FeeYen
	}
	setNullable(&e.Capacity, c.Capacity)
	setNullable(&e.ApplicationDeadline, c.ApplicationDeadline)

	switch {
	case e.DescriptionJa == nil && e.DescriptionEn != nil:
		return apperr.Invalid("input.descriptionJa", "is required while the event has an English description")
	case !e.EndsAt.After(e.StartsAt):
		return apperr.Invalid(either(c.EndsAt != nil, "input.endsAt", "input.startsAt"),
			"the event must end after it starts (%s to %s)", e.StartsAt.Format(time.RFC3339), e.EndsAt.Format(time.RFC3339))
	case e.ApplicationDeadline != nil && e.ApplicationDeadline.After(e.StartsAt):
		return apperr.Invalid(either(c.ApplicationDeadline.Set, "input.applicationDeadline", "input.startsAt"),
			"applications must close no later than the start (%s)", e.StartsAt.Format(time.RFC3339))
	case e.Capacity != nil && *e.Capacity < e.SeatsTaken:
		return apperr.Invalid("input.capacity", "must not be below the %d seats taken already", e.SeatsTaken)
	}
	return partsWithin(c.ProgramParts, e.StartsAt, e.EndsAt)
}

func (e *Event) setVenue(v *VenueInput) {
	if v == nil {
		e.VenueNameJa, e.VenueNameEn, e.VenueAddressJa, e.VenueAddressEn, e.VenuePrefecture = nil, nil, nil, nil, nil
		return
	}
	name := v.NameJa
	e.VenueNameJa, e.VenueNameEn, e.VenueAddressJa, e.VenueAddressEn, e.VenuePrefecture =
		&name, v.NameEn, v.AddressJa, v.AddressEn, v.Prefecture
}

func (v *VenueInput) validate(field string) error {
	if err := requiredText(field+".nameJa", &v.NameJa, MaxTitleLength); err != nil {
		return err
	}
	if err := optionalTexts(
		textField{field + ".nameEn", &v.NameEn, MaxTitleLength, false},
		textField{field + ".addressJa", &v.AddressJa, MaxAddressLength, false},
		textField{field + ".addressEn", &v.AddressEn, MaxAddressLength, false},
	); err != nil {
		return err
	}
	if v.AddressJa == nil && v.AddressEn != nil {
		return apperr.Invalid(field+".addressJa", "is required with %s.addressEn", field)
	}
	if v.Prefecture != nil && !v.Prefecture.Valid() {
		return apperr.Invalid(field+".prefecture", "must be one of the 47 prefectures, e.g. TOKYO")
	}
	return nil
}

func checkNumbers(feeYen *int, capacity *int) error {
	if *feeYen < 0 || *feeYen > MaxFeeYen {
		return apperr.Invalid("input.feeYen", "must be 0 to %d", MaxFeeYen)
	}
	if capacity != nil && (*capacity < 1 || *capacity > MaxCapacity) {
		return apperr.Invalid("input.capacity", "must be 1 to %d, or null for no limit", MaxCapacity)
	}
	return nil
}

var ministryCodePattern = regexp.MustCompile(`^[A-Z]{2,8}$`)

// ministryCode normalizes a ministry code: trimmed, in upper case, two to eight letters.
func ministryCode(field, code string) (string, error) {
	code = strings.ToUpper(strings.TrimSpace(code))
	if !ministryCodePattern.MatchString(code) {
		return "", apperr.Invalid(field, "must be a ministry code such as MIC")
	}
	return code, nil
}

// coHostCodes normalizes the co-hosts' codes: no duplicates, not the host's.
func coHostCodes(codes []string, host string) ([]string, error) {
	const field = "input.coHostMinistryCodes"
	if len(codes) > maxCoHosts {
		return nil, apperr.Invalid(field, "may name at most %d ministries", maxCoHosts)
	}
	var out []string
	for _, code := range codes {
		code, err := ministryCode(field, code)
		switch {
		case err != nil:
			return nil, err
		case code == host:
			return nil, apperr.Invalid(field, "must not name the host, %s", host)
		case slices.Contains(out, code):
			return nil, apperr.Invalid(field, "names %s twice", code)
		}
		out = append(out, code)
	}
	return out, nil
}

func either(cond bool, yes, no string) string {
	if cond {
		return yes
	}
	return no
}
