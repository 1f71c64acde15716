package loader

import (
	"context"
	"time"

	"github.com/graph-gophers/dataloader/v7"
	"github.com/jmoiron/sqlx"

	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
)

// programsOfMinistry batches ministries' award programs, one statement per fiscal year asked for.
func programsOfMinistry(db *sqlx.DB) *Loader[ProgramsKey, []*telework.AwardProgram] {
	return newLoader(func(ctx context.Context, keys []ProgramsKey) []*dataloader.Result[[]*telework.AwardProgram] {
		results := make([]*dataloader.Result[[]*telework.AwardProgram], len(keys))
		type year struct {
			value int
			given bool
		}
		for y, idx := range groupKeys(keys, func(k ProgramsKey) year { return year{k.FiscalYear, k.HasYear} }) {
			ids := make([]int64, len(idx))
			for i, j := range idx {
				ids[i] = keys[j].MinistryID
			}
			var fiscalYear *int
			if y.given {
				fiscalYear = &y.value
			}
			groups, err := store.AwardProgramsByMinistryIDs(ctx, db, ids, fiscalYear)
			for _, j := range idx {
				results[j] = &dataloader.Result[[]*telework.AwardProgram]{Data: groups[keys[j].MinistryID], Error: err}
			}
		}
		return results
	})
}

type pageShape struct {
	parent   store.EventParent
	after    time.Time
	afterKey int64
	limit    int
	details  bool
}

// eventPages batches the pages of nested event lists: one statement for all the parents that ask
// for the same page (which is every parent, in a list of campaigns or ministries).
func eventPages(db *sqlx.DB, scopeOf EventScopeFunc) *Loader[EventPageKey, []*telework.Event] {
	return newLoader(func(ctx context.Context, keys []EventPageKey) []*dataloader.Result[[]*telework.Event] {
		scope, err := scopeOf(ctx)
		if err != nil {
			return failAll[[]*telework.Event](len(keys), err)
		}
		results := make([]*dataloader.Result[[]*telework.Event], len(keys))
		shapeOf := func(k EventPageKey) pageShape { return pageShape{k.Parent, k.After, k.AfterKey, k.Limit, k.Details} }
		for shape, idx := range groupKeys(keys, shapeOf) {
			ids := make([]int64, len(idx))
			for i, j := range idx {
				ids[i] = keys[j].ParentID
			}
			q := store.EventQuery{Scope: scope, Limit: shape.limit, Details: shape.details}
			if shape.afterKey != 0 {
				at := shape.after
				q.After = &relay.Cursor{Time: &at, Key: shape.afterKey}
			}
			pages, err := store.ListEventsOf(ctx, db, shape.parent, ids, q)
			for _, j := range idx {
				results[j] = &dataloader.Result[[]*telework.Event]{Data: pages[keys[j].ParentID], Error: err}
			}
		}
		return results
	})
}

// eventCounts batches the totals of nested event lists.
func eventCounts(db *sqlx.DB, scopeOf EventScopeFunc) *Loader[EventCountKey, int] {
	return newLoader(func(ctx context.Context, keys []EventCountKey) []*dataloader.Result[int] {
		scope, err := scopeOf(ctx)
		if err != nil {
			return failAll[int](len(keys), err)
		}
		results := make([]*dataloader.Result[int], len(keys))
		for parent, idx := range groupKeys(keys, func(k EventCountKey) store.EventParent { return k.Parent }) {
			ids := make([]int64, len(idx))
			for i, j := range idx {
				ids[i] = keys[j].ParentID
			}
			counts, err := store.CountEventsOf(ctx, db, parent, ids, scope)
			for _, j := range idx {
				results[j] = &dataloader.Result[int]{Data: counts[keys[j].ParentID], Error: err}
			}
		}
		return results
	})
}

// groupKeys groups the indexes of keys by a shape that one statement can serve.
func groupKeys[K any, S comparable](keys []K, shapeOf func(K) S) map[S][]int {
	groups := make(map[S][]int)
	for i, k := range keys {
		s := shapeOf(k)
		groups[s] = append(groups[s], i)
	}
	return groups
}
