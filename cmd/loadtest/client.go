package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"
)

// client speaks GraphQL over HTTP to the server.
type client struct {
	endpoint string
	http     *http.Client
}

func newClient(u *url.URL, concurrency int) *client {
	return &client{
		endpoint: u.String(),
		http: &http.Client{
			Timeout: 30 * time.Second, // one request; the run's own timeout bounds the whole
			Transport: &http.Transport{
				MaxIdleConns:        concurrency,
				MaxIdleConnsPerHost: concurrency,
				IdleConnTimeout:     30 * time.Second,
			},
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		},
	}
}

// gqlError is one error of a GraphQL answer.
type gqlError struct {
	Message    string `json:"message"`
	Extensions struct {
		Code string `json:"code"`
	} `json:"extensions"`
}

// do sends a query with its variables, as forwarded for the client address forwardedFor unless it
// is "", and decodes the answer's data into data. It returns the GraphQL errors of the answer (the
// first's code names the failure) or an error of transport.
func (c *client) do(ctx context.Context, query string, vars map[string]any, forwardedFor string, data any) ([]gqlError, error) {
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.endpoint, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/graphql-response+json, application/json;q=0.9")
	if forwardedFor != "" {
		req.Header.Set("X-Forwarded-For", forwardedFor)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return nil, err
	}
	var answer struct {
		Data   json.RawMessage `json:"data"`
		Errors []gqlError      `json:"errors"`
	}
	if err := json.Unmarshal(raw, &answer); err != nil {
		return nil, fmt.Errorf("HTTP %d, not a GraphQL answer", resp.StatusCode)
	}
	if len(answer.Errors) > 0 {
		return answer.Errors, nil
	}
	if len(answer.Data) == 0 || string(answer.Data) == "null" {
		return nil, fmt.Errorf("HTTP %d without data", resp.StatusCode)
	}
	return nil, json.Unmarshal(answer.Data, data)
}

// eventSeats is what the report shows of the event.
type eventSeats struct {
	Status         string `json:"status"`
	Capacity       *int   `json:"capacity"`
	SeatsRemaining *int   `json:"seatsRemaining"`
	WaitlistLength int    `json:"waitlistLength"`
}

const seatsQuery = `query LoadTestSeats($id: ID!) { event(id: $id) { status capacity seatsRemaining waitlistLength } }`

// seats reads the event's seats; an unknown event is an error.
func (c *client) seats(ctx context.Context, eventID string) (*eventSeats, error) {
	var data struct {
		Event *eventSeats `json:"event"`
	}
	errs, err := c.do(ctx, seatsQuery, map[string]any{"id": eventID}, "", &data)
	switch {
	case err != nil:
		return nil, err
	case len(errs) > 0:
		return nil, fmt.Errorf("%s: %s", errs[0].Extensions.Code, errs[0].Message)
	case data.Event == nil:
		return nil, fmt.Errorf("no event %s is visible to the public", eventID)
	}
	return data.Event, nil
}

const applyMutation = `mutation LoadTestApply($input: ApplyToEventInput!) {
  applyToEvent(input: $input) { application { id status waitlistPosition } token }
}`

// apply signs one applicant up, from the client address addr, and returns the application's
// status, or the failure's name (the GraphQL error code, or "transport" for an answer that never
// came) and its message.
func (c *client) apply(ctx context.Context, input map[string]any, addr string) (status, failure, message string) {
	var data struct {
		ApplyToEvent struct {
			Application struct {
				Status string `json:"status"`
			} `json:"application"`
		} `json:"applyToEvent"`
	}
	errs, err := c.do(ctx, applyMutation, map[string]any{"input": input}, addr, &data)
	switch {
	case err != nil:
		return "", "transport", err.Error()
	case len(errs) > 0:
		if code := errs[0].Extensions.Code; code != "" {
			return "", code, errs[0].Message
		}
		return "", "no code", errs[0].Message
	}
	return data.ApplyToEvent.Application.Status, "", ""
}
