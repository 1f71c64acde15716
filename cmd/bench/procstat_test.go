package main

import (
	"maps"
	"os"
	"runtime"
	"testing"
	"testing/fstest"
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

func TestStatCommand(t *testing.T) {
	for line, want := range map[string]string{
		"4242 (postgres) S 1 4242": "postgres",
		"4242 (my (odd) server) S": "my (odd) server",
		"4242 () S 1":              "",
		"4242 postgres S 1":        "",
		"4242 ) (postgres S 1":     "",
		"":                         "",
	} {
		if got := statCommand(line); got != want {
			t.Errorf("statCommand(%q) = %q, want %q", line, got, want)
		}
	}
}

// TestCommandCPU reads a /proc of its own: two postgres processes, another command, an entry that
// is no process, a process that exited before its stat was read, and one whose stat makes no sense.
func TestCommandCPU(t *testing.T) {
	stat := func(pid, name, utime, stime string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte(pid + " (" + name + ") S 1 1 1 0 -1 4194304 10 0 0 0 " + utime + " " + stime + " 0 0 20 0 1 0 100 0 0\n")}
	}
	proc := fstest.MapFS{
		"100/stat":   stat("100", "postgres", "150", "50"),
		"101/stat":   stat("101", "postgres", "7", "3"),
		"102/stat":   stat("102", "server", "900", "100"),
		"103/status": &fstest.MapFile{Data: []byte("Name:\tpostgres\n")},
		"104/stat":   stat("104", "postgres", "lots", "3"),
		"self/stat":  stat("102", "postgres", "900", "100"),
		"meminfo":    &fstest.MapFile{Data: []byte("MemTotal: 1 kB\n")},
	}
	got := commandCPU(proc, "postgres")
	if want := map[int]float64{100: 2, 101: 0.1}; !maps.Equal(got, want) {
		t.Errorf("commandCPU = %v, want %v", got, want)
	}
	if got := commandCPU(fstest.MapFS{}, "postgres"); len(got) != 0 {
		t.Errorf("commandCPU of an empty /proc = %v", got)
	}
}

func TestCPUSince(t *testing.T) {
	then := map[int]float64{100: 2, 101: 0.5, 102: 9}
	// 100 went on, 101 exited, 103 started, and 102 exited and its pid went to a new process.
	now := map[int]float64{100: 3.5, 102: 0.25, 103: 0.75}
	if got := cpuSince(then, now); got != 2.5 {
		t.Errorf("cpuSince = %v, want 2.5", got)
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
	// This process's stat read as one of /proc's: commandCPU finds it by its command name.
	b, err := os.ReadFile("/proc/self/stat")
	if err != nil {
		t.Fatal(err)
	}
	cpu := commandCPU(os.DirFS("/proc"), statCommand(string(b)))
	if _, ok := cpu[os.Getpid()]; !ok {
		t.Errorf("commandCPU missed this process: %v", cpu)
	}
}
