package seed

import (
	"context"
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"
)

// program is an award program of a campaign with its entries.
type program struct {
	id                             int64
	ministry                       string
	nameJa, nameEn, descJa, descEn string
	opens, closes, announced       time.Time
	ceremonyID                     int64
	entries                        []*entry
}

type entry struct {
	registrantID     int64
	summary, email   string
	status, citation string
	praise           string // the citation's reason, should the entry be chosen
	submittedAt      time.Time
}

// programSpec describes one of the three award programs the FY2023 documents name. The entry
// windows and announcement days are the demo's: the documents give none.
type programSpec struct {
	ministry                       string
	nameJa, nameEn, descJa, descEn string
	open, close, announce          [2]int // month, day
	eligible                       func(*registrant) bool
	awarded                        []string // citation heads of the minister's awards
	shortlisted                    [2]int   // how many are selected besides the awarded
	shortlistHead                  string
}

var programSpecs = []programSpec{
	{ministry: "MIC",
		nameJa: "テレワークトップランナー%d（総務大臣賞）",
		nameEn: "Telework Top Runners %d (Minister for Internal Affairs and Communications Award)",
		descJa: "テレワークの導入・活用を進めている企業・団体等を「テレワークトップランナー」として選定・公表し、そのうち特に優れた取組に総務大臣賞を授与します。",
		descEn: "Selects and publishes the companies and organizations leading in the introduction and use of telework as Telework Top Runners, and gives the Minister's award to the most outstanding among them.",
		open:   [2]int{6, 1}, close: [2]int{7, 31}, announce: [2]int{10, 20},
		eligible: func(g *registrant) bool { return g.isBody },
		awarded:  []string{"総務大臣賞", "総務大臣賞"}, shortlisted: [2]int{7, 10}, shortlistHead: "テレワークトップランナーに選定",
	},
	{ministry: "MHLW",
		nameJa: "テレワーク推進企業等厚生労働大臣表彰「輝くテレワーク賞」",
		nameEn: "Minister of Health, Labour and Welfare's Awards for Telework Promotion (Kagayaku Telework Award)",
		descJa: "テレワークの活用によって労働者のワーク・ライフ・バランスの実現に顕著な成果をあげた企業等を表彰します（優秀賞、特別奨励賞）。",
		descEn: "Honours companies whose use of telework has brought remarkable results for their workers' work-life balance (Excellence Award, Special Encouragement Award).",
		open:   [2]int{6, 15}, close: [2]int{8, 15}, announce: [2]int{10, 25},
		eligible: func(g *registrant) bool { return g.kind == "COMPANY" || g.kind == "ORGANIZATION" },
		awarded:  []string{"優秀賞", "優秀賞", "特別奨励賞"}, shortlisted: [2]int{2, 4}, shortlistHead: "最終審査に選出",
	},
	{ministry: "CAO",
		nameJa: "地方創生テレワークアワード（地方創生担当大臣賞）",
		nameEn: "Regional Revitalization Telework Award (Minister of State for Regional Revitalization Award)",
		descJa: "地方創生に資するテレワークを推進する企業・団体・自治体の優れた取組を表彰します。",
		descEn: "Honours outstanding practices of companies, organizations and local governments promoting telework that revitalizes the regions.",
		open:   [2]int{7, 1}, close: [2]int{8, 31}, announce: [2]int{10, 30},
		eligible: func(g *registrant) bool { return g.isBody && !g.tokyo },
		awarded:  []string{"地方創生担当大臣賞", "地方創生担当大臣賞"}, shortlisted: [2]int{3, 5}, shortlistHead: "最終審査に選出",
	},
}

// generateAwards makes a campaign's award programs and their entries. Programs of past campaigns
// are announced and fully decided. In the current campaign MIC has decided but not announced
// (the playground can announce it), and the other two are still screening.
func generateAwards(r *rand.Rand, c campaign, evs []*event, regs []*registrant) []*program {
	if !c.awards {
		return nil
	}
	var ceremonyID int64
	for _, e := range evs {
		if e.ceremony {
			ceremonyID = e.id
		}
	}
	progs := make([]*program, 0, len(programSpecs))
	for _, s := range programSpecs {
		p := &program{
			ministry: s.ministry, nameJa: s.nameJa, nameEn: s.nameEn, descJa: s.descJa, descEn: s.descEn,
			opens:      jst(c.fiscalYear, time.Month(s.open[0]), s.open[1], 10, 0),
			closes:     jst(c.fiscalYear, time.Month(s.close[0]), s.close[1], 17, 0),
			ceremonyID: ceremonyID,
		}
		if s.ministry == "MIC" {
			p.nameJa, p.nameEn = fmt.Sprintf(s.nameJa, c.fiscalYear), fmt.Sprintf(s.nameEn, c.fiscalYear)
		}
		if !c.open {
			p.announced = jst(c.fiscalYear, time.Month(s.announce[0]), s.announce[1], 14, 0)
		}
		p.entries = entries(r, s, p, regs)
		decide(r, s, p.entries, !c.open || s.ministry == "MIC")
		progs = append(progs, p)
	}
	return progs
}

// entries picks 20 to 30 eligible approved bodies that had registered before the window closed.
func entries(r *rand.Rand, s programSpec, p *program, regs []*registrant) []*entry {
	var pool []*registrant
	for _, g := range regs {
		if g.status == "APPROVED" && s.eligible(g) && g.registeredAt.Before(p.closes.AddDate(0, 0, -2)) {
			pool = append(pool, g)
		}
	}
	r.Shuffle(len(pool), func(i, j int) { pool[i], pool[j] = pool[j], pool[i] })
	n := min(len(pool), between(r, 20, 30))
	es := make([]*entry, n)
	for i, g := range pool[:n] {
		from := p.opens
		if g.registeredAt.After(from) {
			from = g.registeredAt.Add(time.Hour)
		}
		es[i] = &entry{
			registrantID: g.id, email: g.contactEmail, status: "SUBMITTED",
			submittedAt: randomTime(r, from, p.closes),
		}
		es[i].summary, es[i].praise = entryPractice(r, g.kind == "LOCAL_GOVERNMENT")
	}
	return es
}

// decide sets the statuses: decided programs have their minister's awards, a shortlist and the
// rest not awarded, with citations for the awarded and the shortlisted; programs still screening
// have a few withdrawn entries and the rest submitted.
func decide(r *rand.Rand, s programSpec, es []*entry, decided bool) {
	if !decided {
		for _, e := range es {
			if chance(r, 0.05) {
				e.status = "WITHDRAWN"
			}
		}
		return
	}
	shortlisted := between(r, s.shortlisted[0], s.shortlisted[1])
	for i, e := range es {
		switch {
		case i < len(s.awarded):
			e.status, e.citation = "AWARDED", s.awarded[i]+"。"+e.praise
		case i < len(s.awarded)+shortlisted:
			e.status, e.citation = "SHORTLISTED", s.shortlistHead+"。"+e.praise
		case chance(r, 0.05):
			e.status = "WITHDRAWN"
		default:
			e.status = "NOT_AWARDED"
		}
	}
}

// insertAwards inserts the programs and then all their entries, one statement each.
func insertAwards(ctx context.Context, tx *sqlx.Tx, campaignID int64, progs []*program, ministryIDs map[string]int64) error {
	if len(progs) == 0 {
		return nil
	}
	ids, err := reserveIDs(ctx, tx, "award_programs", len(progs))
	if err != nil {
		return err
	}
	var ministry, ceremony, pos []int64
	var nameJa, nameEn, descJa, descEn, opens, closes, announced []string
	for i, p := range progs {
		p.id = ids[i]
		ministry, ceremony, pos = append(ministry, ministryIDs[p.ministry]), append(ceremony, p.ceremonyID), append(pos, int64(i+1))
		nameJa, nameEn, descJa, descEn = append(nameJa, p.nameJa), append(nameEn, p.nameEn), append(descJa, p.descJa), append(descEn, p.descEn)
		opens, closes, announced = append(opens, ts(p.opens)), append(closes, ts(p.closes)), append(announced, ts(p.announced))
	}
	_, err = tx.ExecContext(ctx, `
		INSERT INTO award_programs (id, campaign_id, ministry_id, name_ja, name_en, description_ja, description_en,
		    entry_opens_at, entry_closes_at, announced_at, ceremony_event_id, position)
		OVERRIDING SYSTEM VALUE
		SELECT id, $1, m, nj, ne, dj, de, o::timestamptz, c::timestamptz, NULLIF(a, '')::timestamptz, NULLIF(ce, 0), p
		FROM unnest($2::bigint[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
		            $9::text[], $10::text[], $11::bigint[], $12::int[]) AS t(id, m, nj, ne, dj, de, o, c, a, ce, p)`,
		campaignID, pq.Array(ids), pq.Array(ministry), pq.Array(nameJa), pq.Array(nameEn), pq.Array(descJa),
		pq.Array(descEn), pq.Array(opens), pq.Array(closes), pq.Array(announced), pq.Array(ceremony), pq.Array(pos))
	if err != nil {
		return fmt.Errorf("insert award programs: %w", err)
	}
	return insertEntries(ctx, tx, progs)
}

func insertEntries(ctx context.Context, tx *sqlx.Tx, progs []*program) error {
	var programIDs, registrantIDs []int64
	var summary, email, status, citation, submitted []string
	for _, p := range progs {
		for _, e := range p.entries {
			programIDs, registrantIDs = append(programIDs, p.id), append(registrantIDs, e.registrantID)
			summary, email, status = append(summary, e.summary), append(email, e.email), append(status, e.status)
			citation, submitted = append(citation, e.citation), append(submitted, ts(e.submittedAt))
		}
	}
	_, err := tx.ExecContext(ctx, `
		INSERT INTO award_entries (program_id, registrant_id, summary, contact_email, status, citation, submitted_at)
		SELECT p, g, s, m, st, NULLIF(c, ''), at::timestamptz
		FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
		     AS t(p, g, s, m, st, c, at)
		ORDER BY at`,
		pq.Array(programIDs), pq.Array(registrantIDs), pq.Array(summary), pq.Array(email), pq.Array(status),
		pq.Array(citation), pq.Array(submitted))
	if err != nil {
		return fmt.Errorf("insert award entries: %w", err)
	}
	return nil
}

// practice is what a synthetic entrant did and what the panel praised in it.
type practice struct{ did, praise string }

var (
	bodyPractices = []practice{
		{"全社員を対象に在宅勤務とサテライトオフィス勤務を制度化し", "テレワークを経営戦略に位置づけ、全社的な制度整備と定着の成果が特に優れている。"},
		{"業務フローのペーパーレス化とクラウド化を進め", "業務の見直しとデジタル化を一体で進め、場所を問わない働き方を実現した。"},
		{"育児・介護中の社員が時間単位でテレワークできる仕組みを整え", "育児・介護と仕事の両立に顕著な効果をあげている。"},
		{"地方拠点を開設し、都市部の業務をテレワークで移管し", "地域の人材と仕事を結ぶ取組として、他の模範となる。"},
		{"管理職向けにテレワーク下のマネジメント研修を行い", "テレワーク下の評価と意思疎通の工夫が他の企業の参考となる。"},
		{"ワーケーション制度を導入し", "休暇と仕事を組み合わせた新しい働き方を社内に定着させた。"},
		{"情報セキュリティの規程を見直し、テレワーク端末の利用ルールを定め", "セキュリティと生産性を両立させた運用が高く評価された。"},
	}
	localGovernmentPractices = []practice{
		{"全庁で職員の在宅勤務を可能にし", "自治体として率先してテレワークを導入し、地域への波及効果が大きい。"},
		{"市内の空き店舗をサテライトオフィスに改修して企業を誘致し", "遊休資産を活かした企業誘致が地域の雇用につながっている。"},
		{"移住者向けのコワーキングスペースを開設し", "移住とテレワークを組み合わせた受入れ体制が他の自治体の参考となる。"},
		{"ワーケーションの受入れ窓口を一本化し", "企業と地域をつなぐ窓口づくりが高く評価された。"},
	}
	outcomes = []struct {
		format string
		lo, hi int
	}{
		{"通勤時間を一人あたり月平均%d時間削減した。", 5, 30},
		{"テレワーク実施率を%d%%まで高めた。", 40, 95},
		{"離職率を%dポイント改善した。", 1, 6},
		{"地方在住の人材%d名を新たに採用した。", 2, 40},
		{"残業時間を前年比%d%%削減した。", 10, 45},
	}
)

// entryPractice picks a synthetic entrant's practice and writes its summary.
func entryPractice(r *rand.Rand, localGovernment bool) (summary, praise string) {
	practices := bodyPractices
	if localGovernment {
		practices = localGovernmentPractices
	}
	p, o := pick(r, practices), pick(r, outcomes)
	return p.did + "、" + fmt.Sprintf(o.format, between(r, o.lo, o.hi)), p.praise
}
