// Package resolvers connects the GraphQL schema to the application: each resolver unpacks its
// arguments, calls one service of internal/, and maps the answer. No SQL and no authorization
// decisions live here.
package resolvers

import (
	"github.com/teleworkmonth/platform/internal/audit"
	"github.com/teleworkmonth/platform/internal/auth"
	"github.com/teleworkmonth/platform/internal/authz"
	"github.com/teleworkmonth/platform/internal/award"
	"github.com/teleworkmonth/platform/internal/campaign"
	"github.com/teleworkmonth/platform/internal/event"
	"github.com/teleworkmonth/platform/internal/logo"
	"github.com/teleworkmonth/platform/internal/ministry"
	"github.com/teleworkmonth/platform/internal/partner"
	"github.com/teleworkmonth/platform/internal/registrant"
	"github.com/teleworkmonth/platform/internal/seats"
	"github.com/teleworkmonth/platform/internal/user"
)

// Services are the application services the resolvers call.
type Services struct {
	Authz       *authz.Authorizer
	Campaigns   *campaign.Service
	Ministries  *ministry.Service
	Events      *event.Service
	Registrants *registrant.Service
	Awards      *award.Service
	Audit       *audit.Service
	Auth        *auth.Service
	Users       *user.Service
	Partners    *partner.Service
	Seats       *seats.Hub
	Logo        *logo.Signer
}

// Resolver is the root of the resolvers.
type Resolver struct {
	svc Services
}

// New returns the root resolver over the application's services.
func New(s Services) *Resolver { return &Resolver{svc: s} }
