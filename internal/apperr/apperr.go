// Package apperr is the one error type of the application: a code from the API contract, a message
// safe to show to the caller, the offending field for bad input, and the wrapped cause. Anything
// that is not an *Error is an internal error, and its text is never shown.
package apperr

import (
	"errors"
	"fmt"
	"time"
)

// Code is an error code of the contract, sent as extensions.code.
type Code string

// The codes of the contract.
const (
	Unauthenticated Code = "UNAUTHENTICATED"
	Forbidden       Code = "FORBIDDEN"
	NotFound        Code = "NOT_FOUND"
	BadUserInput    Code = "BAD_USER_INPUT"
	Conflict        Code = "CONFLICT"
	CapacityReached Code = "CAPACITY_REACHED"
	DeadlinePassed  Code = "DEADLINE_PASSED"
	RateLimited     Code = "RATE_LIMITED"
	Internal        Code = "INTERNAL"

	// PersistedQueryNotFound: a document sent by its hash alone is not known; send it whole with
	// its hash (automatic persisted queries, as Apollo Server answers them).
	PersistedQueryNotFound Code = "PERSISTED_QUERY_NOT_FOUND"
	// PersistedQueryNotAllowed: in the trusted-documents mode, a document that is not registered
	// for the request's credential.
	PersistedQueryNotAllowed Code = "PERSISTED_QUERY_NOT_ALLOWED"
)

// Codes lists every code above.
var Codes = []Code{Unauthenticated, Forbidden, NotFound, BadUserInput, Conflict, CapacityReached, DeadlinePassed, RateLimited, Internal,
	PersistedQueryNotFound, PersistedQueryNotAllowed}

// Error is an error the caller may see.
type Error struct {
	Code    Code
	Message string
	Field   string // the offending input field, for BAD_USER_INPUT
	// RetryAfter is how long the caller should wait before trying again, for RATE_LIMITED: sent as
	// extensions.retryAfter (whole seconds) and as the HTTP Retry-After header.
	RetryAfter time.Duration
	Err        error // the cause, for logs only
}

func (e *Error) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("%s: %s: %v", e.Code, e.Message, e.Err)
	}
	return fmt.Sprintf("%s: %s", e.Code, e.Message)
}

func (e *Error) Unwrap() error { return e.Err }

// New returns an error with a code and a safe message.
func New(code Code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// Invalid returns a BAD_USER_INPUT error that names the offending field.
func Invalid(field, format string, args ...any) *Error {
	return &Error{Code: BadUserInput, Field: field, Message: field + ": " + fmt.Sprintf(format, args...)}
}

// Limited returns a RATE_LIMITED error that tells the caller to wait retryAfter before trying again.
func Limited(retryAfter time.Duration, format string, args ...any) *Error {
	return &Error{Code: RateLimited, RetryAfter: retryAfter, Message: fmt.Sprintf(format, args...)}
}

// RetrySeconds is d in whole seconds, rounded up and at least 1: the value of extensions.retryAfter
// and of the Retry-After header, so that a client waiting that long finds the wait over.
func RetrySeconds(d time.Duration) int64 {
	return max(1, int64((d+time.Second-1)/time.Second))
}

// As returns the *Error in err's chain, if any.
func As(err error) (*Error, bool) {
	var e *Error
	ok := errors.As(err, &e)
	return e, ok
}

// CodeOf returns the contract code of err: INTERNAL for anything that is not an *Error.
func CodeOf(err error) Code {
	if e, ok := As(err); ok {
		return e.Code
	}
	return Internal
}

// IsDenial reports whether err refuses the viewer (UNAUTHENTICATED or FORBIDDEN): a look-up by ID
// answers such a viewer "not found", as if the record did not exist.
func IsDenial(err error) bool {
	c := CodeOf(err)
	return err != nil && (c == Unauthenticated || c == Forbidden)
}
