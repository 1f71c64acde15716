package main

import (
	"context"
	"fmt"
	"net/http"
	"strings"

	"github.com/rs/zerolog"

	"github.com/teleworkmonth/platform/cmd/bench/explain"
	"github.com/teleworkmonth/platform/internal/app"
	"github.com/teleworkmonth/platform/internal/config"
	"github.com/teleworkmonth/platform/internal/relay"
)

// The growth run explains two reads it does not measure, to name what does not stay flat: a
// filtered list's totalCount counts every matching row, so it grows with the data whatever the
// indexes.
const (
	registrantsTotalQuery = `query ($kind: RegistrantKind, $activity: ActivityCategory) {
	registrants(filter: {fiscalYear: 2026, kind: $kind, activity: $activity}, first: 50) {
		totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name kind industry activities } } } }`
	eventsFilterTotalQuery = `{ events(filter: {fiscalYear: 2026, prefecture: TOKYO, hasSeats: true}, first: 20) {
	totalCount pageInfo { hasNextPage endCursor } edges { node { id title { text } startsAt host { code } } } } }`
)

// growthRead is a request the growth run explains; pageSizes says that it takes its page size as
// $first, and that its statements are counted at several.
type growthRead struct {
	request   explain.Request
	pageSizes bool
}

// explainedFilter is the registrant filter that the growth run explains: the rarest combination of
// registrantFilters (a local government learning telework, about 1 in 24 of the listed), which
// reads the most rows to fill a page.
var explainedFilter = registrantFilter{Kind: "LOCAL_GOVERNMENT", Activity: "LEARNING"}

// growthReads are the three measured reads, each as the load sends it (the detail read of the
// host's first event, the filter at its rarest), and the two filters with totalCount.
func growthReads(f *fixtures) []growthRead {
	filter := map[string]any{"kind": explainedFilter.Kind, "activity": explainedFilter.Activity}
	return []growthRead{
		{request: explain.Request{Name: "list: events(first: 50)", Query: eventsQuery}, pageSizes: true},
		{request: explain.Request{Name: "detail: event(id) with applications(first: 100), as the host",
			Query: hostEventQuery, Variables: map[string]any{"id": relay.ID(relay.KindEvent, f.hostEvents[0])},
			Header: http.Header{"Authorization": {"Bearer " + f.token}}}, pageSizes: true},
		{request: explain.Request{Name: "filter: registrants(kind: LOCAL_GOVERNMENT, activity: LEARNING; first: 50)",
			Query: registrantsQuery, Variables: filter}, pageSizes: true},
		{request: explain.Request{Name: "filter with totalCount: registrants(kind: LOCAL_GOVERNMENT, activity: LEARNING) { totalCount }",
			Query: registrantsTotalQuery, Variables: filter}},
		{request: explain.Request{Name: "filter with totalCount: events(prefecture: TOKYO, hasSeats: true; first: 20) { totalCount }",
			Query: eventsFilterTotalQuery}},
	}
}

// pageSizesCounted are the page sizes at which the statements of the paged reads are counted.
var pageSizesCounted = []int{5, 50, 100}

// explainReads runs our server in this process on the database of env (the handler only: no
// listener, no background work), explains the SQL of the growth reads under ANALYZE and counts the
// statements of the paged ones per page size. Each read is explained twice and the second kept:
// the first brings its pages into memory, as the measured load has done for the reads it sent.
func explainReads(ctx context.Context, env []string, f *fixtures) ([]explain.Report, []pageSizes, error) {
	vars := map[string]string{}
	for _, kv := range env {
		k, v, _ := strings.Cut(kv, "=")
		vars[k] = v
	}
	cfg, err := config.Load(func(k string) string { return vars[k] })
	if err != nil {
		return nil, nil, err
	}
	a, err := app.New(ctx, cfg, zerolog.Nop())
	if err != nil {
		return nil, nil, fmt.Errorf("our server in process: %w", err)
	}
	defer a.Close()

	reads := growthReads(f)
	requests := make([]explain.Request, len(reads))
	for i, r := range reads {
		requests[i] = r.request
	}
	opts := explain.Options{Analyze: true}
	if _, err := explain.Requests(ctx, a.Handler, a.DB, requests, opts); err != nil {
		return nil, nil, err
	}
	reports, err := explain.Requests(ctx, a.Handler, a.DB, requests, opts)
	if err != nil {
		return nil, nil, err
	}
	var sizes []pageSizes
	for _, r := range reads {
		if !r.pageSizes {
			continue
		}
		counts, err := explain.StatementsByPageSize(ctx, a.Handler, r.request, pageSizesCounted)
		if err != nil {
			return nil, nil, err
		}
		sizes = append(sizes, pageSizes{Read: r.request.Name, Counts: counts, Same: explain.SamePerPage(counts)})
	}
	return reports, sizes, nil
}
