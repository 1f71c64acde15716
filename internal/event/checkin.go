package event

import (
	"context"

	"github.com/jmoiron/sqlx"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/audit"
	"github.com/teleworkmonth/platform/internal/authz"
	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
)

// The audit actions of check-ins at the door.
const (
	ActionCheckIn     = "application.check_in"
	ActionUndoCheckIn = "application.undo_check_in"
)

// CheckedIn is an application after a check-in or its undoing, with its event's count of check-ins
// as that change left it.
type CheckedIn struct {
	Application    *telework.EventApplication
	CheckedInCount int
}

// CheckIn records that the attendee of an application has arrived at the door, and returns the
// application with the event's new count of check-ins. Checking in twice changes nothing: the
// first time is kept and the attendee counts once, however many devices check them in at once
// (each takes its turn under the event's row lock, then the application's). Each check-in is
// audited in its transaction, and the event's count reaches the subscribers of its seats when it
// commits.
//
// It returns NOT_FOUND (field id) for an unknown application, UNAUTHENTICATED or FORBIDDEN unless
// the viewer may check attendees of the event in (authz.AuthorizeCheckIn), and CONFLICT for an
// application that is not confirmed or not in person, or of a cancelled event.
func (s *Service) CheckIn(ctx context.Context, applicationID int64) (*CheckedIn, error) {
	return s.changeCheckIn(ctx, applicationID, true)
}

// UndoCheckIn takes back a check-in made by mistake (the wrong person tapped) and returns the
// application with the event's new count. Undoing a check-in that was not made changes nothing.
// Its errors are CheckIn's, but that it never answers CONFLICT.
func (s *Service) UndoCheckIn(ctx context.Context, applicationID int64) (*CheckedIn, error) {
	return s.changeCheckIn(ctx, applicationID, false)
}

func (s *Service) changeCheckIn(ctx context.Context, applicationID int64, checkIn bool) (*CheckedIn, error) {
	eventID, host, err := store.ApplicationEvent(ctx, s.db, applicationID)
	if err != nil {
		return nil, err
	}
	if eventID == 0 {
		return nil, noSuchApplication()
	}
	// An application never moves to another event, nor an event to another host: the decision
	// holds for the transaction that follows.
	if err := s.authz.AuthorizeCheckIn(ctx, host); err != nil {
		return nil, err
	}
	var out *CheckedIn
	err = store.InTx(ctx, s.db, func(tx *sqlx.Tx) error {
		// The event first, then the application: the order of sign-ups and cancellations.
		e, err := lock(ctx, tx, eventID)
		if err != nil {
			return err
		}
		a, err := store.LockApplication(ctx, tx, applicationID)
		if err != nil {
			return err
		}
		if a == nil {
			return noSuchApplication()
		}
		if checkIn {
			out, err = checkInLocked(ctx, tx, e, a)
		} else {
			out, err = undoCheckInLocked(ctx, tx, e, a)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// checkInLocked checks in the application a of the event e, both locked.
func checkInLocked(ctx context.Context, tx *sqlx.Tx, e *telework.Event, a *telework.EventApplication) (*CheckedIn, error) {
	if a.CheckedInAt != nil {
		return &CheckedIn{Application: a, CheckedInCount: e.CheckedInCount}, nil
	}
	if e.Status == telework.EventCancelled {
		return nil, apperr.New(apperr.Conflict, "the event is cancelled: nobody is checked in")
	}
	if why := a.CheckInConflict(); why != "" {
		return nil, apperr.New(apperr.Conflict, "%s", why)
	}
	after, err := store.CheckInApplication(ctx, tx, a.ID, authz.ViewerFrom(ctx).UserID)
	if err != nil {
		return nil, err
	}
	return recordCheckIn(ctx, tx, e, ActionCheckIn, a, after, e.CheckedInCount+1)
}

// undoCheckInLocked undoes the check-in of the application a of the event e, both locked.
func undoCheckInLocked(ctx context.Context, tx *sqlx.Tx, e *telework.Event, a *telework.EventApplication) (*CheckedIn, error) {
	if a.CheckedInAt == nil {
		return &CheckedIn{Application: a, CheckedInCount: e.CheckedInCount}, nil
	}
	after, err := store.UndoCheckIn(ctx, tx, a.ID)
	if err != nil {
		return nil, err
	}
	return recordCheckIn(ctx, tx, e, ActionUndoCheckIn, a, after, e.CheckedInCount-1)
}

// recordCheckIn writes the event's new count of check-ins and the audit entry of a change.
func recordCheckIn(ctx context.Context, tx *sqlx.Tx, e *telework.Event, action string, before, after *telework.EventApplication, count int) (*CheckedIn, error) {
	if err := store.SetCheckedInCount(ctx, tx, e.ID, count); err != nil {
		return nil, err
	}
	err := audit.Record(ctx, tx, audit.Change{
		MinistryID: &e.HostMinistryID,
		Action:     action,
		ObjectType: string(relay.KindEventApplication),
		ObjectID:   after.ID,
		Before:     before,
		After:      after,
	})
	if err != nil {
		return nil, err
	}
	return &CheckedIn{Application: after, CheckedInCount: count}, nil
}

func noSuchApplication() error {
	return &apperr.Error{Code: apperr.NotFound, Field: "id", Message: "id: there is no such application"}
}
