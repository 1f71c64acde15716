package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/google/pprof/profile"
)

// probeN numbers the request that checks an operation without a baseline before it is measured:
// outside the numbering of any run, so that it takes no email a measured sign-up will use.
const probeN = 1 << 40

// roundWarmup is the unmeasured time before each round of an operation after the first: both
// servers are warm by then.
const roundWarmup = time.Second

// runOperation measures one operation: a fresh process of our server and, when the operation has
// one, of the baseline; the same JSON from both before any measurement. Without a baseline, ours
// is measured in one window with its CPU profile, saved at profilePath. With one, the measured time
// is split into o.rounds rounds, each measuring both servers in turn (ours first in the odd rounds,
// the baseline first in the even ones), so that on a shared machine both see the same moments of
// its other load rather than one the first half and the other the second; ours' CPU profile is
// then taken in a window of its own, not measured, so that the profiler's cost does not count
// against ours only.
func runOperation(ctx context.Context, o options, s spec, bin string, env []string, f *fixtures, profilePath string) (operation, error) {
	op := operation{Key: s.key, Name: s.title, Workers: o.concurrency, Goal: s.goal}
	if s.maxWorkers > 0 {
		op.Workers = min(op.Workers, s.maxWorkers)
	}
	ours, err := startOurs(ctx, bin, env)
	if err != nil {
		return op, err
	}
	defer ours.stop()
	oursTarget := s.ours(f, ours.url)
	if s.base == nil {
		if _, err := oursTarget.once(ctx, http.DefaultClient, probeN); err != nil {
			return op, fmt.Errorf("%s: the first request failed: %w", s.key, err)
		}
		fmt.Printf("%s: ours …\n", s.key)
		w, err := measureWindow(ctx, op.Workers, ours, oursTarget, o.warmup, o.duration, profilePath)
		if err != nil {
			return op, fmt.Errorf("%s: ours: %w", s.key, err)
		}
		op.Ours = w.result()
		op.warnIfEmpty()
		return op, nil
	}

	base, err := startBaseline(ctx, env)
	if err != nil {
		return op, err
	}
	defer base.stop()
	baseTarget := s.base(f, base.url)
	if err := sameAnswers(ctx, oursTarget, baseTarget, s.compare(f)); err != nil {
		return op, fmt.Errorf("%s: %w", s.key, err)
	}
	ourResult, baseResult, err := measureBoth(ctx, o, op.Workers, s.key, ours, oursTarget, base, baseTarget)
	if err != nil {
		return op, err
	}
	op.Ours, op.Baseline = ourResult, &baseResult
	op.warnIfEmpty()
	if profilePath != "" {
		fmt.Printf("%s: ours, profiled …\n", s.key)
		w, err := measureWindow(ctx, op.Workers, ours, oursTarget, roundWarmup, o.roundOf(o.duration), profilePath)
		if err != nil {
			return op, fmt.Errorf("%s: ours, profiled: %w", s.key, err)
		}
		op.Ours.AuthzShare, op.Ours.GCShare, op.Ours.Profile = w.authzShare, w.gcShare, w.profile
	}
	op.ratios()
	return op, nil
}

// measureBoth measures ours and the baseline under the same load: o.duration split into o.rounds
// rounds, each measuring both in turn, ours first in the odd rounds and the baseline first in the
// even ones, after o.warmup in the first round and at most roundWarmup in the others.
func measureBoth(ctx context.Context, o options, workers int, label string, ours *process, oursTarget target, base *process, baseTarget target) (result, result, error) {
	servers := []struct {
		name   string
		p      *process
		t      target
		window windowResult
	}{{name: "ours", p: ours, t: oursTarget}, {name: "baseline", p: base, t: baseTarget}}
	perRound := o.roundOf(o.duration)
	for round := range o.rounds {
		warmup := o.warmup
		if round > 0 {
			warmup = min(o.warmup, roundWarmup)
		}
		for i := range servers {
			sv := &servers[(i+round)%2]
			fmt.Printf("%s: %s, round %d of %d …\n", label, sv.name, round+1, o.rounds)
			w, err := measureWindow(ctx, workers, sv.p, sv.t, warmup, perRound, "")
			if err != nil {
				return result{}, result{}, fmt.Errorf("%s: %s: %w", label, sv.name, err)
			}
			sv.window.add(w)
		}
	}
	return servers[0].window.result(), servers[1].window.result(), nil
}

func (op operation) warnIfEmpty() {
	if op.Ours.Requests+op.Ours.Errors == 0 {
		fmt.Printf("  no request began in the measured window: the requests of %s take longer than -warmup; measure for longer\n", op.Key)
	}
}

// windowResult is what windows of load on one server measured, added up over the rounds of an
// operation: CPU times are nil when they could not be read in every window.
type windowResult struct {
	sample
	windows                      int
	cpu, postgres, loadGenerator *float64
	loggedRequests, statements   int64
	peakRSSMiB                   *float64
	authzShare, gcShare          *float64
	profile                      string
}

// add adds another window's measurements.
func (w *windowResult) add(o windowResult) {
	sum := func(a, b *float64) *float64 {
		if (a == nil && w.windows > 0) || b == nil {
			return nil
		}
		if a == nil {
			return ptr(*b)
		}
		return ptr(*a + *b)
	}
	w.cpu, w.postgres, w.loadGenerator = sum(w.cpu, o.cpu), sum(w.postgres, o.postgres), sum(w.loadGenerator, o.loadGenerator)
	if o.peakRSSMiB != nil && (w.peakRSSMiB == nil || *o.peakRSSMiB > *w.peakRSSMiB) {
		w.peakRSSMiB = o.peakRSSMiB
	}
	w.sample.add(o.sample)
	w.loggedRequests += o.loggedRequests
	w.statements += o.statements
	w.windows++
}

// result is the report's view of the windows.
func (w windowResult) result() result {
	r := result{stats: w.sample.stats(), PeakRSSMiB: w.peakRSSMiB, AuthzShare: w.authzShare, GCShare: w.gcShare, Profile: w.profile}
	n := r.Requests + r.Errors
	if w.cpu != nil {
		r.CPUSeconds, r.CPUSecondsPer1000 = ptr(*w.cpu), per1000(*w.cpu, n)
	}
	if w.postgres != nil {
		r.PostgresCPUSeconds, r.PostgresCPUSecondsPer1000 = ptr(*w.postgres), per1000(*w.postgres, n)
	}
	if w.loadGenerator != nil {
		r.LoadGeneratorCPUSeconds, r.LoadGeneratorCPUSecondsPer1000 = ptr(*w.loadGenerator), per1000(*w.loadGenerator, n)
	}
	if w.loggedRequests > 0 {
		r.StatementsPerRequest = float64(w.statements) / float64(w.loggedRequests)
	}
	return r
}

// measureWindow drives a target for warmup and then duration, and reads what its server did over
// the measured window: statements per request from its log, CPU time and peak memory from /proc,
// and, with a profile path, a CPU profile of the window's whole seconds taken from its profiler,
// saved there, and the authorization layer's share of it. It reads too the CPU time that
// PostgreSQL and this process, the load generator, used over the window: on one machine the three
// share the cores.
func measureWindow(ctx context.Context, workers int, p *process, t target, warmup, duration time.Duration, profilePath string) (windowResult, error) {
	var (
		from, to     time.Time
		cpu0, cpu1   float64
		cpuErr       error
		pg0, pg1     map[int]float64
		self0, self1 float64
		selfErr      error
		profiled     = make(chan error, 1)
		prof         *profile.Profile
	)
	seconds := int(duration / time.Second)
	takeProfile := profilePath != "" && p.debugURL != "" && seconds >= 1
	// This process's own time is read last at the start and first at the end, so that reading the
	// other processes' times in /proc counts for none of it.
	w := window{
		start: func(at time.Time) {
			from = at
			cpu0, cpuErr = cpuSeconds(p.pid())
			pg0 = postgresCPU()
			self0, selfErr = cpuSeconds(os.Getpid())
			if takeProfile {
				go func() {
					var err error
					prof, err = fetchProfile(ctx, p.debugURL, seconds, profilePath)
					profiled <- err
				}()
			}
		},
		end: func(at time.Time) {
			to = at
			if selfErr == nil {
				self1, selfErr = cpuSeconds(os.Getpid())
			}
			if cpuErr == nil {
				cpu1, cpuErr = cpuSeconds(p.pid())
			}
			pg1 = postgresCPU()
		},
	}
	sm, err := drive(ctx, t, workers, warmup, duration, w)
	if err != nil {
		return windowResult{}, err
	}
	r := windowResult{sample: sm, windows: 1}
	if cpuErr == nil {
		r.cpu = ptr(cpu1 - cpu0)
	}
	if len(pg0) > 0 && len(pg1) > 0 {
		r.postgres = ptr(cpuSince(pg0, pg1))
	}
	if selfErr == nil {
		r.loadGenerator = ptr(self1 - self0)
	}
	if rss, err := peakRSS(p.pid()); err == nil {
		r.peakRSSMiB = ptr(float64(rss) / (1 << 20))
	}
	if takeProfile {
		if err := <-profiled; err != nil {
			return r, err
		}
		r.authzShare, r.gcShare, r.profile = ptr(authzShare(prof)), ptr(gcShare(prof)), filepath.Base(profilePath)
	}
	// The last request lines of the window are written before their answers leave the server;
	// give the reader of the log a moment to catch up.
	time.Sleep(200 * time.Millisecond)
	r.loggedRequests, r.statements = p.log.statements(from, to)
	return r, nil
}

func ptr(v float64) *float64 { return &v }

// per1000 is CPU seconds per 1000 of n requests, nil when there were none.
func per1000(cpuSeconds float64, n int) *float64 {
	if n == 0 {
		return nil
	}
	return ptr(cpuSeconds / float64(n) * 1000)
}

// hostToken logs the host in through a server process of its own, so that the argon2id work of the
// login (64 MiB) counts in no operation's peak memory, and returns the session token.
func hostToken(ctx context.Context, bin string, env []string) (string, error) {
	ours, err := startOurs(ctx, bin, env)
	if err != nil {
		return "", err
	}
	defer ours.stop()
	token, err := login(ctx, ours.url, hostEmail)
	if err != nil {
		return "", fmt.Errorf("the host's login: %w", err)
	}
	return token, nil
}

// login signs in as one of the benchmark's staff accounts through the login mutation and returns
// the session token.
func login(ctx context.Context, srv, email string) (string, error) {
	t := graphqlTarget(srv+"/graphql", request(loginMutation, map[string]any{"email": email, "password": benchPassword}))
	body, err := t.once(ctx, http.DefaultClient, 0)
	if err != nil {
		return "", err
	}
	var ans struct {
		Data struct {
			Login struct {
				Token string `json:"token"`
			} `json:"login"`
		} `json:"data"`
	}
	if err := json.Unmarshal(body, &ans); err != nil || ans.Data.Login.Token == "" {
		return "", fmt.Errorf("no token in %.200s", body)
	}
	return ans.Data.Login.Token, nil
}

// sameAnswers checks that both servers give the same JSON to the first n requests of an operation
// before measuring them.
func sameAnswers(ctx context.Context, ours, base target, n int) error {
	get := func(t target, i uint64) (string, error) {
		body, err := t.once(ctx, http.DefaultClient, i)
		if err != nil {
			return "", err
		}
		var v any
		if err := json.Unmarshal(body, &v); err != nil {
			return "", err
		}
		canonical, err := json.Marshal(v)
		return string(canonical), err
	}
	for i := range uint64(max(n, 1)) {
		a, err := get(ours, i)
		if err != nil {
			return fmt.Errorf("ours: %w", err)
		}
		b, err := get(base, i)
		if err != nil {
			return fmt.Errorf("baseline: %w", err)
		}
		if a != b {
			at, oursPart, basePart := difference(a, b, 300)
			return fmt.Errorf("request %d: the baseline's answer differs from ours at byte %d of their canonical JSON:\nours:     %s\nbaseline: %s",
				i, at, oursPart, basePart)
		}
	}
	return nil
}

// difference returns where a and b first differ and the text of each around there, up to context
// bytes either side.
func difference(a, b string, context int) (at int, aPart, bPart string) {
	for at < len(a) && at < len(b) && a[at] == b[at] {
		at++
	}
	part := func(s string) string {
		from, to := max(at-context, 0), min(at+context, len(s))
		return "…" + s[from:to] + "…"
	}
	return at, part(a), part(b)
}
