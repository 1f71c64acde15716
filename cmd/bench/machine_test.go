package main

import "testing"

func TestMachineFields(t *testing.T) {
	cpuinfo := "processor\t: 0\nvendor_id\t: AuthenticAMD\nmodel name\t: AMD EPYC 7B13\nprocessor\t: 1\nmodel name\t: AMD EPYC 7B13\n"
	if got := field(cpuinfo, "model name", ':'); got != "AMD EPYC 7B13" {
		t.Errorf("model name = %q", got)
	}
	osRelease := "NAME=\"Debian GNU/Linux\"\nPRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\n"
	if got := field(osRelease, "PRETTY_NAME", '='); got != `"Debian GNU/Linux 12 (bookworm)"` {
		t.Errorf("PRETTY_NAME = %q", got)
	}
	if got := memTotalGiB("MemTotal:       25165824 kB\nMemFree:         1000 kB\n"); got != 24 {
		t.Errorf("memTotalGiB = %v, want 24", got)
	}
	if got := memTotalGiB("MemFree: 1000 kB\n"); got != 0 {
		t.Errorf("memTotalGiB without MemTotal = %v", got)
	}
}

func TestDifference(t *testing.T) {
	at, a, b := difference(`{"a":1,"b":[1,2,3]}`, `{"a":1,"b":[1,2,4]}`, 3)
	if at != 16 || a != "…,2,3]}…" || b != "…,2,4]}…" {
		t.Errorf("difference = %d, %q, %q", at, a, b)
	}
	if at, _, _ := difference("abc", "abcd", 3); at != 3 {
		t.Errorf("difference of a prefix at %d, want 3", at)
	}
}
