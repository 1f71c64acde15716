package main

import (
	"io"
	"runtime/debug"
	"testing"

	"github.com/KimMachineGun/automemlimit/memlimit"
	"github.com/rs/zerolog"
)

// TestSetMemoryLimit checks that GOMEMLIMIT becomes 80 % of the container's limit, and that a
// GOMEMLIMIT variable or no limit leaves it alone.
func TestSetMemoryLimit(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetMemoryLimit(before) })
	log := zerolog.New(io.Discard)
	const gib = 1 << 30

	t.Setenv("GOMEMLIMIT", "")
	setMemoryLimit(log, memlimit.Limit(gib))
	if got := debug.SetMemoryLimit(-1); got != gib*8/10 {
		t.Errorf("under a 1 GiB limit GOMEMLIMIT is %d, want %d", got, gib*8/10)
	}

	debug.SetMemoryLimit(before)
	t.Setenv("GOMEMLIMIT", "500MiB")
	setMemoryLimit(log, memlimit.Limit(gib))
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("with GOMEMLIMIT set the limit became %d, want it left at %d", got, before)
	}

	t.Setenv("GOMEMLIMIT", "")
	setMemoryLimit(log, func() (uint64, error) { return 0, memlimit.ErrCgroupsNotSupported })
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("without a container limit the limit became %d, want it left at %d", got, before)
	}
}
