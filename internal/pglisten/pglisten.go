// Package pglisten opens the PostgreSQL LISTEN connections that keep server instances in step (the
// policy watcher, the live seats hub): one pq.Listener per use, logged, reconnecting with a short
// backoff, and closed when its context ends.
package pglisten

import (
	"context"
	"time"

	"github.com/lib/pq"
	"github.com/rs/zerolog"
)

// Reconnection backoff of a listener: quick, because a missed notification is the cost of the gap.
const (
	minReconnect = 50 * time.Millisecond
	maxReconnect = time.Second
)

// Listener is a LISTEN on one channel.
type Listener struct {
	*pq.Listener
	// Listening receives the outcome of the LISTEN command once: nil when in effect.
	Listening <-chan error
	stop      func() bool
}

// Start opens a listener on channel, named name in logs; onReconnect, when not nil, runs after
// each reconnection (notifications may have been missed meanwhile). Close it when done; ctx
// ending closes it too, which also unblocks a LISTEN still waiting for its first connection.
func Start(ctx context.Context, databaseURL, channel, name string, log zerolog.Logger, onReconnect func()) *Listener {
	pl := pq.NewListener(databaseURL, minReconnect, maxReconnect, func(ev pq.ListenerEventType, err error) {
		switch ev {
		case pq.ListenerEventConnected:
			log.Debug().Msg(name + " listener connected")
		case pq.ListenerEventReconnected:
			log.Info().Msg(name + " listener reconnected")
			if onReconnect != nil {
				onReconnect()
			}
		case pq.ListenerEventDisconnected:
			log.Warn().Err(err).Msg(name + " listener disconnected: reconnecting")
		case pq.ListenerEventConnectionAttemptFailed:
			log.Warn().Err(err).Msg(name + " listener: connection attempt failed")
		}
	})
	listening := make(chan error, 1)
	go func() { listening <- pl.Listen(channel) }()
	return &Listener{Listener: pl, Listening: listening, stop: context.AfterFunc(ctx, func() { pl.Close() })}
}

// Close ends the listener and drains what its goroutine still holds, so that it can end.
func (l *Listener) Close() {
	l.stop()
	l.Listener.Close()
	go func() {
		for range l.Notify {
		}
	}()
}
