package resolvers

import (
	"github.com/teleworkmonth/platform/graph/model"
	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/event"
	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/telework"
)

// keyOf decodes the global ID of an object of kind, for a mutation's argument. An ID that is not
// one of kind answers NOT_FOUND, like an ID of nothing: IDs are opaque.
func keyOf(kind relay.Kind, id, field string) (int64, error) {
	key, err := relay.ParseIDOf(kind, id)
	if err != nil {
		return 0, &apperr.Error{Code: apperr.NotFound, Field: field, Message: field + ": no " + string(kind) + " has this ID"}
	}
	return key, nil
}

// optionalKeyOf is keyOf for an optional ID argument.
func optionalKeyOf(kind relay.Kind, id *string, field string) (*int64, error) {
	if id == nil {
		return nil, nil
	}
	key, err := keyOf(kind, *id, field)
	if err != nil {
		return nil, err
	}
	return &key, nil
}

func venueInput(v *model.VenueInput) *telework.VenueInput {
	if v == nil {
		return nil
	}
	return &telework.VenueInput{NameJa: v.NameJa, NameEn: v.NameEn, AddressJa: v.AddressJa, AddressEn: v.AddressEn, Prefecture: v.Prefecture}
}

func newEvent(in model.CreateEventInput) telework.NewEvent {
	return telework.NewEvent{
		FiscalYear: in.FiscalYear, HostMinistryCode: in.HostMinistryCode, CoHostMinistryCodes: in.CoHostMinistryCodes,
		Kind: in.Kind, TitleJa: in.TitleJa, TitleEn: in.TitleEn, DescriptionJa: in.DescriptionJa, DescriptionEn: in.DescriptionEn,
		StartsAt: in.StartsAt, EndsAt: in.EndsAt, Venue: venueInput(in.Venue), OnlineStreaming: in.OnlineStreaming,
		FeeYen: in.FeeYen, Capacity: in.Capacity, ApplicationDeadline: in.ApplicationDeadline,
	}
}

// eventChanges maps an UpdateEventInput: an omitted or null field stays as it is.
func eventChanges(in model.UpdateEventInput) telework.EventChanges {
	c := telework.EventChanges{
		CoHostMinistryCodes: in.CoHostMinistryCodes, Kind: in.Kind, TitleJa: in.TitleJa,
		TitleEn: telework.IfGiven(in.TitleEn), DescriptionJa: telework.IfGiven(in.DescriptionJa),
		DescriptionEn: telework.IfGiven(in.DescriptionEn), StartsAt: in.StartsAt, EndsAt: in.EndsAt,
		OnlineStreaming: in.OnlineStreaming, FeeYen: in.FeeYen, Capacity: telework.IfGiven(in.Capacity),
		ApplicationDeadline: telework.IfGiven(in.ApplicationDeadline),
	}
	if in.Venue != nil {
		c.Venue = telework.SetTo(*venueInput(in.Venue))
	}
	return c
}

func newAwardProgram(in model.CreateAwardProgramInput) (telework.NewAwardProgram, error) {
	ceremony, err := optionalKeyOf(relay.KindEvent, in.CeremonyEventID, "input.ceremonyEventId")
	return telework.NewAwardProgram{
		FiscalYear: in.FiscalYear, MinistryCode: in.MinistryCode, NameJa: in.NameJa, NameEn: in.NameEn,
		DescriptionJa: in.DescriptionJa, DescriptionEn: in.DescriptionEn, EntryOpensAt: in.EntryOpensAt,
		EntryClosesAt: in.EntryClosesAt, CeremonyEventID: ceremony,
	}, err
}

// awardProgramChanges maps an UpdateAwardProgramInput: an omitted or null field stays as it is.
func awardProgramChanges(in model.UpdateAwardProgramInput) (telework.AwardProgramChanges, error) {
	ceremony, err := optionalKeyOf(relay.KindEvent, in.CeremonyEventID, "input.ceremonyEventId")
	return telework.AwardProgramChanges{
		NameJa: in.NameJa, NameEn: telework.IfGiven(in.NameEn), DescriptionJa: telework.IfGiven(in.DescriptionJa),
		DescriptionEn: telework.IfGiven(in.DescriptionEn), EntryOpensAt: telework.IfGiven(in.EntryOpensAt),
		EntryClosesAt: telework.IfGiven(in.EntryClosesAt), CeremonyEventID: telework.IfGiven(ceremony),
	}, err
}

func eventPayload(e *telework.Event, err error) (*model.EventPayload, error) {
	if err != nil {
		return nil, err
	}
	return &model.EventPayload{Event: e}, nil
}

func awardProgramPayload(p *telework.AwardProgram, err error) (*model.AwardProgramPayload, error) {
	if err != nil {
		return nil, err
	}
	return &model.AwardProgramPayload{AwardProgram: p}, nil
}

func registrantPayload(r *telework.Registrant, err error) (*model.RegistrantPayload, error) {
	if err != nil {
		return nil, err
	}
	return &model.RegistrantPayload{Registrant: r}, nil
}

func checkInPayload(c *event.CheckedIn, err error) (*model.CheckInPayload, error) {
	if err != nil {
		return nil, err
	}
	return &model.CheckInPayload{Application: c.Application, CheckedInCount: c.CheckedInCount}, nil
}
