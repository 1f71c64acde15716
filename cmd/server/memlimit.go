package main

import (
	"errors"
	"math"
	"os"

	"github.com/KimMachineGun/automemlimit/memlimit"
	"github.com/rs/zerolog"
)

// memoryLimitRatio is the share of the container's memory that GOMEMLIMIT gets: the rest is for
// what the Go runtime does not count (stacks, the binary) and for a burst of logins to overshoot
// (argon2id takes 64 MiB each) while the collector catches up, rather than the process being killed.
const memoryLimitRatio = 0.8

// setMemoryLimit sets GOMEMLIMIT to memoryLimitRatio of the memory limit the provider reads (the
// cgroup's, in a container), so that the collector works harder near the limit. A GOMEMLIMIT
// variable wins, and AUTOMEMLIMIT=off turns this off; without a limit it changes nothing.
func setMemoryLimit(log zerolog.Logger, provider memlimit.Provider) {
	if v := os.Getenv("GOMEMLIMIT"); v != "" {
		log.Info().Str("gomemlimit", v).Msg("memory limit from GOMEMLIMIT")
		return
	}
	limit, err := memlimit.Set(memlimit.WithProvider(provider), memlimit.WithRatio(memoryLimitRatio))
	switch {
	case errors.Is(err, memlimit.ErrNoCgroup), errors.Is(err, memlimit.ErrCgroupsNotSupported):
		log.Debug().Err(err).Msg("no container memory limit: GOMEMLIMIT is not set")
	case err != nil:
		log.Warn().Err(err).Msg("GOMEMLIMIT is not set from the container's memory limit")
	case limit > 0 && limit < math.MaxInt64:
		log.Info().Int64("gomemlimit_bytes", limit).Msg("memory limit from the container's (GOMEMLIMIT)")
	}
}
