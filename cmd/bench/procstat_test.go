package main

import (
	"os"
	"runtime"
	"testing"
)

func TestParseStatCPU(t *testing.T) {
	// Fields 14 and 15 are utime and stime in ticks of 1/100 s; the command name may hold spaces
	// and parentheses.
	line := "4242 (my (odd) server) S 1 4242 4242 0 -1 4194560 1234 0 0 0 250 75 0 0 20 0 12 0 987654 123456789 4321 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0\n"
	got, err := parseStatCPU(line)
	if err != nil || got != 3.25 {
		t.Errorf("parseStatCPU = %v, %v; want 3.25", got, err)
	}
	for _, bad := range []string{"", "4242 server S 1", "4242 (server) S 1 2 3", "4242 (server) S 1 4242 4242 0 -1 4194560 1234 0 0 0 x 75 0"} {
		if _, err := parseStatCPU(bad); err == nil {
			t.Errorf("parseStatCPU(%q) accepted", bad)
		}
	}
}

func TestParseStatusHWM(t *testing.T) {
	status := "Name:\tserver\nVmPeak:\t 1300000 kB\nVmHWM:\t   81920 kB\nVmRSS:\t   40960 kB\n"
	got, err := parseStatusHWM(status)
	if err != nil || got != 80<<20 {
		t.Errorf("parseStatusHWM = %v, %v; want 80 MiB", got, err)
	}
	for _, bad := range []string{"Name:\tserver\n", "VmHWM:\t81920 MB\n", "VmHWM:\tlots kB\n"} {
		if _, err := parseStatusHWM(bad); err == nil {
			t.Errorf("parseStatusHWM(%q) accepted", bad)
		}
	}
}

// TestOwnProcess reads this test's own process, where /proc exists.
func TestOwnProcess(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("/proc is Linux's")
	}
	if cpu, err := cpuSeconds(os.Getpid()); err != nil || cpu < 0 {
		t.Errorf("cpuSeconds = %v, %v", cpu, err)
	}
	if rss, err := peakRSS(os.Getpid()); err != nil || rss < 1<<20 {
		t.Errorf("peakRSS = %v, %v", rss, err)
	}
}
