package main

import (
	"strings"
	"testing"
)

func TestCheckDisk(t *testing.T) {
	t.Parallel()
	need := diskNeed(10, bytesPerScale)
	if want := uint64(10*bytesPerScale + diskHeadroom); need != want {
		t.Fatalf("diskNeed(10) = %d, want %d", need, want)
	}
	for _, tt := range []struct {
		name  string
		free  uint64
		fails bool
	}{
		{"plenty", 100 << 30, false},
		{"just enough", need, false},
		{"a byte short", need - 1, true},
		{"none", 0, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			err := checkDisk("scale 10", need, tt.free, "/var/lib/postgresql/15/main")
			if (err != nil) != tt.fails {
				t.Fatalf("checkDisk with %d free: %v, want failure %v", tt.free, err, tt.fails)
			}
			if err == nil {
				return
			}
			// The refusal names what is loaded, the space it needs, where, and what is free.
			for _, want := range []string{"scale 10", bytesText(need), "/var/lib/postgresql/15/main", bytesText(tt.free) + " is free"} {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("%q lacks %q", err, want)
				}
			}
		})
	}
}

func TestDiskSpaceUnknown(t *testing.T) {
	t.Parallel()
	d := diskSpace{unknown: "the PostgreSQL server is on another machine"}
	if err := d.check("scale 100", 100, bytesPerScale); err != nil {
		t.Errorf("a load with the free space unknown is refused: %v", err)
	}
	d = diskSpace{dir: "/data", free: 1 << 30}
	if err := d.check("scale 100", 100, bytesPerScale); err == nil {
		t.Error("scale 100 on 1 GB free is accepted")
	}
}

func TestBytesText(t *testing.T) {
	t.Parallel()
	for n, want := range map[uint64]string{300 << 20: "300 MB", 2 << 30: "2.0 GB", 29_500_000_000: "27.5 GB"} {
		if got := bytesText(n); got != want {
			t.Errorf("bytesText(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestOnThisMachine(t *testing.T) {
	t.Parallel()
	for url, want := range map[string]bool{
		"postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable": true,
		"postgres://postgres@localhost/postgres":                      true,
		"postgres://postgres@[::1]:5432/postgres":                     true,
		"postgres:///postgres?host=/var/run/postgresql":               true,
		"postgres://postgres@/postgres":                               true,
		"postgres://bench@db.example.jp:5432/postgres":                false,
		"postgres://bench@10.0.0.5/postgres":                          false,
		"postgres://bench@127.0.0.1/postgres?host=db.example.jp":      false,
	} {
		if got := onThisMachine(url); got != want {
			t.Errorf("onThisMachine(%q) = %v, want %v", url, got, want)
		}
	}
}
