package event

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/audit"
	"github.com/teleworkmonth/platform/internal/auth"
	"github.com/teleworkmonth/platform/internal/authz"
	"github.com/teleworkmonth/platform/internal/metrics"
	"github.com/teleworkmonth/platform/internal/outbox"
	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
)

// The audit actions of event applications.
const (
	ActionApply             = "application.create"
	ActionCancelApplication = "application.cancel"
	ActionPromote           = "application.promote" // from the waitlist to a seat
)

// Every sign-up and cancellation of an event runs in one transaction that first locks the event's
// row (SELECT ... FOR UPDATE): they take their turns one at a time per event, so that the seats
// and the waitlist are decided exactly, whatever the concurrency, and the event's counters change
// together with the applications they count. In the same transaction go the application token,
// the audit entries, the messages to the applicants (the outbox) and the notification of the
// event's seats (store.SeatsChannel), so that none of them tells of a change that did not commit.

// Apply signs someone up for a published event and returns the application and its token (shown
// this once). No credential is needed. An in-person applicant gets a seat while there is one and
// a place at the end of the waitlist after that (events that close when full keep taking
// waitlisted applicants until they start); an online applicant is always confirmed.
//
// A sign-up that repeats an earlier one returns the earlier application and takes no second seat:
//   - the same idempotencyKey for the event (with the same email): the application made with it,
//     whatever has happened to it since, with a new token, since the client lost the first one
//     with the answer it retries for. A key sent with another email is BAD_USER_INPUT.
//   - without that, the same email (compared without case) as a live application of the event: that
//     application, with an empty token. Knowing someone's email must not give control of their
//     application, nor the stream link a confirmed application reads.
//
// It returns BAD_USER_INPUT naming the field for invalid input, for an unknown event or a draft
// (input.eventId: the two are not told apart), and for an attendance the event does not offer
// (input.attendance); CONFLICT for an event that is CLOSED or CANCELLED; DEADLINE_PASSED after the
// application deadline, or after the start of an event without one.
func (s *Service) Apply(ctx context.Context, n telework.NewApplication) (a *telework.EventApplication, token string, err error) {
	var repeat bool
	defer func() { countSignUp(a, repeat, err) }()
	if err := n.Validate(); err != nil {
		return nil, "", err
	}
	for attempt := 0; ; attempt++ {
		a, token, repeat, err = s.apply(ctx, &n)
		// Another sign-up of the same email or key committed between the look-up for repeats and
		// the insert (the unique indexes caught it): look again, and find it.
		if errors.Is(err, store.ErrRepeatedApplication) && attempt == 0 {
			continue
		}
		if err != nil {
			return nil, "", err
		}
		if token != "" {
			// The caller holds the token from this answer on: the answer shows the application as
			// its owner sees it. An answer without a token shows it as anyone sees it.
			authz.OwnCreatedApplication(ctx, a.ID)
		}
		return a, token, nil
	}
}

func (s *Service) apply(ctx context.Context, n *telework.NewApplication) (out *telework.EventApplication, token string, repeat bool, err error) {
	err = store.InTx(ctx, s.db, func(tx *sqlx.Tx) error {
		// Repeats are looked for before the event is locked: a retry or a double click is answered
		// without waiting in line behind everyone else's sign-ups.
		prior, keyHolder, err := repeated(ctx, tx, n.EventID, n)
		if err != nil {
			return err
		}
		if prior != nil {
			out, repeat = prior, true
			if keyHolder {
				token, err = credentials(s.db).IssueRecordToken(ctx, tx, auth.ApplicationToken, prior.ID)
			}
			return err
		}
		e, err := store.LockEvent(ctx, tx, n.EventID)
		if err != nil {
			return err
		}
		if e == nil || e.Status == telework.EventDraft {
			return apperr.Invalid("input.eventId", "there is no published event with this ID")
		}
		if err := open(e, n, time.Now()); err != nil {
			return err
		}
		if out, err = signUp(ctx, tx, e, n, s.random); err != nil {
			return err
		}
		token, err = credentials(s.db).IssueRecordToken(ctx, tx, auth.ApplicationToken, out.ID)
		return err
	})
	return out, token, repeat, err
}

// countSignUp counts a sign-up's outcome in the metrics: confirmed, waitlisted, repeated (an
// earlier application answered again, with no new seat), or refused.
func countSignUp(a *telework.EventApplication, repeat bool, err error) {
	outcome := "refused"
	switch {
	case err != nil:
	case repeat:
		outcome = "repeated"
	case a.Status == telework.ApplicationConfirmed:
		outcome = "confirmed"
	case a.Status == telework.ApplicationWaitlisted:
		outcome = "waitlisted"
	}
	metrics.SignUps.WithLabelValues(outcome).Inc()
}

// repeated returns the application that a sign-up repeats, if any (see Apply), and whether the
// caller holds its idempotency key.
func repeated(ctx context.Context, tx *sqlx.Tx, eventID int64, n *telework.NewApplication) (*telework.EventApplication, bool, error) {
	if n.IdempotencyKey != nil {
		a, err := store.ApplicationByIdempotencyKey(ctx, tx, eventID, *n.IdempotencyKey)
		if err != nil {
			return nil, false, err
		}
		if a != nil {
			if !telework.SameEmail(a.AttendeeEmail, n.AttendeeEmail) {
				return nil, false, apperr.Invalid("input.idempotencyKey", "was sent before with another sign-up: use a new key for each sign-up")
			}
			return a, true, nil
		}
	}
	a, err := store.LiveApplicationByEmail(ctx, tx, eventID, n.AttendeeEmail)
	return a, false, err
}

// open checks that a published event takes the sign-up at now.
func open(e *telework.Event, n *telework.NewApplication, now time.Time) error {
	if e.Status != telework.EventPublished {
		return apperr.New(apperr.Conflict, "the event is %s: it takes no applications", e.Status)
	}
	closes := e.StartsAt
	if e.ApplicationDeadline != nil {
		closes = *e.ApplicationDeadline
	}
	if !now.Before(closes) {
		return apperr.New(apperr.DeadlinePassed, "applications closed at %s", closes.In(telework.Japan).Format("2006-01-02 15:04 JST"))
	}
	if n.Attendance == telework.AttendanceInPerson && e.VenueNameJa == nil {
		return apperr.Invalid("input.attendance", "the event is online only: apply to attend ONLINE")
	}
	if n.Attendance == telework.AttendanceOnline && !e.OnlineStreaming {
		return apperr.Invalid("input.attendance", "the event is not streamed: apply to attend IN_PERSON")
	}
	return nil
}

// signUp stores a new application of the locked event e, seated or waitlisted, with a reference
// drawn from random and everything that goes with it.
func signUp(ctx context.Context, tx *sqlx.Tx, e *telework.Event, n *telework.NewApplication, random io.Reader) (*telework.EventApplication, error) {
	c := newChange(e)
	// Seats that came free without a cancellation (staff raised the capacity) go to those who
	// waited for them before anyone who comes now.
	if err := c.fillFreeSeats(ctx, tx); err != nil {
		return nil, err
	}
	a := &telework.EventApplication{
		EventID: e.ID, AttendeeName: n.AttendeeName, AttendeeEmail: n.AttendeeEmail,
		Organization: n.Organization, Attendance: n.Attendance, Status: telework.ApplicationConfirmed,
	}
	kind := outbox.KindApplicationConfirmed
	if n.Attendance == telework.AttendanceInPerson {
		if e.Capacity == nil || e.SeatsTaken < *e.Capacity {
			e.SeatsTaken++
		} else {
			e.WaitlistLength++
			position := e.WaitlistLength
			a.Status, a.WaitlistPosition, kind = telework.ApplicationWaitlisted, &position, outbox.KindApplicationWaitlisted
		}
	}
	created, err := insertApplication(ctx, tx, a, n.IdempotencyKey, random)
	if err != nil {
		return nil, err
	}
	// The new application is the actor of this change, and of the promotions it set off.
	c.actor = authz.ApplicationSubject(created.ID)
	c.add(ActionApply, kind, nil, created)
	return created, c.write(ctx, tx)
}

// maxReferenceDraws bounds the draws of a new application's reference. Even with 50 million
// applications, a reference drawn is taken once in about 18 draws; five taken in a row mean that
// the source of random bytes is broken.
const maxReferenceDraws = 5

// insertApplication stores a new application with a reference drawn from random, drawn again
// while the reference drawn is another application's.
func insertApplication(ctx context.Context, tx *sqlx.Tx, a *telework.EventApplication, key *string, random io.Reader) (*telework.EventApplication, error) {
	for range maxReferenceDraws {
		ref, err := telework.NewReference(random)
		if err != nil {
			return nil, err
		}
		a.Reference = ref
		created, err := store.InsertApplication(ctx, tx, a, key)
		if !errors.Is(err, store.ErrReferenceTaken) {
			return created, err
		}
	}
	return nil, fmt.Errorf("insert application: %d references drawn in a row were all taken", maxReferenceDraws)
}

// CancelApplication cancels the application that an application token belongs to and returns it.
// A seat it frees goes to the first on the waitlist, and the rest of the line moves up; a
// waitlisted application leaves the line, and those behind it move up. Cancelling a cancelled
// application changes nothing and returns it. Seats freed after the event has started, or of a
// cancelled event, stay free.
//
// It returns UNAUTHENTICATED unless token is a live application token, FORBIDDEN if the policy
// does not let the applicant cancel, and CONFLICT once the event is over or once the attendee has
// been checked in at the door (the check-in, a record of who came, is undone by the event's staff
// first: a count of check-ins that a cancellation changed would no longer tell who came).
func (s *Service) CancelApplication(ctx context.Context, token string) (*telework.EventApplication, error) {
	if strings.TrimSpace(token) == "" {
		return nil, applicationTokenNeeded()
	}
	v, err := credentials(s.db).Authenticate(ctx, "Bearer "+token)
	if err != nil {
		return nil, err
	}
	if v.Kind != authz.Applicant {
		return nil, applicationTokenNeeded()
	}
	ctx = authz.WithViewer(ctx, v)
	eventID, host, err := store.ApplicationEvent(ctx, s.db, v.ApplicationID)
	if err != nil {
		return nil, err
	}
	if eventID == 0 {
		return nil, apperr.New(apperr.NotFound, "there is no such application")
	}
	subject := authz.ApplicationSubject(v.ApplicationID)
	if err := s.authz.AuthorizeOwned(ctx, authz.ObjApplication, authz.ActCancel, host, subject); err != nil {
		return nil, err
	}
	var out *telework.EventApplication
	err = store.InTx(ctx, s.db, func(tx *sqlx.Tx) error {
		e, err := lock(ctx, tx, eventID)
		if err != nil {
			return err
		}
		a, err := store.LockApplication(ctx, tx, v.ApplicationID)
		if err != nil {
			return err
		}
		if a == nil {
			return apperr.New(apperr.NotFound, "there is no such application")
		}
		if a.Status == telework.ApplicationCancelled {
			out = a
			return nil
		}
		if a.CheckedInAt != nil {
			return apperr.New(apperr.Conflict, "the attendee was checked in at the door: the event's staff undo the check-in before it can be cancelled")
		}
		now := time.Now()
		if !now.Before(e.EndsAt) {
			return apperr.New(apperr.Conflict, "the event is over: its applications can no longer be cancelled")
		}
		out, err = cancel(ctx, tx, e, a, subject, now)
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

func applicationTokenNeeded() error {
	return apperr.New(apperr.Unauthenticated, "send the application's token, as applyToEvent returned it")
}

// cancel cancels the live application a of the locked event e, with everything that goes with it.
func cancel(ctx context.Context, tx *sqlx.Tx, e *telework.Event, a *telework.EventApplication, actor string, now time.Time) (*telework.EventApplication, error) {
	c := newChange(e)
	c.actor = actor
	cancelled, err := store.CancelApplication(ctx, tx, a.ID)
	if err != nil {
		return nil, err
	}
	switch {
	case a.Status == telework.ApplicationWaitlisted:
		moved, err := store.CloseWaitlistGap(ctx, tx, e.ID, *a.WaitlistPosition)
		if err != nil {
			return nil, err
		}
		if want := e.WaitlistLength - *a.WaitlistPosition; moved != want {
			return nil, fmt.Errorf("event %d: %d applications behind waitlist position %d, its counter says %d", e.ID, moved, *a.WaitlistPosition, want)
		}
		e.WaitlistLength--
	case a.Attendance == telework.AttendanceInPerson:
		e.SeatsTaken--
	}
	c.add(ActionCancelApplication, outbox.KindApplicationCancelled, a, cancelled)
	if e.Status != telework.EventCancelled && now.Before(e.StartsAt) {
		if err := c.fillFreeSeats(ctx, tx); err != nil {
			return nil, err
		}
	}
	return cancelled, c.write(ctx, tx)
}

// change collects what a change to the applications of one locked event writes besides the
// applications: the event's counters, and for each application changed an audit entry and a
// message to its applicant.
type change struct {
	event                   *telework.Event
	seatsBefore, waitBefore int
	actor                   string
	steps                   []step
}

type step struct {
	action, kind  string
	before, after *telework.EventApplication
}

func newChange(e *telework.Event) *change {
	return &change{event: e, seatsBefore: e.SeatsTaken, waitBefore: e.WaitlistLength}
}

func (c *change) add(action, kind string, before, after *telework.EventApplication) {
	c.steps = append(c.steps, step{action, kind, before, after})
}

// fillFreeSeats gives the free seats of the event to the first on its waitlist and moves the rest
// of the line up. It fails (and the transaction with it) if the waitlist is shorter than its
// counter says: the counters must never disagree with the applications.
func (c *change) fillFreeSeats(ctx context.Context, tx *sqlx.Tx) error {
	e := c.event
	free := e.WaitlistLength
	if e.Capacity != nil {
		free = min(free, *e.Capacity-e.SeatsTaken)
	}
	if free <= 0 {
		return nil
	}
	promoted, err := store.PromoteWaitlisted(ctx, tx, e.ID, free)
	if err != nil {
		return err
	}
	if len(promoted) != free {
		return fmt.Errorf("event %d: %d applications at the head of the waitlist, its counter says %d", e.ID, len(promoted), free)
	}
	e.SeatsTaken += free
	e.WaitlistLength -= free
	for i, p := range promoted {
		before := *p
		position := i + 1
		before.Status, before.WaitlistPosition = telework.ApplicationWaitlisted, &position
		c.add(ActionPromote, outbox.KindApplicationPromoted, &before, p)
	}
	return nil
}

// write writes the counters of the event (and tells the listeners of its seats) if they moved, and
// the audit entry and message of each step.
func (c *change) write(ctx context.Context, tx *sqlx.Tx) error {
	e := c.event
	if e.SeatsTaken != c.seatsBefore || e.WaitlistLength != c.waitBefore {
		if err := store.SetEventSeats(ctx, tx, e.ID, e.SeatsTaken, e.WaitlistLength); err != nil {
			return err
		}
	}
	for _, s := range c.steps {
		entry := audit.Change{
			Actor:      c.actor,
			MinistryID: &e.HostMinistryID,
			Action:     s.action,
			ObjectType: string(relay.KindEventApplication),
			ObjectID:   s.after.ID,
			After:      s.after,
		}
		if s.before != nil {
			entry.Before = s.before
		}
		if err := audit.Record(ctx, tx, entry); err != nil {
			return err
		}
		if _, err := outbox.Enqueue(ctx, tx, outbox.ApplicationMessage(s.kind, e, s.after)); err != nil {
			return err
		}
	}
	return nil
}

// credentials is the credential service that issues and checks application tokens, with its
// default lifetimes (the server configures none of a record token's).
func credentials(db *sqlx.DB) *auth.Service { return auth.NewService(db, auth.Options{}) }
