package app_test

import (
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/pgtest"
	"github.com/teleworkmonth/platform/internal/telework"
)

// TestBackupRestores does what the README's "Backup and restore" says: pg_dump of a loaded
// database (the demo data, a staff account and its role), pg_restore into a new empty database,
// and a server on the restored one answers the same lists, lets the staff member sign in with the
// same password and role, and takes a new sign-up (its identity sequences restored too).
func TestBackupRestores(t *testing.T) {
	pgDump, err1 := exec.LookPath("pg_dump")
	pgRestore, err2 := exec.LookPath("pg_restore")
	if err1 != nil || err2 != nil {
		t.Skip("pg_dump and pg_restore are not installed (Debian: postgresql-client)")
	}
	const counts = `{ events(first: 1) { totalCount } registrants(first: 1) { totalCount } campaigns { fiscalYear stats { registrantCount eventCount } } }`
	original := pgtest.NewURL(t)
	before := apptest.New(t, apptest.Options{Seed: true, URL: original})
	before.Staff("restored.admin@example.jp", telework.RoleMinistryAdmin, "MIC")
	want := before.Query(counts, nil)
	if len(want.Errors) > 0 {
		t.Fatalf("before: %s", want.Body)
	}

	dump := filepath.Join(t.TempDir(), "telework.dump")
	if out, err := exec.CommandContext(t.Context(), pgDump, "--format=custom", "--file="+dump, original).CombinedOutput(); err != nil {
		t.Fatalf("pg_dump: %v\n%s", err, out)
	}
	restored := pgtest.NewEmptyURL(t)
	if out, err := exec.CommandContext(t.Context(), pgRestore, "--no-owner", "--exit-on-error", "--dbname="+restored, dump).CombinedOutput(); err != nil {
		t.Fatalf("pg_restore: %v\n%s", err, out)
	}

	after := apptest.New(t, apptest.Options{URL: restored})
	if got := after.Query(counts, nil); string(got.Data) != string(want.Data) {
		t.Errorf("the restored database answers\n%s\nthe original\n%s", got.Data, want.Data)
	}
	login := after.Query(`mutation { login(email: "restored.admin@example.jp", password: "a-test-password-of-some-length") { token } }`, nil)
	var signedIn struct{ Login struct{ Token string } }
	login.Decode(t, &signedIn)
	if signedIn.Login.Token == "" {
		t.Fatalf("the staff member cannot sign in on the restored database: %s", login.Body)
	}
	viewer := after.QueryAs(signedIn.Login.Token, `{ viewer { roles { role ministry { code } } } }`, nil)
	if len(viewer.Errors) > 0 || string(viewer.Data) != `{"viewer":{"roles":[{"role":"MINISTRY_ADMIN","ministry":{"code":"MIC"}}]}}` {
		t.Errorf("the staff member's roles on the restored database: %s", viewer.Body)
	}
	created := after.QueryAs(signedIn.Login.Token, `mutation { createEvent(input: {fiscalYear: 2026, hostMinistryCode: "MIC", kind: SEMINAR,
		titleJa: "復元後のセミナー", startsAt: "2030-11-20T04:00:00Z", endsAt: "2030-11-20T06:00:00Z", onlineStreaming: true, feeYen: 0}) { event { id } } }`, nil)
	if len(created.Errors) > 0 {
		t.Errorf("a new event on the restored database: %s", created.Body)
	}
}
