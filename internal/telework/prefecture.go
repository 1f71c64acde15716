package telework

// Prefecture is one of the 47 prefectures, named as in the API (TOKYO, OSAKA …).
type Prefecture string

// Prefectures lists the 47 in the order of the national code (JIS X 0401), north to south.
var Prefectures = []Prefecture{
	"HOKKAIDO", "AOMORI", "IWATE", "MIYAGI", "AKITA", "YAMAGATA", "FUKUSHIMA", "IBARAKI", "TOCHIGI",
	"GUNMA", "SAITAMA", "CHIBA", "TOKYO", "KANAGAWA", "NIIGATA", "TOYAMA", "ISHIKAWA", "FUKUI",
	"YAMANASHI", "NAGANO", "GIFU", "SHIZUOKA", "AICHI", "MIE", "SHIGA", "KYOTO", "OSAKA", "HYOGO",
	"NARA", "WAKAYAMA", "TOTTORI", "SHIMANE", "OKAYAMA", "HIROSHIMA", "YAMAGUCHI", "TOKUSHIMA",
	"KAGAWA", "EHIME", "KOCHI", "FUKUOKA", "SAGA", "NAGASAKI", "KUMAMOTO", "OITA", "MIYAZAKI",
	"KAGOSHIMA", "OKINAWA",
}

var prefectureOrder = func() map[Prefecture]int {
	m := make(map[Prefecture]int, len(Prefectures))
	for i, p := range Prefectures {
		m[p] = i + 1
	}
	return m
}()

// Code is the prefecture's national code, 1 (HOKKAIDO) to 47 (OKINAWA), or 0 when unknown.
func (p Prefecture) Code() int { return prefectureOrder[p] }

// Valid reports whether p is one of the 47.
func (p Prefecture) Valid() bool { return p.Code() != 0 }
