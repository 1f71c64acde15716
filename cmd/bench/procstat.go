package main

import (
	"bufio"
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"strings"
)

// What the benchmark reads of a server process, from Linux's /proc: its CPU time (user and system,
// all threads) and its peak resident memory; and the CPU time of PostgreSQL's processes and of the
// benchmark's own. Elsewhere the files are missing, and the report says n/a.

// userHZ is the unit of the CPU times in /proc/<pid>/stat: the kernel reports them in USER_HZ
// ticks, which is 100 on every architecture Linux runs Go on.
const userHZ = 100

// cpuSeconds returns the CPU time a process has used so far: user plus system, all threads.
func cpuSeconds(pid int) (float64, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, err
	}
	return parseStatCPU(string(b))
}

// parseStatCPU reads utime and stime (fields 14 and 15) from a /proc/<pid>/stat line. The second
// field, the command name in parentheses, may hold spaces and parentheses itself, so the fields
// are counted from the last ')'.
func parseStatCPU(line string) (float64, error) {
	i := strings.LastIndexByte(line, ')')
	if i < 0 {
		return 0, fmt.Errorf("/proc stat: no command name in %.80q", line)
	}
	// After the name: field 3 (state) is rest[0], so field 14 (utime) is rest[11], 15 (stime) rest[12].
	rest := strings.Fields(line[i+1:])
	if len(rest) < 13 {
		return 0, fmt.Errorf("/proc stat: %d fields after the command name, want at least 13", len(rest))
	}
	utime, err1 := strconv.ParseUint(rest[11], 10, 64)
	stime, err2 := strconv.ParseUint(rest[12], 10, 64)
	if err1 != nil || err2 != nil {
		return 0, fmt.Errorf("/proc stat: utime %q, stime %q are not tick counts", rest[11], rest[12])
	}
	return float64(utime+stime) / userHZ, nil
}

// postgresCPU returns the CPU time used so far by each process of PostgreSQL on this machine (the
// postmaster, its backends and background processes: every process named postgres), by pid. It is
// empty when there is none: the database runs elsewhere, or there is no /proc.
func postgresCPU() map[int]float64 {
	return commandCPU(os.DirFS("/proc"), "postgres")
}

// commandCPU returns the CPU time so far of each process under proc (a /proc) whose command name is
// command, by pid. A process that exits between the listing and the reading of its stat is left
// out.
func commandCPU(proc fs.FS, command string) map[int]float64 {
	entries, err := fs.ReadDir(proc, ".")
	if err != nil {
		return nil
	}
	cpu := map[int]float64{}
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue // not a process: self, meminfo, …
		}
		b, err := fs.ReadFile(proc, e.Name()+"/stat")
		if err != nil || statCommand(string(b)) != command {
			continue
		}
		if seconds, err := parseStatCPU(string(b)); err == nil {
			cpu[pid] = seconds
		}
	}
	return cpu
}

// cpuSince sums the CPU time the processes of now used since then, both from commandCPU: a
// process's difference, or all its time if it started in between. A process that exited in between
// is not in now, and its time since then is lost: a connection closed in the window takes its
// backend's work with it, which counts short of what the database did.
func cpuSince(then, now map[int]float64) float64 {
	var sum float64
	for pid, seconds := range now {
		// A smaller time than before is a new process that took the pid of one that exited.
		if before, ok := then[pid]; ok && before <= seconds {
			seconds -= before
		}
		sum += seconds
	}
	return sum
}

// statCommand returns the command name of a /proc/<pid>/stat line: what lies between the first '('
// and the last ')', since the name may hold parentheses itself.
func statCommand(line string) string {
	i, j := strings.IndexByte(line, '('), strings.LastIndexByte(line, ')')
	if i < 0 || j < i {
		return ""
	}
	return line[i+1 : j]
}

// peakRSS returns the most resident memory a process has had, in bytes (VmHWM).
func peakRSS(pid int) (int64, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	return parseStatusHWM(string(b))
}

// parseStatusHWM reads the VmHWM line ("VmHWM:     12345 kB") of /proc/<pid>/status, in bytes.
func parseStatusHWM(status string) (int64, error) {
	sc := bufio.NewScanner(strings.NewReader(status))
	for sc.Scan() {
		value, ok := strings.CutPrefix(sc.Text(), "VmHWM:")
		if !ok {
			continue
		}
		f := strings.Fields(value)
		if len(f) != 2 || f[1] != "kB" {
			return 0, fmt.Errorf("/proc status: VmHWM is %q, want a number of kB", strings.TrimSpace(value))
		}
		kb, err := strconv.ParseInt(f[0], 10, 64)
		if err != nil {
			return 0, fmt.Errorf("/proc status: VmHWM %q: %w", f[0], err)
		}
		return kb << 10, nil
	}
	return 0, fmt.Errorf("/proc status: no VmHWM line")
}
