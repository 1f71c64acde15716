// Command loadtest fires bursts of concurrent applyToEvent mutations at a running server, on the
// loopback interface only, and prints sign-ups per second and latencies as a Markdown table: one
// burst while seats may remain, and one more once they are gone, when every sign-up joins the
// waitlist. It stops by itself: the number of requests and the run's time are both bounded.
//
//	go run ./cmd/loadtest -event <global ID of a published event> [-url http://127.0.0.1:8080/graphql]
//	    [-n 200] [-concurrency 20] [-timeout 2m] [-attendance IN_PERSON]
//
// Each sign-up has an email and an idempotency key of its own (loadtest.<run>.<burst><i>@example.com),
// so runs never collide with each other nor with real applicants. Use an event of a test or
// development database: the sign-ups are real, and the outbox will hold a message for each.
//
// Each sign-up also comes, as X-Forwarded-For says, from a client address of its own (in
// 198.18.0.0/15, set aside for benchmarks), as people sign up from their own addresses: the server
// limits public writes per client address. It believes the header only from a trusted proxy, so
// start it with TRUSTED_PROXIES=127.0.0.1/32,::1/128, as a deployment trusts its load balancer;
// without, every sign-up shares the tool's address and past the limit answers RATE_LIMITED.
package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"os/signal"
	"strings"
	"time"
)

// Bounds of the flags: the tool must not be able to run away.
const (
	maxRequests    = 10_000
	maxConcurrency = 256
	maxRunTime     = 10 * time.Minute
)

type options struct {
	url         *url.URL
	eventID     string
	n           int
	concurrency int
	timeout     time.Duration
	attendance  string
}

func main() {
	opts, err := parseFlags(os.Args[1:], os.Stderr)
	if err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "loadtest:", err)
		}
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, opts, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "loadtest:", err)
		os.Exit(1)
	}
}

func parseFlags(args []string, stderr io.Writer) (options, error) {
	fs := flag.NewFlagSet("loadtest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	rawURL := fs.String("url", "http://127.0.0.1:8080/graphql", "the server's GraphQL endpoint (loopback only)")
	var o options
	fs.StringVar(&o.eventID, "event", "", "the global ID of a published event to sign up for (required)")
	fs.IntVar(&o.n, "n", 200, fmt.Sprintf("sign-ups per burst, 1 to %d", maxRequests))
	fs.IntVar(&o.concurrency, "concurrency", 20, fmt.Sprintf("sign-ups in flight at once, 1 to %d", maxConcurrency))
	fs.DurationVar(&o.timeout, "timeout", 2*time.Minute, fmt.Sprintf("the longest the whole run may take, up to %v", maxRunTime))
	fs.StringVar(&o.attendance, "attendance", "IN_PERSON", "IN_PERSON or ONLINE")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	switch {
	case fs.NArg() > 0:
		return o, fmt.Errorf("unexpected arguments: %s", strings.Join(fs.Args(), " "))
	case strings.TrimSpace(o.eventID) == "":
		return o, errors.New("-event is required: the global ID of a published event")
	case o.n < 1 || o.n > maxRequests:
		return o, fmt.Errorf("-n must be from 1 to %d", maxRequests)
	case o.concurrency < 1 || o.concurrency > maxConcurrency:
		return o, fmt.Errorf("-concurrency must be from 1 to %d", maxConcurrency)
	case o.timeout <= 0 || o.timeout > maxRunTime:
		return o, fmt.Errorf("-timeout must be positive and at most %v", maxRunTime)
	case o.attendance != "IN_PERSON" && o.attendance != "ONLINE":
		return o, errors.New("-attendance must be IN_PERSON or ONLINE")
	}
	u, err := loopbackURL(*rawURL)
	if err != nil {
		return o, err
	}
	o.url = u
	return o, nil
}

// loopbackURL parses the endpoint and refuses any host but this machine's loopback interface.
func loopbackURL(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("-url %q is not an http(s) URL", raw)
	}
	host := u.Hostname()
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return nil, fmt.Errorf("-url must point to this machine (127.0.0.1, ::1 or localhost), not %s", host)
	}
	return u, nil
}

// run runs the two bursts and writes the report to out.
func run(ctx context.Context, o options, out io.Writer) error {
	ctx, cancel := context.WithTimeout(ctx, o.timeout)
	defer cancel()
	c := newClient(o.url, o.concurrency)
	runID := make([]byte, 4)
	rand.Read(runID)
	r := report{opts: o}

	var err error
	if r.before, err = c.seats(ctx, o.eventID); err != nil {
		return fmt.Errorf("read the event before the run: %w", err)
	}
	for k, b := range []struct{ name, tag string }{
		{"first burst", "a"},
		{"seats gone: waitlist only", "b"},
	} {
		if ctx.Err() != nil {
			break
		}
		prefix := fmt.Sprintf("loadtest.%s.%s", hex.EncodeToString(runID), b.tag)
		res := burst(ctx, c, o, prefix, k*maxRequests)
		res.name = b.name
		if b.tag == "b" && r.middle != nil && r.middle.SeatsRemaining != nil && *r.middle.SeatsRemaining > 0 {
			res.name += fmt.Sprintf(" (but %d seats were left)", *r.middle.SeatsRemaining)
		}
		r.bursts = append(r.bursts, res)
		if b.tag == "a" {
			r.middle, _ = c.seats(ctx, o.eventID)
		}
	}
	// The last read gets a moment of its own, even when the run used up its time.
	afterCtx, cancelAfter := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancelAfter()
	r.after, _ = c.seats(afterCtx, o.eventID)
	r.timedOut = ctx.Err() != nil
	r.write(out)
	return nil
}
