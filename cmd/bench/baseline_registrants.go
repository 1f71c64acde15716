package main

import (
	"net/http"
	"strconv"

	"github.com/lib/pq"

	"github.com/teleworkmonth/platform/internal/relay"
)

// registrantsQuery is the public registrant list with filters that both servers answer. The public
// may not narrow it by prefecture (that is counts only, in campaign.stats), so the filters are the
// fiscal year, the kind and an activity. The baseline answers a page of 50 only.
const registrantsQuery = `query ($kind: RegistrantKind, $activity: ActivityCategory, $first: Int = 50) {
	registrants(filter: {fiscalYear: 2026, kind: $kind, activity: $activity}, first: $first) {
		pageInfo { hasNextPage endCursor } edges { cursor node { id name kind industry activities } } } }`

const registrantsPage = 50

// registrantFilter is one combination of the filters the list is read with.
type registrantFilter struct {
	Kind     string `json:"kind"`
	Activity string `json:"activity"`
}

// registrantFilters are the combinations the operation goes round: every kind with every activity.
var registrantFilters = func() []registrantFilter {
	var out []registrantFilter
	for _, kind := range []string{"COMPANY", "LOCAL_GOVERNMENT", "ORGANIZATION", "INDIVIDUAL"} {
		for _, activity := range []string{"PRACTICING", "LEARNING", "PROMOTING"} {
			out = append(out, registrantFilter{kind, activity})
		}
	}
	return out
}()

type registrantJSON struct {
	ID         string   `json:"id"`
	Name       *string  `json:"name"`
	Kind       string   `json:"kind"`
	Industry   *string  `json:"industry"`
	Activities []string `json:"activities"`
}

type registrantEdge struct {
	Cursor string         `json:"cursor"`
	Node   registrantJSON `json:"node"`
}

type registrantsAnswer struct {
	Data struct {
		Registrants struct {
			PageInfo pageInfo         `json:"pageInfo"`
			Edges    []registrantEdge `json:"edges"`
		} `json:"registrants"`
	} `json:"data"`
}

// registrants answers the public list (approved registrants that consented to be listed) of a
// fiscal year (?fiscalYear=), narrowed by ?kind= and ?activity= when given, with one keyset query.
func (b *baseline) registrants(r *http.Request, q *querier) (any, error) {
	params := r.URL.Query()
	year, err := strconv.Atoi(params.Get("fiscalYear"))
	if err != nil {
		return nil, &httpError{http.StatusBadRequest, "fiscalYear: not a year"}
	}
	query := `SELECT r.id, r.name, r.kind, r.industry, r.activities FROM registrants r
		WHERE r.campaign_id = (SELECT id FROM campaigns WHERE fiscal_year = $1) AND r.status = 'APPROVED' AND r.publish_name`
	args := []any{year}
	if kind := params.Get("kind"); kind != "" {
		args = append(args, kind)
		query += ` AND r.kind = $` + strconv.Itoa(len(args))
	}
	if activity := params.Get("activity"); activity != "" {
		args = append(args, activity)
		query += ` AND r.activities @> ARRAY[$` + strconv.Itoa(len(args)) + `]::text[]`
	}
	args = append(args, registrantsPage+1)
	query += ` ORDER BY r.id LIMIT $` + strconv.Itoa(len(args))

	rows, err := q.query(r.Context(), query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ans registrantsAnswer
	page := &ans.Data.Registrants
	page.Edges = []registrantEdge{}
	for rows.Next() {
		var (
			n          registrantJSON
			id         int64
			name       string
			activities pq.StringArray
		)
		if err := rows.Scan(&id, &name, &n.Kind, &n.Industry, &activities); err != nil {
			return nil, err
		}
		if len(page.Edges) == registrantsPage {
			page.PageInfo.HasNextPage = true
			break
		}
		n.ID, n.Name, n.Activities = relay.ID(relay.KindRegistrant, id), &name, activities
		cursor := relay.EncodeCursor(relay.ListRegistrants, relay.Cursor{Key: id})
		page.Edges = append(page.Edges, registrantEdge{Cursor: cursor, Node: n})
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if n := len(page.Edges); n > 0 {
		page.PageInfo.EndCursor = &page.Edges[n-1].Cursor
	}
	return &ans, nil
}
