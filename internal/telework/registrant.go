package telework

import (
	"time"

	"github.com/lib/pq"
)

// RegistrantKind is what kind of participant a registrant is.
type RegistrantKind string

// RegistrantStatus is where a registration stands.
type RegistrantStatus string

// The statuses of a registration.
const (
	RegistrantRegistered RegistrantStatus = "REGISTERED"
	RegistrantApproved   RegistrantStatus = "APPROVED"
	RegistrantRejected   RegistrantStatus = "REJECTED"
	RegistrantWithdrawn  RegistrantStatus = "WITHDRAWN"
)

// ActivityCategory is how a registrant takes part: practising, learning or promoting telework.
type ActivityCategory string

// ActivityCategories lists the categories in the order of the call for participation.
var ActivityCategories = []ActivityCategory{"PRACTICING", "LEARNING", "PROMOTING"}

// Registrant is a body or a person taking part in one campaign.
type Registrant struct {
	ID                 int64            `db:"id"`
	Version            int              `db:"version"`
	CampaignID         int64            `db:"campaign_id"`
	Kind               RegistrantKind   `db:"kind"`
	Name               string           `db:"name"`
	NameKana           *string          `db:"name_kana"`
	Prefecture         *Prefecture      `db:"prefecture"`
	Industry           *string          `db:"industry"`
	EmployeeCount      *int             `db:"employee_count"`
	TeleworkerCount    *int             `db:"teleworker_count"`
	TeleworkIntroduced *bool            `db:"telework_introduced"`
	ActivityList       pq.StringArray   `db:"activities"`
	PublishName        bool             `db:"publish_name"`
	Status             RegistrantStatus `db:"status"`
	ContactName        string           `db:"contact_name"`
	ContactEmail       string           `db:"contact_email"`
	ContactPhone       *string          `db:"contact_phone"`
	RegisteredAt       time.Time        `db:"registered_at"`
}

// Activities are the registrant's activity categories.
func (r *Registrant) Activities() []ActivityCategory {
	out := make([]ActivityCategory, len(r.ActivityList))
	for i, a := range r.ActivityList {
		out[i] = ActivityCategory(a)
	}
	return out
}

// Contact is who to contact about the registration.
func (r *Registrant) Contact() *Contact {
	return &Contact{Name: r.ContactName, Email: r.ContactEmail, Phone: r.ContactPhone}
}

// Listed reports whether the registrant belongs on the public list: approved, and consented.
func (r *Registrant) Listed() bool {
	return r.Status == RegistrantApproved && r.PublishName
}

// Contact is a contact person: personal data.
type Contact struct {
	Name  string
	Email string
	Phone *string
}
