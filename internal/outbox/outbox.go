// Package outbox sends the messages that changes owe to people (a sign-up's confirmation, a
// promotion from the waitlist) without ever telling of a change that did not happen or losing one
// that did: a service writes the message into outbox_messages in the same transaction as the change
// (Enqueue), and a Sender delivers it once that transaction has committed, by SMTP or, where none
// is configured, as a log line. Several Senders, in one process or many, may run at once.
//
// Its SQL lives here rather than in the store: the outbox is a queue of its own, with no domain
// type, and the claim, delivery and marking of a message belong together.
package outbox

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"
)

// Message is a message to send: to one recipient, about one record. Recipient, subject and body
// are personal data and never reach a log; the kind and IDs may.
type Message struct {
	Kind       string `db:"kind"`        // what it tells, e.g. application.confirmed
	ObjectType string `db:"object_type"` // the record it is about, as the audit log names it, e.g. EventApplication
	ObjectID   int64  `db:"object_id"`
	To         string `db:"recipient"` // one bare email address
	Subject    string `db:"subject"`
	Body       string `db:"body"` // plain text, lines separated by \n
}

// Enqueue writes a message to send once the caller's transaction commits, and returns its ID. Call
// it in the transaction of the change the message tells about.
func Enqueue(ctx context.Context, tx sqlx.QueryerContext, m Message) (int64, error) {
	if m.Kind == "" || m.To == "" || m.Subject == "" || strings.ContainsAny(m.To, "\r\n") {
		return 0, fmt.Errorf("outbox: incomplete %s message", m.Kind)
	}
	var id int64
	err := sqlx.GetContext(ctx, tx, &id, `
		INSERT INTO outbox_messages (kind, object_type, object_id, recipient, subject, body)
		VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
		m.Kind, m.ObjectType, m.ObjectID, m.To, m.Subject, m.Body)
	if err != nil {
		return 0, fmt.Errorf("outbox: enqueue %s message: %w", m.Kind, err)
	}
	return id, nil
}

// Backlog is how many messages wait to be delivered (neither sent nor failed for good) and the age
// of the oldest of them (0 when none waits), read on the partial index of pending messages.
func Backlog(ctx context.Context, db sqlx.QueryerContext) (waiting int64, oldest time.Duration, err error) {
	var seconds float64
	err = db.QueryRowxContext(ctx, `
		SELECT count(*), coalesce(extract(epoch FROM now() - min(created_at)), 0)::float8
		FROM outbox_messages WHERE sent_at IS NULL AND failed_at IS NULL`).Scan(&waiting, &seconds)
	if err != nil {
		return 0, 0, fmt.Errorf("outbox backlog: %w", err)
	}
	return waiting, time.Duration(seconds * float64(time.Second)), nil
}

// DeleteDelivered deletes up to limit outbox messages sent before the time, oldest first,
// and returns how many it deleted. Messages not yet sent, and those that failed for good, stay.
func DeleteDelivered(ctx context.Context, db sqlx.ExecerContext, sentBefore time.Time, limit int) (int64, error) {
	res, err := db.ExecContext(ctx, `
		DELETE FROM outbox_messages
		WHERE id IN (
			SELECT id FROM outbox_messages
			WHERE sent_at IS NOT NULL AND sent_at < $1
			ORDER BY sent_at
			LIMIT $2)`, sentBefore, limit)
	if err != nil {
		return 0, fmt.Errorf("delete delivered messages: %w", err)
	}
	return res.RowsAffected()
}
