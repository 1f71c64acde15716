package outbox

import (
	"fmt"
	"strings"
	"time"

	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/telework"
)

// The kinds of the messages of event applications.
const (
	KindApplicationConfirmed  = "application.confirmed"  // signed up, seat (or online place) confirmed
	KindApplicationWaitlisted = "application.waitlisted" // signed up, waiting for a seat
	KindApplicationPromoted   = "application.promoted"   // moved from the waitlist to a seat
	KindApplicationCancelled  = "application.cancelled"  // cancelled by the applicant
)

// ApplicationMessage is the message of kind to an applicant about an application of event e, as
// it stands after the change: in Japanese, then English, naming the event and its time in Japan,
// and the application's reference (受付番号), which an attendee shows at the door.
func ApplicationMessage(kind string, e *telework.Event, a *telework.EventApplication) Message {
	title := e.TitleJa
	titleEn := title
	if e.TitleEn != nil && *e.TitleEn != "" {
		titleEn = *e.TitleEn
	}
	var subjectJa, subjectEn, leadJa, leadEn string
	switch kind {
	case KindApplicationConfirmed:
		subjectJa, subjectEn = "お申し込みを受け付けました（参加確定）", "Your registration is confirmed"
		leadJa, leadEn = "お申し込みを受け付けました。参加が確定しました。", "Thank you for registering. Your place is confirmed."
	case KindApplicationWaitlisted:
		pos := 0
		if a.WaitlistPosition != nil {
			pos = *a.WaitlistPosition
		}
		subjectJa, subjectEn = "キャンセル待ちで受け付けました", "You are on the waitlist"
		leadJa = fmt.Sprintf("会場の定員に達したため、キャンセル待ち（%d番目）として受け付けました。\n"+
			"お席に空きが出ましたら、順番に繰り上げて改めてご連絡します。", pos)
		leadEn = fmt.Sprintf("All seats at the venue are taken, so you are number %d on the waitlist.\n"+
			"If a seat becomes free, we will confirm waiting applicants in order and write to you again.", pos)
	case KindApplicationPromoted:
		subjectJa, subjectEn = "キャンセル待ちから参加確定になりました", "A seat is now yours: your registration is confirmed"
		leadJa = "お席に空きが出たため、キャンセル待ちから繰り上げとなりました。参加が確定しました。"
		leadEn = "A seat became free, and you were next on the waitlist. Your place is confirmed."
	case KindApplicationCancelled:
		subjectJa, subjectEn = "お申し込みのキャンセルを承りました", "Your registration is cancelled"
		leadJa, leadEn = "お申し込みのキャンセルを承りました。", "We have cancelled your registration as you asked."
	default:
		panic("outbox: unknown application message kind " + kind)
	}

	var b strings.Builder
	line := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	line("%s 様", a.AttendeeName)
	line("")
	line("「%s」について、%s", title, leadJa)
	line("")
	line("日時: %s", whenJa(e))
	if place := placeJa(e, a); place != "" {
		line("会場: %s", place)
	}
	line("参加方法: %s", map[telework.Attendance]string{telework.AttendanceInPerson: "会場参加", telework.AttendanceOnline: "オンライン参加"}[a.Attendance])
	line("受付番号: %s", a.Reference)
	if atTheDoor(kind, a) {
		line("当日は会場の受付でこの受付番号をお示しください。")
	}
	if kind != KindApplicationCancelled {
		line("")
		line("ご都合が悪くなった場合は、お申し込み時に表示されたトークンでキャンセルしてください。")
	}
	line("")
	line("----")
	line("")
	line("Dear %s,", a.AttendeeName)
	line("")
	line("%s", leadEn)
	line("")
	line("Event: %s", titleEn)
	line("Date: %s", whenEn(e))
	if place := placeEn(e, a); place != "" {
		line("Venue: %s", place)
	}
	line("Attendance: %s", map[telework.Attendance]string{telework.AttendanceInPerson: "in person", telework.AttendanceOnline: "online"}[a.Attendance])
	line("Reference: %s", a.Reference)
	if atTheDoor(kind, a) {
		line("Please show this reference at the reception desk on the day.")
	}
	if kind != KindApplicationCancelled {
		line("")
		line("If you cannot come, please cancel with the token you were shown when you registered.")
	}
	line("")
	line("このメールは送信専用です。 This message was sent automatically; replies are not read.")
	line("テレワーク月間実行委員会 / Telework Month Executive Committee")

	return Message{
		Kind:       kind,
		ObjectType: string(relay.KindEventApplication),
		ObjectID:   a.ID,
		To:         a.AttendeeEmail,
		Subject:    fmt.Sprintf("【テレワーク月間】%s / %s: %s", subjectJa, subjectEn, title),
		Body:       b.String(),
	}
}

// atTheDoor reports whether the message gives the attendee a place at the venue, where the
// reference is shown at the door to be checked in.
func atTheDoor(kind string, a *telework.EventApplication) bool {
	return (kind == KindApplicationConfirmed || kind == KindApplicationPromoted) && a.Attendance == telework.AttendanceInPerson
}

var weekdaysJa = [...]string{"日", "月", "火", "水", "木", "金", "土"}

// whenJa is the event's time in Japan, e.g. 2023年11月27日(月) 13:30〜16:30.
func whenJa(e *telework.Event) string {
	s, t := e.StartsAt.In(telework.Japan), e.EndsAt.In(telework.Japan)
	day := func(d time.Time) string {
		return fmt.Sprintf("%d年%d月%d日(%s)", d.Year(), d.Month(), d.Day(), weekdaysJa[d.Weekday()])
	}
	out := day(s) + " " + s.Format("15:04") + "〜"
	if telework.DateOf(s.UTC()) != telework.DateOf(t.UTC()) {
		out += day(t) + " "
	}
	out += t.Format("15:04") + "（日本時間）"
	if e.Tentative {
		out += "（予定）"
	}
	return out
}

// whenEn is the event's time in Japan in English, e.g. Monday 27 November 2023, 13:30–16:30 JST.
func whenEn(e *telework.Event) string {
	s, t := e.StartsAt.In(telework.Japan), e.EndsAt.In(telework.Japan)
	out := s.Format("Monday 2 January 2006, 15:04") + "–"
	if telework.DateOf(s.UTC()) != telework.DateOf(t.UTC()) {
		out += t.Format("Monday 2 January 2006, ")
	}
	out += t.Format("15:04") + " JST (UTC+9)"
	if e.Tentative {
		out += " (tentative)"
	}
	return out
}

// placeJa is the venue an in-person attendee goes to; "" for online attendance.
func placeJa(e *telework.Event, a *telework.EventApplication) string {
	if a.Attendance != telework.AttendanceInPerson || e.VenueNameJa == nil {
		return ""
	}
	if e.VenueAddressJa != nil {
		return *e.VenueNameJa + "（" + *e.VenueAddressJa + "）"
	}
	return *e.VenueNameJa
}

func placeEn(e *telework.Event, a *telework.EventApplication) string {
	if a.Attendance != telework.AttendanceInPerson || e.VenueNameJa == nil {
		return ""
	}
	name, address := *e.VenueNameJa, e.VenueAddressJa
	if e.VenueNameEn != nil {
		name = *e.VenueNameEn
	}
	if e.VenueAddressEn != nil {
		address = e.VenueAddressEn
	}
	if address != nil {
		return name + ", " + *address
	}
	return name
}
