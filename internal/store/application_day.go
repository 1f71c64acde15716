package store

import (
	"context"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/teleworkmonth/platform/internal/telework"
)

// ApplicationsPerDay counts the applications to the events of a fiscal year's campaign that a
// ministry hosts or co-hosts, by the day (in Japan) they arrived, days without any left out, oldest
// first. Cancelled applications count on the day they arrived: it is the arrivals that are counted.
func ApplicationsPerDay(ctx context.Context, db sqlx.QueryerContext, fiscalYear int, ministryCode string) ([]*telework.DayCount, error) {
	var rows []struct {
		Day   time.Time `db:"day"`
		Count int       `db:"count"`
	}
	err := sqlx.SelectContext(ctx, db, &rows, `
		SELECT (a.created_at AT TIME ZONE 'Asia/Tokyo')::date AS day, count(*) AS count
		FROM event_applications a
		JOIN events e ON e.id = a.event_id
		JOIN campaigns c ON c.id = e.campaign_id AND c.fiscal_year = $1
		JOIN ministries m ON m.code = $2
		WHERE e.host_ministry_id = m.id
		   OR EXISTS (SELECT 1 FROM event_cohosts h WHERE h.event_id = e.id AND h.ministry_id = m.id)
		GROUP BY day
		ORDER BY day`, fiscalYear, ministryCode)
	if err != nil {
		return nil, fmt.Errorf("applications per day: %w", err)
	}
	out := make([]*telework.DayCount, len(rows))
	for i, r := range rows {
		out[i] = &telework.DayCount{Day: telework.Date{Year: r.Day.Year(), Month: r.Day.Month(), Day: r.Day.Day()}, Count: r.Count}
	}
	return out, nil
}
