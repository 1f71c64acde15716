// Package audit records who changed what, when, with the record before and after: every mutation
// writes its entry in the same transaction as its change, so that no change goes unrecorded and no
// entry records a change that did not happen. Personal data never reaches the log in clear.
package audit

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/jmoiron/sqlx"

	"github.com/teleworkmonth/platform/internal/authz"
	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
)

// Change describes one change to record.
type Change struct {
	Actor      string // who made it; "" for the request's viewer
	MinistryID *int64 // the tenant of the changed record; nil for records of no ministry
	Action     string // e.g. event.update
	ObjectType string // e.g. Event
	ObjectID   int64
	// ObjectKey names a record whose key is not a number (a trusted document's hash); when set, it
	// is recorded in place of ObjectID.
	ObjectKey string
	Before    any // the record before the change; nil when created
	After     any // the record after the change; nil when deleted
}

// personalFields are the fields masked in the log, by their Go names.
var personalFields = map[string]bool{
	"ContactName": true, "ContactEmail": true, "ContactPhone": true,
	"AttendeeName": true, "AttendeeEmail": true, "Organization": true,
	"PasswordHash": true, "Email": true,
}

// Record writes the entry of a change by the request's viewer, in the caller's transaction.
func Record(ctx context.Context, tx sqlx.ExtContext, c Change) error {
	before, err := masked(c.Before)
	if err != nil {
		return err
	}
	after, err := masked(c.After)
	if err != nil {
		return err
	}
	actor := c.Actor
	if actor == "" {
		actor = authz.ViewerFrom(ctx).Subject()
	}
	objectID := c.ObjectKey
	if objectID == "" {
		objectID = strconv.FormatInt(c.ObjectID, 10)
	}
	return store.InsertAuditEntry(ctx, tx, telework.AuditEntry{
		Actor:      actor,
		MinistryID: c.MinistryID,
		Action:     c.Action,
		ObjectType: c.ObjectType,
		ObjectID:   objectID,
		Before:     before,
		After:      after,
	})
}

// masked encodes a record for the log with its personal data replaced by "***".
func masked(v any) (json.RawMessage, error) {
	if v == nil {
		return nil, nil
	}
	raw, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("audit: encode record: %w", err)
	}
	var fields map[string]any
	if json.Unmarshal(raw, &fields) != nil {
		return raw, nil // not an object: nothing to mask
	}
	for k, val := range fields {
		if personalFields[k] && val != nil {
			fields[k] = "***"
		}
	}
	return json.Marshal(fields)
}
