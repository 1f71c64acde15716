package seed

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"
)

// ministry is a tenant with its divisions.
type ministry struct {
	code, nameJa, nameEn string
	divisions            []division
}

// division is a contact point of a ministry. Where the campaign's documents give a unit or a
// contact (the FY2023 letter's list of addressees and contacts, METI's 2017 release) it is used as
// it stands; every other contact is synthetic (example.jp, 03-0000-xxxx).
type division struct {
	nameJa, nameEn, bureauJa, bureauEn, email, phone string
}

// ministries are the tenants in the order of the FY2023 letter, with MOE (on the committee from
// FY2024) last.
var ministries = []ministry{
	{"CAS", "内閣官房", "Cabinet Secretariat", []division{
		{"内閣人事局", "Cabinet Bureau of Personnel Affairs", "", "", "telework.cas@example.jp", "03-0000-0101"},
	}},
	{"CAO", "内閣府", "Cabinet Office", []division{
		{"地方創生推進室", "Office for Promotion of Regional Revitalization", "", "", "chitele.cao@example.jp", "03-0000-0201"},
	}},
	{"DA", "デジタル庁", "Digital Agency", []division{
		{"戦略・組織グループ", "Strategy and Organization Group", "", "", "telework.da@example.jp", "03-0000-0301"},
	}},
	{"MIC", "総務省", "Ministry of Internal Affairs and Communications", []division{
		{"情報流通振興課", "Information and Communications Promotion Division", "情報流通行政局", "Information and Communications Bureau", "telework.mic@example.jp", "03-0000-0401"},
		// The FY2023 letter's contact for the campaign as a whole; its address is on MIC's
		// mailing-list domain, so the secretariat is filed under MIC. The letter gives no phone.
		{"テレワーク月間事務局", "Telework Month Secretariat", "", "", "telework@ml.soumu.go.jp", ""},
	}},
	{"MHLW", "厚生労働省", "Ministry of Health, Labour and Welfare", []division{
		{"在宅労働課", "Home-based Work Division", "雇用環境・均等局", "Employment Environment and Equal Employment Bureau", "telework.mhlw@example.jp", "03-0000-0501"},
	}},
	{"METI", "経済産業省", "Ministry of Economy, Trade and Industry", []division{
		// The e-mail is the FY2023 letter's contact for posters; the number is the one METI's
		// 2017 release gives for this division.
		{"情報技術利用促進課", "IT Innovation Division", "商務情報政策局", "Commerce and Information Policy Bureau", "bz1-digital@meti.go.jp", "03-3501-1511"},
	}},
	{"MLIT", "国土交通省", "Ministry of Land, Infrastructure, Transport and Tourism", []division{
		{"都市政策課", "Urban Policy Division", "都市局", "City Bureau", "telework.mlit@example.jp", "03-0000-0701"},
	}},
	{"JTA", "観光庁", "Japan Tourism Agency", []division{
		{"観光資源課", "Tourism Resources Division", "観光地域振興部", "Tourism Regional Development Department", "workation.jta@example.jp", "03-0000-0801"},
	}},
	{"MOE", "環境省", "Ministry of the Environment", []division{
		{"地球温暖化対策課", "Climate Change Policy Division", "地球環境局", "Global Environment Bureau", "decarbonization.moe@example.jp", "03-0000-0901"},
	}},
}

// upsertMinistries inserts the ministries that are missing and returns every demo ministry's id
// by code. An existing ministry keeps its names and position; only a missing English name is
// filled in.
func upsertMinistries(ctx context.Context, tx *sqlx.Tx) (map[string]int64, error) {
	var codes, ja, en []string
	var pos []int64
	for i, m := range ministries {
		codes, ja, en, pos = append(codes, m.code), append(ja, m.nameJa), append(en, m.nameEn), append(pos, int64(i+1))
	}
	rows := []struct {
		ID   int64  `db:"id"`
		Code string `db:"code"`
	}{}
	err := tx.SelectContext(ctx, &rows, `
		INSERT INTO ministries (code, name_ja, name_en, position)
		SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[])
		ON CONFLICT (code) DO UPDATE SET name_en = COALESCE(ministries.name_en, EXCLUDED.name_en)
		RETURNING id, code`,
		pq.Array(codes), pq.Array(ja), pq.Array(en), pq.Array(pos))
	if err != nil {
		return nil, fmt.Errorf("upsert ministries: %w", err)
	}
	ids := make(map[string]int64, len(rows))
	for _, r := range rows {
		ids[r.Code] = r.ID
	}
	return ids, nil
}

// insertDivisions gives each demo ministry that has no division yet the demo's divisions.
func insertDivisions(ctx context.Context, tx *sqlx.Tx) error {
	var codes, nameJa, nameEn, bureauJa, bureauEn, email, phone []string
	var pos []int64
	for _, m := range ministries {
		for i, d := range m.divisions {
			codes, nameJa, nameEn = append(codes, m.code), append(nameJa, d.nameJa), append(nameEn, d.nameEn)
			bureauJa, bureauEn = append(bureauJa, d.bureauJa), append(bureauEn, d.bureauEn)
			email, phone, pos = append(email, d.email), append(phone, d.phone), append(pos, int64(i+1))
		}
	}
	_, err := tx.ExecContext(ctx, `
		INSERT INTO divisions (ministry_id, name_ja, name_en, bureau_ja, bureau_en, email, phone, position)
		SELECT m.id, d.name_ja, d.name_en, NULLIF(d.bureau_ja, ''), NULLIF(d.bureau_en, ''),
		       NULLIF(d.email, ''), NULLIF(d.phone, ''), d.position
		FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[])
		     AS d(code, name_ja, name_en, bureau_ja, bureau_en, email, phone, position)
		JOIN ministries m ON m.code = d.code
		WHERE NOT EXISTS (SELECT 1 FROM divisions x WHERE x.ministry_id = m.id)`,
		pq.Array(codes), pq.Array(nameJa), pq.Array(nameEn), pq.Array(bureauJa), pq.Array(bureauEn),
		pq.Array(email), pq.Array(phone), pq.Array(pos))
	if err != nil {
		return fmt.Errorf("insert divisions: %w", err)
	}
	return nil
}

// campaign is one fiscal year's Telework Month with the size of its synthetic data.
type campaign struct {
	fiscalYear       int
	themeJa, themeEn string
	open             bool
	committeeJa      string
	committeeEn      string
	members          []member
	registrants      int // synthetic registrants
	events           int // synthetic events besides the documented event and the ceremony
	awards           bool
}

// member is a committee member; ministry is a ministry code for government members.
type member struct {
	orgJa, orgEn, ministry, sector, role string
}

// The FY2017 release names the Telework Promotion Forum of the four ministries.
var forum2017 = []member{
	{"総務省", "Ministry of Internal Affairs and Communications", "MIC", "GOVERNMENT", "MEMBER"},
	{"厚生労働省", "Ministry of Health, Labour and Welfare", "MHLW", "GOVERNMENT", "MEMBER"},
	{"経済産業省", "Ministry of Economy, Trade and Industry", "METI", "GOVERNMENT", "MEMBER"},
	{"国土交通省", "Ministry of Land, Infrastructure, Transport and Tourism", "MLIT", "GOVERNMENT", "MEMBER"},
}

// committee2023 follows the FY2023 letter: its note on who makes up the executive committee,
// in that order, then the secretariat it gives as the campaign's contact. The letter names no
// chair and no individual company or scholar, so industry and academia appear as it puts them.
var committee2023 = []member{
	{"内閣官房内閣人事局", "Cabinet Bureau of Personnel Affairs, Cabinet Secretariat", "CAS", "GOVERNMENT", "MEMBER"},
	{"内閣府地方創生推進室", "Office for Promotion of Regional Revitalization, Cabinet Office", "CAO", "GOVERNMENT", "MEMBER"},
	{"デジタル庁", "Digital Agency", "DA", "GOVERNMENT", "MEMBER"},
	{"総務省", "Ministry of Internal Affairs and Communications", "MIC", "GOVERNMENT", "MEMBER"},
	{"厚生労働省", "Ministry of Health, Labour and Welfare", "MHLW", "GOVERNMENT", "MEMBER"},
	{"経済産業省", "Ministry of Economy, Trade and Industry", "METI", "GOVERNMENT", "MEMBER"},
	{"国土交通省", "Ministry of Land, Infrastructure, Transport and Tourism", "MLIT", "GOVERNMENT", "MEMBER"},
	{"観光庁", "Japan Tourism Agency", "JTA", "GOVERNMENT", "MEMBER"},
	{"産業界", "Industry", "", "INDUSTRY", "MEMBER"},
	{"学識者", "Academic experts", "", "ACADEMIA", "MEMBER"},
	{"テレワーク月間事務局", "Telework Month Secretariat", "", "GOVERNMENT", "SECRETARIAT"},
}

// committee2024 is FY2023's committee with the Ministry of the Environment after the Japan
// Tourism Agency.
func committee2024() []member {
	ms := append([]member{}, committee2023[:8]...)
	ms = append(ms, member{"環境省", "Ministry of the Environment", "MOE", "GOVERNMENT", "MEMBER"})
	return append(ms, committee2023[8:]...)
}

const (
	committeeJa = "テレワーク月間実行委員会"
	committeeEn = "Telework Month Executive Committee"
)

// campaigns lists the demo campaigns. Only FY2023 has a theme: the documents give none for the
// others, and the demo does not invent one.
func campaigns() []campaign {
	return []campaign{
		{fiscalYear: 2017, committeeJa: "テレワーク推進フォーラム", committeeEn: "Telework Promotion Forum",
			members: forum2017, registrants: 150, events: 14},
		{fiscalYear: 2023, themeJa: "働く、を変える", themeEn: "Changing how we work",
			committeeJa: committeeJa, committeeEn: committeeEn, members: committee2023,
			registrants: 400, events: 29, awards: true},
		{fiscalYear: 2024, committeeJa: committeeJa, committeeEn: committeeEn, members: committee2024(),
			registrants: 400, events: 29, awards: true},
		{fiscalYear: 2025, committeeJa: committeeJa, committeeEn: committeeEn, members: committee2024(),
			registrants: 400, events: 29, awards: true},
		{fiscalYear: 2026, open: true, committeeJa: committeeJa, committeeEn: committeeEn, members: committee2024(),
			registrants: 400, events: 44, awards: true},
	}
}

// hosts are the ministry codes of a campaign's committee: the ministries that hold its events.
func (c campaign) hosts() []string {
	var codes []string
	for _, m := range c.members {
		if m.ministry != "" {
			codes = append(codes, m.ministry)
		}
	}
	return codes
}

// eraLabel is the Japanese fiscal-year label: 平成29年度, 令和元年度, 令和5年度.
func eraLabel(fy int) string {
	if fy < 2019 {
		return fmt.Sprintf("平成%d年度", fy-1988)
	}
	if fy == 2019 {
		return "令和元年度"
	}
	return fmt.Sprintf("令和%d年度", fy-2018)
}

// upsertCampaign inserts the campaign if its fiscal year is missing and returns its id. The
// campaign's dates are its fiscal year, April 1 to March 31, for every year: registration and the
// award programs' entry windows run well before November, and the documents give no other span.
// An existing campaign keeps its names, dates and registration flag; missing texts are filled in.
func upsertCampaign(ctx context.Context, tx *sqlx.Tx, c campaign) (int64, error) {
	var id int64
	starts := time.Date(c.fiscalYear, time.April, 1, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
	ends := time.Date(c.fiscalYear+1, time.March, 31, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
	err := tx.GetContext(ctx, &id, `
		INSERT INTO campaigns (fiscal_year, name_ja, name_en, theme_ja, theme_en, starts_on, ends_on, registration_open)
		VALUES ($1, $2, $3, NULLIF($4, ''), NULLIF($5, ''), $6, $7, $8)
		ON CONFLICT (fiscal_year) DO UPDATE SET
		    name_en  = COALESCE(campaigns.name_en, EXCLUDED.name_en),
		    theme_ja = COALESCE(campaigns.theme_ja, EXCLUDED.theme_ja),
		    theme_en = COALESCE(campaigns.theme_en, EXCLUDED.theme_en)
		RETURNING id`,
		c.fiscalYear, eraLabel(c.fiscalYear)+"テレワーク月間", fmt.Sprintf("Telework Month FY%d", c.fiscalYear),
		c.themeJa, c.themeEn, starts, ends, c.open)
	if err != nil {
		return 0, fmt.Errorf("upsert campaign FY%d: %w", c.fiscalYear, err)
	}
	return id, nil
}

// insertCommittee creates the campaign's committee and its members unless the campaign already
// has a committee, which is then left as it is.
func insertCommittee(ctx context.Context, tx *sqlx.Tx, campaignID int64, c campaign, ministryIDs map[string]int64) error {
	var committeeID int64
	err := tx.GetContext(ctx, &committeeID, `
		INSERT INTO committees (campaign_id, name_ja, name_en) VALUES ($1, $2, $3)
		ON CONFLICT (campaign_id) DO NOTHING RETURNING id`, campaignID, c.committeeJa, c.committeeEn)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("insert committee FY%d: %w", c.fiscalYear, err)
	}
	var pos, ministry []int64
	var orgJa, orgEn, sector, role []string
	for i, m := range c.members {
		pos, ministry = append(pos, int64(i+1)), append(ministry, ministryIDs[m.ministry])
		orgJa, orgEn = append(orgJa, m.orgJa), append(orgEn, m.orgEn)
		sector, role = append(sector, m.sector), append(role, m.role)
	}
	_, err = tx.ExecContext(ctx, `
		INSERT INTO committee_members (committee_id, position, organization_ja, organization_en, ministry_id, sector, role)
		SELECT $1, p, ja, en, NULLIF(m, 0), s, r
		FROM unnest($2::int[], $3::text[], $4::text[], $5::bigint[], $6::text[], $7::text[]) AS t(p, ja, en, m, s, r)`,
		committeeID, pq.Array(pos), pq.Array(orgJa), pq.Array(orgEn), pq.Array(ministry), pq.Array(sector), pq.Array(role))
	if err != nil {
		return fmt.Errorf("insert committee members FY%d: %w", c.fiscalYear, err)
	}
	return nil
}
