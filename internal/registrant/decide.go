package registrant

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

// The audit actions of the secretariat's decisions on registrants.
const (
	ActionApprove = "registrant.approve"
	ActionReject  = "registrant.reject"
)

// MaxRejectReasonLength is the longest reason of a rejection.
const MaxRejectReasonLength = 1000

// Approve approves a registration and returns the registrant: an approved registrant that
// consented to be listed joins the public list. A rejected registrant may be approved after all;
// an approved one is returned as it is. It returns UNAUTHENTICATED or FORBIDDEN unless the viewer
// may decide registrations (the secretariat), NOT_FOUND for an unknown registrant, and CONFLICT
// for a withdrawn one.
func (s *Service) Approve(ctx context.Context, id int64) (*telework.Registrant, error) {
	if err := s.authz.Authorize(ctx, authz.ObjRegistrant, authz.ActApprove, ""); err != nil {
		return nil, err
	}
	return s.decide(ctx, id, telework.RegistrantApproved, nil)
}

// Reject rejects a registration for a reason (1 to 1,000 characters, line breaks allowed) and
// returns the registrant: it leaves the public list. An approved registrant may be rejected
// later, and a rejected one again with a new reason. It returns BAD_USER_INPUT naming reason,
// UNAUTHENTICATED or FORBIDDEN unless the viewer may decide registrations (the secretariat),
// NOT_FOUND for an unknown registrant, and CONFLICT for a withdrawn one.
func (s *Service) Reject(ctx context.Context, id int64, reason string) (*telework.Registrant, error) {
	reason, err := telework.CleanText("reason", reason, MaxRejectReasonLength, true)
	if err != nil {
		return nil, err
	}
	if reason == "" {
		return nil, apperr.Invalid("reason", "is required: 1 to %d characters", MaxRejectReasonLength)
	}
	if err := s.authz.Authorize(ctx, authz.ObjRegistrant, authz.ActApprove, ""); err != nil {
		return nil, err
	}
	return s.decide(ctx, id, telework.RegistrantRejected, &reason)
}

func (s *Service) decide(ctx context.Context, id int64, status telework.RegistrantStatus, reason *string) (*telework.Registrant, error) {
	var out *telework.Registrant
	err := store.InTx(ctx, s.db, func(tx *sqlx.Tx) error {
		before, err := store.LockRegistrant(ctx, tx, id)
		if err != nil {
			return err
		}
		switch {
		case before == nil:
			return apperr.New(apperr.NotFound, "there is no such registrant")
		case before.Status == telework.RegistrantWithdrawn:
			return apperr.New(apperr.Conflict, "the registration is withdrawn: it can no longer be decided")
		case before.Status == telework.RegistrantApproved && status == telework.RegistrantApproved:
			out = &before.Registrant
			return nil
		}
		after, err := store.DecideRegistrant(ctx, tx, id, before.Version, status, reason)
		if err != nil {
			return err
		}
		if after == nil { // cannot happen under the row lock; never write over a change unseen
			return apperr.New(apperr.Conflict, "the registrant has changed meanwhile: reload it and try again")
		}
		out = &after.Registrant
		action := ActionApprove
		if status == telework.RegistrantRejected {
			action = ActionReject
		}
		return audit.Record(ctx, tx, audit.Change{
			Action:     action,
			ObjectType: string(relay.KindRegistrant),
			ObjectID:   id,
			Before:     before,
			After:      after,
		})
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
