package apptest

import (
	"context"
	"strings"
	"testing"

	"github.com/jmoiron/sqlx"

	"github.com/teleworkmonth/platform/internal/authz"
	"github.com/teleworkmonth/platform/internal/pgtest"
	"github.com/teleworkmonth/platform/internal/seed"
	"github.com/teleworkmonth/platform/internal/telework"
	"github.com/teleworkmonth/platform/internal/user"
)

// Actor is a staff member for a World: a role in a ministry ("" for the secretariat).
type Actor struct {
	Role     telework.Role
	Ministry string
}

// World is what service tests run on: a database of their own with the demo data, the real Casbin
// policy, and a context acting as each named staff member ("anonymous" acts as nobody).
type World struct {
	DB    *sqlx.DB
	Authz *authz.Authorizer
	As    map[string]context.Context
}

// NewWorld creates the database, the staff accounts with their roles, and the policy that knows
// them.
func NewWorld(tb testing.TB, actors map[string]Actor) *World {
	tb.Helper()
	ctx := tb.Context()
	db := pgtest.NewDB(tb)
	if _, err := seed.Demo(ctx, db); err != nil {
		tb.Fatalf("apptest: seed: %v", err)
	}
	w := &World{DB: db, As: map[string]context.Context{"anonymous": ctx}}
	for name, a := range actors {
		u, err := user.NewService(db).Create(ctx, user.NewUser{
			Email: strings.ReplaceAll(name, " ", ".") + "@example.jp", DisplayName: name,
			Password: "correct horse battery", Role: a.Role, MinistryCode: a.Ministry,
		})
		if err != nil {
			tb.Fatalf("apptest: create %s: %v", name, err)
		}
		w.As[name] = authz.WithViewer(ctx, &authz.Viewer{Kind: authz.Staff, UserID: u.ID, Email: u.Email})
	}
	policy, err := authz.NewPolicy(ctx, db)
	if err != nil {
		tb.Fatalf("apptest: policy: %v", err)
	}
	w.Authz = authz.New(policy)
	return w
}
