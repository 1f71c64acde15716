package ratelimit

import (
	"sync"
	"testing"
	"time"
)

type clock struct{ t time.Time }

func (c *clock) now() time.Time          { return c.t }
func (c *clock) advance(d time.Duration) { c.t = c.t.Add(d) }
func newClock() *clock                   { return &clock{t: time.Date(2026, 11, 27, 4, 30, 0, 0, time.UTC)} }
func take(b *Buckets[string], n int) Decision {
	return b.Take("192.0.2.1", Every(3, 10*time.Second), n)
}

func TestTakeUntilEmptyThenRefill(t *testing.T) {
	c := newClock()
	b := New[string](10, c.now)
	for i, want := range []int{2, 1, 0} {
		d := take(b, 1)
		if !d.Allowed || d.Remaining != want {
			t.Fatalf("take %d: %+v, want allowed with %d left", i+1, d, want)
		}
	}
	d := take(b, 1)
	if d.Allowed || d.Never || d.RetryAfter != 10*time.Second || d.Remaining != 0 || d.Full != 30*time.Second {
		t.Fatalf("the fourth take: %+v, want refused for 10s, full in 30s", d)
	}
	// A refusal takes nothing: after the wait, exactly one more passes.
	c.advance(10 * time.Second)
	if d := take(b, 1); !d.Allowed || d.Remaining != 0 {
		t.Fatalf("after 10s: %+v", d)
	}
	if d := take(b, 1); d.Allowed {
		t.Fatalf("a second take after 10s passed: %+v", d)
	}
}

func TestTakeMany(t *testing.T) {
	c := newClock()
	b := New[string](10, c.now)
	if d := take(b, 2); !d.Allowed || d.Remaining != 1 {
		t.Fatalf("take 2 of 3: %+v", d)
	}
	if d := take(b, 2); d.Allowed || d.RetryAfter != 10*time.Second {
		t.Fatalf("take 2 of 1: %+v, want refused for 10s", d)
	}
	if d := take(b, 4); d.Allowed || !d.Never {
		t.Fatalf("take 4 of a bucket of 3: %+v, want never", d)
	}
	if d := b.Peek("192.0.2.1", Every(3, 10*time.Second)); d.Remaining != 1 {
		t.Fatalf("refusals took tokens: %+v", d)
	}
}

func TestKeysAreApart(t *testing.T) {
	b := New[string](10, newClock().now)
	q := Every(1, time.Minute)
	if !b.Take("a", q, 1).Allowed || !b.Take("b", q, 1).Allowed || b.Take("a", q, 1).Allowed {
		t.Fatal("keys share a bucket")
	}
}

func TestAChangedQuotaKeepsTheTokens(t *testing.T) {
	b := New[int64](10, newClock().now)
	if d := b.Take(1, PerWindow(10, time.Minute), 8); !d.Allowed || d.Remaining != 2 {
		t.Fatalf("%+v", d)
	}
	if d := b.Take(1, PerWindow(100, time.Minute), 1); !d.Allowed || d.Remaining != 1 {
		t.Fatalf("after raising the quota: %+v, want the 2 left less 1", d)
	}
}

func TestForgottenKeysComeBackFull(t *testing.T) {
	b := New[string](2, newClock().now)
	q := Every(1, time.Hour)
	b.Take("a", q, 1)
	b.Take("b", q, 1)
	b.Take("c", q, 1) // "a" is forgotten
	if d := b.Take("a", q, 1); !d.Allowed {
		t.Fatalf("a forgotten key: %+v", d)
	}
	if b.cache.Len() != 2 {
		t.Errorf("%d keys kept, want at most 2", b.cache.Len())
	}
}

// Concurrent takes of one key never pass more than the bucket holds.
func TestConcurrentTakes(t *testing.T) {
	b := New[string](10, newClock().now)
	var wg sync.WaitGroup
	var mu sync.Mutex
	passed := 0
	for range 100 {
		wg.Go(func() {
			if b.Take("k", Every(20, time.Hour), 1).Allowed {
				mu.Lock()
				passed++
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if passed != 20 {
		t.Errorf("%d of 100 passed, want 20", passed)
	}
}
