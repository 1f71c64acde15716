package telework

import "time"

// AwardEntryStatus is where an award entry stands.
type AwardEntryStatus string

// The statuses of an award entry that make it a winner once its program is announced.
const (
	AwardShortlisted AwardEntryStatus = "SHORTLISTED"
	AwardAwarded     AwardEntryStatus = "AWARDED"
)

// AwardProgram is a ministerial award of a campaign.
type AwardProgram struct {
	ID              int64      `db:"id"`
	Version         int        `db:"version"`
	CampaignID      int64      `db:"campaign_id"`
	MinistryID      int64      `db:"ministry_id"`
	NameJa          string     `db:"name_ja"`
	NameEn          *string    `db:"name_en"`
	DescriptionJa   *string    `db:"description_ja"`
	DescriptionEn   *string    `db:"description_en"`
	EntryOpensAt    *time.Time `db:"entry_opens_at"`
	EntryClosesAt   *time.Time `db:"entry_closes_at"`
	AnnouncedAt     *time.Time `db:"announced_at"`
	CeremonyEventID *int64     `db:"ceremony_event_id"`
}

// Name is the program's bilingual name.
func (p *AwardProgram) Name() LocalizedText { return Localized(p.NameJa, p.NameEn) }

// Description is the program's bilingual description, nil when there is none.
func (p *AwardProgram) Description() *LocalizedText {
	return OptionalLocalized(p.DescriptionJa, p.DescriptionEn)
}

// Announced reports whether the results are public at time now.
func (p *AwardProgram) Announced(now time.Time) bool {
	return p.AnnouncedAt != nil && !p.AnnouncedAt.After(now)
}

// AwardEntry is a registrant's entry for an award program.
type AwardEntry struct {
	ID           int64            `db:"id"`
	ProgramID    int64            `db:"program_id"`
	RegistrantID int64            `db:"registrant_id"`
	Summary      string           `db:"summary"`
	ContactEmail string           `db:"contact_email"`
	Status       AwardEntryStatus `db:"status"`
	Citation     *string          `db:"citation"`
	SubmittedAt  time.Time        `db:"submitted_at"`
}

// AwardDecision is a ministry's decision on an award entry.
type AwardDecision string

// The decisions on an award entry.
const (
	DecisionShortlist AwardDecision = "SHORTLIST"
	DecisionAward     AwardDecision = "AWARD"
	DecisionNotAward  AwardDecision = "NOT_AWARD"
)
