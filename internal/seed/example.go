package seed

import (
	"context"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
)

// The example event is the event the README's examples sign up for, watch and read the
// applications of. The rest of the demo is fixed in late November 2026 (demoToday), so that its
// events close one after the other as real time moves on; this one's dates are relative to the
// time the demo data is loaded, and move forward each time the demo is loaded again (the
// development run command loads it at every start) once its deadline comes near, so that it is
// always open for sign-ups, however long ago the database was seeded.
//
// It takes the first event ID of a fresh database, before every other demo event: the README
// names it by its global ID, RXZlbnQ6MQ ("Event:1"), so that an example works as written on any
// database the demo was loaded into fresh. A database whose demo data predates it has no example
// event (Summary.ExampleEvent is false): start it afresh (make clean) to run the README's
// examples.
const ExampleEventID int64 = 1

// exampleTitleJa is the example event's title, which, with its ID, tells it from the events that
// staff make: only the demo's example event is moved forward.
const exampleTitleJa = "【例】テレワーク入門セミナー"

// Its timing: it starts exampleLeadDays after the day it is loaded (in Japan), 14:00–16:00, and
// takes applications until 17:00 the day before; it is moved forward when fewer than
// exampleMinOpenDays remain before its deadline.
const (
	exampleLeadDays    = 30
	exampleMinOpenDays = 7
)

// exampleEvent is the example event when loaded at now: a free seminar of MIC in Tokyo, also
// streamed, with 100 seats (a few examples take one each).
func exampleEvent(now time.Time) *event {
	starts, ends, deadline := exampleTimes(now)
	return &event{
		id: ExampleEventID, host: "MIC", kind: "SEMINAR", status: "PUBLISHED",
		titleJa: exampleTitleJa,
		titleEn: "[Example] Introduction to telework seminar",
		descJa: "READMEの例が申し込むイベントです。日付はデモデータを読み込んだ日から決まり、締切が近づくとデモデータの" +
			"読み込み（make run の起動）のたびに先へ送られるため、いつでも申し込めます。",
		descEn: "The event the README's examples sign up for. Its dates follow the day the demo data was loaded, and " +
			"move forward when its deadline comes near each time the demo data is loaded (each start of make run), " +
			"so that it always takes applications.",
		startsAt: starts, endsAt: ends, deadline: deadline,
		venueJa: "千代田区テレワーク推進プラザ 第1会議室", venueEn: "Telework Promotion Plaza, Meeting Room 1, Chiyoda City",
		addrJa: "東京都千代田区本町1-1-1", addrEn: "1-1-1 Honmachi, Chiyoda City, Tokyo", pref: "TOKYO",
		online: true, streamURL: "https://stream.example.jp/telework-month/example",
		capacity: 100, createdAt: now, updatedAt: now,
	}
}

// exampleTimes are the example event's start, end and deadline when it is loaded at now.
func exampleTimes(now time.Time) (starts, ends, deadline time.Time) {
	d := now.In(japan).AddDate(0, 0, exampleLeadDays)
	starts = jst(d.Year(), d.Month(), d.Day(), 14, 0)
	d = d.AddDate(0, 0, -1)
	return starts, starts.Add(2 * time.Hour), jst(d.Year(), d.Month(), d.Day(), 17, 0)
}

// reserveExampleID takes the example event's ID from the events' identity when the database has
// no event yet, before the campaigns' events take theirs: on a fresh database that is
// ExampleEventID. It answers 0 when there are events already (the demo was loaded before, or the
// database holds events of its own): the example event is then not added.
func reserveExampleID(ctx context.Context, tx *sqlx.Tx) (int64, error) {
	var empty bool
	if err := tx.GetContext(ctx, &empty, `SELECT NOT EXISTS (SELECT 1 FROM events)`); err != nil {
		return 0, fmt.Errorf("example event: %w", err)
	}
	if !empty {
		return 0, nil
	}
	ids, err := reserveIDs(ctx, tx, "events", 1)
	if err != nil {
		return 0, err
	}
	return ids[0], nil
}

// insertExampleEvent adds the example event, with the ID reserved for it, to the current
// campaign.
func insertExampleEvent(ctx context.Context, tx *sqlx.Tx, campaignID, id int64, ministryIDs map[string]int64, now time.Time) error {
	e := exampleEvent(now)
	e.id = id
	return insertEvents(ctx, tx, campaignID, []*event{e}, ministryIDs)
}

// refreshExampleEvent moves the example event forward, to the dates it would get if loaded at
// now, when fewer than exampleMinOpenDays remain before its deadline, and opens it again if it
// was closed; a cancelled one stays cancelled. It answers whether the database has the example
// event.
func refreshExampleEvent(ctx context.Context, tx *sqlx.Tx, now time.Time) (bool, error) {
	starts, ends, deadline := exampleTimes(now)
	var found bool
	err := tx.GetContext(ctx, &found, `
		WITH moved AS (
		    UPDATE events SET starts_at = $3, ends_at = $4, application_deadline = $5,
		           status = CASE WHEN status = 'CLOSED' THEN 'PUBLISHED' ELSE status END,
		           updated_at = $6
		    WHERE id = $1 AND title_ja = $2
		      AND (application_deadline IS NULL OR application_deadline < $6::timestamptz + make_interval(days => $7))
		    RETURNING id)
		SELECT EXISTS (SELECT 1 FROM events WHERE id = $1 AND title_ja = $2)`,
		ExampleEventID, exampleTitleJa, starts, ends, deadline, now, exampleMinOpenDays)
	if err != nil {
		return false, fmt.Errorf("example event: %w", err)
	}
	return found, nil
}
