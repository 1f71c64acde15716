package resolvers

import (
	"github.com/teleworkmonth/platform/graph/model"
	"github.com/teleworkmonth/platform/internal/telework"
)

func contact(in *model.ContactInput) *telework.Contact {
	if in == nil {
		return nil
	}
	return &telework.Contact{Name: in.Name, Email: in.Email, Phone: in.Phone}
}

func newRegistration(in model.RegisterActivityInput) telework.NewRegistration {
	return telework.NewRegistration{
		FiscalYear: in.FiscalYear, Kind: in.Kind, Name: in.Name, NameKana: in.NameKana, Prefecture: in.Prefecture,
		Industry: in.Industry, EmployeeCount: in.EmployeeCount, TeleworkerCount: in.TeleworkerCount,
		TeleworkIntroduced: in.TeleworkIntroduced, Activities: in.Activities, PublishName: in.PublishName,
		Contact: *contact(in.Contact),
	}
}

// registrationChanges maps an UpdateMyRegistrationInput: an omitted or null field stays as it is.
func registrationChanges(in model.UpdateMyRegistrationInput) telework.RegistrationChanges {
	return telework.RegistrationChanges{
		Name: in.Name, Prefecture: in.Prefecture, Industry: telework.IfGiven(in.Industry),
		EmployeeCount: telework.IfGiven(in.EmployeeCount), Activities: in.Activities,
		PublishName: in.PublishName, Contact: contact(in.Contact),
	}
}

func newApplication(eventID int64, in model.ApplyToEventInput) telework.NewApplication {
	return telework.NewApplication{
		EventID: eventID, AttendeeName: in.AttendeeName, AttendeeEmail: in.AttendeeEmail,
		Organization: in.Organization, Attendance: in.Attendance, IdempotencyKey: in.IdempotencyKey,
	}
}
