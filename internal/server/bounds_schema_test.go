package server_test

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"

	"github.com/teleworkmonth/platform/graph"
	"github.com/teleworkmonth/platform/internal/audit"
	"github.com/teleworkmonth/platform/internal/auth"
	"github.com/teleworkmonth/platform/internal/registrant"
	"github.com/teleworkmonth/platform/internal/server"
	"github.com/teleworkmonth/platform/internal/telework"
	"github.com/teleworkmonth/platform/internal/user"
)

// domainLimits are the limits of the domain's validators that each @maxLength of the schema
// states to partners, by the schema coordinate of the argument or input field.
var domainLimits = map[string]int{
	"Query.explainAccess(email:)":           telework.MaxEmailLength,
	"Mutation.login(email:)":                telework.MaxEmailLength,
	"Mutation.login(password:)":             user.MaxPasswordLength,
	"Mutation.login(code:)":                 auth.MaxTwoStepCodeLength,
	"Mutation.confirmTwoStepSetup(code:)":   auth.MaxTwoStepCodeLength,
	"Mutation.turnOffTwoStep(code:)":        auth.MaxTwoStepCodeLength,
	"Mutation.turnOffTwoStep(password:)":    user.MaxPasswordLength,
	"Mutation.decideAwardEntry(citation:)":  telework.MaxCitationLength,
	"Mutation.rejectRegistrant(reason:)":    registrant.MaxRejectReasonLength,
	"ContactInput.name":                     telework.MaxContactNameLength,
	"ContactInput.email":                    telework.MaxEmailLength,
	"VenueInput.nameJa":                     telework.MaxTitleLength,
	"VenueInput.nameEn":                     telework.MaxTitleLength,
	"VenueInput.addressJa":                  telework.MaxAddressLength,
	"VenueInput.addressEn":                  telework.MaxAddressLength,
	"RegisterActivityInput.name":            telework.MaxNameLength,
	"RegisterActivityInput.nameKana":        telework.MaxNameLength,
	"RegisterActivityInput.industry":        telework.MaxIndustryLength,
	"UpdateMyRegistrationInput.name":        telework.MaxNameLength,
	"UpdateMyRegistrationInput.industry":    telework.MaxIndustryLength,
	"ApplyToEventInput.attendeeName":        telework.MaxAttendeeNameLength,
	"ApplyToEventInput.attendeeEmail":       telework.MaxAttendeeEmailLength,
	"ApplyToEventInput.organization":        telework.MaxOrganizationLength,
	"ApplyToEventInput.idempotencyKey":      telework.MaxIdempotencyKeyLength,
	"SubmitAwardEntryInput.summary":         telework.MaxEntrySummary,
	"SubmitAwardEntryInput.contactEmail":    telework.MaxEmailLength,
	"CreateEventInput.titleJa":              telework.MaxTitleLength,
	"CreateEventInput.titleEn":              telework.MaxTitleLength,
	"CreateEventInput.descriptionJa":        telework.MaxDescriptionLength,
	"CreateEventInput.descriptionEn":        telework.MaxDescriptionLength,
	"UpdateEventInput.titleJa":              telework.MaxTitleLength,
	"UpdateEventInput.titleEn":              telework.MaxTitleLength,
	"UpdateEventInput.descriptionJa":        telework.MaxDescriptionLength,
	"UpdateEventInput.descriptionEn":        telework.MaxDescriptionLength,
	"CreateEventInput.streamingUrl":         telework.MaxURLLength,
	"UpdateEventInput.streamingUrl":         telework.MaxURLLength,
	"ProgramPartInput.titleJa":              telework.MaxTitleLength,
	"ProgramPartInput.titleEn":              telework.MaxTitleLength,
	"CreateAwardProgramInput.nameJa":        telework.MaxTitleLength,
	"CreateAwardProgramInput.nameEn":        telework.MaxTitleLength,
	"CreateAwardProgramInput.descriptionJa": telework.MaxDescriptionLength,
	"CreateAwardProgramInput.descriptionEn": telework.MaxDescriptionLength,
	"UpdateAwardProgramInput.nameJa":        telework.MaxTitleLength,
	"UpdateAwardProgramInput.nameEn":        telework.MaxTitleLength,
	"UpdateAwardProgramInput.descriptionJa": telework.MaxDescriptionLength,
	"UpdateAwardProgramInput.descriptionEn": telework.MaxDescriptionLength,
	"CreateUserInput.email":                 telework.MaxEmailLength,
	"CreateUserInput.displayName":           user.MaxDisplayNameLength,
	"CreateUserInput.password":              user.MaxPasswordLength,
	"InviteStaffInput.email":                telework.MaxEmailLength,
	"InviteStaffInput.displayName":          user.MaxDisplayNameLength,
	"Mutation.acceptInvitation(password:)":  user.MaxPasswordLength,
	"Mutation.resetPassword(password:)":     user.MaxPasswordLength,
	"Mutation.requestPasswordReset(email:)": telework.MaxEmailLength,
	// A search of the staff list may be a whole email.
	"Query.staff(search:)":          telework.MaxEmailLength,
	"RoleInput.email":               telework.MaxEmailLength,
	"CreateApiKeyInput.name":        auth.MaxAPIKeyNameLength,
	"EventFilter.search":            telework.MaxSearchLength,
	"RegistrantFilter.search":       telework.MaxSearchLength,
	"Event.applications(search:)":   telework.MaxSearchLength,
	"AwardProgram.entries(search:)": telework.MaxSearchLength,
	"AuditFilter.actorEmail":        telework.MaxEmailLength,
	"AuditFilter.objectType":        audit.MaxObjectTypeLength,
}

// TestSchemaBoundsAgreeWithTheDomain: every @maxLength of the schema is the limit of the domain's
// validator for that input, and each such limit is stated in the schema; the description of
// @maxLength states the default that the server applies to every other string.
func TestSchemaBoundsAgreeWithTheDomain(t *testing.T) {
	schema := graph.NewExecutableSchema(graph.Config{}).Schema()
	bounds := map[string]int{}
	read := func(coordinate string, directives ast.DirectiveList) {
		if d := directives.ForName("maxLength"); d != nil {
			n, err := strconv.Atoi(d.Arguments.ForName("n").Value.Raw)
			if err != nil {
				t.Fatalf("%s: %v", coordinate, err)
			}
			bounds[coordinate] = n
		}
	}
	for _, def := range schema.Types {
		for _, f := range def.Fields {
			read(def.Name+"."+f.Name, f.Directives)
			for _, a := range f.Arguments {
				read(def.Name+"."+f.Name+"("+a.Name+":)", a.Directives)
			}
		}
	}
	for _, coordinate := range slices.Sorted(maps.Keys(bounds)) {
		limit, ok := domainLimits[coordinate]
		switch {
		case !ok:
			t.Errorf("%s: @maxLength(n: %d) has no domain limit in this test's table", coordinate, bounds[coordinate])
		case limit != bounds[coordinate]:
			t.Errorf("%s: @maxLength(n: %d), but the domain's limit is %d", coordinate, bounds[coordinate], limit)
		}
	}
	for _, coordinate := range slices.Sorted(maps.Keys(domainLimits)) {
		if _, ok := bounds[coordinate]; !ok {
			t.Errorf("%s: the domain limits it to %d characters, but the schema says nothing", coordinate, domainLimits[coordinate])
		}
	}
	want := "at most " + strconv.Itoa(server.DefaultMaxLength) + " characters"
	if d := schema.Directives["maxLength"]; d == nil || !strings.Contains(strings.Join(strings.Fields(d.Description), " "), want) {
		t.Errorf("the description of @maxLength does not state the default (%q)", want)
	}
}
