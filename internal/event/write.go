package event

import (
	"context"
	"slices"

	"github.com/jmoiron/sqlx"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/audit"
	"github.com/teleworkmonth/platform/internal/authz"
	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
)

// The audit actions of event writes.
const (
	ActionCreate  = "event.create"
	ActionUpdate  = "event.update"
	ActionPublish = "event.publish"
	ActionCancel  = "event.cancel"
)

// Create creates a draft event hosted by n.HostMinistryCode, with its co-hosts. It returns
// BAD_USER_INPUT naming the field for invalid input, a fiscal year without a campaign or an
// unknown ministry code, and UNAUTHENTICATED or FORBIDDEN unless the viewer may create events in
// the host ministry.
func (s *Service) Create(ctx context.Context, n telework.NewEvent) (*telework.Event, error) {
	if err := n.Validate(); err != nil {
		return nil, err
	}
	if err := s.authz.Authorize(ctx, authz.ObjEvent, authz.ActCreate, n.HostMinistryCode); err != nil {
		return nil, err
	}
	var created *telework.Event
	err := store.InTx(ctx, s.db, func(tx *sqlx.Tx) error {
		campaign, err := store.CampaignByFiscalYear(ctx, tx, n.FiscalYear)
		if err != nil {
			return err
		}
		if campaign == nil {
			return apperr.Invalid("input.fiscalYear", "there is no campaign of fiscal year %d", n.FiscalYear)
		}
		host, err := ministriesByCodes(ctx, tx, "input.hostMinistryCode", []string{n.HostMinistryCode})
		if err != nil {
			return err
		}
		coHosts, err := ministriesByCodes(ctx, tx, "input.coHostMinistryCodes", n.CoHostMinistryCodes)
		if err != nil {
			return err
		}
		if created, err = store.InsertEvent(ctx, tx, n.Event(campaign.ID, host[0].ID)); err != nil {
			return err
		}
		if err := store.ReplaceEventCoHosts(ctx, tx, created.ID, idsOf(coHosts)); err != nil {
			return err
		}
		parts := telework.ProgramPartsOf(created.ID, n.ProgramParts)
		if len(parts) > 0 {
			if err := store.ReplaceProgramParts(ctx, tx, created.ID, parts); err != nil {
				return err
			}
		}
		return record(ctx, tx, ActionCreate, nil, &audited{created, n.CoHostMinistryCodes, parts})
	})
	if err != nil {
		return nil, err
	}
	return created, nil
}

// Update changes an event that is still at expectedVersion and returns it with its version
// raised. Only the host's staff (and the secretariat) edit an event; co-hosts only read it. It
// returns BAD_USER_INPUT naming the field for invalid changes (among them a capacity below the
// seats taken), NOT_FOUND for an unknown event, UNAUTHENTICATED or FORBIDDEN unless the viewer may
// edit events of the host ministry, and CONFLICT when the event has moved on from expectedVersion
// or is cancelled or closed.
func (s *Service) Update(ctx context.Context, id int64, c telework.EventChanges, expectedVersion int) (*telework.Event, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	if err := s.authorizeOn(ctx, id, authz.ActEdit); err != nil {
		return nil, err
	}
	var updated *telework.Event
	err := store.InTx(ctx, s.db, func(tx *sqlx.Tx) error {
		before, err := lock(ctx, tx, id)
		if err != nil {
			return err
		}
		if before.Version != expectedVersion {
			return stale(expectedVersion)
		}
		if before.Status == telework.EventCancelled || before.Status == telework.EventClosed {
			return apperr.New(apperr.Conflict, "the event is %s: it can no longer be edited", before.Status)
		}
		after := *before
		if err := c.Apply(&after); err != nil {
			return err
		}
		coHostsBefore, err := coHostCodes(ctx, tx, id)
		if err != nil {
			return err
		}
		coHostsAfter := coHostsBefore
		if c.CoHostMinistryCodes != nil {
			if coHostsAfter, err = replaceCoHosts(ctx, tx, &after, c.CoHostMinistryCodes); err != nil {
				return err
			}
		}
		partsBefore, partsAfter, err := replaceProgram(ctx, tx, id, c.ProgramParts)
		if err != nil {
			return err
		}
		if updated, err = store.UpdateEvent(ctx, tx, &after); err != nil {
			return err
		}
		if updated == nil {
			return stale(expectedVersion)
		}
		return record(ctx, tx, ActionUpdate, &audited{before, coHostsBefore, partsBefore}, &audited{updated, coHostsAfter, partsAfter})
	})
	if err != nil {
		return nil, err
	}
	return updated, nil
}

// Publish makes a draft event public and returns it; an event published already is returned as
// it is. It returns NOT_FOUND for an unknown event, UNAUTHENTICATED or FORBIDDEN unless the viewer
// may publish events of the host ministry, and CONFLICT for a cancelled or closed event.
func (s *Service) Publish(ctx context.Context, id int64) (*telework.Event, error) {
	return s.transition(ctx, id, authz.ActPublish, ActionPublish, telework.EventPublished, telework.EventDraft)
}

// Cancel cancels a draft or published event and returns it; an event cancelled already is
// returned as it is. It returns NOT_FOUND for an unknown event, UNAUTHENTICATED or FORBIDDEN unless
// the viewer may cancel events of the host ministry, and CONFLICT for a closed event. Its
// applications stay as they are.
func (s *Service) Cancel(ctx context.Context, id int64) (*telework.Event, error) {
	return s.transition(ctx, id, authz.ActCancel, ActionCancel, telework.EventCancelled, telework.EventDraft, telework.EventPublished)
}

// transition moves an event from one of the statuses from to the status to.
func (s *Service) transition(ctx context.Context, id int64, act, action string, to telework.EventStatus, from ...telework.EventStatus) (*telework.Event, error) {
	if err := s.authorizeOn(ctx, id, act); err != nil {
		return nil, err
	}
	var out *telework.Event
	err := store.InTx(ctx, s.db, func(tx *sqlx.Tx) error {
		before, err := lock(ctx, tx, id)
		if err != nil {
			return err
		}
		if before.Status == to {
			out = before
			return nil
		}
		if !slices.Contains(from, before.Status) {
			return apperr.New(apperr.Conflict, "the event is %s: it cannot become %s", before.Status, to)
		}
		if out, err = store.SetEventStatus(ctx, tx, id, before.Version, to); err != nil {
			return err
		}
		if out == nil { // cannot happen under the row lock; never write over a change unseen
			return stale(before.Version)
		}
		return record(ctx, tx, action, &audited{Event: before}, &audited{Event: out})
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// authorizeOn authorizes act on an event in its host's ministry: co-hosts do not write. It returns
// NOT_FOUND for an unknown event. The host of an event never changes, so the decision holds for
// the transaction that follows.
func (s *Service) authorizeOn(ctx context.Context, id int64, act string) error {
	host, err := store.EventHostCode(ctx, s.db, id)
	if err != nil {
		return err
	}
	if host == "" {
		return notFound()
	}
	return s.authz.Authorize(ctx, authz.ObjEvent, act, host)
}

// lock locks an event for the rest of the transaction, so that no other writer changes it
// meanwhile.
func lock(ctx context.Context, tx *sqlx.Tx, id int64) (*telework.Event, error) {
	e, err := store.LockEvent(ctx, tx, id)
	if err == nil && e == nil {
		err = notFound()
	}
	return e, err
}

func notFound() error { return apperr.New(apperr.NotFound, "there is no such event") }

// replaceCoHosts makes the ministries of codes the co-hosts of e and returns their codes.
func replaceCoHosts(ctx context.Context, tx *sqlx.Tx, e *telework.Event, codes []string) ([]string, error) {
	const field = "input.coHostMinistryCodes"
	coHosts, err := ministriesByCodes(ctx, tx, field, codes)
	if err != nil {
		return nil, err
	}
	ids := idsOf(coHosts)
	if slices.Contains(ids, e.HostMinistryID) {
		return nil, apperr.Invalid(field, "must not name the host")
	}
	if err := store.ReplaceEventCoHosts(ctx, tx, e.ID, ids); err != nil {
		return nil, err
	}
	return codes, nil
}

// ministriesByCodes returns the ministries of codes in their order, or BAD_USER_INPUT naming field
// for a code of no ministry.
func ministriesByCodes(ctx context.Context, tx *sqlx.Tx, field string, codes []string) ([]*telework.Ministry, error) {
	if len(codes) == 0 {
		return nil, nil
	}
	found, err := store.MinistriesByCodes(ctx, tx, codes)
	if err != nil {
		return nil, err
	}
	out := make([]*telework.Ministry, len(codes))
	for i, code := range codes {
		j := slices.IndexFunc(found, func(m *telework.Ministry) bool { return m.Code == code })
		if j < 0 {
			return nil, apperr.Invalid(field, "no ministry has the code %s", code)
		}
		out[i] = found[j]
	}
	return out, nil
}

// replaceProgram makes parts the program of an event when parts is not nil, and returns the
// program before and after for the audit log (both nil when it stays as it is).
func replaceProgram(ctx context.Context, tx *sqlx.Tx, eventID int64, parts []telework.ProgramPartInput) (before, after []*telework.ProgramPart, err error) {
	if parts == nil {
		return nil, nil, nil
	}
	byEvent, err := store.ProgramPartsByEventIDs(ctx, tx, []int64{eventID})
	if err != nil {
		return nil, nil, err
	}
	after = telework.ProgramPartsOf(eventID, parts)
	return byEvent[eventID], after, store.ReplaceProgramParts(ctx, tx, eventID, after)
}

func coHostCodes(ctx context.Context, tx *sqlx.Tx, eventID int64) ([]string, error) {
	byEvent, err := store.CoHostsByEventIDs(ctx, tx, []int64{eventID})
	if err != nil {
		return nil, err
	}
	codes := []string{}
	for _, m := range byEvent[eventID] {
		codes = append(codes, m.Code)
	}
	return codes, nil
}

func idsOf(ms []*telework.Ministry) []int64 {
	ids := make([]int64, len(ms))
	for i, m := range ms {
		ids[i] = m.ID
	}
	return ids
}

func stale(expected int) error {
	return apperr.New(apperr.Conflict, "the event has moved on from version %d: reload it and try again", expected)
}

// audited is an event as the audit log records it: with its co-hosts and its program when they
// are part of what a change changed.
type audited struct {
	*telework.Event
	CoHostMinistryCodes []string                `json:",omitempty"`
	ProgramParts        []*telework.ProgramPart `json:",omitempty"`
}

// record writes the audit entry of a change to an event (before is nil when it was created), in
// the change's transaction. The entry belongs to the host's ministry.
func record(ctx context.Context, tx *sqlx.Tx, action string, before, after *audited) error {
	c := audit.Change{
		MinistryID: &after.HostMinistryID,
		Action:     action,
		ObjectType: string(relay.KindEvent),
		ObjectID:   after.ID,
		After:      after,
	}
	if before != nil {
		c.Before = before
	}
	return audit.Record(ctx, tx, c)
}
