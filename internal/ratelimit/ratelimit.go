// Package ratelimit keeps token buckets per key (a client's address, a partner's API key) in the
// memory of one server instance: golang.org/x/time/rate's buckets, at most a fixed number of keys
// of them, the least recently used forgotten first. Limits are per instance: behind a balancer
// that spreads one client over N instances, the client gets up to N times each limit.
package ratelimit

import (
	"math"
	"time"

	lru "github.com/hashicorp/golang-lru/v2"
	"golang.org/x/time/rate"
)

// Quota is a token bucket's shape: it holds at most Burst tokens and gains Rate tokens a second.
type Quota struct {
	Burst int
	Rate  rate.Limit
}

// Every is a quota of burst tokens at once and one more every d.
func Every(burst int, d time.Duration) Quota { return Quota{Burst: burst, Rate: rate.Every(d)} }

// PerWindow is a quota of n tokens per window, refilled evenly: n at once, then n/window a second.
func PerWindow(n int, window time.Duration) Quota {
	return Quota{Burst: n, Rate: rate.Limit(float64(n) / window.Seconds())}
}

// Decision is the outcome of Take and the state of the bucket after it.
type Decision struct {
	// Allowed says the tokens were taken.
	Allowed bool
	// Never says that more tokens were asked for than the bucket ever holds.
	Never bool
	// RetryAfter is, when not allowed, how long until the bucket holds the tokens asked for.
	RetryAfter time.Duration
	// Remaining is how many whole tokens the bucket holds now.
	Remaining int
	// Full is how long until the bucket is full again, if nothing more is taken.
	Full time.Duration
}

// Buckets are the token buckets of up to a fixed number of keys. A key forgotten (the least
// recently used, once there are too many) comes back with a full bucket: the same as one that
// has not been used for long enough to refill.
type Buckets[K comparable] struct {
	cache *lru.Cache[K, *rate.Limiter]
	now   func() time.Time
}

// New returns buckets for at most size keys, on the clock now (time.Now when nil).
func New[K comparable](size int, now func() time.Time) *Buckets[K] {
	cache, err := lru.New[K, *rate.Limiter](size)
	if err != nil {
		panic(err) // size <= 0: a programming error
	}
	if now == nil {
		now = time.Now
	}
	return &Buckets[K]{cache: cache, now: now}
}

// Take takes n tokens from key's bucket of quota q, if it holds them; otherwise it takes none and
// says how long until it will. A bucket made under another quota (a key's limits changed) takes
// the new one, keeping its tokens.
func (b *Buckets[K]) Take(key K, q Quota, n int) Decision {
	now := b.now()
	lim := b.bucket(key, q, now)
	d := Decision{Allowed: true}
	r := lim.ReserveN(now, n)
	switch delay := r.DelayFrom(now); {
	case !r.OK():
		d = Decision{Never: true}
	case delay > 0:
		r.CancelAt(now)
		d = Decision{RetryAfter: delay}
	}
	tokens := lim.TokensAt(now)
	d.Remaining = int(math.Max(0, math.Floor(tokens)))
	if missing := float64(q.Burst) - tokens; missing > 0 && q.Rate > 0 {
		d.Full = time.Duration(missing / float64(q.Rate) * float64(time.Second))
	}
	return d
}

// Peek is Take of no tokens: the state of key's bucket.
func (b *Buckets[K]) Peek(key K, q Quota) Decision { return b.Take(key, q, 0) }

// bucket is key's bucket, made full when there is none, set to quota q.
func (b *Buckets[K]) bucket(key K, q Quota, now time.Time) *rate.Limiter {
	lim, ok := b.cache.Get(key)
	if !ok {
		// Two first requests of a key at once make one bucket: the second takes the first's.
		fresh := rate.NewLimiter(q.Rate, q.Burst)
		if prev, found, _ := b.cache.PeekOrAdd(key, fresh); found {
			lim = prev
		} else {
			lim = fresh
		}
	}
	if lim.Burst() != q.Burst {
		lim.SetBurstAt(now, q.Burst)
	}
	if lim.Limit() != q.Rate {
		lim.SetLimitAt(now, q.Rate)
	}
	return lim
}
