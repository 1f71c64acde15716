package telework

import (
	"encoding/json"
	"time"
)

// AuditEntry is one recorded change: who changed what, when, with the record before and after.
type AuditEntry struct {
	ID         int64           `db:"id"`
	At         time.Time       `db:"at"`
	Actor      string          `db:"actor"`
	MinistryID *int64          `db:"ministry_id"`
	Action     string          `db:"action"`
	ObjectType string          `db:"object_type"`
	ObjectID   string          `db:"object_id"`
	Before     json.RawMessage `db:"before"`
	After      json.RawMessage `db:"after"`
}
