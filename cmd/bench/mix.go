package main

import (
	"context"
	"fmt"
	"net/http"
	"strings"
)

// mixPart is one operation of the mix and its weight, in percent.
type mixPart struct {
	key    string
	weight int
}

// mixParts is the traffic of a campaign day as the mix models it: mostly the public lists, some
// statistics and host reads, few sign-ups and logins. The weights add up to 100.
var mixParts = []mixPart{
	{"events", 60}, {"registrants", 15}, {"stats", 10}, {"host-event", 10}, {"apply", 4}, {"login", 1},
}

var mixTitle = func() string {
	parts := make([]string, len(mixParts))
	for i, p := range mixParts {
		parts[i] = fmt.Sprintf("%d%% %s", p.weight, p.key)
	}
	return "mix: " + strings.Join(parts, ", ")
}()

// mixChoice is the index in mixParts of the n-th request's operation: a fixed function of n (its
// bits mixed by SplitMix64, then placed in the weights' cumulative ranges), so that every run sends
// the same sequence, spread evenly rather than in blocks.
func mixChoice(n uint64) int {
	bucket := int(splitmix64(n) % 100)
	for i, p := range mixParts {
		if bucket < p.weight {
			return i
		}
		bucket -= p.weight
	}
	return len(mixParts) - 1
}

// splitmix64 is the output function of the SplitMix64 generator: a bijection of uint64 whose
// outputs for consecutive inputs look independent.
func splitmix64(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// mixTarget sends the n-th request of the mix as the n-th request of its chosen operation: its
// sign-ups have emails of their own ("mix-…"), and its logins and host reads go round as theirs do.
func mixTarget(f *fixtures, srv string) target {
	parts := make([]target, len(mixParts))
	for i, p := range mixParts {
		switch p.key {
		case "events":
			parts[i] = eventsTarget(f, srv)
		case "registrants":
			parts[i] = registrantsTarget(f, srv)
		case "stats":
			parts[i] = statsTarget(f, srv)
		case "host-event":
			parts[i] = hostEventTarget(f, srv)
		case "apply":
			parts[i] = applyTarget(f, srv, "mix")
		case "login":
			parts[i] = loginTarget(f, srv)
		}
	}
	return target{newRequest: func(ctx context.Context, n uint64) (*http.Request, error) {
		return parts[mixChoice(n)].newRequest(ctx, n)
	}}
}
