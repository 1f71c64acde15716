package outbox

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/rs/zerolog"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"

	"github.com/teleworkmonth/platform/internal/tracing"
)

// Outgoing is a message claimed for delivery.
type Outgoing struct {
	ID int64 `db:"id"`
	// Attempts is the number of earlier attempts, not counting this one.
	Attempts int `db:"attempts"`
	Message
}

// Deliver hands one message over to whoever carries it (an SMTP server, the log). It returns nil
// only once the message is accepted. An error is retried later, unless wrapped by Permanent.
type Deliver func(ctx context.Context, m *Outgoing) error

// permanentError is a refusal that trying again will not change.
type permanentError struct{ err error }

func (e permanentError) Error() string { return e.err.Error() }
func (e permanentError) Unwrap() error { return e.err }

// Permanent marks a delivery error as final: the message is given up rather than retried.
func Permanent(err error) error { return permanentError{err} }

// IsPermanent reports whether err was marked by Permanent.
func IsPermanent(err error) bool {
	var p permanentError
	return errors.As(err, &p)
}

// Options tune a Sender. Zero fields take their defaults.
type Options struct {
	// Workers is the number of messages delivered at once. Default 1.
	Workers int
	// PollInterval is how long a worker rests once nothing is due. Default 2 seconds.
	PollInterval time.Duration
	// BaseBackoff is the wait after a first failure; it doubles with each further failure, up to
	// MaxBackoff. Defaults 30 seconds and 1 hour.
	BaseBackoff, MaxBackoff time.Duration
	// MaxAttempts is the number of attempts after which a message is given up. Default 10 (about
	// four hours of trying with the default backoff).
	MaxAttempts int
	// DeliveryTimeout bounds one delivery. Default 30 seconds.
	DeliveryTimeout time.Duration
}

func (o *Options) defaults() {
	if o.Workers <= 0 {
		o.Workers = 1
	}
	if o.PollInterval <= 0 {
		o.PollInterval = 2 * time.Second
	}
	if o.BaseBackoff <= 0 {
		o.BaseBackoff = 30 * time.Second
	}
	if o.MaxBackoff < o.BaseBackoff {
		o.MaxBackoff = max(time.Hour, o.BaseBackoff)
	}
	if o.MaxAttempts <= 0 {
		o.MaxAttempts = 10
	}
	if o.DeliveryTimeout <= 0 {
		o.DeliveryTimeout = 30 * time.Second
	}
}

// Sender delivers the messages of the outbox.
//
// A message is claimed with SELECT ... FOR UPDATE SKIP LOCKED, in a transaction that stays open
// while it is delivered and that marks it sent before it commits: a message is either delivered
// and marked in one commit, or not marked and (after its lock is released) claimed again. Other
// senders skip the rows that are claimed, so several may run at once, and none delivers a message
// that another has marked, after any number of restarts.
//
// One window remains, and no protocol can close it: SMTP has no way to take back a message and no
// two-phase commit. If the process dies (or its database connection does) after the SMTP server
// accepted the message and before the transaction that marks it commits, the message is delivered
// again by the next claim. The window is the time of one COMMIT. Each message carries a
// Message-ID made from its outbox ID, so that mail systems that discard duplicates do so.
type Sender struct {
	db      *sqlx.DB
	deliver Deliver
	log     zerolog.Logger
	opts    Options
}

// NewSender returns a sender that delivers the messages of db with deliver.
func NewSender(db *sqlx.DB, deliver Deliver, log zerolog.Logger, opts Options) *Sender {
	opts.defaults()
	return &Sender{db: db, deliver: deliver, log: log.With().Str("component", "outbox").Logger(), opts: opts}
}

// Run delivers messages as they fall due until ctx is done, then returns once the deliveries in
// flight are finished and recorded.
func (s *Sender) Run(ctx context.Context) {
	var wg sync.WaitGroup
	for range s.opts.Workers {
		wg.Go(func() { s.work(ctx) })
	}
	wg.Wait()
}

func (s *Sender) work(ctx context.Context) {
	rest := s.opts.PollInterval
	for ctx.Err() == nil {
		if _, err := s.SendDue(ctx); err != nil && ctx.Err() == nil {
			s.log.Error().Err(err).Msg("outbox: delivery pass failed")
			rest = min(2*rest, time.Minute) // the database is likely down: ask it less often
		} else {
			rest = s.opts.PollInterval
		}
		t := time.NewTimer(rest)
		select {
		case <-ctx.Done():
			t.Stop()
		case <-t.C:
		}
	}
}

// SendDue delivers the messages that are due, one at a time, until none is left or ctx is done,
// and returns how many it delivered. A failed delivery is not an error: it is recorded, for a
// retry or as given up.
func (s *Sender) SendDue(ctx context.Context) (sent int, err error) {
	for ctx.Err() == nil {
		found, delivered, err := s.sendOne(ctx)
		if err != nil || !found {
			return sent, err
		}
		if delivered {
			sent++
		}
	}
	return sent, nil
}

// sendOne claims the first message due, delivers it and records the outcome, all in one
// transaction. It reports whether there was a message and whether it was delivered.
func (s *Sender) sendOne(ctx context.Context) (found, delivered bool, err error) {
	// The transaction outlives a cancelled ctx by a little: a message that was delivered must still
	// be marked, or the next sender would deliver it again.
	txCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), s.opts.DeliveryTimeout+15*time.Second)
	defer cancel()
	tx, err := s.db.BeginTxx(txCtx, nil)
	if err != nil {
		return false, false, fmt.Errorf("outbox: begin: %w", err)
	}
	defer tx.Rollback()

	var m Outgoing
	err = tx.GetContext(txCtx, &m, `
		SELECT id, attempts, kind, object_type, object_id, recipient, subject, body FROM outbox_messages
		WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now()
		ORDER BY next_attempt_at, id
		LIMIT 1
		FOR UPDATE SKIP LOCKED`)
	if errors.Is(err, sql.ErrNoRows) {
		return false, false, nil
	}
	if err != nil {
		return false, false, fmt.Errorf("outbox: claim: %w", err)
	}

	deliveryErr := s.deliverTraced(ctx, &m)

	attempts := m.Attempts + 1
	if deliveryErr == nil {
		_, err = tx.ExecContext(txCtx, `UPDATE outbox_messages SET sent_at = now(), attempts = $2, last_error = NULL WHERE id = $1`, m.ID, attempts)
	} else if IsPermanent(deliveryErr) || attempts >= s.opts.MaxAttempts {
		_, err = tx.ExecContext(txCtx, `UPDATE outbox_messages SET failed_at = now(), attempts = $2, last_error = $3 WHERE id = $1`,
			m.ID, attempts, errorText(deliveryErr))
	} else {
		wait := s.backoff(attempts)
		_, err = tx.ExecContext(txCtx, `
			UPDATE outbox_messages SET attempts = $2, last_error = $3, next_attempt_at = now() + $4 * interval '1 microsecond'
			WHERE id = $1`, m.ID, attempts, errorText(deliveryErr), wait.Microseconds())
	}
	if err == nil {
		err = tx.Commit()
	}
	if err != nil {
		if deliveryErr == nil {
			s.log.Error().Int64("message_id", m.ID).Str("kind", m.Kind).Msg("outbox: delivered but not marked sent: it will be delivered again")
		}
		return true, false, fmt.Errorf("outbox: record the delivery of message %d: %w", m.ID, err)
	}
	s.logOutcome(&m, attempts, deliveryErr)
	return true, deliveryErr == nil, nil
}

// deliverTraced delivers m within DeliveryTimeout, in a span of its own (a trace of its own: the
// sender is not part of a request) named by the message's kind, without its recipient or text.
func (s *Sender) deliverTraced(ctx context.Context, m *Outgoing) error {
	ctx, cancel := context.WithTimeout(ctx, s.opts.DeliveryTimeout)
	defer cancel()
	ctx, span := tracing.Tracer().Start(ctx, "outbox.send "+m.Kind, trace.WithSpanKind(trace.SpanKindProducer),
		trace.WithAttributes(attribute.Int64("outbox.message_id", m.ID), attribute.String("outbox.kind", m.Kind),
			attribute.Int("outbox.attempt", m.Attempts+1)))
	defer span.End()
	err := s.deliver(ctx, m)
	if err != nil {
		span.SetStatus(codes.Error, "not delivered") // the error's text may quote the recipient
	}
	return err
}

// backoff is the wait before attempt number attempts+1: BaseBackoff doubled for each failure
// after the first, up to MaxBackoff, plus up to a tenth more at random so that messages that
// failed together do not all come back at once.
func (s *Sender) backoff(attempts int) time.Duration {
	d := s.opts.BaseBackoff
	for i := 1; i < attempts && d < s.opts.MaxBackoff; i++ {
		d *= 2
	}
	d = min(d, s.opts.MaxBackoff)
	return d + rand.N(d/10+1)
}

// logOutcome logs a delivery by message ID and kind only: never its recipient, subject or body,
// nor the text of a delivery error, which may quote the recipient.
func (s *Sender) logOutcome(m *Outgoing, attempts int, deliveryErr error) {
	switch {
	case deliveryErr == nil:
		s.log.Info().Int64("message_id", m.ID).Str("kind", m.Kind).Int("attempts", attempts).Msg("outbox: message sent")
	case IsPermanent(deliveryErr) || attempts >= s.opts.MaxAttempts:
		s.log.Error().Int64("message_id", m.ID).Str("kind", m.Kind).Int("attempts", attempts).
			Str("error_class", errorClass(deliveryErr)).Msg("outbox: message given up")
	default:
		s.log.Warn().Int64("message_id", m.ID).Str("kind", m.Kind).Int("attempts", attempts).
			Str("error_class", errorClass(deliveryErr)).Msg("outbox: delivery failed; will retry")
	}
}

// errorText is what the database keeps of a delivery error, for the operators: it may quote the
// recipient, which the row holds anyway, and it stays in the database.
func errorText(err error) string {
	s := err.Error()
	if len(s) > 500 {
		s = strings.ToValidUTF8(s[:500], "")
	}
	return s
}
