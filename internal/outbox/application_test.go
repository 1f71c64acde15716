package outbox_test

import (
	"strings"
	"testing"
	"time"

	"github.com/teleworkmonth/platform/internal/outbox"
	"github.com/teleworkmonth/platform/internal/telework"
)

func some[T any](v T) *T { return &v }

func TestApplicationMessage(t *testing.T) {
	t.Parallel()
	// The FY2023 symposium: 2023-11-27 13:30–16:30 in Japan.
	e := &telework.Event{
		ID: 7, TitleJa: "テレワーク推進フォーラム シンポジウム", TitleEn: some("Telework Promotion Forum Symposium"),
		StartsAt: time.Date(2023, 11, 27, 4, 30, 0, 0, time.UTC), EndsAt: time.Date(2023, 11, 27, 7, 30, 0, 0, time.UTC),
		VenueNameJa: some("御茶ノ水ソラシティ 2F ソラシティホール"), VenueNameEn: some("Sola City Hall"),
		EventDetails: &telework.EventDetails{VenueAddressJa: some("東京都千代田区神田駿河台4-6")},
	}
	a := &telework.EventApplication{
		ID: 42, EventID: 7, AttendeeName: "申込 花子", AttendeeEmail: "hanako@example.jp",
		Attendance: telework.AttendanceInPerson, Status: telework.ApplicationWaitlisted, WaitlistPosition: some(3),
		Reference: "K7Q-4M2",
	}
	const door = "受付でこの受付番号をお示しください"
	tests := []struct {
		kind string
		want []string
	}{
		{outbox.KindApplicationConfirmed, []string{"参加が確定しました", "Your place is confirmed", "キャンセルしてください", door, "show this reference at the reception"}},
		{outbox.KindApplicationWaitlisted, []string{"キャンセル待ち（3番目）", "number 3 on the waitlist"}},
		{outbox.KindApplicationPromoted, []string{"繰り上げ", "A seat became free", door}},
		{outbox.KindApplicationCancelled, []string{"キャンセルを承りました", "We have cancelled"}},
	}
	for _, tt := range tests {
		t.Run(tt.kind, func(t *testing.T) {
			m := outbox.ApplicationMessage(tt.kind, e, a)
			if m.Kind != tt.kind || m.To != "hanako@example.jp" || m.ObjectType != "EventApplication" || m.ObjectID != 42 {
				t.Errorf("message %+v", m)
			}
			if !strings.HasPrefix(m.Subject, "【テレワーク月間】") || !strings.Contains(m.Subject, e.TitleJa) {
				t.Errorf("subject %q: want the campaign and the event's title", m.Subject)
			}
			for _, want := range append(tt.want,
				"申込 花子 様", "Dear 申込 花子,",
				"「テレワーク推進フォーラム シンポジウム」",
				"日時: 2023年11月27日(月) 13:30〜16:30（日本時間）",
				"Date: Monday 27 November 2023, 13:30–16:30 JST (UTC+9)",
				"会場: 御茶ノ水ソラシティ 2F ソラシティホール（東京都千代田区神田駿河台4-6）",
				"Venue: Sola City Hall, 東京都千代田区神田駿河台4-6",
				"Event: Telework Promotion Forum Symposium",
				"受付番号: K7Q-4M2", "Reference: K7Q-4M2",
			) {
				if !strings.Contains(m.Body, want) {
					t.Errorf("body lacks %q:\n%s", want, m.Body)
				}
			}
		})
	}

	t.Run("online, over midnight, tentative", func(t *testing.T) {
		e := *e
		e.TitleEn, e.Tentative = nil, true
		e.EndsAt = time.Date(2023, 11, 27, 15, 30, 0, 0, time.UTC) // 00:30 the next day in Japan
		online := *a
		online.Attendance, online.Status, online.WaitlistPosition = telework.AttendanceOnline, telework.ApplicationConfirmed, nil
		m := outbox.ApplicationMessage(outbox.KindApplicationConfirmed, &e, &online)
		for _, want := range []string{
			"2023年11月27日(月) 13:30〜2023年11月28日(火) 00:30（日本時間）（予定）",
			"Monday 27 November 2023, 13:30–Tuesday 28 November 2023, 00:30 JST (UTC+9) (tentative)",
			"参加方法: オンライン参加", "Attendance: online", "Event: テレワーク推進フォーラム シンポジウム",
		} {
			if !strings.Contains(m.Body, want) {
				t.Errorf("body lacks %q:\n%s", want, m.Body)
			}
		}
		if strings.Contains(m.Body, "会場:") || strings.Contains(m.Body, "Venue:") || strings.Contains(m.Body, door) {
			t.Errorf("an online attendee is sent to the venue:\n%s", m.Body)
		}
		if !strings.Contains(m.Body, "受付番号: K7Q-4M2") {
			t.Errorf("the message lacks the reference:\n%s", m.Body)
		}
	})
}
