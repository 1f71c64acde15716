package main

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"time"
)

// report is the whole run.
type report struct {
	opts                  options
	before, middle, after *eventSeats
	bursts                []*result
	timedOut              bool
}

func (r *report) write(w io.Writer) {
	o := r.opts
	fmt.Fprintf(w, "## applyToEvent load test\n\n")
	fmt.Fprintf(w, "%s, event `%s`, %s: %d sign-ups per burst, %d in flight at once.\n\n",
		o.url, o.eventID, strings.ToLower(strings.ReplaceAll(o.attendance, "_", " ")), o.n, o.concurrency)
	fmt.Fprintln(w, "| burst | sent | ok | confirmed | waitlisted | failed | time | sign-ups/s | p50 | p99 | max |")
	fmt.Fprintln(w, "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
	for _, b := range r.bursts {
		failed := 0
		for _, n := range b.failures {
			failed += n
		}
		rate := 0.0
		if b.wall > 0 {
			rate = float64(b.ok()) / b.wall.Seconds()
		}
		var top time.Duration
		if len(b.latencies) > 0 {
			top = b.latencies[len(b.latencies)-1]
		}
		fmt.Fprintf(w, "| %s | %d | %d | %d | %d | %d | %s | %.1f | %s | %s | %s |\n",
			b.name, b.sent, b.ok(), b.statuses["CONFIRMED"], b.statuses["WAITLISTED"], failed,
			fmt.Sprintf("%.2f s", b.wall.Seconds()), rate, ms(percentile(b.latencies, 50)), ms(percentile(b.latencies, 99)), ms(top))
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "Event before: %s; after the first burst: %s; at the end: %s.\n", r.before, r.middle, r.after)
	for _, b := range r.bursts {
		if len(b.failures) > 0 {
			var parts []string
			for _, code := range slices.Sorted(maps.Keys(b.failures)) {
				parts = append(parts, fmt.Sprintf("%s ×%d (the first: %q)", code, b.failures[code], b.firstError[code]))
			}
			fmt.Fprintf(w, "Failures of the %s: %s.\n", b.name, strings.Join(parts, ", "))
		}
		if b.unfinished > 0 {
			fmt.Fprintf(w, "The %s left %d sign-ups unsent when the run's time ran out.\n", b.name, b.unfinished)
		}
	}
	for _, b := range r.bursts {
		if b.failures["RATE_LIMITED"] > 0 {
			fmt.Fprintln(w, "RATE_LIMITED: the server limits public writes per client address and did not believe the "+
				"addresses the sign-ups were forwarded for; start it with TRUSTED_PROXIES=127.0.0.1/32,::1/128.")
			break
		}
	}
	if r.timedOut {
		fmt.Fprintf(w, "The run stopped at its time limit (%v).\n", o.timeout)
	}
}

func (s *eventSeats) String() string {
	if s == nil {
		return "unknown"
	}
	seats := "no seat limit"
	if s.Capacity != nil && s.SeatsRemaining != nil {
		seats = fmt.Sprintf("%d of %d seats free", *s.SeatsRemaining, *s.Capacity)
	}
	return fmt.Sprintf("%s, %s, %d waiting", s.Status, seats, s.WaitlistLength)
}

// ms formats a duration in milliseconds, to a tenth.
func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d)/float64(time.Millisecond)) }
