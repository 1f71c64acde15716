package store

import (
	"errors"

	"github.com/lib/pq"

	"github.com/teleworkmonth/platform/internal/apperr"
)

// PostgreSQL error codes the application answers for; everything else stays internal.
const (
	uniqueViolation     = "23505"
	foreignKeyViolation = "23503"
	checkViolation      = "23514"
	// A transaction aborted for a conflict with another one; InTx runs it again.
	serializationFailure = "40001"
	deadlockDetected     = "40P01"
)

// constraintMessages turns the constraints a caller can break into errors that name the field.
var constraintMessages = map[string]*apperr.Error{
	"users_email_key": {Code: apperr.Conflict, Field: "email", Message: "email: a user with this email exists already"},
	"award_entries_program_id_registrant_id_key": {Code: apperr.Conflict, Field: "input.programId", Message: "input.programId: the registrant has entered this program already"},
}

// mapError turns a PostgreSQL error of a known constraint into the application's error, keeping
// the cause for the logs. Other errors pass through unchanged.
func mapError(err error) error {
	var pqErr *pq.Error
	if !errors.As(err, &pqErr) {
		return err
	}
	if known, ok := constraintMessages[pqErr.Constraint]; ok {
		return &apperr.Error{Code: known.Code, Field: known.Field, Message: known.Message, Err: err}
	}
	switch pqErr.Code {
	case uniqueViolation:
		return &apperr.Error{Code: apperr.Conflict, Message: "this record exists already", Err: err}
	case foreignKeyViolation, checkViolation:
		return &apperr.Error{Code: apperr.BadUserInput, Message: "the input breaks a rule of the data", Err: err}
	}
	return err
}
