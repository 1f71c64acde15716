package seed

import (
	"context"
	"fmt"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"
)

// insertEvents inserts a campaign's events, their co-hosts and program parts, one statement each;
// an event without an ID (all but the example event) gets one. The seat counters start at zero;
// updateEventCounters sets them from the applications.
func insertEvents(ctx context.Context, tx *sqlx.Tx, campaignID int64, evs []*event, ministryIDs map[string]int64) error {
	missing := 0
	for _, e := range evs {
		if e.id == 0 {
			missing++
		}
	}
	reserved, err := reserveIDs(ctx, tx, "events", missing)
	if err != nil {
		return err
	}
	ids := make([]int64, len(evs))
	var host, capacity, fee []int64
	var kind, status, titleJa, titleEn, descJa, descEn, starts, ends, venueJa, venueEn []string
	var addrJa, addrEn, pref, stream, archive, deadline, created, updated []string
	var tentative, online []bool
	for i, e := range evs {
		if e.id == 0 {
			e.id, reserved = reserved[0], reserved[1:]
		}
		ids[i] = e.id
		host, capacity, fee = append(host, ministryIDs[e.host]), append(capacity, int64(e.capacity)), append(fee, int64(e.fee))
		kind, status = append(kind, e.kind), append(status, e.status)
		titleJa, titleEn, descJa, descEn = append(titleJa, e.titleJa), append(titleEn, e.titleEn), append(descJa, e.descJa), append(descEn, e.descEn)
		starts, ends, deadline = append(starts, ts(e.startsAt)), append(ends, ts(e.endsAt)), append(deadline, ts(e.deadline))
		venueJa, venueEn, addrJa, addrEn = append(venueJa, e.venueJa), append(venueEn, e.venueEn), append(addrJa, e.addrJa), append(addrEn, e.addrEn)
		pref, stream, archive = append(pref, e.pref), append(stream, e.streamURL), append(archive, e.archiveURL)
		created, updated = append(created, ts(e.createdAt)), append(updated, ts(e.updatedAt))
		tentative, online = append(tentative, e.tentative), append(online, e.online)
	}
	_, err = tx.ExecContext(ctx, `
		INSERT INTO events (id, campaign_id, host_ministry_id, kind, status, title_ja, title_en,
		    description_ja, description_en, starts_at, ends_at, tentative, venue_name_ja, venue_name_en,
		    venue_address_ja, venue_address_en, venue_prefecture, online_streaming, streaming_url,
		    archive_video_url, fee_yen, capacity, application_deadline, created_at, updated_at)
		OVERRIDING SYSTEM VALUE
		SELECT id, $1, host, kind, status, title_ja, NULLIF(title_en, ''), NULLIF(desc_ja, ''), NULLIF(desc_en, ''),
		       starts::timestamptz, ends::timestamptz, tentative, NULLIF(venue_ja, ''), NULLIF(venue_en, ''),
		       NULLIF(addr_ja, ''), NULLIF(addr_en, ''), NULLIF(pref, ''), online, NULLIF(stream, ''),
		       NULLIF(archive, ''), fee, NULLIF(capacity, 0), NULLIF(deadline, '')::timestamptz,
		       created::timestamptz, updated::timestamptz
		FROM unnest($2::bigint[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
		            $9::text[], $10::text[], $11::text[], $12::bool[], $13::text[], $14::text[], $15::text[],
		            $16::text[], $17::text[], $18::bool[], $19::text[], $20::text[], $21::int[], $22::int[],
		            $23::text[], $24::text[], $25::text[])
		     AS t(id, host, kind, status, title_ja, title_en, desc_ja, desc_en, starts, ends, tentative,
		          venue_ja, venue_en, addr_ja, addr_en, pref, online, stream, archive, fee, capacity,
		          deadline, created, updated)`,
		campaignID, pq.Array(ids), pq.Array(host), pq.Array(kind), pq.Array(status), pq.Array(titleJa),
		pq.Array(titleEn), pq.Array(descJa), pq.Array(descEn), pq.Array(starts), pq.Array(ends),
		pq.Array(tentative), pq.Array(venueJa), pq.Array(venueEn), pq.Array(addrJa), pq.Array(addrEn),
		pq.Array(pref), pq.Array(online), pq.Array(stream), pq.Array(archive), pq.Array(fee),
		pq.Array(capacity), pq.Array(deadline), pq.Array(created), pq.Array(updated))
	if err != nil {
		return fmt.Errorf("insert events: %w", err)
	}
	if err := insertCohosts(ctx, tx, evs, ministryIDs); err != nil {
		return err
	}
	return insertProgramParts(ctx, tx, evs)
}

func insertCohosts(ctx context.Context, tx *sqlx.Tx, evs []*event, ministryIDs map[string]int64) error {
	var eventIDs, ministryIDList []int64
	for _, e := range evs {
		for _, code := range e.cohosts {
			eventIDs, ministryIDList = append(eventIDs, e.id), append(ministryIDList, ministryIDs[code])
		}
	}
	_, err := tx.ExecContext(ctx, `
		INSERT INTO event_cohosts (event_id, ministry_id)
		SELECT * FROM unnest($1::bigint[], $2::bigint[])`, pq.Array(eventIDs), pq.Array(ministryIDList))
	if err != nil {
		return fmt.Errorf("insert event co-hosts: %w", err)
	}
	return nil
}

func insertProgramParts(ctx context.Context, tx *sqlx.Tx, evs []*event) error {
	var eventIDs, pos []int64
	var titleJa, titleEn, starts, ends []string
	for _, e := range evs {
		for i, p := range e.parts {
			eventIDs, pos = append(eventIDs, e.id), append(pos, int64(i+1))
			titleJa, titleEn = append(titleJa, p.titleJa), append(titleEn, p.titleEn)
			starts, ends = append(starts, ts(p.startsAt)), append(ends, ts(p.endsAt))
		}
	}
	_, err := tx.ExecContext(ctx, `
		INSERT INTO event_program_parts (event_id, position, title_ja, title_en, starts_at, ends_at)
		SELECT e, p, ja, en, s::timestamptz, x::timestamptz
		FROM unnest($1::bigint[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[]) AS t(e, p, ja, en, s, x)`,
		pq.Array(eventIDs), pq.Array(pos), pq.Array(titleJa), pq.Array(titleEn), pq.Array(starts), pq.Array(ends))
	if err != nil {
		return fmt.Errorf("insert program parts: %w", err)
	}
	return nil
}
