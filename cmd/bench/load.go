package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"sync"
	"time"
)

// target is one endpoint to drive: a request maker and a check of the answer.
type target struct {
	newRequest func(ctx context.Context) (*http.Request, error)
}

func graphqlTarget(url string, body []byte) target {
	return target{newRequest: func(ctx context.Context) (*http.Request, error) {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
		if err == nil {
			req.Header.Set("Content-Type", "application/json")
		}
		return req, err
	}}
}

func getTarget(url string) target {
	return target{newRequest: func(ctx context.Context) (*http.Request, error) {
		return http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	}}
}

// once sends one request and checks for status 200 and no "errors" in the answer.
func (t target) once(ctx context.Context, client *http.Client) error {
	req, err := t.newRequest(ctx)
	if err != nil {
		return err
	}
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK || bytes.Contains(body, []byte(`"errors"`)) {
		return fmt.Errorf("status %d: %.200s", resp.StatusCode, body)
	}
	return nil
}

// drive runs a closed loop: concurrency workers send requests back to back for warmup (not
// recorded) and then for duration (recorded).
func drive(ctx context.Context, t target, concurrency int, warmup, duration time.Duration) (stats, error) {
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
				err := t.once(ctx, client)
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
	wg.Wait()
	elapsed := time.Since(measureFrom)
	if err := ctx.Err(); err != nil {
		return stats{}, err
	}
	s := summarize(latencies, errs, elapsed)
	if len(latencies) == 0 && firstErr != nil {
		return s, firstErr
	}
	if firstErr != nil {
		fmt.Println("  first error:", firstErr)
	}
	return s, nil
}
