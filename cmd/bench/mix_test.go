package main

import (
	"context"
	"encoding/json"
	"io"
	"math"
	"strings"
	"testing"
)

func TestMixWeights(t *testing.T) {
	sum := 0
	for _, p := range mixParts {
		sum += p.weight
		if !known(p.key) || p.key == "mix" {
			t.Errorf("the mix names %q, which is not an operation of its own", p.key)
		}
	}
	if sum != 100 {
		t.Errorf("the mix's weights add up to %d, want 100", sum)
	}
}

// TestMixChoice: the choice is a function of n, and over many requests each operation gets its
// weight's share, also over a short run.
func TestMixChoice(t *testing.T) {
	const n = 100_000
	counts := make([]int, len(mixParts))
	for i := range uint64(n) {
		c := mixChoice(i)
		if c != mixChoice(i) {
			t.Fatalf("mixChoice(%d) changes", i)
		}
		counts[c]++
	}
	for i, p := range mixParts {
		share := float64(counts[i]) / n * 100
		if math.Abs(share-float64(p.weight)) > 0.5 {
			t.Errorf("%s: %.2f %% of requests, want %d %%", p.key, share, p.weight)
		}
	}
	first := map[string]int{}
	for i := range uint64(1000) {
		first[mixParts[mixChoice(i)].key]++
	}
	if first["events"] < 500 || first["login"] == 0 || first["apply"] < 20 {
		t.Errorf("the first 1000 requests are not spread: %v", first)
	}
}

// TestMixTarget: every operation of the mix makes its requests, distinct sign-ups included.
func TestMixTarget(t *testing.T) {
	f := &fixtures{hostEvents: []int64{7, 8}, signUpEvents: []int64{9}, staff: 3, token: "tms_x", nonce: 1}
	mix := mixTarget(f, "http://127.0.0.1:1")
	seen := map[string]bool{}
	emails, addresses := map[string]bool{}, map[string]bool{}
	for n := range uint64(2000) {
		req, err := mix.newRequest(context.Background(), n)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(req.Body)
		var v struct {
			Query     string         `json:"query"`
			Variables map[string]any `json:"variables"`
		}
		if err := json.Unmarshal(body, &v); err != nil {
			t.Fatalf("request %d: %v: %s", n, err, body)
		}
		key := mixParts[mixChoice(n)].key
		seen[key] = true
		if key == "host-event" && req.Header.Get("Authorization") != "Bearer tms_x" {
			t.Errorf("request %d (host-event) without the host's token", n)
		}
		if key == "apply" {
			email := v.Variables["input"].(map[string]any)["attendeeEmail"].(string)
			if emails[email] {
				t.Errorf("request %d signs %s up again", n, email)
			}
			emails[email] = true
			// Applicants have addresses of their own, as the server limits public writes per address.
			addr := req.Header.Get("X-Forwarded-For")
			if addresses[addr] || !strings.HasPrefix(addr, "198.1") {
				t.Errorf("request %d (apply) from %q, again or not in 198.18.0.0/15", n, addr)
			}
			addresses[addr] = true
		}
	}
	for _, p := range mixParts {
		if !seen[p.key] {
			t.Errorf("2000 requests of the mix sent no %s", p.key)
		}
	}
}
