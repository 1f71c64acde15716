package resolvers

import (
	"github.com/99designs/gqlgen/graphql"

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

// programParts maps the parts of a program: nil when the input has none, else a list, empty or not.
func programParts(in []*model.ProgramPartInput) []telework.ProgramPartInput {
	if in == nil {
		return nil
	}
	out := make([]telework.ProgramPartInput, len(in))
	for i, p := range in {
		out[i] = telework.ProgramPartInput{TitleJa: p.TitleJa, TitleEn: p.TitleEn, StartsAt: p.StartsAt, EndsAt: p.EndsAt}
	}
	return out
}

func newEvent(in model.CreateEventInput) telework.NewEvent {
	return telework.NewEvent{
		FiscalYear: in.FiscalYear, HostMinistryCode: in.HostMinistryCode, CoHostMinistryCodes: in.CoHostMinistryCodes,
		Kind: in.Kind, TitleJa: in.TitleJa, TitleEn: in.TitleEn, DescriptionJa: in.DescriptionJa, DescriptionEn: in.DescriptionEn,
		StartsAt: in.StartsAt, EndsAt: in.EndsAt, Tentative: in.Tentative != nil && *in.Tentative,
		ProgramParts: programParts(in.ProgramParts), Venue: venueInput(in.Venue), OnlineStreaming: in.OnlineStreaming,
		StreamingURL: in.StreamingURL, FeeYen: in.FeeYen, Capacity: in.Capacity, ApplicationDeadline: in.ApplicationDeadline,
	}
}

// orCleared maps an omittable input field: omitted stays as it is, null clears the field.
func orCleared[T any](o graphql.Omittable[*T]) telework.Nullable[T] {
	v, set := o.ValueOK()
	return telework.Nullable[T]{Set: set, Value: v}
}

// eventChanges maps an UpdateEventInput: an omitted field stays as it is; null clears the fields an
// event may lack, and leaves the others as they are.
func eventChanges(in model.UpdateEventInput) telework.EventChanges {
	c := telework.EventChanges{
		CoHostMinistryCodes: in.CoHostMinistryCodes, Kind: in.Kind, TitleJa: in.TitleJa,
		TitleEn: orCleared(in.TitleEn), DescriptionJa: orCleared(in.DescriptionJa),
		DescriptionEn: orCleared(in.DescriptionEn), StartsAt: in.StartsAt, EndsAt: in.EndsAt,
		Tentative: in.Tentative, ProgramParts: programParts(in.ProgramParts),
		OnlineStreaming: in.OnlineStreaming, StreamingURL: orCleared(in.StreamingURL), FeeYen: in.FeeYen,
		Capacity: orCleared(in.Capacity), ApplicationDeadline: orCleared(in.ApplicationDeadline),
	}
	if v, set := in.Venue.ValueOK(); set {
		c.Venue = telework.Nullable[telework.VenueInput]{Set: true, Value: venueInput(v)}
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
