package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"sync"
	"sync/atomic"
	"time"
)

// target is one endpoint to drive. newRequest makes the n-th request of a run (n counts from 0
// across warm-up and measurement), so that a target can vary its requests deterministically: a
// distinct applicant per sign-up, the next staff account per login, the next operation of a mix.
type target struct {
	newRequest func(ctx context.Context, n uint64) (*http.Request, error)
}

// graphqlTarget posts the same GraphQL body every time, with the headers given (name, value, …).
func graphqlTarget(url string, body []byte, header ...string) target {
	return graphqlBodies(url, func(uint64) []byte { return body }, header...)
}

// graphqlBodies posts the body that bodyOf returns for each request.
func graphqlBodies(url string, bodyOf func(n uint64) []byte, header ...string) target {
	return target{newRequest: func(ctx context.Context, n uint64) (*http.Request, error) {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(bodyOf(n)))
		if err != nil {
			return nil, err
		}
		req.Header.Set("Content-Type", "application/json")
		for i := 0; i+1 < len(header); i += 2 {
			req.Header.Set(header[i], header[i+1])
		}
		return req, nil
	}}
}

// getTarget sends GET to the URL that urlOf returns for each request, with the headers given.
func getTarget(urlOf func(n uint64) string, header ...string) target {
	return target{newRequest: func(ctx context.Context, n uint64) (*http.Request, error) {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, urlOf(n), nil)
		if err != nil {
			return nil, err
		}
		for i := 0; i+1 < len(header); i += 2 {
			req.Header.Set(header[i], header[i+1])
		}
		return req, nil
	}}
}

// once sends the n-th request and checks for status 200 and no "errors" in the answer, which it
// returns.
func (t target) once(ctx context.Context, client *http.Client, n uint64) ([]byte, error) {
	req, err := t.newRequest(ctx, n)
	if err != nil {
		return nil, err
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK || bytes.Contains(body, []byte(`"errors"`)) {
		return body, fmt.Errorf("status %d: %.300s", resp.StatusCode, body)
	}
	return body, nil
}

// window is told when the measured part of a run begins and ends, so that what is measured on the
// server's side (CPU time, a profile, the request log) covers the same span as the latencies.
// Either function may be nil.
type window struct {
	start func(at time.Time)
	end   func(at time.Time)
}

// drive runs a closed loop: concurrency workers send requests back to back for warmup (not
// recorded) and then for duration (recorded): a request counts when it begins inside the measured
// window, and throughput is those requests over the window's length. w hears of the window's start
// and end as they happen.
func drive(ctx context.Context, t target, concurrency int, warmup, duration time.Duration, w window) (sample, error) {
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: concurrency, MaxConnsPerHost: concurrency}, Timeout: 30 * time.Second}
	defer client.CloseIdleConnections()
	start := time.Now()
	measureFrom := start.Add(warmup)
	end := measureFrom.Add(duration)
	var (
		mu        sync.Mutex
		latencies []time.Duration
		errs      int
		firstErr  error
		wg        sync.WaitGroup
		next      atomic.Uint64
	)
	for range concurrency {
		wg.Go(func() {
			var mine []time.Duration
			var myErrs int
			for ctx.Err() == nil {
				began := time.Now()
				if !began.Before(end) {
					break
				}
				_, err := t.once(ctx, client, next.Add(1)-1)
				took := time.Since(began)
				if began.Before(measureFrom) {
					continue
				}
				if err != nil {
					myErrs++
					mu.Lock()
					if firstErr == nil {
						firstErr = err
					}
					mu.Unlock()
					continue
				}
				mine = append(mine, took)
			}
			mu.Lock()
			latencies = append(latencies, mine...)
			errs += myErrs
			mu.Unlock()
		})
	}
	measured := timeWindow(ctx, measureFrom, end, w)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return sample{}, err
	}
	s := sample{latencies: latencies, errors: errs, elapsed: measured}
	if len(latencies) == 0 && firstErr != nil {
		return s, firstErr
	}
	if firstErr != nil {
		fmt.Println("  first error:", firstErr)
	}
	return s, nil
}

// timeWindow waits for from and tells w, then for to and tells w again, and returns the length of
// the window between the two calls (shorter if ctx ends first).
func timeWindow(ctx context.Context, from, to time.Time, w window) time.Duration {
	sleepUntil(ctx, from)
	began := time.Now()
	if w.start != nil {
		w.start(began)
	}
	sleepUntil(ctx, to)
	ended := time.Now()
	if w.end != nil {
		w.end(ended)
	}
	return ended.Sub(began)
}

func sleepUntil(ctx context.Context, t time.Time) {
	timer := time.NewTimer(time.Until(t))
	defer timer.Stop()
	select {
	case <-timer.C:
	case <-ctx.Done():
	}
}
