package authz

import (
	"context"
	"fmt"
	"time"

	"github.com/lib/pq"
	"github.com/rs/zerolog"
	"github.com/teleworkmonth/platform/internal/pglisten"
)

// PolicyChannel is the PostgreSQL notification channel on which a trigger of casbin_rule announces
// every change of the policy, committed.
const PolicyChannel = "casbin_policy_changed"

const (
	defaultReloadInterval = 30 * time.Second
	// coalesceWindow is how long Watch gathers notifications after the first of a burst before it
	// reloads, once for all of them.
	coalesceWindow = 20 * time.Millisecond
	// retryAfter is how soon a failed reload is tried again.
	retryAfter = time.Second
	// reloadTimeout bounds one reload.
	reloadTimeout = 15 * time.Second
)

// Watch keeps the policy current until ctx is done, then returns nil. It listens on
// PolicyChannel with a connection of its own to databaseURL and reloads the policy (reading the
// rules only when the policy's version changed):
//   - when a change is notified: the notifications arriving together make one reload;
//   - when the listening connection is re-established, as notifications may have been lost;
//   - every ReloadInterval, as a safety net;
//   - a second after a failed reload.
//
// A change committed by any server is so in force on this one within a fraction of a second.
// Failed reloads and connection losses are logged; Watch goes on. It returns an error only when
// the server refuses to LISTEN.
func (p *Policy) Watch(ctx context.Context, databaseURL string, log zerolog.Logger) error {
	log = log.With().Str("component", "authz.policy").Logger()
	reconnected := make(chan struct{}, 1)
	l := pglisten.Start(ctx, databaseURL, PolicyChannel, "policy", log, func() {
		select {
		case reconnected <- struct{}{}:
		default:
		}
	})
	defer l.Close()
	listening := l.Listening

	interval := p.ReloadInterval
	if interval <= 0 {
		interval = defaultReloadInterval
	}
	ticker := time.NewTicker(interval)
	defer ticker.Stop()
	var retry <-chan time.Time

	reloadFor := func(reason string) {
		rctx, cancel := context.WithTimeout(ctx, reloadTimeout)
		defer cancel()
		began := time.Now()
		changed, err := p.reload(rctx)
		if err != nil {
			if ctx.Err() == nil {
				log.Error().Err(err).Str("reason", reason).Msg("policy reload failed; the previous policy stays in force")
				retry = time.After(retryAfter)
			}
			return
		}
		retry = nil
		if changed {
			log.Debug().Str("reason", reason).Dur("took", time.Since(began)).Msg("policy reloaded")
		}
	}

	for {
		select {
		case <-ctx.Done():
			return nil
		case err := <-listening:
			listening = nil
			if err != nil {
				if ctx.Err() != nil {
					return nil
				}
				return fmt.Errorf("authz: listen on %s: %w", PolicyChannel, err)
			}
			// Changes made between the first load and LISTEN were not notified to us.
			reloadFor("listening")
		case _, ok := <-l.Notify:
			// A nil notification follows a reconnection.
			if !ok {
				if ctx.Err() != nil {
					return nil
				}
				return fmt.Errorf("authz: the listener on %s closed", PolicyChannel)
			}
			p.gather(ctx, l.Notify, reconnected)
			reloadFor("notified")
		case <-reconnected:
			p.gather(ctx, l.Notify, reconnected)
			reloadFor("reconnected")
		case <-ticker.C:
			reloadFor("periodic")
		case <-retry:
			reloadFor("retry")
		}
	}
}

// gather takes the notifications and reconnections that arrive within coalesceWindow, so that a
// burst of changes makes one reload. A reload reads the table after the last notification taken,
// so it sees every change notified so far.
func (p *Policy) gather(ctx context.Context, notify <-chan *pq.Notification, reconnected <-chan struct{}) {
	timer := time.NewTimer(coalesceWindow)
	defer timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-timer.C:
			return
		case _, ok := <-notify:
			if !ok {
				return
			}
		case <-reconnected:
		}
	}
}
