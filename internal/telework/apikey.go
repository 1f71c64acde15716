package telework

import (
	"time"

	"github.com/teleworkmonth/platform/internal/relay"
)

// APIKey is a partner portal's API key as the secretariat manages it. The key itself is never
// kept: only its hash, and it is shown once, when made.
type APIKey struct {
	ID         int64      `db:"id"`
	Name       string     `db:"name"`
	CreatedAt  time.Time  `db:"created_at"`
	ExpiresAt  *time.Time `db:"expires_at"`
	RevokedAt  *time.Time `db:"revoked_at"`
	LastUsedAt *time.Time `db:"last_used_at"`
	// RequestsPerMinute and CostPerMinute are the key's rate limits: requests, and query cost (the
	// complexity of its operations), a minute. As stored, 0 is none of its own; the partner
	// service answers the limits in effect, the server's defaults for a 0.
	RequestsPerMinute int `db:"requests_per_minute"`
	CostPerMinute     int `db:"cost_per_minute"`
	// OwnRequestsPerMinute and OwnCostPerMinute are the limits the key was given, nil where it
	// follows the server's default; the partner service sets them with the limits in effect.
	OwnRequestsPerMinute *int `db:"-"`
	OwnCostPerMinute     *int `db:"-"`
}

// NodeID is the key's global ID.
func (k *APIKey) NodeID() string { return relay.ID(relay.KindAPIKey, k.ID) }
