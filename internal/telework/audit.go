package telework

import (
	"time"
)

// AuditEntry is one recorded change: who changed what, when, with the record before and after.
type AuditEntry struct {
	ID         int64     `db:"id"`
	At         time.Time `db:"at"`
	Actor      string    `db:"actor"`
	MinistryID *int64    `db:"ministry_id"`
	Action     string    `db:"action"`
	ObjectType string    `db:"object_type"`
	ObjectID   string    `db:"object_id"`
	Before     []byte    `db:"before"` // JSON
	After      []byte    `db:"after"`  // JSON
	// ActorEmail is the email of the staff account that acted (Actor user:<id>), as read; nil for
	// any other actor.
	ActorEmail *string `db:"actor_email"`
}
