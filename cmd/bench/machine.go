package main

import (
	"bufio"
	"context"
	"database/sql"
	"os"
	"runtime"
	"strconv"
	"strings"
)

// machine describes where the benchmark ran, for reading its figures against another run's.
type machine struct {
	CPU       string  `json:"cpu"`
	Cores     int     `json:"cores"`
	MemoryGiB float64 `json:"memoryGiB,omitempty"`
	OS        string  `json:"os"`
	Kernel    string  `json:"kernel,omitempty"`
	Postgres  string  `json:"postgres"`
	Go        string  `json:"go"`
}

// describeMachine reads the machine's description: Linux's /proc and /etc/os-release where there
// are, the PostgreSQL server's version from db.
func describeMachine(ctx context.Context, db *sql.DB) machine {
	m := machine{CPU: "unknown", Cores: runtime.NumCPU(), OS: runtime.GOOS + "/" + runtime.GOARCH, Go: runtime.Version()}
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		if v := field(string(b), "model name", ':'); v != "" {
			m.CPU = v
		}
	}
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		m.MemoryGiB = memTotalGiB(string(b))
	}
	if b, err := os.ReadFile("/etc/os-release"); err == nil {
		if v := strings.Trim(field(string(b), "PRETTY_NAME", '='), `"`); v != "" {
			m.OS = v + " (" + m.OS + ")"
		}
	}
	if b, err := os.ReadFile("/proc/sys/kernel/osrelease"); err == nil {
		m.Kernel = strings.TrimSpace(string(b))
	}
	m.Postgres = "unknown"
	var v string
	if err := db.QueryRowContext(ctx, `SHOW server_version`).Scan(&v); err == nil {
		m.Postgres = "PostgreSQL " + v
	}
	return m
}

// field returns the value of the first "key<sep>value" line of text, trimmed; "" when none.
func field(text, key string, sep byte) string {
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), string(sep))
		if ok && strings.TrimSpace(k) == key {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// memTotalGiB reads MemTotal ("MemTotal:  24683768 kB") from /proc/meminfo, in GiB; 0 when absent.
func memTotalGiB(meminfo string) float64 {
	f := strings.Fields(field(meminfo, "MemTotal", ':'))
	if len(f) != 2 || f[1] != "kB" {
		return 0
	}
	kb, err := strconv.ParseFloat(f[0], 64)
	if err != nil {
		return 0
	}
	return kb / (1 << 20)
}
