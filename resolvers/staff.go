package resolvers

import (
	"context"

	"github.com/teleworkmonth/platform/graph/model"
	"github.com/teleworkmonth/platform/internal/auth"
	"github.com/teleworkmonth/platform/internal/telework"
	"github.com/teleworkmonth/platform/internal/user"
)

// staffMembers presents staff with their roles, the ministries of every role read in one
// statement for them all.
func (r *Resolver) staffMembers(ctx context.Context, members []*user.Member) ([]*model.StaffMember, error) {
	var codes []string
	for _, m := range members {
		for _, g := range m.Grants {
			if g.MinistryCode != "" {
				codes = append(codes, g.MinistryCode)
			}
		}
	}
	ministries, err := r.svc.Ministries.ByCodes(ctx, codes)
	if err != nil {
		return nil, err
	}
	out := make([]*model.StaffMember, len(members))
	for i, m := range members {
		roles := make([]*model.RoleAssignment, len(m.Grants))
		for j, g := range m.Grants {
			roles[j] = &model.RoleAssignment{Role: telework.Role(g.Role), Ministry: ministries[g.MinistryCode]}
		}
		out[i] = &model.StaffMember{Email: m.Email, DisplayName: m.DisplayName, Status: m.Status, Roles: roles,
			InvitedAt: m.InvitedAt, CreatedAt: m.CreatedAt}
	}
	return out, nil
}

func (r *Resolver) staffConnection(ctx context.Context) func(*user.Connection, error) (*model.StaffMemberConnection, error) {
	return func(c *user.Connection, err error) (*model.StaffMemberConnection, error) {
		if err != nil {
			return nil, err
		}
		members, err := r.staffMembers(ctx, c.Nodes)
		if err != nil {
			return nil, err
		}
		edges := make([]*model.StaffMemberEdge, len(members))
		for i, m := range members {
			edges[i] = &model.StaffMemberEdge{Cursor: c.Cursors[i], Node: m}
		}
		return &model.StaffMemberConnection{Edges: edges, PageInfo: pageInfo(c), TotalCount: c.TotalCount}, nil
	}
}

func passwordSetPayload(p *auth.PasswordSet, err error) (*model.PasswordSetPayload, error) {
	if err != nil {
		return nil, err
	}
	return &model.PasswordSetPayload{Email: p.Email}, nil
}
