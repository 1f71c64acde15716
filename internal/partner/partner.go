// Package partner manages the API keys of partner portals (prefectures, industry bodies, the
// campaign website), which read public data and campaign statistics.
package partner

import (
	"context"
	"strings"

	"github.com/jmoiron/sqlx"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/audit"
	"github.com/teleworkmonth/platform/internal/auth"
	"github.com/teleworkmonth/platform/internal/authz"
	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
)

// Service manages partner API keys.
type Service struct {
	db    *sqlx.DB
	auth  *auth.Service
	authz *authz.Authorizer
}

// NewService returns the partner key service.
func NewService(db *sqlx.DB, credentials *auth.Service, a *authz.Authorizer) *Service {
	return &Service{db: db, auth: credentials, authz: a}
}

// Key is a partner API key just made: the key itself is shown once and stored only as a hash.
type Key struct {
	*telework.APIKey
	Key string
}

// CreateKey makes a partner API key (the secretariat). It returns BAD_USER_INPUT for an invalid
// name.
func (s *Service) CreateKey(ctx context.Context, name string) (*Key, error) {
	if err := s.authz.Authorize(ctx, authz.ObjAPIKey, authz.ActCreate, ""); err != nil {
		return nil, err
	}
	var k Key
	err := store.InTx(ctx, s.db, func(tx *sqlx.Tx) error {
		id, key, err := s.auth.CreateAPIKey(ctx, tx, name, authz.ViewerFrom(ctx).UserID)
		if err != nil {
			return err
		}
		made, err := store.APIKeyByID(ctx, tx, id)
		if err != nil {
			return err
		}
		k = Key{APIKey: made, Key: key}
		return audit.Record(ctx, tx, audit.Change{Action: "api_key.create", ObjectType: "ApiKey", ObjectID: id,
			After: map[string]string{"Name": name}})
	})
	if err != nil {
		return nil, inputField(err)
	}
	return &k, nil
}

// Connection is a page of partner keys.
type Connection = relay.Connection[*telework.APIKey]

// PageOf validates the paging arguments of the list of keys.
func PageOf(first *int, after *string) (relay.Page, error) {
	return relay.NewPage(relay.ListAPIKeys, false, first, after)
}

// List returns a page of the partner keys, newest first, revoked ones included (the secretariat).
// It returns UNAUTHENTICATED for anonymous viewers and FORBIDDEN for anyone else.
func (s *Service) List(ctx context.Context, page relay.Page, withTotal bool) (*Connection, error) {
	if err := s.authz.Authorize(ctx, authz.ObjAPIKey, authz.ActRead, ""); err != nil {
		return nil, err
	}
	rows, err := store.ListAPIKeys(ctx, s.db, page.After, page.Limit())
	if err != nil {
		return nil, err
	}
	conn := relay.NewConnection(rows, page, func(k *telework.APIKey) string {
		return relay.EncodeCursor(relay.ListAPIKeys, relay.Cursor{Key: k.ID})
	})
	if withTotal {
		if conn.TotalCount, err = store.CountAPIKeys(ctx, s.db); err != nil {
			return nil, err
		}
	}
	return conn, nil
}

// ByID returns a partner key, or nil when there is none with this id or the viewer may not read
// keys (as for List).
func (s *Service) ByID(ctx context.Context, id int64) (*telework.APIKey, error) {
	if err := s.authz.Authorize(ctx, authz.ObjAPIKey, authz.ActRead, ""); err != nil {
		if apperr.IsDenial(err) {
			return nil, nil
		}
		return nil, err
	}
	return store.APIKeyByID(ctx, s.db, id)
}

// RevokeKey revokes a partner API key at once (the secretariat). It returns NOT_FOUND for an
// unknown key.
func (s *Service) RevokeKey(ctx context.Context, id int64) error {
	if err := s.authz.Authorize(ctx, authz.ObjAPIKey, authz.ActRevoke, ""); err != nil {
		return err
	}
	return store.InTx(ctx, s.db, func(tx *sqlx.Tx) error {
		if err := s.auth.RevokeAPIKey(ctx, tx, id); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Change{Action: "api_key.revoke", ObjectType: "ApiKey", ObjectID: id})
	})
}

// inputField names a validation error's field as CreateApiKeyInput names it (input.name).
func inputField(err error) error {
	if e, ok := apperr.As(err); ok && e.Code == apperr.BadUserInput && e.Field != "" {
		return apperr.Invalid("input."+e.Field, "%s", strings.TrimPrefix(e.Message, e.Field+": "))
	}
	return err
}
