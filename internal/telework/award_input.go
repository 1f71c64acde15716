package telework

import (
	"time"

	"github.com/teleworkmonth/platform/internal/apperr"
)

// MaxCitationLength is the longest citation of an award decision.
const MaxCitationLength = 2000

// Valid reports whether d is one of the decisions on an award entry.
func (d AwardDecision) Valid() bool {
	switch d {
	case DecisionShortlist, DecisionAward, DecisionNotAward:
		return true
	}
	return false
}

// Status is the status an entry takes with the decision.
func (d AwardDecision) Status() AwardEntryStatus {
	switch d {
	case DecisionShortlist:
		return AwardShortlisted
	case DecisionAward:
		return AwardAwarded
	}
	return "NOT_AWARDED"
}

// ValidCitation checks and normalizes the citation of a decision: trimmed, at most 2,000
// characters, line breaks allowed; empty is none. Errors name the argument, citation.
func ValidCitation(citation *string) (*string, error) {
	if err := optionalTexts(textField{"citation", &citation, MaxCitationLength, true}); err != nil {
		return nil, err
	}
	return citation, nil
}

// NewAwardProgram is what creating an award program takes (CreateAwardProgramInput).
type NewAwardProgram struct {
	FiscalYear      int
	MinistryCode    string
	NameJa          string
	NameEn          *string
	DescriptionJa   *string
	DescriptionEn   *string
	EntryOpensAt    *time.Time
	EntryClosesAt   *time.Time
	CeremonyEventID *int64
}

// Validate checks a new program and normalizes it as NewEvent.Validate does. Its errors are
// BAD_USER_INPUT naming the field as CreateAwardProgramInput names it.
func (n *NewAwardProgram) Validate() error {
	if n.FiscalYear < 1989 || n.FiscalYear > 2200 {
		return apperr.Invalid("input.fiscalYear", "must be a fiscal year such as 2023")
	}
	var err error
	if n.MinistryCode, err = ministryCode("input.ministryCode", n.MinistryCode); err != nil {
		return err
	}
	if err := requiredText("input.nameJa", &n.NameJa, MaxTitleLength); err != nil {
		return err
	}
	if err := optionalTexts(
		textField{"input.nameEn", &n.NameEn, MaxTitleLength, false},
		textField{"input.descriptionJa", &n.DescriptionJa, MaxDescriptionLength, true},
		textField{"input.descriptionEn", &n.DescriptionEn, MaxDescriptionLength, true},
	); err != nil {
		return err
	}
	if n.DescriptionJa == nil && n.DescriptionEn != nil {
		return apperr.Invalid("input.descriptionJa", "is required with input.descriptionEn")
	}
	if n.EntryOpensAt != nil && n.EntryClosesAt != nil && !n.EntryClosesAt.After(*n.EntryOpensAt) {
		return apperr.Invalid("input.entryClosesAt", "must be after input.entryOpensAt")
	}
	if n.CeremonyEventID != nil && *n.CeremonyEventID <= 0 {
		return apperr.Invalid("input.ceremonyEventId", "is not an event")
	}
	return nil
}

// Program returns the program that n describes, in a campaign and run by a ministry.
func (n *NewAwardProgram) Program(campaignID, ministryID int64) *AwardProgram {
	return &AwardProgram{
		Version:         1,
		CampaignID:      campaignID,
		MinistryID:      ministryID,
		NameJa:          n.NameJa,
		NameEn:          n.NameEn,
		DescriptionJa:   n.DescriptionJa,
		DescriptionEn:   n.DescriptionEn,
		EntryOpensAt:    n.EntryOpensAt,
		EntryClosesAt:   n.EntryClosesAt,
		CeremonyEventID: n.CeremonyEventID,
	}
}

// AwardProgramChanges are the changes of an award program (UpdateAwardProgramInput): nil and
// unset fields stay as they are.
type AwardProgramChanges struct {
	NameJa          *string
	NameEn          Nullable[string]
	DescriptionJa   Nullable[string]
	DescriptionEn   Nullable[string]
	EntryOpensAt    Nullable[time.Time]
	EntryClosesAt   Nullable[time.Time]
	CeremonyEventID Nullable[int64]
}

// Validate checks each change on its own and normalizes it; Apply checks the rules that join
// fields. Errors name the field as UpdateAwardProgramInput names it.
func (c *AwardProgramChanges) Validate() error {
	if c.NameJa != nil {
		if err := requiredText("input.nameJa", c.NameJa, MaxTitleLength); err != nil {
			return err
		}
	}
	if err := optionalTexts(
		textField{"input.nameEn", &c.NameEn.Value, MaxTitleLength, false},
		textField{"input.descriptionJa", &c.DescriptionJa.Value, MaxDescriptionLength, true},
		textField{"input.descriptionEn", &c.DescriptionEn.Value, MaxDescriptionLength, true},
	); err != nil {
		return err
	}
	if c.CeremonyEventID.Value != nil && *c.CeremonyEventID.Value <= 0 {
		return apperr.Invalid("input.ceremonyEventId", "is not an event")
	}
	return nil
}

// MovesEntryWindow reports whether the changes move p's entry window.
func (c *AwardProgramChanges) MovesEntryWindow(p *AwardProgram) bool {
	return c.EntryOpensAt.Set && !sameTime(c.EntryOpensAt.Value, p.EntryOpensAt) ||
		c.EntryClosesAt.Set && !sameTime(c.EntryClosesAt.Value, p.EntryClosesAt)
}

// Apply applies the changes to p and checks that entries close after they open.
func (c *AwardProgramChanges) Apply(p *AwardProgram) error {
	if c.NameJa != nil {
		p.NameJa = *c.NameJa
	}
	setNullable(&p.NameEn, c.NameEn)
	setNullable(&p.DescriptionJa, c.DescriptionJa)
	setNullable(&p.DescriptionEn, c.DescriptionEn)
	setNullable(&p.EntryOpensAt, c.EntryOpensAt)
	setNullable(&p.EntryClosesAt, c.EntryClosesAt)
	setNullable(&p.CeremonyEventID, c.CeremonyEventID)
	switch {
	case p.DescriptionJa == nil && p.DescriptionEn != nil:
		return apperr.Invalid("input.descriptionJa", "is required while the program has an English description")
	case p.EntryOpensAt != nil && p.EntryClosesAt != nil && !p.EntryClosesAt.After(*p.EntryOpensAt):
		return apperr.Invalid(either(c.EntryClosesAt.Set, "input.entryClosesAt", "input.entryOpensAt"),
			"entries must close after they open (%s)", p.EntryOpensAt.Format(time.RFC3339))
	}
	return nil
}

func sameTime(a, b *time.Time) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Equal(*b)
}
