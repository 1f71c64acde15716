package authz

import (
	"context"
	"math/rand/v2"
	"strconv"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/rs/zerolog"

	"github.com/teleworkmonth/platform/internal/pgtest"
	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
)

// benchUsers is how many staff users hold roles in the benchmarks.
const benchUsers = 10_000

// benchPolicy loads a policy of the real role templates and 10,000 users with roles across the
// nine ministries: each user a role in one ministry, every fourth a second role in another, every
// 200th the secretariat.
func benchPolicy(b *testing.B) (*Policy, string, [][2]string) {
	b.Helper()
	url := pgtest.NewURL(b)
	db, err := sqlx.Open("postgres", url)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	db.MustExec(`
		WITH u AS (SELECT i, ARRAY['CAS','CAO','DA','MIC','MHLW','METI','MLIT','JTA','MOE'] AS codes,
				ARRAY['MINISTRY_ADMIN','MINISTRY_EDITOR','MINISTRY_VIEWER'] AS roles
			FROM generate_series(1, $1::int) i)
		INSERT INTO casbin_rule (ptype, v0, v1, v2)
		SELECT 'g', 'user:' || i, roles[1 + (i / 9) % 3], codes[1 + i % 9] FROM u
		UNION ALL
		SELECT 'g', 'user:' || i, roles[1 + (i / 9 + 1) % 3], codes[1 + (i + 4) % 9] FROM u WHERE i % 4 = 0
		UNION ALL
		SELECT 'g2', 'user:' || i, 'SECRETARIAT', '' FROM u WHERE i % 200 = 0`, benchUsers)
	var rows []struct{ V1, V2 string }
	if err := db.Select(&rows, `SELECT DISTINCT v1, v2 FROM casbin_rule WHERE ptype = 'p' ORDER BY 1, 2`); err != nil {
		b.Fatal(err)
	}
	var actions [][2]string
	for _, r := range rows {
		actions = append(actions, [2]string{r.V1, r.V2})
	}
	p := loadPolicy(b, db)
	return p, url, actions
}

type benchRequest struct{ sub, dom, obj, act, owner string }

// benchRequests draws n requests of users with roles (and some without) for template actions in
// the nine ministries.
func benchRequests(n int, actions [][2]string) []benchRequest {
	r := rand.New(rand.NewPCG(1, 2))
	reqs := make([]benchRequest, n)
	for i := range reqs {
		oa := actions[r.IntN(len(actions))]
		reqs[i] = benchRequest{
			sub: "user:" + strconv.Itoa(1+r.IntN(benchUsers+benchUsers/10)),
			dom: allMinistries[r.IntN(len(allMinistries))],
			obj: oa[0], act: oa[1],
		}
	}
	return reqs
}

// BenchmarkDecision measures one Allowed call with 10,000 users holding roles, their roles held
// in the cache: requests drawn at random (mixed), only allowed ones (Casbin stops at the first
// matching rule) and only refused ones (every rule is evaluated), and from parallel goroutines;
// then the first decision about a subject, whose roles are read from the table.
func BenchmarkDecision(b *testing.B) {
	p, _, actions := benchPolicy(b)
	ctx := b.Context()
	mixed := benchRequests(4096, actions)
	var yes, no []benchRequest
	for _, q := range mixed {
		if ok, err := p.Allowed(ctx, q.sub, q.dom, q.obj, q.act, q.owner); err != nil {
			b.Fatal(err)
		} else if ok {
			yes = append(yes, q)
		} else {
			no = append(no, q)
		}
	}
	// A user's own role in its own ministry, with an action its template allows.
	for u := 1; len(yes) < 1024; u++ {
		sub := "user:" + strconv.Itoa(u)
		grants, err := p.Grants(ctx, sub)
		if err != nil {
			b.Fatal(err)
		}
		for _, g := range grants {
			for _, oa := range actions {
				if ok, _ := p.Allowed(ctx, sub, g.MinistryCode, oa[0], oa[1], ""); ok {
					yes = append(yes, benchRequest{sub: sub, dom: g.MinistryCode, obj: oa[0], act: oa[1]})
				}
			}
		}
	}
	b.Logf("%d requests drawn at random, %d allowed", len(mixed), len(mixed)-len(no))

	for _, c := range []struct {
		name string
		reqs []benchRequest
	}{{"mixed", mixed}, {"allowed", yes}, {"refused", no}} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				q := &c.reqs[i%len(c.reqs)]
				if _, err := p.Allowed(ctx, q.sub, q.dom, q.obj, q.act, q.owner); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
	b.Run("mixed-parallel", func(b *testing.B) {
		b.ReportAllocs()
		b.RunParallel(func(pb *testing.PB) {
			i := 0
			for pb.Next() {
				q := &mixed[i%len(mixed)]
				if _, err := p.Allowed(ctx, q.sub, q.dom, q.obj, q.act, q.owner); err != nil {
					b.Error(err)
					return
				}
				i++
			}
		})
	})
	b.Run("roles-read", func(b *testing.B) {
		b.ReportAllocs()
		grants := p.current.Load().grants
		i := 0
		for b.Loop() {
			grants.mu.Lock()
			clear(grants.bySubject)
			grants.mu.Unlock()
			q := &mixed[i%len(mixed)]
			if _, err := p.Allowed(ctx, q.sub, q.dom, q.obj, q.act, q.owner); err != nil {
				b.Fatal(err)
			}
			i++
		}
	})
}

// BenchmarkMinistries measures Ministries, which scopes lists, with 10,000 users holding roles,
// their roles held in the cache.
func BenchmarkMinistries(b *testing.B) {
	p, _, actions := benchPolicy(b)
	reqs := benchRequests(4096, actions)
	for _, q := range reqs {
		if _, err := p.Grants(b.Context(), q.sub); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		q := &reqs[i%len(reqs)]
		if _, _, err := p.Ministries(b.Context(), q.sub, q.obj, q.act); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkReload measures a reload with 10,000 users holding roles: reading the version and the
// role templates and building a new enforcer (changed; the users' roles are read on demand
// afterwards), and reading the version only, when nothing changed (the periodic reload).
func BenchmarkReload(b *testing.B) {
	p, _, _ := benchPolicy(b)
	b.Run("changed", func(b *testing.B) {
		for b.Loop() {
			p.current.Store(nil)
			if err := p.Reload(b.Context()); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("unchanged", func(b *testing.B) {
		for b.Loop() {
			if err := p.Reload(b.Context()); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkPropagation measures, with 10,000 users holding roles, the time from a role granted
// with SQL on one server to the first decision that allows it on another, which watches.
func BenchmarkPropagation(b *testing.B) {
	p, url, _ := benchPolicy(b)
	db, err := sqlx.Open("postgres", url)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	ctx, cancel := context.WithCancel(b.Context())
	done := make(chan error, 1)
	go func() { done <- p.Watch(ctx, url, zerolog.Nop()) }()
	defer func() { cancel(); <-done }()
	for loads := p.loads.Load(); p.loads.Load() == loads; {
		time.Sleep(time.Millisecond)
	}
	user := int64(2 * benchUsers)
	for b.Loop() {
		user++
		sub := store.UserSubject(user)
		insertGrant(b, db, user, telework.RoleMinistryViewer, "MOE")
		for began := time.Now(); ; time.Sleep(time.Millisecond) {
			if ok, _ := p.Allowed(ctx, sub, "MOE", "event", "read_draft", ""); ok {
				break
			}
			if time.Since(began) > time.Second {
				b.Fatalf("%s not allowed a second after its grant", sub)
			}
		}
	}
}
