// Package seats delivers the live state of events' seats to the subscribers of each server
// instance. Every change of an event's seats, made by any instance, is announced in its own
// transaction with pg_notify on Channel; each instance runs one Hub, which listens on the channel
// with a connection of its own, reads the announced events once per burst, and hands the new state
// to the subscribers of those events on that instance.
package seats

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/rs/zerolog"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/telework"
)

// Channel is the PostgreSQL notification channel on which every change of an event's seats is
// announced, committed, with the event's database id as the payload.
const Channel = "event_seats"

// subscribeTimeout bounds how long Subscribe waits for the hub to read the current state.
const subscribeTimeout = 10 * time.Second

// errUnavailable is the (internal) error of a subscription that the hub cannot serve: it is not
// running, or it did not answer in time.
var errUnavailable = errors.New("seats: the hub is not running or did not answer in time")

// Hub fans the changes of events' seats out to their subscribers. Make it with NewHub, run it with
// Run (once per server instance), and subscribe with Subscribe.
type Hub struct {
	db          *sqlx.DB
	databaseURL string
	log         zerolog.Logger

	// requests are the subscriptions waiting for their first state. Run serves them, and reads
	// every state, in one goroutine: so a subscriber never receives an older state after a newer.
	requests chan *request
	started  atomic.Bool
	stopped  chan struct{} // closed when Run returns
	// reads counts the reads of events' states: one per burst of notifications.
	reads atomic.Int64

	mu sync.Mutex
	// subs are the subscribers of each event.
	subs map[int64]map[*subscriber]struct{}
	// last is the state last sent to all the subscribers of each event.
	last map[int64]*telework.EventSeats
}

// NewHub returns a hub that reads events from db and listens for their changes with a connection
// of its own to databaseURL.
func NewHub(db *sqlx.DB, databaseURL string, log zerolog.Logger) *Hub {
	return &Hub{
		db:          db,
		databaseURL: databaseURL,
		log:         log.With().Str("component", "seats").Logger(),
		requests:    make(chan *request, 256),
		stopped:     make(chan struct{}),
		subs:        map[int64]map[*subscriber]struct{}{},
		last:        map[int64]*telework.EventSeats{},
	}
}

// subscriber is one subscription to one event's seats.
type subscriber struct {
	eventID int64
	// ch holds at most the latest state not yet taken: a slow subscriber misses intermediate
	// states, never the latest one, and never holds up the hub.
	ch chan *telework.EventSeats
	// Guarded by Hub.mu.
	registered bool // in Hub.subs: the hub sends to ch
	gone       bool // its context is done: it is never (again) registered
}

// request asks Run to read an event's state and register a subscriber with it.
type request struct {
	sub   *subscriber
	reply chan error // buffered: Run never waits for Subscribe
}

// Subscribe follows the seats of a published, closed or cancelled event. The channel receives the
// current state first, then every change made on any server instance (changes that follow each
// other quickly may arrive as their final state only), and is closed once ctx is done. A slow
// reader never holds up the others: the channel holds only the latest state it has not taken.
//
// Subscribe answers NOT_FOUND when the event does not exist or is a draft, whoever asks: a draft
// has no live seats to show, and its existence is not told. It answers an internal error when the
// hub is not running (see Run) or cannot read the database.
func (h *Hub) Subscribe(ctx context.Context, eventID int64) (<-chan *telework.EventSeats, error) {
	s := &subscriber{eventID: eventID, ch: make(chan *telework.EventSeats, 1)}
	r := &request{sub: s, reply: make(chan error, 1)}
	stop := context.AfterFunc(ctx, func() { h.remove(s) })
	fail := func(err error) (<-chan *telework.EventSeats, error) {
		stop()
		h.remove(s)
		return nil, err
	}
	timeout := time.NewTimer(subscribeTimeout)
	defer timeout.Stop()
	select {
	case h.requests <- r:
	case <-ctx.Done():
		return fail(ctx.Err())
	case <-h.stopped:
		return fail(errUnavailable)
	case <-timeout.C:
		return fail(errUnavailable)
	}
	select {
	case err := <-r.reply:
		if err != nil {
			return fail(err)
		}
		return s.ch, nil
	case <-ctx.Done():
		return fail(ctx.Err())
	case <-h.stopped:
		return fail(errUnavailable)
	case <-timeout.C:
		return fail(errUnavailable)
	}
}

// remove ends a subscription: it leaves the hub and its channel is closed.
func (h *Hub) remove(s *subscriber) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if s.gone {
		return
	}
	s.gone = true
	if !s.registered {
		return
	}
	s.registered = false
	set := h.subs[s.eventID]
	delete(set, s)
	if len(set) == 0 {
		delete(h.subs, s.eventID)
		delete(h.last, s.eventID)
	}
	close(s.ch)
}

// subscribed returns the events of ids that have subscribers here.
func (h *Hub) subscribed(ids map[int64]struct{}) []int64 {
	h.mu.Lock()
	defer h.mu.Unlock()
	var out []int64
	for id := range ids {
		if _, ok := h.subs[id]; ok {
			out = append(out, id)
		}
	}
	return out
}

// allSubscribed returns every event that has subscribers here.
func (h *Hub) allSubscribed() []int64 {
	h.mu.Lock()
	defer h.mu.Unlock()
	out := make([]int64, 0, len(h.subs))
	for id := range h.subs {
		out = append(out, id)
	}
	return out
}

// deliver hands the states just read to the subscribers of their events, when they changed since
// the last delivery, then registers the waiting subscribers of pending with their first state.
// events holds every event read, drafts included.
func (h *Hub) deliver(events []*telework.Event, pending []*request) {
	h.mu.Lock()
	defer h.mu.Unlock()
	states := make(map[int64]*telework.EventSeats, len(events))
	for _, e := range events {
		if e.Status == telework.EventDraft {
			continue
		}
		state := e.Seats()
		states[e.ID] = state
		if set := h.subs[e.ID]; len(set) > 0 && !state.Equal(h.last[e.ID]) {
			for s := range set {
				s.offer(state)
			}
			h.last[e.ID] = state
		}
	}
	for _, r := range pending {
		s := r.sub
		state := states[s.eventID]
		if state == nil {
			r.reply <- notFound()
			continue
		}
		if !s.gone {
			set := h.subs[s.eventID]
			if set == nil {
				set = map[*subscriber]struct{}{}
				h.subs[s.eventID] = set
				h.last[s.eventID] = state
			}
			set[s] = struct{}{}
			s.registered = true
			s.offer(state)
		}
		r.reply <- nil
	}
}

// offer puts state in the subscriber's channel, replacing a state it has not taken yet. Only the
// hub sends, under Hub.mu: once the old state is taken out (by the reader or here), the send
// cannot block.
func (s *subscriber) offer(state *telework.EventSeats) {
	select {
	case s.ch <- state:
		return
	default:
	}
	select {
	case <-s.ch:
	default:
	}
	s.ch <- state
}

func notFound() error { return apperr.New(apperr.NotFound, "there is no such event") }
