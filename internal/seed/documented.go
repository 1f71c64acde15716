package seed

import (
	"fmt"
	"time"
)

// The events the campaign's documents describe, and the award ceremonies of the later years.

// Sola City Hall as METI's 2017 release and the FY2023 poster give it.
const (
	solaAddressJa = "東京都千代田区神田駿河台4-6"
	solaAddressEn = "4-6 Kandasurugadai, Chiyoda Ward, Tokyo"
)

// symposium2017 is the joint symposium of METI's release of 2017-10-25. The release is in English
// only; the Japanese title and description are our translation of it. It names the four
// ministries together; METI, which issued the release, is recorded as the host and the others as
// co-hosts. It gives no fee, capacity or deadline: the event is free and unlimited here.
func symposium2017() *event {
	return &event{
		host: "METI", cohosts: []string{"MIC", "MHLW", "MLIT"},
		kind: "SYMPOSIUM", status: "CLOSED",
		titleJa:  "テレワーク普及イベント「働き方を変える」",
		titleEn:  "Events to encourage telework: Changing working styles",
		descJa:   "総務省、厚生労働省、経済産業省、国土交通省の4省が共同でシンポジウムを開催します。",
		descEn:   "The four ministries (MIC, MHLW, METI and MLIT) will jointly hold a symposium event.",
		startsAt: jst(2017, time.November, 27, 13, 30), endsAt: jst(2017, time.November, 27, 17, 0),
		venueJa: "ソラシティホール（御茶ノ水ソラシティカンファレンスセンター2階）",
		venueEn: "Sola City Hall, second floor of the Ochanomizu Sola City Conference Center",
		addrJa:  solaAddressJa, addrEn: solaAddressEn, pref: "TOKYO",
		createdAt: jst(2017, time.October, 25, 10, 0), updatedAt: jst(2017, time.October, 25, 10, 0),
		documented: true,
	}
}

// event2023 is the FY2023 poster's 「働く、を変える」テレワークイベント, which includes the joint
// award ceremony. The poster marks its times "(予定)", hence tentative. It closes when full but
// gives no capacity: 200 seats is the demo's figure. The URLs are synthetic. The English texts
// are our translation.
func event2023() *event {
	day := func(h, m int) time.Time { return jst(2023, time.November, 27, h, m) }
	return &event{
		host: "CAO", cohosts: []string{"MIC", "MHLW", "METI", "MLIT"},
		kind: "SYMPOSIUM", status: "CLOSED",
		titleJa: "「働く、を変える」テレワークイベント",
		titleEn: "“Changing how we work” telework event",
		descJa: "令和5年度テレワーク月間の締めくくりとして、表彰式（総務大臣賞・厚生労働大臣賞、地方創生担当大臣賞）と講評、" +
			"受賞企業による取組事例発表等、テレワークのさらなる普及拡大に向けたシンポジウムを行います。",
		descEn: "To close Telework Month FY2023, a symposium for spreading telework further: the award ceremony " +
			"(awards of the Minister for Internal Affairs and Communications, the Minister of Health, Labour and " +
			"Welfare and the Minister for Regional Revitalization), the judges' comments and presentations of " +
			"the winners' practices.",
		startsAt: day(13, 30), endsAt: day(16, 30), tentative: true,
		venueJa: "御茶ノ水ソラシティ 2F ホール", venueEn: "Ochanomizu Sola City, 2F Hall",
		addrJa: "東京都千代田区神田駿河台 4-6", addrEn: solaAddressEn, pref: "TOKYO",
		online: true, streamURL: "https://stream.example.jp/telework-month/2023/event",
		archiveURL: "https://video.example.jp/telework-month/2023/event",
		capacity:   200,
		createdAt:  jst(2023, time.October, 2, 10, 0), updatedAt: jst(2023, time.October, 10, 15, 0),
		// The poster lists the parts in this order; the split of the afternoon between them is
		// the demo's.
		parts: []part{
			{"第一部 表彰式（総務大臣賞・厚生労働大臣賞、地方創生担当大臣賞）",
				"Part 1: Award ceremony (MIC, MHLW and Regional Revitalization minister's awards)", day(13, 30), day(14, 30)},
			{"第二部 講評", "Part 2: Judges' comments", day(14, 30), day(15, 0)},
			{"第三部 受賞企業による取組事例発表", "Part 3: Award winners present their practices", day(15, 10), day(16, 30)},
		},
		documented: true, ceremony: true,
	}
}

// ceremonyDays are the synthetic dates of the later years' joint award ceremonies; FY2026's is
// still ahead in the demo's late November 2026.
var ceremonyDays = map[int]time.Time{
	2024: jst(2024, time.November, 25, 0, 0),
	2025: jst(2025, time.November, 27, 0, 0),
	2026: jst(2026, time.November, 30, 0, 0),
}

// ceremony is a synthetic joint award ceremony of the three award programs' ministries, modelled
// on FY2023's: hosted by the Cabinet Office, free, until full, also online.
func ceremony(c campaign) *event {
	d := ceremonyDays[c.fiscalYear]
	at := func(h, m int) time.Time { return d.Add(time.Duration(h)*time.Hour + time.Duration(m)*time.Minute) }
	status, archive := "CLOSED", fmt.Sprintf("https://video.example.jp/telework-month/%d/ceremony", c.fiscalYear)
	if c.open {
		status, archive = "PUBLISHED", ""
	}
	city := prefectures[12] // TOKYO
	return &event{
		host: "CAO", cohosts: []string{"MIC", "MHLW"},
		kind: "AWARD_CEREMONY", status: status,
		titleJa:  eraLabel(c.fiscalYear) + "テレワーク月間 表彰式",
		titleEn:  fmt.Sprintf("Telework Month FY%d award ceremony", c.fiscalYear),
		descJa:   "総務大臣賞（テレワークトップランナー）、厚生労働大臣表彰「輝くテレワーク賞」、地方創生テレワークアワードの合同表彰式です。",
		descEn:   "The joint ceremony of the Telework Top Runner MIC Minister's Award, the MHLW Minister's “Kagayaku Telework” Award and the Regional Revitalization Telework Award.",
		startsAt: at(13, 30), endsAt: at(16, 30),
		venueJa: city.cityJa + "テレワーク推進プラザ 多目的ホール", venueEn: "Telework Promotion Plaza, Multipurpose Hall, " + city.cityEn,
		addrJa: "東京都千代田区本町1-1-1", addrEn: "1-1-1 Honmachi, Chiyoda City, Tokyo", pref: "TOKYO",
		online: true, streamURL: fmt.Sprintf("https://stream.example.jp/telework-month/%d/ceremony", c.fiscalYear),
		archiveURL: archive, capacity: 150,
		createdAt: d.AddDate(0, 0, -45).Add(10 * time.Hour), updatedAt: d.AddDate(0, 0, -40).Add(15 * time.Hour),
		parts: []part{
			{"第一部 表彰式", "Part 1: Award ceremony", at(13, 30), at(14, 45)},
			{"第二部 受賞者による取組事例発表", "Part 2: Winners present their practices", at(15, 0), at(16, 30)},
		},
		ceremony: true,
	}
}
