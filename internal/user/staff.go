package user

import (
	"context"
	"strings"

	"github.com/teleworkmonth/platform/internal/authz"
	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
)

// Member is a staff account with the roles its viewer may be told of (authz.VisibleGrants).
type Member struct {
	*telework.StaffMember
	Grants []authz.Grant
}

// Connection is a page of staff.
type Connection = relay.Connection[*Member]

// PageOf validates the paging arguments of the staff list.
func PageOf(first *int, after *string) (relay.Page, error) {
	return relay.NewPage(relay.ListStaff, false, first, after)
}

// List returns a page of the staff the viewer may read, oldest account first: every account for
// the secretariat, the accounts holding a role in the ministries it administers for a ministry
// admin (authz.StaffScope), narrowed to one ministry by ministryCode and to those whose email or
// name contains search. Each comes with its roles, read for the whole page in one statement.
func (s *Service) List(ctx context.Context, ministryCode, search string, page relay.Page, withTotal bool) (*Connection, error) {
	scope, err := s.authz.StaffScope(ctx, strings.ToUpper(strings.TrimSpace(ministryCode)))
	if err != nil {
		return nil, err
	}
	filter := store.StaffFilter{Search: strings.TrimSpace(search)}
	rows, err := store.ListStaff(ctx, s.db, scope, filter, page.After, page.Limit())
	if err != nil {
		return nil, err
	}
	members, err := s.withRoles(ctx, rows)
	if err != nil {
		return nil, err
	}
	conn := relay.NewConnection(members, page, func(m *Member) string {
		return relay.EncodeCursor(relay.ListStaff, relay.Cursor{Key: m.ID})
	})
	if withTotal {
		if conn.TotalCount, err = store.CountStaff(ctx, s.db, scope, filter); err != nil {
			return nil, err
		}
	}
	return conn, nil
}

// withRoles reads the roles of staff accounts in one statement and keeps those the viewer may be
// told of.
func (s *Service) withRoles(ctx context.Context, rows []*telework.StaffMember) ([]*Member, error) {
	ids := make([]int64, len(rows))
	for i, r := range rows {
		ids[i] = r.ID
	}
	grants, err := store.RoleGrantsOfUsers(ctx, s.db, ids)
	if err != nil {
		return nil, err
	}
	byUser := make(map[int64][]authz.Grant, len(rows))
	for _, g := range grants {
		byUser[g.UserID] = append(byUser[g.UserID], authz.Grant{Role: g.Role, MinistryCode: g.MinistryCode})
	}
	out := make([]*Member, len(rows))
	for i, r := range rows {
		visible, err := s.authz.VisibleGrants(ctx, byUser[r.ID])
		if err != nil {
			return nil, err
		}
		out[i] = &Member{StaffMember: r, Grants: visible}
	}
	return out, nil
}
