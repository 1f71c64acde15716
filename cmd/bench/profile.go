package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/google/pprof/profile"
)

// authzPackages are the function-name prefixes of the authorization layer: our one door of
// authorization and the Casbin engine (with its expression evaluator) behind it.
var authzPackages = []string{
	"github.com/teleworkmonth/platform/internal/authz.",
	"github.com/casbin/",
}

// fetchProfile takes a CPU profile of seconds from a server's profiler (DEBUG_ADDR), saves it to
// path and returns it parsed.
func fetchProfile(ctx context.Context, debugURL string, seconds int, path string) (*profile.Profile, error) {
	ctx, cancel := context.WithTimeout(ctx, time.Duration(seconds)*time.Second+30*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf("%s/debug/pprof/profile?seconds=%d", debugURL, seconds), nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, fmt.Errorf("CPU profile: %w", err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("CPU profile: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("CPU profile: status %d: %.200s", resp.StatusCode, body)
	}
	if err := os.WriteFile(path, body, 0o644); err != nil {
		return nil, err
	}
	p, err := profile.Parse(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("CPU profile %s: %w", path, err)
	}
	return p, nil
}

// gcFunctions are the function-name prefixes of the Go garbage collector's work: its background
// marking, the marking that allocating goroutines are made to assist with, and its sweeping.
var gcFunctions = []string{
	"runtime.gcBgMarkWorker",
	"runtime.gcAssistAlloc",
	"runtime.bgsweep",
	"runtime.bgscavenge",
}

// authzShare is the share of a CPU profile's time spent with a function of the authorization
// layer (authzPackages) anywhere on the stack: its own work and whatever it calls (policy look-ups,
// the dataloader requests it makes). It weighs samples by CPU time when the profile has it, else
// counts them; 0 for an empty profile.
func authzShare(p *profile.Profile) float64 { return share(p, authzPackages) }

// gcShare is the share of a CPU profile's time spent by the garbage collector (gcFunctions), which
// grows with the live heap it marks and with the allocation it has to keep up with.
func gcShare(p *profile.Profile) float64 { return share(p, gcFunctions) }

// share is the share of a CPU profile's time spent with a function whose name starts with one of
// prefixes anywhere on the stack.
func share(p *profile.Profile, prefixes []string) float64 {
	value := 0
	for i, st := range p.SampleType {
		if st.Type == "cpu" {
			value = i
		}
	}
	var all, matched int64
	for _, s := range p.Sample {
		if value >= len(s.Value) {
			continue
		}
		v := s.Value[value]
		all += v
		if onStack(s, prefixes) {
			matched += v
		}
	}
	if all == 0 {
		return 0
	}
	return float64(matched) / float64(all)
}

func onStack(s *profile.Sample, prefixes []string) bool {
	for _, loc := range s.Location {
		for _, line := range loc.Line {
			if line.Function == nil {
				continue
			}
			for _, prefix := range prefixes {
				if strings.HasPrefix(line.Function.Name, prefix) {
					return true
				}
			}
		}
	}
	return false
}
