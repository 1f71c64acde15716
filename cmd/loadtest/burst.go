package main

import (
	"context"
	"fmt"
	"net/netip"
	"slices"
	"sync"
	"time"
)

// result is what one burst measured.
type result struct {
	name       string
	sent       int
	statuses   map[string]int    // CONFIRMED, WAITLISTED
	failures   map[string]int    // by error code
	firstError map[string]string // the first message of each code, which says what to change
	latencies  []time.Duration
	wall       time.Duration
	unfinished int // not sent before the run's time ran out
}

func (r *result) ok() int { return r.statuses["CONFIRMED"] + r.statuses["WAITLISTED"] }

// burst sends o.n sign-ups, o.concurrency at a time, and measures them. Sign-up i comes from the
// client address signUpAddress(first+i).
func burst(ctx context.Context, c *client, o options, prefix string, first int) *result {
	res := &result{statuses: map[string]int{}, failures: map[string]int{}, firstError: map[string]string{}}
	jobs := make(chan int)
	var mu sync.Mutex
	var wg sync.WaitGroup
	began := time.Now()
	for range o.concurrency {
		wg.Go(func() {
			for i := range jobs {
				input := map[string]any{
					"eventId":        o.eventID,
					"attendeeName":   fmt.Sprintf("負荷 試験 %d", i),
					"attendeeEmail":  fmt.Sprintf("%s%d@example.com", prefix, i),
					"organization":   "loadtest",
					"attendance":     o.attendance,
					"idempotencyKey": fmt.Sprintf("%s-%d", prefix, i),
				}
				start := time.Now()
				status, failure, message := c.apply(ctx, input, signUpAddress(first+i))
				took := time.Since(start)
				mu.Lock()
				res.sent++
				if failure != "" {
					res.failures[failure]++
					if _, seen := res.firstError[failure]; !seen {
						res.firstError[failure] = message
					}
				} else {
					res.statuses[status]++
					res.latencies = append(res.latencies, took)
				}
				mu.Unlock()
			}
		})
	}
send:
	for i := range o.n {
		select {
		case jobs <- i:
		case <-ctx.Done():
			res.unfinished = o.n - i
			break send
		}
	}
	close(jobs)
	wg.Wait()
	res.wall = time.Since(began)
	slices.Sort(res.latencies)
	return res
}

// benchmarkNet is the network that RFC 2544 sets aside for benchmarks, 198.18.0.0/15: its 131,072
// addresses are never a real client's.
var benchmarkNet = netip.MustParsePrefix("198.18.0.0/15")

// signUpAddress is the n-th address of benchmarkNet (n < 131,072), the client address a sign-up is
// sent as forwarded for: people sign up from addresses of their own, and the server limits public
// writes per address.
func signUpAddress(n int) string {
	a := benchmarkNet.Addr().As4()
	a[2], a[3] = byte(n>>8), byte(n)
	a[1] += byte(n >> 16)
	return netip.AddrFrom4(a).String()
}

// percentile is the nearest-rank percentile p of sorted durations.
func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	rank := int(p/100*float64(len(sorted))+0.999999) - 1
	return sorted[min(max(rank, 0), len(sorted)-1)]
}
