package main

import (
	"testing"

	"github.com/google/pprof/profile"
)

// TestAuthzShare builds a small CPU profile: 10 ms with the authorization layer below a resolver,
// 5 ms in Casbin itself, 25 ms elsewhere.
func TestAuthzShare(t *testing.T) {
	fn := func(id uint64, name string) *profile.Function { return &profile.Function{ID: id, Name: name} }
	resolver := fn(1, "github.com/teleworkmonth/platform/resolvers.(*eventResolver).Applications")
	authz := fn(2, "github.com/teleworkmonth/platform/internal/authz.(*Authorizer).ListApplications")
	casbin := fn(3, "github.com/casbin/casbin/v2.(*Enforcer).enforce")
	json := fn(4, "encoding/json.Marshal")
	lookalike := fn(5, "github.com/teleworkmonth/platform/internal/authzcache.Get")
	loc := func(id uint64, f *profile.Function) *profile.Location {
		return &profile.Location{ID: id, Line: []profile.Line{{Function: f}}}
	}
	lResolver, lAuthz, lCasbin, lJSON, lLookalike := loc(1, resolver), loc(2, authz), loc(3, casbin), loc(4, json), loc(5, lookalike)
	p := &profile.Profile{
		SampleType: []*profile.ValueType{{Type: "samples", Unit: "count"}, {Type: "cpu", Unit: "nanoseconds"}},
		Function:   []*profile.Function{resolver, authz, casbin, json, lookalike},
		Location:   []*profile.Location{lResolver, lAuthz, lCasbin, lJSON, lLookalike},
		Sample: []*profile.Sample{
			{Location: []*profile.Location{lAuthz, lResolver}, Value: []int64{1, 10e6}},
			{Location: []*profile.Location{lCasbin}, Value: []int64{1, 5e6}},
			{Location: []*profile.Location{lJSON, lResolver}, Value: []int64{1, 20e6}},
			{Location: []*profile.Location{lLookalike}, Value: []int64{1, 5e6}},
		},
	}
	if err := p.CheckValid(); err != nil {
		t.Fatal(err)
	}
	if got := authzShare(p); got != 15.0/40 {
		t.Errorf("authzShare = %v, want %v", got, 15.0/40)
	}
	if got := authzShare(&profile.Profile{SampleType: p.SampleType}); got != 0 {
		t.Errorf("authzShare of an empty profile = %v", got)
	}
}

// TestGCShare counts the collector's background marking and the marking assists that allocation
// is charged with, and nothing that merely allocates.
func TestGCShare(t *testing.T) {
	fn := func(id uint64, name string) *profile.Function { return &profile.Function{ID: id, Name: name} }
	mark := fn(1, "runtime.gcBgMarkWorker")
	assist := fn(2, "runtime.gcAssistAlloc1")
	malloc := fn(3, "runtime.mallocgc")
	handler := fn(4, "github.com/teleworkmonth/platform/internal/server.(*Server).ServeHTTP")
	loc := func(id uint64, f *profile.Function) *profile.Location {
		return &profile.Location{ID: id, Line: []profile.Line{{Function: f}}}
	}
	lMark, lAssist, lMalloc, lHandler := loc(1, mark), loc(2, assist), loc(3, malloc), loc(4, handler)
	p := &profile.Profile{
		SampleType: []*profile.ValueType{{Type: "samples", Unit: "count"}, {Type: "cpu", Unit: "nanoseconds"}},
		Function:   []*profile.Function{mark, assist, malloc, handler},
		Location:   []*profile.Location{lMark, lAssist, lMalloc, lHandler},
		Sample: []*profile.Sample{
			{Location: []*profile.Location{lMark}, Value: []int64{1, 20e6}},
			{Location: []*profile.Location{lAssist, lMalloc, lHandler}, Value: []int64{1, 10e6}},
			{Location: []*profile.Location{lMalloc, lHandler}, Value: []int64{1, 30e6}},
			{Location: []*profile.Location{lHandler}, Value: []int64{1, 40e6}},
		},
	}
	if err := p.CheckValid(); err != nil {
		t.Fatal(err)
	}
	if got := gcShare(p); got != 0.3 {
		t.Errorf("gcShare = %v, want 0.3", got)
	}
}
