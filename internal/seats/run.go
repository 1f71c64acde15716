package seats

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/lib/pq"
	"github.com/rs/zerolog"

	"github.com/teleworkmonth/platform/internal/pglisten"
	"github.com/teleworkmonth/platform/internal/store"
)

const (
	// coalesceWindow is how long Run gathers notifications after the first of a burst before it
	// reads the events they name, once for all of them.
	coalesceWindow = 20 * time.Millisecond
	// readTimeout bounds one read of the events' states.
	readTimeout = 5 * time.Second
	// retryAfter is how soon a failed read is tried again.
	retryAfter = time.Second
	// maxGather bounds the messages gathered for one read.
	maxGather = 1000
)

// Run listens on Channel and delivers the changes of events' seats to their subscribers until ctx
// is done, then returns nil. Call it once per hub, for the life of the server.
//
// Subscriptions are served once LISTEN is in effect, so that a subscriber that has received its
// first state receives every later change. When the listening connection is lost, the listener
// reconnects by itself; once it listens again, every subscriber whose event changed meanwhile
// receives the current state, as notifications may have been lost. Failed reads are logged and
// retried a second later; subscriptions asked for meanwhile fail.
//
// Run returns an error only when the server refuses to LISTEN, or when called a second time.
// Subscriptions stay open after Run returns, without further changes, until their contexts are
// done: a shutting-down server then drops its connections, and clients resubscribe elsewhere
// rather than being told that the subscription is complete.
func (h *Hub) Run(ctx context.Context) error {
	if !h.started.CompareAndSwap(false, true) {
		return errors.New("seats: the hub is already running or has run")
	}
	defer close(h.stopped)
	log := h.log
	l := pglisten.Start(ctx, h.databaseURL, Channel, "seats", log, nil)
	defer l.Close()
	listening := l.Listening

	b := batch{dirty: map[int64]struct{}{}}
	var requests <-chan *request // nil until LISTEN is in effect
	var retry <-chan time.Time
	for {
		wait := time.Duration(0)
		select {
		case <-ctx.Done():
			return nil
		case err := <-listening:
			listening = nil
			if err != nil {
				if ctx.Err() != nil {
					return nil
				}
				return fmt.Errorf("seats: listen on %s: %w", Channel, err)
			}
			requests = h.requests
			// Changes made before LISTEN took effect were not notified to us.
			b.all = true
		case n, ok := <-l.Notify:
			if !ok {
				if ctx.Err() != nil {
					return nil
				}
				return fmt.Errorf("seats: the listener on %s closed", Channel)
			}
			b.note(n, log)
			wait = coalesceWindow
		case r := <-requests:
			b.pending = append(b.pending, r)
		case <-retry:
		}
		b.gather(ctx, l.Notify, requests, wait, log)
		retry = nil
		if !h.flush(ctx, &b) {
			retry = time.After(retryAfter)
		}
	}
}

// batch is the work gathered for one read: the events notified, or all those subscribed to after
// a reconnection, and the subscriptions waiting for their first state.
type batch struct {
	dirty   map[int64]struct{}
	all     bool
	pending []*request
}

// note records a notification: an event's id, or nil after the listener reconnected.
func (b *batch) note(n *pq.Notification, log zerolog.Logger) {
	if n == nil {
		b.all = true
		return
	}
	id, err := strconv.ParseInt(strings.TrimSpace(n.Extra), 10, 64)
	if err != nil || id <= 0 {
		log.Warn().Str("payload", n.Extra).Msg("seats: a notification without an event id was ignored")
		return
	}
	b.dirty[id] = struct{}{}
}

// gather takes what else has arrived, and what arrives within wait when it is not zero: the
// notifications of a burst make one read, and so do the subscriptions asked for together. It takes
// at most maxGather messages, so that a flood cannot hold up the read.
func (b *batch) gather(ctx context.Context, notify <-chan *pq.Notification, requests <-chan *request, wait time.Duration, log zerolog.Logger) {
	var timeout <-chan time.Time
	if wait > 0 {
		timer := time.NewTimer(wait)
		defer timer.Stop()
		timeout = timer.C
	}
	for range maxGather {
		if timeout == nil {
			select {
			case n, ok := <-notify:
				if !ok {
					return
				}
				b.note(n, log)
			case r := <-requests:
				b.pending = append(b.pending, r)
			default:
				return
			}
			continue
		}
		select {
		case <-ctx.Done():
			return
		case n, ok := <-notify:
			if !ok {
				return
			}
			b.note(n, log)
		case r := <-requests:
			b.pending = append(b.pending, r)
		case <-timeout:
			return
		}
	}
}

// flush reads the events of the batch in one statement and delivers their states. On success the
// batch is emptied; on failure the waiting subscriptions fail, the changed events stay to be read
// again, and flush reports false.
func (h *Hub) flush(ctx context.Context, b *batch) bool {
	var ids []int64
	if b.all {
		ids = h.allSubscribed()
	} else {
		ids = h.subscribed(b.dirty)
	}
	for _, r := range b.pending {
		ids = append(ids, r.sub.eventID)
	}
	if len(ids) == 0 {
		clear(b.dirty)
		b.all = false
		return true
	}
	rctx, cancel := context.WithTimeout(ctx, readTimeout)
	defer cancel()
	h.reads.Add(1)
	events, err := store.EventsByIDs(rctx, h.db, ids)
	if err != nil {
		if ctx.Err() == nil {
			h.log.Error().Err(err).Int("events", len(ids)).Msg("seats: reading the events failed; retrying in a second")
		}
		for _, r := range b.pending {
			r.reply <- fmt.Errorf("seats: read the event: %w", err)
		}
		b.pending = nil
		return false
	}
	h.deliver(events, b.pending)
	clear(b.dirty)
	b.all = false
	b.pending = nil
	return true
}
