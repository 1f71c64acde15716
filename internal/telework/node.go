package telework

import "github.com/teleworkmonth/platform/internal/relay"

// The NodeID methods give each type's global ID; gqlgen.yml binds the schema's id fields to them.
// They are plain methods rather than resolvers because gqlgen runs every resolver field of an
// object on a goroutine of its own (after the first), which on a page of a hundred events cost
// more than reading the page.

// NodeID is the campaign's global ID.
func (c *Campaign) NodeID() string { return relay.ID(relay.KindCampaign, c.ID) }

// NodeID is the committee's global ID.
func (c *Committee) NodeID() string { return relay.ID(relay.KindCommittee, c.ID) }

// NodeID is the ministry's global ID.
func (m *Ministry) NodeID() string { return relay.ID(relay.KindMinistry, m.ID) }

// NodeID is the division's global ID.
func (d *Division) NodeID() string { return relay.ID(relay.KindDivision, d.ID) }

// NodeID is the event's global ID.
func (e *Event) NodeID() string { return relay.ID(relay.KindEvent, e.ID) }

// NodeID is the application's global ID.
func (a *EventApplication) NodeID() string { return relay.ID(relay.KindEventApplication, a.ID) }

// NodeID is the registrant's global ID.
func (r *Registrant) NodeID() string { return relay.ID(relay.KindRegistrant, r.ID) }

// NodeID is the award program's global ID.
func (p *AwardProgram) NodeID() string { return relay.ID(relay.KindAwardProgram, p.ID) }

// NodeID is the award entry's global ID.
func (e *AwardEntry) NodeID() string { return relay.ID(relay.KindAwardEntry, e.ID) }

// NodeID is the audit entry's global ID.
func (e *AuditEntry) NodeID() string { return relay.ID(relay.KindAuditEntry, e.ID) }

// EventNodeID is the global ID of the event whose seats these are.
func (s *EventSeats) EventNodeID() string { return relay.ID(relay.KindEvent, s.EventID) }
