package seed

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"
)

// registrant is one synthetic registration. Optional numbers are -1 and optional texts "" for
// NULL; introduced is "t", "f" or "".
type registrant struct {
	id                        int64
	kind, name, kana, pref    string
	industry                  string
	employees, teleworkers    int
	introduced                string
	activities                []string
	publish                   bool
	status                    string
	contactName, contactEmail string
	contactPhone              string
	registeredAt, updatedAt   time.Time
	isBody, practising, tokyo bool
}

var (
	registrantKinds   = []string{"COMPANY", "LOCAL_GOVERNMENT", "ORGANIZATION", "INDIVIDUAL"}
	registrantWeights = []int{55, 12, 13, 20}
)

// registrationWindow is when a campaign's registrations arrive. FY2017's call went out with
// METI's release of 2017-10-25; later calls open in spring. The current campaign's window ends
// shortly before the demo's "today" in late November 2026.
func registrationWindow(c campaign) (time.Time, time.Time) {
	fy := c.fiscalYear
	switch {
	case fy == 2017:
		return jst(2017, time.October, 25, 10, 0), jst(2017, time.November, 30, 18, 0)
	case c.open:
		return jst(fy, time.May, 1, 9, 0), jst(fy, time.November, 20, 18, 0)
	default:
		return jst(fy, time.May, 1, 9, 0), jst(fy, time.November, 30, 18, 0)
	}
}

// generateRegistrants makes a campaign's registrants in registration order. The first 47 bodies
// take one prefecture each, so that every prefecture appears in every campaign; the rest follow
// population.
func generateRegistrants(r *rand.Rand, c campaign) []*registrant {
	regs := make([]*registrant, 0, c.registrants)
	seen := map[string]bool{}
	bodies := 0
	for range c.registrants {
		g := &registrant{kind: registrantKinds[weighted(r, registrantWeights)]}
		if g.kind != "INDIVIDUAL" {
			p := &prefectures[weighted(r, prefectureWeights)]
			if bodies < len(prefectures) {
				p = &prefectures[bodies]
			}
			bodies++
			g.isBody, g.pref, g.tokyo = true, p.code, p.code == "TOKYO"
		}
		nameRegistrant(r, g, seen)
		regs = append(regs, g)
	}
	r.Shuffle(len(regs), func(i, j int) { regs[i], regs[j] = regs[j], regs[i] })

	from, to := registrationWindow(c)
	times := make([]time.Time, len(regs))
	for i := range times {
		times[i] = randomTime(r, from, to)
	}
	slices.SortFunc(times, func(a, b time.Time) int { return a.Compare(b) })
	for i, g := range regs {
		describeRegistrant(r, g, c, i, times[i], to)
	}
	return regs
}

// nameRegistrant gives the registrant a name and reading that no other registrant of the
// campaign has in the same prefecture. The name parts allow hundreds of names of each kind per
// prefecture, far more than a campaign draws, so the retries end quickly.
func nameRegistrant(r *rand.Rand, g *registrant, seen map[string]bool) {
	for {
		switch g.kind {
		case "COMPANY":
			g.name, g.kana, g.industry = companyName(r)
		case "LOCAL_GOVERNMENT":
			g.name, g.kana = municipalName(r)
			g.industry = publicService
		case "ORGANIZATION":
			g.name, g.kana = organizationName(r)
			g.industry = pick(r, []string{"サービス業（他に分類されないもの）", "学術研究，専門・技術サービス業", "教育，学習支援業"})
		default:
			s, n := pick(r, surnames), pick(r, givenNames)
			g.name, g.kana = s.kanji+" "+n.kanji, s.kana+" "+n.kana
			if chance(r, 0.5) {
				g.industry = industries[weighted(r, industryWeights)]
			}
		}
		if key := g.name + "/" + g.pref; !seen[key] {
			seen[key] = true
			return
		}
	}
}

func companyName(r *rand.Rand) (name, kana, industry string) {
	a, b := pick(r, softWords), pick(r, katakanaWords)
	core, reading := a.text+b.text, a.kana+b.kana
	industry = industries[weighted(r, industryWeights)]
	if chance(r, 0.45) {
		s := pick(r, tradeSuffixes)
		core, reading, industry = core+s.text, reading+s.kana, s.industry
	}
	form := companyForms[weighted(r, companyFormWeights)]
	if form.prefix {
		return form.text + core, reading, industry
	}
	return core + form.text, reading, industry
}

func municipalName(r *rand.Rand) (name, kana string) {
	p, s := pick(r, placeWords), municipalSuffixes[weighted(r, municipalWeights)]
	return p.text + s.text, p.kana + s.kana
}

func organizationName(r *rand.Rand) (name, kana string) {
	a, s, b := pick(r, softWords), pick(r, orgSubjects), pick(r, orgBodies)
	return pick(r, orgForms) + a.text + s.text + b.text, a.kana + s.kana + b.kana
}

// describeRegistrant fills in the survey, activities, consent, status and contact.
func describeRegistrant(r *rand.Rand, g *registrant, c campaign, seq int, at, windowEnd time.Time) {
	g.activities = activities(r, g.kind == "LOCAL_GOVERNMENT")
	g.practising = slices.Contains(g.activities, "PRACTICING")
	g.employees, g.teleworkers = -1, -1
	if g.isBody {
		g.employees = employees(r, g.kind)
		g.teleworkers, g.introduced = 0, "f"
		// Bodies that practise telework mostly have it in place; the others less often.
		introducedP := 0.55
		if g.practising {
			introducedP = 0.85
		}
		if chance(r, introducedP) {
			g.teleworkers, g.introduced = max(1, g.employees*between(r, 5, 90)/100), "t"
		}
	}
	g.publish = chance(r, 0.88)
	if !g.isBody {
		g.publish = chance(r, 0.45)
	}
	g.status = registrantStatus(r, c, at, windowEnd)
	s, n := pick(r, surnames), pick(r, givenNames)
	g.contactName = s.kanji + " " + n.kanji
	g.contactEmail = fmt.Sprintf("%s.%s.r%d-%03d@example.jp", n.roman, s.roman, c.fiscalYear, seq+1)
	if g.isBody || chance(r, 0.5) {
		g.contactPhone = fmt.Sprintf("03-0000-%04d", r.IntN(10000))
	}
	g.registeredAt = at
	g.updatedAt = at.Add(time.Duration(r.IntN(20*24)) * time.Hour)
	if g.updatedAt.After(windowEnd) {
		g.updatedAt = windowEnd
	}
	if g.updatedAt.Before(at) {
		g.updatedAt = at
	}
}

// activities is a non-empty subset of the three categories, in their canonical order.
func activities(r *rand.Rand, localGovernment bool) []string {
	promote := 0.35
	if localGovernment {
		promote = 0.65
	}
	var acts []string
	for _, a := range []struct {
		name string
		p    float64
	}{{"PRACTICING", 0.8}, {"LEARNING", 0.5}, {"PROMOTING", promote}} {
		if chance(r, a.p) {
			acts = append(acts, a.name)
		}
	}
	if len(acts) == 0 {
		acts = []string{"PRACTICING"}
	}
	return acts
}

func employees(r *rand.Rand, kind string) int {
	switch kind {
	case "LOCAL_GOVERNMENT":
		return between(r, 150, 6000)
	case "ORGANIZATION":
		return between(r, 2, 120)
	}
	bands := [][2]int{{1, 9}, {10, 49}, {50, 299}, {300, 999}, {1000, 20000}}
	b := bands[weighted(r, []int{20, 30, 30, 12, 8})]
	return between(r, b[0], b[1])
}

// registrantStatus: past campaigns are decided; in the open campaign the latest three weeks'
// registrations are mostly still waiting for the secretariat.
func registrantStatus(r *rand.Rand, c campaign, at, windowEnd time.Time) string {
	statuses := []string{"APPROVED", "REJECTED", "WITHDRAWN", "REGISTERED"}
	if !c.open {
		return statuses[weighted(r, []int{90, 4, 6, 0})]
	}
	if windowEnd.Sub(at) < 21*24*time.Hour {
		return statuses[weighted(r, []int{30, 0, 0, 70})]
	}
	return statuses[weighted(r, []int{88, 4, 5, 3})]
}

// insertRegistrants inserts the registrants in one statement with ids reserved beforehand.
func insertRegistrants(ctx context.Context, tx *sqlx.Tx, campaignID int64, regs []*registrant) error {
	ids, err := reserveIDs(ctx, tx, "registrants", len(regs))
	if err != nil {
		return err
	}
	var kind, name, kana, pref, industry, intro, acts, status, cname, cemail, cphone, reg, upd []string
	var emp, tw []int64
	var pub []bool
	for i, g := range regs {
		g.id = ids[i]
		kind, name, kana, pref = append(kind, g.kind), append(name, g.name), append(kana, g.kana), append(pref, g.pref)
		industry, intro = append(industry, g.industry), append(intro, g.introduced)
		acts, status = append(acts, strings.Join(g.activities, ",")), append(status, g.status)
		cname, cemail, cphone = append(cname, g.contactName), append(cemail, g.contactEmail), append(cphone, g.contactPhone)
		reg, upd = append(reg, ts(g.registeredAt)), append(upd, ts(g.updatedAt))
		emp, tw, pub = append(emp, int64(g.employees)), append(tw, int64(g.teleworkers)), append(pub, g.publish)
	}
	_, err = tx.ExecContext(ctx, `
		INSERT INTO registrants (id, campaign_id, kind, name, name_kana, prefecture, industry,
		    employee_count, teleworker_count, telework_introduced, activities, publish_name, status,
		    contact_name, contact_email, contact_phone, registered_at, updated_at)
		OVERRIDING SYSTEM VALUE
		SELECT id, $1, kind, name, NULLIF(kana, ''), NULLIF(pref, ''), NULLIF(industry, ''),
		       NULLIF(emp, -1), NULLIF(tw, -1), NULLIF(intro, '')::boolean, string_to_array(acts, ','), pub, status,
		       cname, cemail, NULLIF(cphone, ''), reg::timestamptz, upd::timestamptz
		FROM unnest($2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::bigint[],
		            $9::bigint[], $10::text[], $11::text[], $12::bool[], $13::text[], $14::text[], $15::text[],
		            $16::text[], $17::text[], $18::text[])
		     AS t(id, kind, name, kana, pref, industry, emp, tw, intro, acts, pub, status, cname, cemail, cphone, reg, upd)`,
		campaignID, pq.Array(ids), pq.Array(kind), pq.Array(name), pq.Array(kana), pq.Array(pref), pq.Array(industry),
		pq.Array(emp), pq.Array(tw), pq.Array(intro), pq.Array(acts), pq.Array(pub), pq.Array(status),
		pq.Array(cname), pq.Array(cemail), pq.Array(cphone), pq.Array(reg), pq.Array(upd))
	if err != nil {
		return fmt.Errorf("insert registrants: %w", err)
	}
	return nil
}
