package telework

import (
	"slices"
	"unicode/utf8"

	"github.com/lib/pq"

	"github.com/teleworkmonth/platform/internal/apperr"
)

// Limits of what a registrant enters.
const (
	MaxNameLength        = 200 // the name and its reading
	MaxIndustryLength    = 100
	MaxContactNameLength = 100
	MaxHeadcount         = 10_000_000 // employeeCount and teleworkerCount
	MaxEntrySummary      = 4000       // an award entry's summary
)

// The kinds of registrant.
const (
	KindCompany         RegistrantKind = "COMPANY"
	KindLocalGovernment RegistrantKind = "LOCAL_GOVERNMENT"
	KindOrganization    RegistrantKind = "ORGANIZATION"
	KindIndividual      RegistrantKind = "INDIVIDUAL"
)

// Valid reports whether k is one of the kinds of registrant.
func (k RegistrantKind) Valid() bool {
	switch k {
	case KindCompany, KindLocalGovernment, KindOrganization, KindIndividual:
		return true
	}
	return false
}

// IsBody reports whether k is a body (a company, a local government or an organization) rather
// than a person: bodies give the prefecture of their head office, people do not.
func (k RegistrantKind) IsBody() bool { return k.Valid() && k != KindIndividual }

// Valid reports whether a is one of the activity categories.
func (a ActivityCategory) Valid() bool { return slices.Contains(ActivityCategories, a) }

// NewRegistration is what registering an activity takes (RegisterActivityInput). The registrant
// starts REGISTERED, at version 1, for the secretariat to approve.
type NewRegistration struct {
	FiscalYear         int
	Kind               RegistrantKind
	Name               string
	NameKana           *string
	Prefecture         *Prefecture // required for bodies, absent for individuals
	Industry           *string
	EmployeeCount      *int
	TeleworkerCount    *int
	TeleworkIntroduced *bool
	Activities         []ActivityCategory
	PublishName        bool
	Contact            Contact
}

// Validate checks a registration and normalizes it: texts in NFKC with their spaces tidied
// (NormalizeName), the reading in katakana (NormalizeKana), the email's domain in lower case, the
// telephone number with ASCII hyphens (NormalizePhone), empty optional texts absent, activities
// in the order of the call for participation. Its errors are BAD_USER_INPUT naming the field as
// RegisterActivityInput names it, e.g. input.nameKana or input.contact.email.
func (n *NewRegistration) Validate() error {
	if n.FiscalYear < 1989 || n.FiscalYear > 2200 {
		return apperr.Invalid("input.fiscalYear", "must be a fiscal year such as 2026")
	}
	if !n.Kind.Valid() {
		return apperr.Invalid("input.kind", "must be COMPANY, LOCAL_GOVERNMENT, ORGANIZATION or INDIVIDUAL")
	}
	var err error
	if n.Name, err = requiredName("input.name", n.Name, MaxNameLength); err != nil {
		return err
	}
	if n.NameKana, err = optionalKana("input.nameKana", n.NameKana); err != nil {
		return err
	}
	switch {
	case n.Kind.IsBody() && n.Prefecture == nil:
		return apperr.Invalid("input.prefecture", "is required for a company, local government or organization: the prefecture of its head office")
	case !n.Kind.IsBody() && n.Prefecture != nil:
		return apperr.Invalid("input.prefecture", "must be absent for an individual: only bodies give the prefecture of their head office")
	case n.Prefecture != nil && !n.Prefecture.Valid():
		return apperr.Invalid("input.prefecture", "must be one of the 47 prefectures, e.g. TOKYO")
	}
	if n.Industry, err = optionalName("input.industry", n.Industry, MaxIndustryLength); err != nil {
		return err
	}
	if err := headcount("input.employeeCount", n.EmployeeCount); err != nil {
		return err
	}
	if err := headcount("input.teleworkerCount", n.TeleworkerCount); err != nil {
		return err
	}
	if n.TeleworkerCount != nil && n.EmployeeCount != nil && *n.TeleworkerCount > *n.EmployeeCount {
		return apperr.Invalid("input.teleworkerCount", "must not exceed input.employeeCount (%d)", *n.EmployeeCount)
	}
	if n.Activities, err = activityList("input.activities", n.Activities); err != nil {
		return err
	}
	return n.Contact.validate("input.contact")
}

// Registrant returns the registrant that n describes, in a campaign.
func (n *NewRegistration) Registrant(campaignID int64) *Registrant {
	return &Registrant{
		Version:            1,
		CampaignID:         campaignID,
		Kind:               n.Kind,
		Name:               n.Name,
		NameKana:           n.NameKana,
		Prefecture:         n.Prefecture,
		Industry:           n.Industry,
		EmployeeCount:      n.EmployeeCount,
		TeleworkerCount:    n.TeleworkerCount,
		TeleworkIntroduced: n.TeleworkIntroduced,
		ActivityList:       activityStrings(n.Activities),
		PublishName:        n.PublishName,
		Status:             RegistrantRegistered,
		ContactName:        n.Contact.Name,
		ContactEmail:       n.Contact.Email,
		ContactPhone:       n.Contact.Phone,
	}
}

// RegistrationChanges are a registrant's changes to its own registration
// (UpdateMyRegistrationInput): nil and unset fields stay as they are. Contact, when given,
// replaces the whole contact, its telephone number included. Activities, when not nil, replaces
// the categories.
type RegistrationChanges struct {
	Name          *string
	Prefecture    *Prefecture
	Industry      Nullable[string] // cleared (or set to blank): none
	EmployeeCount Nullable[int]
	Activities    []ActivityCategory
	PublishName   *bool
	Contact       *Contact
}

// Validate checks each change on its own and normalizes it as NewRegistration.Validate does;
// Apply checks the rules that join fields, against the registration changed. Errors name the
// field as UpdateMyRegistrationInput names it.
func (c *RegistrationChanges) Validate() error {
	if c.Name != nil {
		name, err := requiredName("input.name", *c.Name, MaxNameLength)
		if err != nil {
			return err
		}
		c.Name = &name
	}
	if c.Prefecture != nil && !c.Prefecture.Valid() {
		return apperr.Invalid("input.prefecture", "must be one of the 47 prefectures, e.g. TOKYO")
	}
	if c.Industry.Value != nil {
		var err error
		if c.Industry.Value, err = optionalName("input.industry", c.Industry.Value, MaxIndustryLength); err != nil {
			return err
		}
	}
	if err := headcount("input.employeeCount", c.EmployeeCount.Value); err != nil {
		return err
	}
	if c.Activities != nil {
		var err error
		if c.Activities, err = activityList("input.activities", c.Activities); err != nil {
			return err
		}
	}
	if c.Contact != nil {
		return c.Contact.validate("input.contact")
	}
	return nil
}

// Apply applies validated changes to r and checks the rules that join fields: only bodies have a
// prefecture, and teleworkers are not more than employees.
func (c *RegistrationChanges) Apply(r *Registrant) error {
	if c.Prefecture != nil && !r.Kind.IsBody() {
		return apperr.Invalid("input.prefecture", "must be absent for an individual: only bodies give the prefecture of their head office")
	}
	if c.Name != nil {
		r.Name = *c.Name
	}
	if c.Prefecture != nil {
		p := *c.Prefecture
		r.Prefecture = &p
	}
	setNullable(&r.Industry, c.Industry)
	setNullable(&r.EmployeeCount, c.EmployeeCount)
	if c.Activities != nil {
		r.ActivityList = activityStrings(c.Activities)
	}
	if c.PublishName != nil {
		r.PublishName = *c.PublishName
	}
	if c.Contact != nil {
		r.ContactName, r.ContactEmail, r.ContactPhone = c.Contact.Name, c.Contact.Email, c.Contact.Phone
	}
	if r.TeleworkerCount != nil && r.EmployeeCount != nil && *r.TeleworkerCount > *r.EmployeeCount {
		return apperr.Invalid("input.employeeCount", "must not be below the %d teleworkers reported", *r.TeleworkerCount)
	}
	return nil
}

// PublicTextChanged reports whether a change from before to after touches the free texts that
// the public list shows (the name and the industry): an approved registrant that changes them goes
// back to the secretariat for approval, so that nothing reaches the public list unreviewed.
func PublicTextChanged(before, after *Registrant) bool {
	return before.Name != after.Name || !equalOptional(before.Industry, after.Industry)
}

// NewAwardEntry is what entering an award program takes (SubmitAwardEntryInput).
type NewAwardEntry struct {
	ProgramID    int64
	Summary      string
	ContactEmail string
}

// Validate checks an entry and normalizes it: the summary trimmed, 1 to 4,000 characters, line
// breaks allowed (as \n); the email as a contact's. Its errors are BAD_USER_INPUT naming the field
// as SubmitAwardEntryInput names it.
func (n *NewAwardEntry) Validate() error {
	if n.ProgramID <= 0 {
		return apperr.Invalid("input.programId", "is not an award program")
	}
	summary, err := CleanText("input.summary", n.Summary, MaxEntrySummary, true)
	if err != nil {
		return err
	}
	if summary == "" {
		return apperr.Invalid("input.summary", "is required: 1 to %d characters", MaxEntrySummary)
	}
	n.Summary = summary
	n.ContactEmail, err = contactEmailText("input.contactEmail", n.ContactEmail)
	return err
}

// validate checks and normalizes a contact as ContactInput gives it; field is the input's name.
func (c *Contact) validate(field string) error {
	var err error
	if c.Name, err = requiredName(field+".name", c.Name, MaxContactNameLength); err != nil {
		return err
	}
	if c.Email, err = contactEmailText(field+".email", c.Email); err != nil {
		return err
	}
	c.Phone, err = optionalPhone(field+".phone", c.Phone)
	return err
}

// requiredName normalizes a required one-line text with NormalizeName: 1 to limit characters, no
// control characters.
func requiredName(field, s string, limit int) (string, error) {
	t, err := nameText(field, s, limit)
	if err == nil && t == "" {
		err = apperr.Invalid(field, "is required: 1 to %d characters", limit)
	}
	return t, err
}

// optionalName normalizes an optional one-line text with NormalizeName: absent when empty.
func optionalName(field string, s *string, limit int) (*string, error) {
	if s == nil {
		return nil, nil
	}
	t, err := nameText(field, *s, limit)
	if err != nil || t == "" {
		return nil, err
	}
	return &t, nil
}

func nameText(field, s string, limit int) (string, error) {
	if !utf8.ValidString(s) {
		return "", apperr.Invalid(field, "is not valid UTF-8 text")
	}
	s = NormalizeName(s)
	if hasControlOrFormat(s) {
		return "", apperr.Invalid(field, "must be one line without control characters")
	}
	if n := utf8.RuneCountInString(s); n > limit {
		return "", apperr.Invalid(field, "must be at most %d characters, not %d", limit, n)
	}
	return s, nil
}

// optionalKana normalizes the reading of a name with NormalizeKana: absent when empty.
func optionalKana(field string, s *string) (*string, error) {
	if s == nil {
		return nil, nil
	}
	if !utf8.ValidString(*s) {
		return nil, apperr.Invalid(field, "is not valid UTF-8 text")
	}
	k := NormalizeKana(*s)
	switch {
	case k == "":
		return nil, nil
	case hasControlOrFormat(k):
		return nil, apperr.Invalid(field, "must be one line without control characters")
	case utf8.RuneCountInString(k) > MaxNameLength:
		return nil, apperr.Invalid(field, "must be at most %d characters, not %d", MaxNameLength, utf8.RuneCountInString(k))
	case !IsKana(k):
		return nil, apperr.Invalid(field, "must be in katakana (hiragana is converted), with ー, ・ and spaces only, e.g. テレワーク ゲッカン")
	}
	return &k, nil
}

// contactEmailText normalizes a required email address with NormalizeEmail and checks it with IsEmail.
func contactEmailText(field, s string) (string, error) {
	if !utf8.ValidString(s) {
		return "", apperr.Invalid(field, "is not valid UTF-8 text")
	}
	s = NormalizeEmail(s)
	switch {
	case s == "":
		return "", apperr.Invalid(field, "is required: an email address such as taro@example.jp")
	case len(s) > MaxEmailLength:
		return "", apperr.Invalid(field, "must be at most %d characters", MaxEmailLength)
	case !IsEmail(s):
		return "", apperr.Invalid(field, "must be an email address such as taro@example.jp")
	}
	return s, nil
}

// optionalPhone normalizes an optional telephone number with NormalizePhone and checks it with
// IsPhone: absent when empty.
func optionalPhone(field string, s *string) (*string, error) {
	if s == nil {
		return nil, nil
	}
	if !utf8.ValidString(*s) {
		return nil, apperr.Invalid(field, "is not valid UTF-8 text")
	}
	p := NormalizePhone(*s)
	if p == "" {
		return nil, nil
	}
	if !IsPhone(p) {
		return nil, apperr.Invalid(field, "must be a Japanese telephone number, 10 or 11 digits with optional hyphens, such as 03-1234-5678, or +81-3-1234-5678")
	}
	return &p, nil
}

func headcount(field string, n *int) error {
	if n != nil && (*n < 0 || *n > MaxHeadcount) {
		return apperr.Invalid(field, "must be 0 to %d", MaxHeadcount)
	}
	return nil
}

// activityList checks a list of activity categories (at least one, each once) and returns it in
// the order of the call for participation.
func activityList(field string, list []ActivityCategory) ([]ActivityCategory, error) {
	if len(list) == 0 {
		return nil, apperr.Invalid(field, "must name at least one of PRACTICING, LEARNING and PROMOTING")
	}
	for i, a := range list {
		if !a.Valid() {
			return nil, apperr.Invalid(field, "must name only PRACTICING, LEARNING and PROMOTING")
		}
		if slices.Contains(list[:i], a) {
			return nil, apperr.Invalid(field, "names %s twice", a)
		}
	}
	out := make([]ActivityCategory, 0, len(list))
	for _, a := range ActivityCategories {
		if slices.Contains(list, a) {
			out = append(out, a)
		}
	}
	return out, nil
}

func activityStrings(list []ActivityCategory) pq.StringArray {
	out := make(pq.StringArray, len(list))
	for i, a := range list {
		out[i] = string(a)
	}
	return out
}

func equalOptional[T comparable](a, b *T) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}
