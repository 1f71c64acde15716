//go:build !linux

package main

import "errors"

// freeBytes: outside Linux the benchmark does not read file systems' free space.
func freeBytes(string) (uint64, error) {
	return 0, errors.New("only read on Linux")
}
