// Package resolvers connects the GraphQL schema to the application: each resolver unpacks its
// arguments, calls one service of internal/, and maps the answer. No SQL and no authorization
// decisions live here.
package resolvers

import (
	"github.com/teleworkmonth/platform/graph"
	"github.com/teleworkmonth/platform/internal/apikey"
	"github.com/teleworkmonth/platform/internal/audit"
	"github.com/teleworkmonth/platform/internal/auth"
	"github.com/teleworkmonth/platform/internal/authz"
	"github.com/teleworkmonth/platform/internal/award"
	"github.com/teleworkmonth/platform/internal/campaign"
	"github.com/teleworkmonth/platform/internal/event"
	"github.com/teleworkmonth/platform/internal/logo"
	"github.com/teleworkmonth/platform/internal/ministry"
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
	APIKeys     *apikey.Service
	Seats       *seats.Hub
	Logo        *logo.Signer
}

// Resolver is the root of the resolvers.
type Resolver struct {
	svc Services
}

// New returns the root resolver over the application's services.
func New(s Services) *Resolver { return &Resolver{svc: s} }

// Root returns the root of the resolvers for the executor, with each object's resolver made once.
// gqlgen's accessors (Event(), Ministry(), …) make a new one on every call, that is for every
// resolver field answered: 150 allocations on a page of 50 events.
func (r *Resolver) Root() graph.ResolverRoot {
	return &root{
		Resolver: r, auditEntry: r.AuditEntry(), awardEntry: r.AwardEntry(), awardProgram: r.AwardProgram(),
		campaign: r.Campaign(), committee: r.Committee(), committeeMember: r.CommitteeMember(), event: r.Event(),
		eventApplication: r.EventApplication(), ministry: r.Ministry(), mutation: r.Mutation(), query: r.Query(),
		registrant: r.Registrant(), subscription: r.Subscription(), viewer: r.Viewer(),
	}
}

type root struct {
	*Resolver
	auditEntry       graph.AuditEntryResolver
	awardEntry       graph.AwardEntryResolver
	awardProgram     graph.AwardProgramResolver
	campaign         graph.CampaignResolver
	committee        graph.CommitteeResolver
	committeeMember  graph.CommitteeMemberResolver
	event            graph.EventResolver
	eventApplication graph.EventApplicationResolver
	ministry         graph.MinistryResolver
	mutation         graph.MutationResolver
	query            graph.QueryResolver
	registrant       graph.RegistrantResolver
	subscription     graph.SubscriptionResolver
	viewer           graph.ViewerResolver
}

func (r *root) AuditEntry() graph.AuditEntryResolver             { return r.auditEntry }
func (r *root) AwardEntry() graph.AwardEntryResolver             { return r.awardEntry }
func (r *root) AwardProgram() graph.AwardProgramResolver         { return r.awardProgram }
func (r *root) Campaign() graph.CampaignResolver                 { return r.campaign }
func (r *root) Committee() graph.CommitteeResolver               { return r.committee }
func (r *root) CommitteeMember() graph.CommitteeMemberResolver   { return r.committeeMember }
func (r *root) Event() graph.EventResolver                       { return r.event }
func (r *root) EventApplication() graph.EventApplicationResolver { return r.eventApplication }
func (r *root) Ministry() graph.MinistryResolver                 { return r.ministry }
func (r *root) Mutation() graph.MutationResolver                 { return r.mutation }
func (r *root) Query() graph.QueryResolver                       { return r.query }
func (r *root) Registrant() graph.RegistrantResolver             { return r.registrant }
func (r *root) Subscription() graph.SubscriptionResolver         { return r.subscription }
func (r *root) Viewer() graph.ViewerResolver                     { return r.viewer }
