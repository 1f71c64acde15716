package main

import (
	"slices"
	"strings"
	"testing"
	"time"
)

func TestParseFlags(t *testing.T) {
	t.Parallel()
	env := map[string]string{"DATABASE_URL": "postgres://x@127.0.0.1/db"}
	o, err := parseFlags([]string{"-scale", "0.05"}, &strings.Builder{}, func(k string) string { return env[k] })
	if err != nil || o.databaseURL != env["DATABASE_URL"] || o.scale != 0.05 || o.concurrency != 16 || o.duration != 20*time.Second || o.rounds != 4 ||
		len(o.ops) != len(specs) || o.out != "bench-report" || o.growth != nil {
		t.Errorf("parseFlags = %+v, %v", o, err)
	}
	if !slices.Equal(o.sweep, []int{1, 2, 4, 8, 16, 32, 64}) || o.sweepDuration != 10*time.Second || o.sweepWarmup != 2*time.Second {
		t.Errorf("a normal run's sweep = %v for %s after %s; want 1 to 64 for 10s after 2s", o.sweep, o.sweepDuration, o.sweepWarmup)
	}
	o, err = parseFlags([]string{"-ops", "mix, events"}, &strings.Builder{}, func(string) string { return "" })
	if err != nil || len(o.ops) != 2 || o.ops[0].key != "events" || o.ops[1].key != "mix" {
		t.Errorf("-ops mix,events = %v, %v; want events then mix, in the order they run", o.ops, err)
	}
	o, err = parseFlags([]string{"-scale", "100"}, &strings.Builder{}, func(string) string { return "" })
	if err != nil || o.scale != 100 {
		t.Errorf("-scale 100 = %v, %v; want it accepted", o.scale, err)
	}

	for _, tt := range []struct {
		name string
		args []string
	}{
		{"scale 0", []string{"-scale", "0"}},
		{"scale past the cap", []string{"-scale", "101"}},
		{"unknown operation", []string{"-ops", "evnts"}},
		{"no operation", []string{"-ops", ""}},
		{"only a comma", []string{"-ops", ","}},
		{"sweep of 0", []string{"-sweep", "0,1"}},
		{"sweep twice the same", []string{"-sweep", "4,4"}},
		{"sweep of words", []string{"-sweep", "many"}},
		{"sweep without time", []string{"-sweep-duration", "0s"}},
		{"no rounds", []string{"-rounds", "0"}},
		{"rounds under a second", []string{"-duration", "3s", "-rounds", "4"}},
		{"growth with -scale", []string{"-growth", "-scale", "2"}},
		{"growth with -ops", []string{"-growth", "-ops", "events"}},
		{"growth with -sweep", []string{"-growth-scales", "1,10", "-sweep", "1,2"}},
		{"growth scales decrease", []string{"-growth-scales", "10,1"}},
		{"growth scale twice", []string{"-growth-scales", "1,1"}},
		{"growth scale past the cap", []string{"-growth-scales", "1,1000"}},
		{"growth scale empty", []string{"-growth-scales", "1,,10"}},
		{"growth budget 0", []string{"-growth", "-growth-load-budget", "0s"}},
		{"growth rounds under a second", []string{"-growth", "-rounds", "10"}},
		{"an argument", []string{"events"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if o, err := parseFlags(tt.args, &strings.Builder{}, func(string) string { return "" }); err == nil {
				t.Errorf("parseFlags(%q) = %+v, want an error", tt.args, o)
			}
		})
	}
}

func TestParseFlagsSweep(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		sweep string
		want  []int
	}{
		{"none", nil},
		{"", nil},
		{"16", []int{16}},
		{"32, 1,4", []int{1, 4, 32}},
	} {
		o, err := parseFlags([]string{"-sweep", tt.sweep}, &strings.Builder{}, func(string) string { return "" })
		if err != nil || !slices.Equal(o.sweep, tt.want) {
			t.Errorf("-sweep %q = %v, %v; want %v", tt.sweep, o.sweep, err, tt.want)
		}
	}
}

func TestParseFlagsGrowth(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name       string
		args       []string
		wantScales []float64
		wantDur    time.Duration
		wantWarmup time.Duration
		wantOut    string
	}{
		{"defaults", []string{"-growth"}, []float64{1, 10, 100}, growthDuration, growthWarmup, growthOut},
		{"scales alone imply a growth run", []string{"-growth-scales", "0.05, 0.1"}, []float64{0.05, 0.1}, growthDuration, growthWarmup, growthOut},
		{"own durations and folder", []string{"-growth", "-duration", "20s", "-warmup", "5s", "-out", "elsewhere"},
			[]float64{1, 10, 100}, 20 * time.Second, 5 * time.Second, "elsewhere"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			o, err := parseFlags(tt.args, &strings.Builder{}, func(string) string { return "" })
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(o.growth, tt.wantScales) || o.duration != tt.wantDur || o.warmup != tt.wantWarmup || o.out != tt.wantOut {
				t.Errorf("growth %v for %s after %s into %s; want %v for %s after %s into %s",
					o.growth, o.duration, o.warmup, o.out, tt.wantScales, tt.wantDur, tt.wantWarmup, tt.wantOut)
			}
			if o.loadBudget != 30*time.Minute || o.ops != nil || o.sweep != nil {
				t.Errorf("budget %s, ops %v, sweep %v; want 30m and neither operations nor a sweep", o.loadBudget, o.ops, o.sweep)
			}
		})
	}
}

func TestRuntimeEnvGivesBothServersTheContainerGOGCUnlessTold(t *testing.T) {
	none := func(string) (string, bool) { return "", false }
	if got := runtimeEnv(none); len(got) != 1 || got[0] != "GOGC="+productionGOGC {
		t.Errorf("runtimeEnv() = %v, want [GOGC=%s]", got, productionGOGC)
	}
	given := map[string]string{"GOGC": "100", "GOMEMLIMIT": "1GiB", "HOME": "/home/x"}
	got := runtimeEnv(func(k string) (string, bool) { v, ok := given[k]; return v, ok })
	if strings.Join(got, " ") != "GOGC=100 GOMEMLIMIT=1GiB" {
		t.Errorf("runtimeEnv() = %v, want GOGC=100 GOMEMLIMIT=1GiB", got)
	}
}
