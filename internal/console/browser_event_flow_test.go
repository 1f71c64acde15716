package console_test

import (
	"fmt"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp/kb"
)

// TestBrowserCreateEditPublish: a MIC editor creates an event with its program, venue, stream and
// deadline (times entered in Japan time), edits it, and publishes it with the keyboard alone,
// through the confirmation that says what publishing does.
func TestBrowserCreateEditPublish(t *testing.T) {
	b := newBrowser(t)
	b.signInAs(micEditor, "イベント")
	b.clickText("イベントを作成する")
	b.waitHeading("イベントを作成")
	b.waitFor("the form", `!!document.getElementById('titleJa')`)
	if host := eval[string](b, `document.getElementById('hostMinistryCode').selectedOptions[0].textContent`); host != "総務省" {
		t.Errorf("the host offered is %q", host)
	}
	b.check("event-new")
	b.setLang("en")
	b.waitHeading("Create an event")
	b.check("event-new-en")
	b.setLang("ja")
	b.waitHeading("イベントを作成")

	b.fill("titleJa", "テレワーク推進セミナー 2027")
	b.fill("titleEn", "Telework seminar 2027")
	b.fill("descriptionJa", "テレワークの導入事例を紹介します。")
	b.setValue("kind", "SYMPOSIUM")
	b.setValue("startsAt", "2027-02-10T13:30")
	b.setValue("endsAt", "2027-02-10T16:30")
	b.clickText("プログラムを追加する")
	b.waitFocused("programParts-0-titleJa")
	b.press("第二部 パネルディスカッション")
	b.setValue("programParts-0-startsAt", "2027-02-10T14:40")
	b.setValue("programParts-0-endsAt", "2027-02-10T16:30")
	b.clickText("プログラムを追加する")
	b.waitFocused("programParts-1-titleJa")
	b.press("第一部 基調講演")
	b.setValue("programParts-1-startsAt", "2027-02-10T13:30")
	b.setValue("programParts-1-endsAt", "2027-02-10T14:30")
	b.click(".part:nth-of-type(2) button") // 上へ: the second part goes first
	b.waitFor("the move", `document.getElementById('programParts-0-titleJa').value === '第一部 基調講演'`)
	if said := eval[string](b, `document.querySelector('.parts [role=status]').textContent`); said != "プログラムを 1 番目に移動しました" {
		t.Errorf("the move is announced as %q", said)
	}
	b.fill("venue-nameJa", "御茶ノ水ソラシティ")
	b.setValue("venue-prefecture", "TOKYO")
	b.click("#onlineStreaming")
	b.fill("streamingUrl", "https://stream.example.jp/seminar-2027")
	b.fill("capacity", "80")
	b.click("#untilFull") // the first choice: 日時を決める
	b.setValue("applicationDeadline", "2027-02-09T17:00")
	b.click("#coHostMinistryCodes-MHLW")
	b.fullShot("event-new")
	b.clickText("下書きとして作成する")
	b.waitHeading("テレワーク推進セミナー 2027")
	if !strings.Contains(b.main(), "下書きを作成しました") {
		t.Errorf("no word of the draft:\n%s", b.main())
	}
	id := strings.TrimPrefix(b.location(), "/admin/events/")
	key := b.eventKey(mustUnescape(t, id))

	type stored struct {
		Status, Kind, Title, Stream string
		Starts, Deadline            time.Time
		Capacity, Version           int
		Parts, CoHosts              string
	}
	read := func() stored {
		var s stored
		if err := b.s.DB.QueryRow(`
			SELECT e.status, e.kind, e.title_ja, coalesce(e.streaming_url, ''), e.starts_at, e.application_deadline,
				e.capacity, e.version,
				(SELECT string_agg(p.title_ja || ' ' || to_char(p.starts_at AT TIME ZONE 'Asia/Tokyo', 'HH24:MI'), ', ' ORDER BY p.position)
				 FROM event_program_parts p WHERE p.event_id = e.id),
				(SELECT string_agg(m.code, ',') FROM event_cohosts c JOIN ministries m ON m.id = c.ministry_id WHERE c.event_id = e.id)
			FROM events e WHERE e.id = $1`, key).Scan(&s.Status, &s.Kind, &s.Title, &s.Stream, &s.Starts, &s.Deadline,
			&s.Capacity, &s.Version, &s.Parts, &s.CoHosts); err != nil {
			t.Fatal(err)
		}
		return s
	}
	got := read()
	want := stored{Status: "DRAFT", Kind: "SYMPOSIUM", Title: "テレワーク推進セミナー 2027", Stream: "https://stream.example.jp/seminar-2027",
		Starts: time.Date(2027, 2, 10, 4, 30, 0, 0, time.UTC), Deadline: time.Date(2027, 2, 9, 8, 0, 0, 0, time.UTC), Capacity: 80, Version: 1,
		Parts: "第一部 基調講演 13:30, 第二部 パネルディスカッション 14:40", CoHosts: "MHLW"}
	if !got.Starts.Equal(want.Starts) || !got.Deadline.Equal(want.Deadline) {
		t.Errorf("times stored %v and %v, want %v and %v (entered in Japan time)", got.Starts, got.Deadline, want.Starts, want.Deadline)
	}
	got.Starts, got.Deadline = want.Starts, want.Deadline
	if got != want {
		t.Errorf("stored %+v\nwant   %+v", got, want)
	}

	// Edit: the form holds what was saved; a change saves with the version read.
	b.waitFor("the form", `document.getElementById('startsAt').value === '2027-02-10T13:30'`)
	b.replace("titleJa", "テレワーク推進セミナー 2027(改)")
	b.click("#tentative")
	b.clickText("変更を保存する")
	b.waitFor("the notice", `(document.querySelector('.notice') || {textContent: ''}).textContent.includes('変更を保存しました')`)
	b.waitHeading("テレワーク推進セミナー 2027(改)")
	if got := read(); got.Version != 2 || got.Title != "テレワーク推進セミナー 2027(改)" || got.Parts != want.Parts {
		t.Errorf("after the edit: %+v", got)
	}

	// Publish, by keyboard alone: from the notice, Tab to the way to publish, Enter, then Tab to
	// the primary action of the confirmation, Enter.
	b.waitFocused("変更を保存しました。")
	b.tabTo("このイベントを公開する", false)
	b.press(kb.Enter)
	b.waitHeading("イベントを公開する")
	text := b.main()
	for _, says := range []string{"誰でも見られるようになります", "申込みの受付が始まります。締切は 2027年2月9日(火) 17:00 です。", "公開を取り消すことはできません"} {
		if !strings.Contains(text, says) {
			t.Errorf("the confirmation does not say %q:\n%s", says, text)
		}
	}
	if got := read(); got.Status != "DRAFT" {
		t.Errorf("opening the confirmation changed the event: %s", got.Status)
	}
	b.check("event-publish")
	b.setLang("en")
	b.waitHeading("Publish the event")
	b.check("event-publish-en")
	b.setLang("ja")
	b.waitHeading("イベントを公開する")
	b.tabTo("公開する", false)
	b.press(kb.Enter)
	b.waitHeading("テレワーク推進セミナー 2027(改)")
	b.waitFor("the notice", `(document.querySelector('main') || {innerText: ''}).innerText.includes('イベントを公開しました')`)
	if got := read(); got.Status != "PUBLISHED" {
		t.Errorf("after publishing: %s", got.Status)
	}
	if tags := b.texts(".tag"); len(tags) == 0 || tags[0] != "公開中" {
		t.Errorf("the status shown: %q", tags)
	}
}

func mustUnescape(t *testing.T, s string) string {
	t.Helper()
	u, err := url.PathUnescape(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// TestBrowserCancelSaysWhatHappens: cancelling a published event with applicants says how many are
// confirmed and waitlisted and what happens to them (they stay; no message is sent), then cancels.
func TestBrowserCancelSaysWhatHappens(t *testing.T) {
	b := newBrowser(t)
	id := b.createDraft(micEditor, "MIC", "満席のワークショップ", map[string]any{"capacity": 1})
	token := b.token(micEditor)
	if r := b.s.QueryAs(token, `mutation($id: ID!) { publishEvent(id: $id) { event { status } } }`, map[string]any{"id": id}); len(r.Errors) > 0 {
		t.Fatalf("publish: %s", r.Body)
	}
	for i := range 3 {
		r := b.s.Query(`mutation($in: ApplyToEventInput!) { applyToEvent(input: $in) { application { status } } }`, map[string]any{"in": map[string]any{
			"eventId": id, "attendeeName": fmt.Sprintf("申込者 %d", i), "attendeeEmail": fmt.Sprintf("a%d@example.jp", i), "attendance": "IN_PERSON"}})
		if len(r.Errors) > 0 {
			t.Fatalf("apply: %s", r.Body)
		}
	}
	b.signInAs(micAdmin, "イベント")
	b.open("/admin/events/" + url.PathEscape(id))
	b.waitHeading("満席のワークショップ")
	if text := b.main(); !strings.Contains(text, "1席(定員 1席)") || !strings.Contains(text, "2人") {
		t.Errorf("the seats and the waitlist:\n%s", text)
	}
	b.clickText("このイベントを中止する")
	b.waitHeading("イベントを中止する")
	text := b.main()
	for _, says := range []string{"申込み: 確定 1人、キャンセル待ち 2人", "新しい申込みは受け付けなくなります", "申込みは取り消されません",
		"申込者にお知らせを送りません", "中止は取り消せません"} {
		if !strings.Contains(text, says) {
			t.Errorf("the confirmation does not say %q:\n%s", says, text)
		}
	}
	for _, personal := range []string{"申込者 0", "a0@example.jp"} {
		if strings.Contains(text, personal) {
			t.Errorf("the confirmation shows %q", personal)
		}
	}
	b.check("event-cancel")
	b.setLang("en")
	b.waitHeading("Cancel the event")
	if !strings.Contains(b.main(), "1 confirmed, 2 on the waitlist") {
		t.Errorf("in English:\n%s", b.main())
	}
	b.check("event-cancel-en")
	b.setLang("ja")
	b.waitHeading("イベントを中止する")
	b.clickText("中止する")
	b.waitHeading("満席のワークショップ")
	b.waitFor("the notice", `(document.querySelector('main') || {innerText: ''}).innerText.includes('イベントを中止しました')`)
	if status := sqlOne[string](b, `SELECT status FROM events WHERE id = $1`, b.eventKey(id)); status != "CANCELLED" {
		t.Errorf("status %s", status)
	}
	if n := sqlOne[int](b, `SELECT count(*) FROM event_applications WHERE event_id = $1 AND status <> 'CANCELLED'`, b.eventKey(id)); n != 3 {
		t.Errorf("%d applications left standing, want 3 (cancelling the event leaves them)", n)
	}
	if text := b.main(); !strings.Contains(text, "「中止」のため、編集できません") || strings.Contains(text, "このイベントを中止する") {
		t.Errorf("a cancelled event:\n%s", text)
	}
}
