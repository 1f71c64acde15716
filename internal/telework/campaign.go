package telework

import (
	"slices"
	"strconv"
	"time"
)

// Campaign is one year's Telework Month: a fiscal year of Japan, April to March.
type Campaign struct {
	ID               int64     `db:"id"`
	FiscalYear       int       `db:"fiscal_year"`
	NameJa           string    `db:"name_ja"`
	NameEn           *string   `db:"name_en"`
	ThemeJa          *string   `db:"theme_ja"`
	ThemeEn          *string   `db:"theme_en"`
	StartsOnTime     time.Time `db:"starts_on"`
	EndsOnTime       time.Time `db:"ends_on"`
	RegistrationOpen bool      `db:"registration_open"`
}

// Name is the campaign's bilingual name.
func (c *Campaign) Name() LocalizedText { return Localized(c.NameJa, c.NameEn) }

// Theme is the year's theme, nil when there is none.
func (c *Campaign) Theme() *LocalizedText { return OptionalLocalized(c.ThemeJa, c.ThemeEn) }

// StartsOn is the campaign's first day.
func (c *Campaign) StartsOn() Date { return calendarDate(c.StartsOnTime) }

// EndsOn is the campaign's last day.
func (c *Campaign) EndsOn() Date { return calendarDate(c.EndsOnTime) }

// EraName is the campaign's Japanese fiscal-year label, e.g. 令和5年度.
func (c *Campaign) EraName() string { return EraName(c.FiscalYear) }

// calendarDate reads a date column: the driver hands it over as midnight UTC of that date.
func calendarDate(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// eras lists the Japanese eras from the newest back, by the first fiscal year labelled with each.
// A fiscal year takes the era in force at its end of April by custom, so FY2019 (which began on
// 2019-04-01 in Heisei 31) is 令和元年度, as the government labels it.
var eras = []struct {
	name      string
	firstYear int
}{
	{"令和", 2019},
	{"平成", 1989},
	{"昭和", 1926},
}

// EraName returns the Japanese label of a fiscal year: 令和5年度 for 2023, 令和元年度 for 2019,
// 平成29年度 for 2017. The first year of an era is 元年.
func EraName(fiscalYear int) string {
	for _, era := range eras {
		if fiscalYear >= era.firstYear {
			n := fiscalYear - era.firstYear + 1
			if n == 1 {
				return era.name + "元年度"
			}
			return era.name + strconv.Itoa(n) + "年度"
		}
	}
	return strconv.Itoa(fiscalYear) + "年度"
}

// Sector is the part of society a committee member comes from.
type Sector string

// CommitteeRole is a member's place on the executive committee.
type CommitteeRole string

// Committee is the executive committee of a campaign (テレワーク月間実行委員会).
type Committee struct {
	ID         int64   `db:"id"`
	CampaignID int64   `db:"campaign_id"`
	NameJa     string  `db:"name_ja"`
	NameEn     *string `db:"name_en"`
}

// Name is the committee's bilingual name.
func (c *Committee) Name() LocalizedText { return Localized(c.NameJa, c.NameEn) }

// CommitteeMember is a ministry, industry body or academic on a committee.
type CommitteeMember struct {
	ID             int64         `db:"id"`
	CommitteeID    int64         `db:"committee_id"`
	OrganizationJa string        `db:"organization_ja"`
	OrganizationEn *string       `db:"organization_en"`
	MinistryID     *int64        `db:"ministry_id"`
	Sector         Sector        `db:"sector"`
	Role           CommitteeRole `db:"role"`
}

// OrganizationName is the member's name as the committee lists it.
func (m *CommitteeMember) OrganizationName() LocalizedText {
	return Localized(m.OrganizationJa, m.OrganizationEn)
}

// CampaignStats are the public counts of a campaign.
type CampaignStats struct {
	CampaignID      int64
	RegistrantCount int
	ByActivity      []ActivityCount
	ByPrefecture    []PrefectureCount
	EventCount      int
}

// ActivityCount is how many approved registrants chose one activity category.
type ActivityCount struct {
	Activity ActivityCategory `db:"activity"`
	Count    int              `db:"count"`
}

// PrefectureCount is how many approved registrants have their head office in one prefecture.
type PrefectureCount struct {
	Prefecture Prefecture `db:"prefecture"`
	Count      int        `db:"count"`
}

// Sort puts the counts in the contract's order: activities as the call lists them, prefectures by
// national code, and leaves out empty counts.
func (s *CampaignStats) Sort() {
	byActivity := make(map[ActivityCategory]int, len(s.ByActivity))
	for _, a := range s.ByActivity {
		byActivity[a.Activity] = a.Count
	}
	s.ByActivity = s.ByActivity[:0]
	for _, a := range ActivityCategories {
		s.ByActivity = append(s.ByActivity, ActivityCount{Activity: a, Count: byActivity[a]})
	}
	slices.SortFunc(s.ByPrefecture, func(a, b PrefectureCount) int { return a.Prefecture.Code() - b.Prefecture.Code() })
}
