package seed

import (
	"fmt"
	"math/rand/v2"
	"time"
)

// event is one event to insert. Optional texts are "" and optional numbers 0 for NULL (capacity
// is never 0), a zero deadline is NULL ("until full").
type event struct {
	id                               int64
	host                             string
	cohosts                          []string
	kind, status                     string
	titleJa, titleEn, descJa, descEn string
	startsAt, endsAt                 time.Time
	tentative                        bool
	venueJa, venueEn, addrJa, addrEn string
	pref                             string
	online                           bool
	streamURL, archiveURL            string
	fee, capacity                    int
	deadline                         time.Time
	createdAt, updatedAt             time.Time
	parts                            []part

	documented bool // from the campaign's documents: draws a larger audience
	ceremony   bool // the campaign's joint award ceremony
	popular    bool // more in-person applicants than seats: full, with a waitlist
}

// part is a part of an event's program.
type part struct {
	titleJa, titleEn string
	startsAt, endsAt time.Time
}

// demoToday is the demo's "today" for the current campaign, late in Telework Month 2026: events
// before it are not left as drafts. No wall clock is read, so every run produces the same data.
var demoToday = jst(2026, time.November, 24, 12, 0)

// generateEvents makes a campaign's events: the documented one, the award ceremony, then the
// synthetic ones.
func generateEvents(r *rand.Rand, c campaign) []*event {
	var evs []*event
	switch c.fiscalYear {
	case 2017:
		evs = append(evs, symposium2017())
	case 2023:
		evs = append(evs, event2023())
	}
	if _, ok := ceremonyDays[c.fiscalYear]; ok && c.awards {
		evs = append(evs, ceremony(c))
	}
	for i := range c.events {
		evs = append(evs, syntheticEvent(r, c, i+1))
	}
	return evs
}

// topics are what each ministry's events are about, after its part in the campaign.
var topics = map[string][]bilingual{
	"CAS":  {{"国家公務員のテレワーク", "telework in the national civil service"}},
	"CAO":  {{"地方創生テレワーク", "telework for regional revitalization"}, {"サテライトオフィス誘致", "attracting satellite offices"}},
	"DA":   {{"デジタルツールで進める働き方改革", "work-style reform with digital tools"}},
	"MIC":  {{"テレワークセキュリティ", "telework security"}, {"ICTを活用した柔軟な働き方", "flexible work with ICT"}},
	"MHLW": {{"テレワークの労務管理", "labour management for telework"}, {"育児・介護とテレワーク", "telework for parents and carers"}},
	"METI": {{"中小企業のテレワーク導入", "telework for small and medium-sized enterprises"}, {"DXとテレワーク", "digital transformation and telework"}},
	"MLIT": {{"二地域居住とテレワーク", "telework and dual-region living"}, {"テレワーク拠点とまちづくり", "telework hubs and urban planning"}},
	"JTA":  {{"ワーケーション", "workations"}},
	"MOE":  {{"テレワークと脱炭素", "telework and decarbonization"}},
}

var (
	eventKinds     = []string{"SEMINAR", "WORKSHOP", "SYMPOSIUM", "OTHER"}
	eventKindWords = map[string]bilingual{
		"SEMINAR": {"セミナー", "seminar"}, "WORKSHOP": {"ワークショップ", "workshop"},
		"SYMPOSIUM": {"シンポジウム", "symposium"}, "OTHER": {"個別相談会", "consultation day"},
	}
	startTimes = [][2]int{{10, 0}, {13, 0}, {13, 30}, {14, 0}, {15, 0}, {18, 30}}
)

const (
	inPerson = iota
	hybrid
	onlineOnly
)

// syntheticEvent makes the n-th synthetic event of a campaign.
func syntheticEvent(r *rand.Rand, c campaign, n int) *event {
	hosts := c.hosts()
	e := &event{host: pick(r, hosts), kind: eventKinds[weighted(r, []int{48, 20, 14, 18})]}
	topic := pick(r, topics[e.host])
	format := weighted(r, []int{40, 35, 25})
	schedule(r, e, c)
	if format != onlineOnly {
		placeVenue(r, e)
		setCapacity(r, e)
	}
	if format != inPerson {
		e.online = true
		e.streamURL = fmt.Sprintf("https://stream.example.jp/telework-month/%d/%03d", c.fiscalYear, n)
	}
	title(e, topic, format)
	if (e.kind == "SEMINAR" || e.kind == "WORKSHOP") && chance(r, 0.25) {
		e.fee = pick(r, []int{500, 1000, 2000, 3000}) // consultations and symposiums are free
	}
	if chance(r, 0.7) {
		// Otherwise NULL: applications close when the event is full (定員になり次第).
		d := e.startsAt.AddDate(0, 0, -between(r, 1, 7))
		e.deadline = jst(d.Year(), d.Month(), d.Day(), 17, 0)
	}
	setStatus(r, e, c)
	if e.status == "CLOSED" && e.online && chance(r, 0.6) {
		e.archiveURL = fmt.Sprintf("https://video.example.jp/telework-month/%d/%03d", c.fiscalYear, n)
	}
	if chance(r, 0.2) {
		e.cohosts = cohosts(r, hosts, e.host)
	}
	if e.kind == "SYMPOSIUM" {
		e.parts = symposiumParts(r, e)
	}
	return e
}

// schedule puts the event on a weekday of the campaign month, a few of them just before or after
// it, and dates its creation and last edit some weeks earlier.
func schedule(r *rand.Rand, e *event, c campaign) {
	month, first, last := time.November, 1, 30
	switch weighted(r, []int{80, 10, 10}) {
	case 1:
		month, first, last = time.October, 15, 31
	case 2:
		month, first, last = time.December, 1, 15
	}
	day := jst(c.fiscalYear, month, between(r, first, last), 0, 0)
	for !workday(day) {
		day = day.AddDate(0, 0, 1)
	}
	st, minutes := pick(r, startTimes), pick(r, []int{60, 90, 120, 150})
	if e.kind == "SYMPOSIUM" || e.kind == "WORKSHOP" {
		// Long formats take an afternoon or a morning, not an evening.
		st, minutes = pick(r, startTimes[:4]), pick(r, []int{150, 180, 210})
	}
	if st[0] >= 18 {
		minutes = min(minutes, 120)
	}
	e.startsAt = day.Add(time.Duration(st[0])*time.Hour + time.Duration(st[1])*time.Minute)
	e.endsAt = e.startsAt.Add(time.Duration(minutes) * time.Minute)
	e.createdAt = randomTime(r, e.startsAt.AddDate(0, 0, -60), e.startsAt.AddDate(0, 0, -30))
	e.updatedAt = notAfter(e.createdAt.Add(time.Duration(r.IntN(10*24))*time.Hour), demoToday)
}

// workday is false on weekends and on the national holidays near the campaign month: 文化の日
// (November 3) and 勤労感謝の日 (November 23), and the Monday after either when it falls on a
// Sunday. Sports Day (second Monday of October) is before the earliest event date drawn.
func workday(d time.Time) bool {
	if d.Weekday() == time.Saturday || d.Weekday() == time.Sunday {
		return false
	}
	if d.Month() != time.November {
		return true
	}
	for _, h := range []int{3, 23} {
		holiday := jst(d.Year(), time.November, h, 0, 0)
		if d.Day() == h || (holiday.Weekday() == time.Sunday && d.Day() == h+1) {
			return false
		}
	}
	return true
}

// notAfter is t, or limit when t is later.
func notAfter(t, limit time.Time) time.Time {
	if t.After(limit) {
		return limit
	}
	return t
}

// placeVenue picks a prefecture (a third of the in-person events are in Tokyo, where the
// ministries are) and makes up a venue in its seat of government.
func placeVenue(r *rand.Rand, e *event) {
	p := prefectures[weighted(r, prefectureWeights)]
	if chance(r, 0.33) {
		p = prefectures[12] // TOKYO
	}
	k, room := pick(r, venueKinds), pick(r, venueRooms)
	a, b, c := between(r, 1, 5), between(r, 1, 20), between(r, 1, 30)
	e.pref = p.code
	e.venueJa = fmt.Sprintf("%s%s %s", p.cityJa, k.ja, room.ja)
	e.venueEn = fmt.Sprintf("%s %s, %s", p.cityEn, k.en, room.en)
	e.addrJa = fmt.Sprintf("%s%s本町%d-%d-%d", p.ja, p.cityJa, a, b, c)
	e.addrEn = fmt.Sprintf("%d-%d-%d Honmachi, %s, %s", a, b, c, p.cityEn, p.en)
}

// setCapacity: some venues have no seat limit; a few small rooms are in demand and fill up.
func setCapacity(r *rand.Rand, e *event) {
	switch {
	case chance(r, 0.14):
		e.popular, e.capacity = true, pick(r, []int{20, 24, 30, 36})
	case chance(r, 0.12):
		e.capacity = 0
	default:
		e.capacity = pick(r, []int{40, 50, 60, 80, 100, 120, 150, 200, 300})
	}
}

func title(e *event, topic bilingual, format int) {
	k := eventKindWords[e.kind]
	e.titleJa = topic.ja + k.ja
	e.titleEn = upperFirst(k.en) + " on " + topic.en
	where := bilingual{"会場で開催します。", "It is held at the venue."}
	switch {
	case format == onlineOnly:
		e.titleJa, e.titleEn = "【オンライン】"+e.titleJa, e.titleEn+" (online)"
		where = bilingual{"オンラインで開催します。", "It is held online."}
	case format == hybrid:
		where = bilingual{"会場とオンラインで同時に開催します。", "It is held at the venue and streamed online."}
	}
	if e.pref != "" && e.pref != "TOKYO" {
		p := prefectureByCode(e.pref)
		e.titleJa += "（" + p.ja + "会場）"
		e.titleEn += " (" + p.en + ")"
	}
	m := ministryByCode(e.host)
	e.descJa = fmt.Sprintf("テレワーク月間の取組として、%sが「%s」をテーマに%sを開催します。%s", m.nameJa, topic.ja, k.ja, where.ja)
	e.descEn = fmt.Sprintf("As part of Telework Month, the %s holds a %s on %s. %s", m.nameEn, k.en, topic.en, where.en)
}

// setStatus: past campaigns' events are closed or were cancelled; the current campaign's are
// mostly published, with some cancelled and, for later dates, some still drafts.
func setStatus(r *rand.Rand, e *event, c campaign) {
	statuses := []string{"PUBLISHED", "DRAFT", "CANCELLED", "CLOSED"}
	switch {
	case !c.open:
		e.status = statuses[weighted(r, []int{0, 0, 8, 92})]
	case e.startsAt.After(demoToday):
		e.status = statuses[weighted(r, []int{78, 12, 10, 0})]
		e.tentative = e.status != "CANCELLED" && chance(r, 0.15)
	default:
		e.status = statuses[weighted(r, []int{90, 0, 10, 0})]
	}
}

func cohosts(r *rand.Rand, hosts []string, host string) []string {
	var others []string
	for _, h := range hosts {
		if h != host {
			others = append(others, h)
		}
	}
	r.Shuffle(len(others), func(i, j int) { others[i], others[j] = others[j], others[i] })
	return others[:between(r, 1, 2)]
}

// symposiumParts splits a symposium into two or three consecutive parts.
func symposiumParts(r *rand.Rand, e *event) []part {
	all := []bilingual{{"基調講演", "Keynote"}, {"パネルディスカッション", "Panel discussion"}, {"事例紹介", "Case studies"}}
	names := []string{"第一部", "第二部", "第三部"}
	n := between(r, 2, 3)
	span := e.endsAt.Sub(e.startsAt) / time.Duration(n)
	parts := make([]part, n)
	for i := range parts {
		parts[i] = part{
			titleJa:  names[i] + " " + all[i].ja,
			titleEn:  fmt.Sprintf("Part %d: %s", i+1, all[i].en),
			startsAt: e.startsAt.Add(span * time.Duration(i)),
			endsAt:   e.startsAt.Add(span * time.Duration(i+1)),
		}
	}
	return parts
}

func upperFirst(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

func prefectureByCode(code string) prefecture {
	for _, p := range prefectures {
		if p.code == code {
			return p
		}
	}
	panic("seed: unknown prefecture " + code) // codes come from the table above
}

func ministryByCode(code string) ministry {
	for _, m := range ministries {
		if m.code == code {
			return m
		}
	}
	panic("seed: unknown ministry " + code) // codes come from the table in reference.go
}
