// Package apikey manages the API keys of partner portals (prefectures, industry bodies, the
// campaign website), which read public data and campaign statistics, each within the rate limits
// of its key: createApiKey, revokeApiKey and apiKeys in the schema are Create, Revoke and List
// here.
package apikey

import (
	"context"
	"strings"

	"github.com/jmoiron/sqlx"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/audit"
	"github.com/teleworkmonth/platform/internal/auth"
	"github.com/teleworkmonth/platform/internal/authz"
	"github.com/teleworkmonth/platform/internal/config"
	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
)

// Service manages partner API keys.
type Service struct {
	db       *sqlx.DB
	auth     *auth.Service
	authz    *authz.Authorizer
	defaults Limits
}

// Limits are a key's rate limits per minute: requests, and query cost (the complexity the server
// computes for an operation).
type Limits struct {
	RequestsPerMinute int
	CostPerMinute     int
}

// Or are the limits in effect of a key whose own limits are l: each 0 takes the default's.
func (l Limits) Or(defaults Limits) Limits {
	if l.RequestsPerMinute == 0 {
		l.RequestsPerMinute = defaults.RequestsPerMinute
	}
	if l.CostPerMinute == 0 {
		l.CostPerMinute = defaults.CostPerMinute
	}
	return l
}

// NewService returns the partner key service; keys made without limits of their own have defaults
// (RATE_LIMIT_PARTNER_REQUESTS_PER_MINUTE, RATE_LIMIT_PARTNER_COST_PER_MINUTE).
func NewService(db *sqlx.DB, credentials *auth.Service, a *authz.Authorizer, defaults Limits) *Service {
	return &Service{db: db, auth: credentials, authz: a, defaults: defaults}
}

// NewKey is what a key is made with: a name, and optional rate limits of its own (nil: the
// server's defaults, which the key then follows when they change).
type NewKey struct {
	Name              string
	RequestsPerMinute *int
	CostPerMinute     *int
}

// Key is a partner API key just made: the key itself is shown once and stored only as a hash.
type Key struct {
	*telework.APIKey
	Key string
}

// Create makes a partner API key (the secretariat). It returns BAD_USER_INPUT for an invalid
// name, or a limit below 1 or above config.MaxPartnerRequestsPerMinute (input.requestsPerMinute)
// or config.MaxPartnerCostPerMinute (input.costPerMinute).
func (s *Service) Create(ctx context.Context, in NewKey) (*Key, error) {
	if err := s.authz.Authorize(ctx, authz.ObjAPIKey, authz.ActCreate, ""); err != nil {
		return nil, err
	}
	own, err := ownLimits(in)
	if err != nil {
		return nil, inputField(err)
	}
	var k Key
	err = store.InTx(ctx, s.db, func(tx *sqlx.Tx) error {
		id, key, err := s.auth.CreateAPIKeyWithLimits(ctx, tx, in.Name, authz.ViewerFrom(ctx).UserID, own)
		if err != nil {
			return err
		}
		made, err := store.APIKeyByID(ctx, tx, id)
		if err != nil {
			return err
		}
		k = Key{APIKey: s.inEffect(made), Key: key}
		return audit.Record(ctx, tx, audit.Change{Action: "api_key.create", ObjectType: "ApiKey", ObjectID: id,
			After: map[string]any{"Name": in.Name, "RequestsPerMinute": in.RequestsPerMinute, "CostPerMinute": in.CostPerMinute}})
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
	for _, k := range rows {
		s.inEffect(k)
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
	k, err := store.APIKeyByID(ctx, s.db, id)
	if err != nil || k == nil {
		return nil, err
	}
	return s.inEffect(k), nil
}

// inEffect sets the limits of k, as stored (0 for none of its own), to those in effect.
func (s *Service) inEffect(k *telework.APIKey) *telework.APIKey {
	k.OwnRequestsPerMinute, k.OwnCostPerMinute = own(k.RequestsPerMinute), own(k.CostPerMinute)
	l := Limits{RequestsPerMinute: k.RequestsPerMinute, CostPerMinute: k.CostPerMinute}.Or(s.defaults)
	k.RequestsPerMinute, k.CostPerMinute = l.RequestsPerMinute, l.CostPerMinute
	return k
}

// own is a stored limit as the key's own: nil for 0, none of its own.
func own(limit int) *int {
	if limit == 0 {
		return nil
	}
	return &limit
}

// ownLimits validates a new key's own limits.
func ownLimits(in NewKey) (store.APIKeyLimits, error) {
	var own store.APIKeyLimits
	for _, f := range []struct {
		field string
		value *int
		max   int
		into  *int
	}{
		{"requestsPerMinute", in.RequestsPerMinute, config.MaxPartnerRequestsPerMinute, &own.RequestsPerMinute},
		{"costPerMinute", in.CostPerMinute, config.MaxPartnerCostPerMinute, &own.CostPerMinute},
	} {
		if f.value == nil {
			continue
		}
		if *f.value < 1 || *f.value > f.max {
			return own, apperr.Invalid(f.field, "must be from 1 to %d", f.max)
		}
		*f.into = *f.value
	}
	return own, nil
}

// Revoke revokes a partner API key at once (the secretariat). It returns NOT_FOUND for an
// unknown key.
func (s *Service) Revoke(ctx context.Context, id int64) error {
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
