// Package partner is a partner portal's Go client of the Telework Month API, as a partner would
// write it: genqlient generates typed functions from operations.graphql against the server's
// schema (generated.go), and this file adds what every portal needs around them: a client that
// sends queries as GET with a partner key, and reading a connection to its end.
//
// It lives in the server's module so that `go generate ./...` regenerates it and `make check`
// fails when the schema no longer fits these operations: a change that would break partners.
package partner

//go:generate go tool genqlient

import (
	"context"
	"iter"
	"net/http"

	"github.com/Khan/genqlient/graphql"
)

// NewClient answers a client of the API at endpoint (e.g. http://localhost:8080/graphql) that
// sends every query as GET, which a CDN in front of the API can cache, with apiKey as the bearer
// token when it is not "" (a partner key, tmk_…). httpClient nil means http.DefaultClient.
func NewClient(endpoint, apiKey string, httpClient *http.Client) graphql.Client {
	if httpClient == nil {
		httpClient = http.DefaultClient
	}
	return graphql.NewClientUsingGet(endpoint, &bearer{client: httpClient, token: apiKey})
}

// bearer adds the partner key to each request.
type bearer struct {
	client *http.Client
	token  string
}

func (b *bearer) Do(r *http.Request) (*http.Response, error) {
	if b.token != "" {
		r.Header.Set("Authorization", "Bearer "+b.token)
	}
	return b.client.Do(r)
}

// Event is one published event as PublishedEvents reads it.
type Event = PublishedEventsEventsEventConnectionEdgesEventEdgeNodeEvent

// PublishedEventsOf reads the published events of a fiscal year page by page (pageSize each, 1 to
// 100), following each page's endCursor while hasNextPage is true. It yields each event, or the
// error that ended the reading.
func PublishedEventsOf(ctx context.Context, c graphql.Client, fiscalYear, pageSize int) iter.Seq2[Event, error] {
	return func(yield func(Event, error) bool) {
		var after *string
		for {
			resp, err := PublishedEvents(ctx, c, fiscalYear, pageSize, after)
			if err != nil {
				yield(Event{}, err)
				return
			}
			page := resp.Events
			for _, e := range page.Edges {
				if !yield(e.Node, nil) {
					return
				}
			}
			if !page.PageInfo.HasNextPage || page.PageInfo.EndCursor == nil {
				return
			}
			after = page.PageInfo.EndCursor
		}
	}
}

// Registrant is one registrant of the public list as Registrants reads it.
type Registrant = RegistrantsRegistrantsRegistrantConnectionEdgesRegistrantEdgeNodeRegistrant

// RegistrantsOf reads the public list of a fiscal year's registrants in one activity (nil for
// every activity) to its end, as PublishedEventsOf reads events.
func RegistrantsOf(ctx context.Context, c graphql.Client, fiscalYear int, activity *ActivityCategory, pageSize int) iter.Seq2[Registrant, error] {
	return func(yield func(Registrant, error) bool) {
		var after *string
		for {
			resp, err := Registrants(ctx, c, fiscalYear, activity, pageSize, after)
			if err != nil {
				yield(Registrant{}, err)
				return
			}
			page := resp.Registrants
			for _, r := range page.Edges {
				if !yield(r.Node, nil) {
					return
				}
			}
			if !page.PageInfo.HasNextPage || page.PageInfo.EndCursor == nil {
				return
			}
			after = page.PageInfo.EndCursor
		}
	}
}
