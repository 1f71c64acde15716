package resolvers

import (
	"context"
	"errors"

	"github.com/teleworkmonth/platform/internal/relay"
)

// node finds any object by its global ID. A malformed ID answers null, like an unknown one: IDs
// are opaque, and telling the two apart would only help someone guessing. So does an object the
// viewer may not see: each service's look-up by ID decides as its lists do.
func (r *Resolver) node(ctx context.Context, id string) (relay.Node, error) {
	kind, key, err := relay.ParseID(id)
	if err != nil {
		return nil, nil
	}
	var node relay.Node
	switch kind {
	case relay.KindCampaign:
		node, err = nilSafe(r.svc.Campaigns.ByID(ctx, key))
	case relay.KindCommittee:
		node, err = nilSafe(r.svc.Campaigns.CommitteeByID(ctx, key))
	case relay.KindMinistry:
		node, err = nilSafe(r.svc.Ministries.ByID(ctx, key))
	case relay.KindDivision:
		node, err = nilSafe(r.svc.Ministries.DivisionByID(ctx, key))
	case relay.KindEvent:
		node, err = nilSafe(r.svc.Events.Find(ctx, key))
	case relay.KindRegistrant:
		node, err = nilSafe(r.svc.Registrants.ByID(ctx, key))
	case relay.KindAwardProgram:
		node, err = nilSafe(r.svc.Awards.ByID(ctx, key))
	case relay.KindAwardEntry:
		node, err = nilSafe(r.svc.Awards.EntryByID(ctx, key))
	case relay.KindEventApplication:
		node, err = nilSafe(r.svc.Events.ApplicationByID(ctx, key))
	case relay.KindAuditEntry:
		node, err = nilSafe(r.svc.Audit.ByID(ctx, key))
	case relay.KindAPIKey:
		node, err = nilSafe(r.svc.APIKeys.ByID(ctx, key))
	default:
		return nil, errors.New("node: unhandled kind " + string(kind))
	}
	return node, err
}

// nilSafe turns a typed nil pointer into an untyped nil, so that "not found" answers null rather
// than an object of the right type with nothing in it.
func nilSafe[T any](v *T, err error) (relay.Node, error) {
	if err != nil || v == nil {
		return nil, err
	}
	return v, nil
}
