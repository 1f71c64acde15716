package telework

// Ministry is a ministry or agency: a tenant with its own events, award programs and staff.
type Ministry struct {
	ID     int64   `db:"id"`
	Code   string  `db:"code"`
	NameJa string  `db:"name_ja"`
	NameEn *string `db:"name_en"`
}

// Name is the ministry's bilingual name.
func (m *Ministry) Name() LocalizedText { return Localized(m.NameJa, m.NameEn) }

// Division is a ministry's division in charge of Telework Month, with its public contact point.
type Division struct {
	ID         int64   `db:"id"`
	MinistryID int64   `db:"ministry_id"`
	NameJa     string  `db:"name_ja"`
	NameEn     *string `db:"name_en"`
	BureauJa   *string `db:"bureau_ja"`
	BureauEn   *string `db:"bureau_en"`
	Email      *string `db:"email"`
	Phone      *string `db:"phone"`
}

// Name is the division's bilingual name.
func (d *Division) Name() LocalizedText { return Localized(d.NameJa, d.NameEn) }

// Bureau is the bureau the division belongs to, nil when not recorded.
func (d *Division) Bureau() *LocalizedText { return OptionalLocalized(d.BureauJa, d.BureauEn) }
