package store

import (
	"context"
	"database/sql"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/teleworkmonth/platform/internal/telework"
)

// eventColumns are the columns of an event that every read of events reads, in the order
// eventScanner reads them: all but its details and its description, which a read adds by its
// eventReads.
const eventColumns = `e.id, e.version, e.campaign_id, e.host_ministry_id, e.kind, e.status, e.title_ja,
	e.title_en, e.starts_at, e.ends_at, e.tentative, e.venue_name_ja, e.venue_name_en, e.venue_prefecture,
	e.online_streaming, e.fee_yen, e.capacity, e.seats_taken, e.waitlist_length`

// eventReads tells which of an event's optional groups of columns a read reads: its details
// (telework.EventDetails) and its description (telework.EventDescription). What is not read stays
// nil in the events read.
type eventReads struct {
	details, description bool
}

// wholeEvent reads all of an event: by ID, and where it is written.
var wholeEvent = eventReads{details: true, description: true}

// columns are the columns of an event the read reads, in the order eventScanner reads them.
func (r eventReads) columns() string {
	columns := eventColumns
	if r.details {
		columns += `, e.venue_address_ja, e.venue_address_en, e.streaming_url, e.archive_video_url, e.application_deadline,
			e.checked_in_count`
	}
	if r.description {
		columns += `, e.description_ja, e.description_en`
	}
	return columns
}

// fullEventColumns are the columns of a whole event.
var fullEventColumns = wholeEvent.columns()

// eventScanner reads rows of an eventReads' columns, after leading columns of the caller's. Lists
// of events scan their rows here rather than through sqlx's mapping by name, which on a page of
// events (its reflection over 24 fields a row, and database/sql's conversion into pointer fields,
// with an allocation for every nullable column) was a tenth of the server's CPU. Every row is read
// into the same destinations, each of the type lib/pq answers, which database/sql assigns
// directly: an int column read into an int goes through a string (formatted, then parsed again).
// The events, and the values their pointer fields point to, are handed out from a block of
// scannedEvent: one allocation for a page of rows rather than one for each event and for each of
// its optional values. Writes, which read one event, keep sqlx.
type eventScanner struct {
	id, version, campaignID, hostMinistryID, feeYen, seatsTaken, waitlistLength int64
	checkedInCount                                                              int64
	kind, status, titleJa                                                       string
	startsAt, endsAt                                                            time.Time
	tentative, onlineStreaming                                                  bool
	titleEn                                                                     sql.Null[string]
	venueNameJa, venueNameEn, prefecture                                        sql.Null[string]
	capacity                                                                    sql.Null[int64]
	venueAddressJa, venueAddrEn, streamingURL, archiveVideoURL                  sql.Null[string]
	deadline                                                                    sql.Null[time.Time]
	descriptionJa, descriptionEn                                                sql.Null[string]

	reads eventReads
	dest  []any
	rows  block[scannedEvent]
}

// scannedEvent is an event with the values its pointer fields point to.
type scannedEvent struct {
	e                                                     telework.Event
	titleEn                                               string
	venueNameJa, venueNameEn, venueAddressJa, venueAddrEn string
	streamingURL, archiveVideoURL                         string
	prefecture                                            telework.Prefecture
	capacity                                              int
	deadline                                              time.Time
	details                                               telework.EventDetails
	description                                           telework.EventDescription
	descriptionJa, descriptionEn                          string
}

// newEventScanner reads rows of the columns of reads after the leading columns; expectedRows, the
// number of rows the query most likely returns (a page's limit), sizes the blocks of events.
func newEventScanner(expectedRows int, reads eventReads, leading ...any) *eventScanner {
	s := &eventScanner{rows: newBlock[scannedEvent](expectedRows), reads: reads}
	s.dest = append(leading, &s.id, &s.version, &s.campaignID, &s.hostMinistryID, &s.kind, &s.status,
		&s.titleJa, &s.titleEn, &s.startsAt, &s.endsAt, &s.tentative, &s.venueNameJa, &s.venueNameEn, &s.prefecture,
		&s.onlineStreaming, &s.feeYen, &s.capacity, &s.seatsTaken, &s.waitlistLength)
	if reads.details {
		s.dest = append(s.dest, &s.venueAddressJa, &s.venueAddrEn, &s.streamingURL, &s.archiveVideoURL, &s.deadline,
			&s.checkedInCount)
	}
	if reads.description {
		s.dest = append(s.dest, &s.descriptionJa, &s.descriptionEn)
	}
	return s
}

// scan reads the current row into a new event.
func (s *eventScanner) scan(rows *sql.Rows) (*telework.Event, error) {
	if err := rows.Scan(s.dest...); err != nil {
		return nil, err
	}
	r := s.rows.next()
	r.e = telework.Event{
		ID: s.id, Version: int(s.version), CampaignID: s.campaignID, HostMinistryID: s.hostMinistryID,
		Kind: telework.EventKind(s.kind), Status: telework.EventStatus(s.status),
		TitleJa: s.titleJa, TitleEn: pointTo(&r.titleEn, s.titleEn),
		StartsAt: s.startsAt, EndsAt: s.endsAt, Tentative: s.tentative,
		VenueNameJa: pointTo(&r.venueNameJa, s.venueNameJa), VenueNameEn: pointTo(&r.venueNameEn, s.venueNameEn),
		VenuePrefecture: pointToAs(&r.prefecture, s.prefecture, prefectureOf),
		OnlineStreaming: s.onlineStreaming, FeeYen: int(s.feeYen),
		Capacity:   pointToAs(&r.capacity, s.capacity, intOf),
		SeatsTaken: int(s.seatsTaken), WaitlistLength: int(s.waitlistLength),
	}
	if s.reads.details {
		r.details = telework.EventDetails{
			VenueAddressJa: pointTo(&r.venueAddressJa, s.venueAddressJa), VenueAddressEn: pointTo(&r.venueAddrEn, s.venueAddrEn),
			StreamingURL: pointTo(&r.streamingURL, s.streamingURL), ArchiveVideoURL: pointTo(&r.archiveVideoURL, s.archiveVideoURL),
			ApplicationDeadline: pointTo(&r.deadline, s.deadline), CheckedInCount: int(s.checkedInCount),
		}
		r.e.EventDetails = &r.details
	}
	if s.reads.description {
		r.description = telework.EventDescription{DescriptionJa: pointTo(&r.descriptionJa, s.descriptionJa),
			DescriptionEn: pointTo(&r.descriptionEn, s.descriptionEn)}
		r.e.EventDescription = &r.description
	}
	return &r.e, nil
}

// selectEvents runs a query of the columns of reads and returns its events in the order of its
// rows.
func selectEvents(ctx context.Context, db sqlx.QueryerContext, expectedRows int, reads eventReads, query string, args ...any) ([]*telework.Event, error) {
	return selectRows(ctx, db, expectedRows, newEventScanner(expectedRows, reads).scan, query, args...)
}
