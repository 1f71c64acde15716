package audit

import (
	"context"

	"github.com/jmoiron/sqlx"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/authz"
	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
)

// Service reads the audit log.
type Service struct {
	db    *sqlx.DB
	authz *authz.Authorizer
}

// NewService returns the audit log service.
func NewService(db *sqlx.DB, a *authz.Authorizer) *Service { return &Service{db: db, authz: a} }

// Connection is a page of the audit log.
type Connection = relay.Connection[*telework.AuditEntry]

// PageOf validates the paging arguments of the audit log.
func PageOf(first *int, after *string) (relay.Page, error) {
	return relay.NewPage(relay.ListAuditEntries, false, first, after)
}

// List returns a page of the audit log, newest first: the entries of the ministries whose log the
// viewer may read, of one ministry when ministryCode is set, that match the filter. It returns
// UNAUTHENTICATED for anonymous viewers, FORBIDDEN for viewers who may read no log or not that
// ministry's, and BAD_USER_INPUT naming the field (filter.objectType) for an invalid filter.
func (s *Service) List(ctx context.Context, ministryCode *string, f Filter, page relay.Page, withTotal bool) (*Connection, error) {
	q, err := s.Query(ctx, ministryCode, f)
	if err != nil {
		return nil, err
	}
	return s.Page(ctx, q, page, withTotal)
}

// Query validates a request for the audit log and decides what of it the viewer may read, for
// Page to read a page at a time. Errors as for List.
func (s *Service) Query(ctx context.Context, ministryCode *string, f Filter) (store.AuditQuery, error) {
	filter, err := f.validate()
	if err != nil {
		return store.AuditQuery{}, err
	}
	scope, err := s.authz.AuditScope(ctx, ministryCode)
	if err != nil {
		return store.AuditQuery{}, err
	}
	return store.AuditQuery{Scope: scope, MinistryCode: ministryCode, Filter: filter}, nil
}

// Page returns a page of the entries of a query that Query made, with their total when asked.
func (s *Service) Page(ctx context.Context, q store.AuditQuery, page relay.Page, withTotal bool) (*Connection, error) {
	q.After, q.Limit = page.After, page.Limit()
	rows, err := store.ListAuditEntries(ctx, s.db, q)
	if err != nil {
		return nil, err
	}
	conn := relay.NewConnection(rows, page, func(e *telework.AuditEntry) string {
		return relay.EncodeCursor(relay.ListAuditEntries, relay.Cursor{Key: e.ID})
	})
	if withTotal {
		if conn.TotalCount, err = store.CountAuditEntries(ctx, s.db, q); err != nil {
			return nil, err
		}
	}
	return conn, nil
}

// ByID returns an entry of the audit log, or nil when there is none with this id or the viewer may
// not read it: the entries the viewer may read are those List would show it.
func (s *Service) ByID(ctx context.Context, id int64) (*telework.AuditEntry, error) {
	scope, err := s.authz.AuditScope(ctx, nil)
	if apperr.IsDenial(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return store.AuditEntryByID(ctx, s.db, store.AuditQuery{Scope: scope}, id)
}
