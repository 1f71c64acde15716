package authz

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/rs/zerolog"

	"github.com/teleworkmonth/platform/internal/pgtest"
	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
)

// propagation is how soon every instance must see a change made by another.
const propagation = time.Second

// watchLog collects a logger's output, safe for the watcher and the test at once.
type watchLog struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *watchLog) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *watchLog) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func openTestDB(t *testing.T, url string) *sqlx.DB {
	t.Helper()
	db, err := sqlx.Open("postgres", url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// startWatch runs p.Watch until the test ends, and checks that it then returns nil at once. It
// returns the watcher's log and a channel that gets Watch's result should it end early.
func startWatch(t *testing.T, p *Policy, url string) (*watchLog, <-chan error) {
	t.Helper()
	logs := &watchLog{}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- p.Watch(ctx, url, zerolog.New(logs).Level(zerolog.DebugLevel)) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Watch returned %v when its context ended", err)
			}
		case <-time.After(5 * time.Second):
			t.Error("Watch did not return within 5s of its context's end")
		}
	})
	return logs, done
}

// countListeners counts the connections listening for policy changes on db's database.
func countListeners(t *testing.T, db *sqlx.DB) int {
	t.Helper()
	var n int
	if err := db.Get(&n, `SELECT count(*) FROM pg_stat_activity
		WHERE datname = current_database() AND query LIKE 'LISTEN%' AND pid <> pg_backend_pid()`); err != nil {
		t.Fatal(err)
	}
	return n
}

// waitReady waits until p's watcher listens and has done its first reload, loads being p.loads
// before Watch started.
func waitReady(t *testing.T, p *Policy, loads int64) {
	t.Helper()
	waitUntil(t, 5*time.Second, "the watcher's first reload", func() bool { return p.loads.Load() > loads })
}

// grantSilently adds a rule without notifying anyone, as a lost notification leaves a change:
// replication mode does not fire the trigger, so the version is raised here as the trigger would.
func grantSilently(t *testing.T, db *sqlx.DB, user int64, role telework.Role, ministry string) {
	t.Helper()
	tx := db.MustBeginTx(t.Context(), nil)
	defer tx.Rollback()
	tx.MustExec(`SET LOCAL session_replication_role = replica`)
	insertGrant(t, tx, user, role, ministry)
	tx.MustExec(`UPDATE casbin_policy_version SET version = version + 1`)
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
}

func mayEditMIC(p *Policy, user string) bool {
	ok, err := p.Allowed(context.Background(), user, "MIC", "event", "edit", "")
	return ok && err == nil
}

// TestTwoInstances runs two servers' policies on one database: a role granted with plain SQL,
// as the grantRole mutation does, is in force on both within a second.
func TestTwoInstances(t *testing.T) {
	t.Parallel()
	url := pgtest.NewURL(t)
	admin := openTestDB(t, url) // the grantRole mutation, on any server
	adb := openTestDB(t, url)   // instance a's database handle
	a, b := loadPolicy(t, adb), loadPolicy(t, openTestDB(t, url))
	startWatch(t, a, url)
	startWatch(t, b, url)
	waitReady(t, a, 1)
	waitReady(t, b, 1)
	if n := countListeners(t, admin); n != 2 {
		t.Fatalf("%d listeners, want 2", n)
	}

	var took []time.Duration
	for i := range int64(5) {
		user := int64(100 + i)
		sub := store.UserSubject(user)
		began := time.Now()
		insertGrant(t, admin, user, telework.RoleMinistryEditor, "MIC")
		waitUntil(t, propagation, "instance b sees the grant", func() bool { return mayEditMIC(b, sub) })
		took = append(took, time.Since(began))
		waitUntil(t, propagation, "instance a sees the grant", func() bool { return mayEditMIC(a, sub) })
	}
	slices.Sort(took)
	t.Logf("grant to decision on the other instance: min %v, median %v, max %v", took[0], took[len(took)/2], took[len(took)-1])

	// A revoke by instance a: a reload on the instance that made it is in force when it returns;
	// the other sees it within a second.
	adb.MustExec(`DELETE FROM casbin_rule WHERE ptype = 'g' AND v0 = 'user:100'`)
	if err := a.Reload(t.Context()); err != nil {
		t.Fatal(err)
	}
	if mayEditMIC(a, "user:100") {
		t.Fatal("instance a allows a role it revoked and reloaded")
	}
	waitUntil(t, propagation, "instance b sees the revoke", func() bool { return !mayEditMIC(b, "user:100") })
	if !mayEditMIC(a, "user:101") || !mayEditMIC(b, "user:101") {
		t.Fatal("a revoke took other roles with it")
	}
}

// TestReconnectReloads cuts the watcher's connection: the reconnection brings a full reload, which
// finds both a change nobody was notified of and one made while the watcher was away.
func TestReconnectReloads(t *testing.T) {
	t.Parallel()
	url := pgtest.NewURL(t)
	db := openTestDB(t, url)
	p := loadPolicy(t, openTestDB(t, url))
	p.ReloadInterval = time.Hour // no periodic reload: only the reconnection may find the changes
	logs, _ := startWatch(t, p, url)
	waitReady(t, p, 1)

	// Asked about once, user:1's roles (none) are held until the policy's version changes.
	if mayEditMIC(p, "user:1") {
		t.Fatal("user:1 may edit before any grant")
	}
	grantSilently(t, db, 1, telework.RoleMinistryAdmin, "MIC")
	time.Sleep(100 * time.Millisecond)
	if mayEditMIC(p, "user:1") {
		t.Fatal("a change nobody was notified of is in force before any reload")
	}

	var killed int
	if err := db.Get(&killed, `SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity
		WHERE datname = current_database() AND query LIKE 'LISTEN%' AND pid <> pg_backend_pid()) t`); err != nil || killed != 1 {
		t.Fatalf("terminated %d listeners (%v)", killed, err)
	}
	began := time.Now()
	insertGrant(t, db, 2, telework.RoleMinistryAdmin, "MIC") // notified to nobody
	waitUntil(t, propagation, "the silent change after reconnection", func() bool { return mayEditMIC(p, "user:1") })
	waitUntil(t, propagation, "the change made while disconnected", func() bool { return mayEditMIC(p, "user:2") })
	t.Logf("in force %v after the connection was cut", time.Since(began))
	waitUntil(t, propagation, "a new listener", func() bool { return countListeners(t, db) == 1 })
	if !strings.Contains(logs.String(), "reconnected") {
		t.Errorf("no reconnection logged:\n%s", logs)
	}

	// Notifications work again.
	insertGrant(t, db, 3, telework.RoleMinistryAdmin, "MIC")
	waitUntil(t, propagation, "a grant after reconnection", func() bool { return mayEditMIC(p, "user:3") })
}

func TestPeriodicReload(t *testing.T) {
	t.Parallel()
	url := pgtest.NewURL(t)
	db := openTestDB(t, url)
	p := loadPolicy(t, db)
	p.ReloadInterval = 50 * time.Millisecond
	startWatch(t, p, url)
	waitReady(t, p, 1)
	if mayEditMIC(p, "user:1") { // from here on, user:1's roles are held
		t.Fatal("user:1 may edit before any grant")
	}
	grantSilently(t, db, 1, telework.RoleMinistryAdmin, "MIC")
	waitUntil(t, propagation, "a change nobody was notified of", func() bool { return mayEditMIC(p, "user:1") })
}

// TestBurstCoalesced commits many changes at once: the watcher reloads a few times, not once each.
func TestBurstCoalesced(t *testing.T) {
	t.Parallel()
	url := pgtest.NewURL(t)
	db := openTestDB(t, url)
	p := loadPolicy(t, db)
	p.ReloadInterval = time.Hour
	startWatch(t, p, url)
	waitReady(t, p, 1)
	loads := p.loads.Load()

	// 50 transactions, each a notification, committed within a few milliseconds (without waiting
	// for the disk, which would spread them out on a slow machine).
	const n = 50
	began := time.Now()
	db.MustExec(`DO $$ BEGIN
		PERFORM set_config('synchronous_commit', 'off', false);
		FOR i IN 1..50 LOOP
			INSERT INTO casbin_rule (ptype, v0, v1, v2) VALUES ('g', 'user:' || i, 'MINISTRY_ADMIN', 'MIC');
			COMMIT;
		END LOOP;
	END $$`)
	burst := time.Since(began)
	waitUntil(t, propagation, "the last change of the burst", func() bool { return mayEditMIC(p, "user:50") })
	time.Sleep(3 * coalesceWindow) // any reload still to come
	reloads := p.loads.Load() - loads
	t.Logf("%d changes committed in %v, %d reloads", n, burst, reloads)
	if reloads > 3 {
		t.Fatalf("%d reloads for a burst of %d changes", reloads, n)
	}
}

// TestWatchSurvivesReloadFailures breaks the policy's database handle: the failures are logged,
// and Watch goes on until its context ends.
func TestWatchSurvivesReloadFailures(t *testing.T) {
	t.Parallel()
	url := pgtest.NewURL(t)
	pdb, err := sqlx.Open("postgres", url)
	if err != nil {
		t.Fatal(err)
	}
	p := loadPolicy(t, pdb)
	p.ReloadInterval = 20 * time.Millisecond
	logs, done := startWatch(t, p, url)
	waitReady(t, p, 1)
	before := p.current.Load().version
	insertGrant(t, openTestDB(t, url), 1, telework.RoleMinistryAdmin, "MIC")
	// The grant can be read into the cache of the policy loaded before it, and the reload that
	// follows starts an empty one: wait for the reload, so that the decision below is made from
	// the cache of the last policy loaded, which no failure replaces.
	waitUntil(t, propagation, "the grant", func() bool {
		return p.current.Load().version > before && mayEditMIC(p, "user:1")
	})
	pdb.Close()
	waitUntil(t, 2*time.Second, "a logged reload failure", func() bool { return strings.Contains(logs.String(), "policy reload failed") })
	time.Sleep(100 * time.Millisecond)
	select {
	case err := <-done:
		t.Fatalf("Watch returned %v after a failed reload", err)
	default:
	}
	// Decisions go on with the last policy loaded.
	if ok, err := p.Allowed(t.Context(), "user:1", "MIC", "event", "edit", ""); !ok || err != nil {
		t.Fatalf("after failed reloads: %v, %v", ok, err)
	}
}

// TestWatchWithoutServer starts Watch on a database that cannot be reached: it keeps trying and
// still returns as soon as its context ends.
func TestWatchWithoutServer(t *testing.T) {
	t.Parallel()
	p := loadPolicy(t, pgtest.NewDB(t))
	logs, done := startWatch(t, p, "postgres://postgres@127.0.0.1:1/none?sslmode=disable&connect_timeout=1")
	waitUntil(t, 2*time.Second, "a logged connection failure", func() bool {
		return strings.Contains(logs.String(), "connection attempt failed")
	})
	select {
	case err := <-done:
		t.Fatalf("Watch returned %v without a server", err)
	default:
	}
}
