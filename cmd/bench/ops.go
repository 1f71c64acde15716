package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"strings"

	"github.com/teleworkmonth/platform/internal/relay"
)

// spec is one operation the benchmark can measure: how to send it to ours, and to the baseline
// when it has one.
type spec struct {
	key   string // its name for -ops, and the name of its profile (<key>.pprof)
	title string // its row in the report
	// ours is the operation against our server at srv; base against the baseline's, or nil.
	ours func(f *fixtures, srv string) target
	base func(f *fixtures, srv string) target
	// compare is how many of the first requests (n = 0, 1, …) must get the same JSON from both:
	// every distinct request of an operation that goes round several.
	compare func(f *fixtures) int
	// goal is the least throughput against the baseline that the operation should reach; 0: none.
	goal float64
	// maxWorkers caps the concurrency of the operation; 0: none.
	maxWorkers int
	// asHost says the operation needs the host's session token, which the benchmark gets by logging
	// in before the operations run.
	asHost bool
}

// loginWorkers is the most workers login runs with: login answers RATE_LIMITED past 20 attempts
// from one address in 15 minutes, and an attempt counts until it has succeeded, so more logins in
// flight at once from the benchmark's one address would be refused by design.
const loginWorkers = 20

// specs are the operations, in the order they run.
var specs = []spec{
	{key: "events", title: "events(first: 50) with venue, seats, host, co-hosts (public)",
		ours: eventsTarget, base: eventsBaseline, compare: func(*fixtures) int { return 1 }, goal: 0.8},
	{key: "host-event", title: "event(id) with applications(first: 100), personal data (host's admin)", asHost: true,
		ours: hostEventTarget, base: hostEventBaseline, compare: func(f *fixtures) int { return len(f.hostEvents) }, goal: 0.6},
	{key: "registrants", title: "registrants(filter: fiscal year, kind, activity; first: 50) (public)",
		ours: registrantsTarget, base: registrantsBaseline, compare: func(*fixtures) int { return len(registrantFilters) }},
	{key: "stats", title: "campaign(fiscalYear: 2026) { stats } (public)", ours: statsTarget},
	{key: "apply", title: "applyToEvent, a new applicant each time (public)",
		ours: func(f *fixtures, srv string) target { return applyTarget(f, srv, "apply") }},
	{key: "login", title: "login (argon2id), staff accounts in turn", maxWorkers: loginWorkers, ours: loginTarget},
	{key: "mix", title: mixTitle, asHost: true, ours: mixTarget},
}

func eventsTarget(_ *fixtures, srv string) target {
	return graphqlTarget(srv+"/graphql", request(eventsQuery, nil))
}

func eventsBaseline(_ *fixtures, srv string) target {
	return getTarget(func(uint64) string { return srv + "/events" })
}

// hostEventTarget goes round the host's events.
func hostEventTarget(f *fixtures, srv string) target {
	bodies := make([][]byte, len(f.hostEvents))
	for i, id := range f.hostEvents {
		bodies[i] = request(hostEventQuery, map[string]any{"id": relay.ID(relay.KindEvent, id)})
	}
	return graphqlBodies(srv+"/graphql", func(n uint64) []byte { return bodies[n%uint64(len(bodies))] },
		"Authorization", "Bearer "+f.token)
}

func hostEventBaseline(f *fixtures, srv string) target {
	return getTarget(func(n uint64) string {
		return srv + "/host-event?id=" + relay.ID(relay.KindEvent, f.hostEvents[n%uint64(len(f.hostEvents))])
	}, "Authorization", "Bearer "+f.token)
}

// registrantsTarget goes round registrantFilters.
func registrantsTarget(_ *fixtures, srv string) target {
	bodies := make([][]byte, len(registrantFilters))
	for i, rf := range registrantFilters {
		bodies[i] = request(registrantsQuery, map[string]any{"kind": rf.Kind, "activity": rf.Activity})
	}
	return graphqlBodies(srv+"/graphql", func(n uint64) []byte { return bodies[n%uint64(len(bodies))] })
}

func registrantsBaseline(_ *fixtures, srv string) target {
	return getTarget(func(n uint64) string {
		rf := registrantFilters[n%uint64(len(registrantFilters))]
		return srv + "/registrants?" + url.Values{"fiscalYear": {"2026"}, "kind": {rf.Kind}, "activity": {rf.Activity}}.Encode()
	})
}

func statsTarget(_ *fixtures, srv string) target {
	return graphqlTarget(srv+"/graphql", request(statsQuery, nil))
}

// applyTarget signs a new applicant up for the events open for sign-ups in turn, one in five to
// attend online: the n-th request's email is unique to this run, prefix and n. Each comes from a
// client address of its own, as forwarded by a proxy the server trusts (serverEnv): the server
// limits public writes per address, and applicants have addresses of their own.
func applyTarget(f *fixtures, srv, prefix string) target {
	t := graphqlBodies(srv+"/graphql", func(n uint64) []byte {
		attendance := "IN_PERSON"
		if n%5 == 4 {
			attendance = "ONLINE"
		}
		return request(applyMutation, map[string]any{"input": map[string]any{
			"eventId":       relay.ID(relay.KindEvent, f.signUpEvents[n%uint64(len(f.signUpEvents))]),
			"attendeeName":  "応募者 " + strconv.FormatUint(n, 10),
			"attendeeEmail": fmt.Sprintf("%s-%d-%d@bench.example.jp", prefix, f.nonce, n),
			"organization":  "株式会社ベンチマーク",
			"attendance":    attendance,
		}})
	})
	return target{newRequest: func(ctx context.Context, n uint64) (*http.Request, error) {
		req, err := t.newRequest(ctx, n)
		if err == nil {
			req.Header.Set("X-Forwarded-For", applicantAddress(n))
		}
		return req, err
	}}
}

// applicantAddress is the n-th address, round, of 198.18.0.0/15, which RFC 2544 sets aside for
// benchmarks.
func applicantAddress(n uint64) string {
	n %= 1 << 17
	return netip.AddrFrom4([4]byte{198, 18 + byte(n>>16), byte(n >> 8), byte(n)}).String()
}

// loginTarget logs the staff accounts in, in turn.
func loginTarget(f *fixtures, srv string) target {
	return graphqlBodies(srv+"/graphql", func(n uint64) []byte {
		return request(loginMutation, map[string]any{
			"email": fmt.Sprintf("staff%d@bench.example.jp", 1+n%uint64(f.staff)), "password": benchPassword})
	})
}

// selectSpecs returns the operations named in a comma-separated list, in the order they run; all of
// them for "all".
func selectSpecs(list string) ([]spec, error) {
	if strings.TrimSpace(list) == "all" {
		return specs, nil
	}
	want := map[string]bool{}
	for name := range strings.SplitSeq(list, ",") {
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		if !known(name) {
			return nil, fmt.Errorf("-ops: unknown operation %q (known: %s)", name, strings.Join(specKeys(), ", "))
		}
		want[name] = true
	}
	var out []spec
	for _, s := range specs {
		if want[s.key] {
			out = append(out, s)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("-ops names no operation (known: %s)", strings.Join(specKeys(), ", "))
	}
	return out, nil
}

func known(key string) bool {
	for _, s := range specs {
		if s.key == key {
			return true
		}
	}
	return false
}

func specKeys() []string {
	keys := make([]string, len(specs))
	for i, s := range specs {
		keys[i] = s.key
	}
	return keys
}

const statsQuery = `{ campaign(fiscalYear: 2026) { fiscalYear eraName stats {
	registrantCount eventCount byActivity { activity count } byPrefecture { prefecture count } } } }`

const applyMutation = `mutation ($input: ApplyToEventInput!) { applyToEvent(input: $input) {
	token application { id status waitlistPosition } } }`

const loginMutation = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) {
	token expiresAt } }`

// request is the JSON body of a GraphQL request.
func request(query string, variables map[string]any) []byte {
	b, _ := json.Marshal(map[string]any{"query": query, "variables": variables})
	return b
}
