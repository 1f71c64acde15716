package main

import (
	"bytes"
	"regexp"
	"testing"

	"github.com/teleworkmonth/platform/examples/go/partner"
	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// TestPortal runs the program's reads against the server with the demo data, without a key (the
// public's view), and checks what it prints.
func TestPortal(t *testing.T) {
	s := apptest.New(t, apptest.Options{Seed: true})
	var out bytes.Buffer
	if err := run(t.Context(), &out, partner.NewClient(s.URL+"/graphql", "", nil), 2026, 10); err != nil {
		t.Fatalf("run: %v\n%s", err, out.String())
	}
	for _, want := range []string{
		`(?m)^令和8年度テレワーク月間 \(FY2026\): \d+ events, \d+ registrants$`,
		`(?m)^[1-9]\d* published events$`,
		`(?m)^first event: .+, PUBLISHED, \d+ program parts$`,
		`(?m)^[1-9]\d* registrants promote telework$`,
	} {
		if !regexp.MustCompile(want).Match(out.Bytes()) {
			t.Errorf("the output has no line matching %s:\n%s", want, out.String())
		}
	}
}
