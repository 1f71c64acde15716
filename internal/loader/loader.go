// Package loader batches the reads of one request: every to-one and to-many edge of the graph
// (an event's host and co-hosts, a campaign's committee, a program's winners …) goes through a
// dataloader here, so that a list of any length costs the same number of SQL statements.
//
// Loaders are made per request, for one viewer: they cache what they read for that request only,
// and the nested event lists they run are already limited to what the viewer may see. Deciding
// whether the viewer may see a loaded object is not their job but the services'.
package loader

import (
	"context"
	"slices"
	"sync"
	"time"

	"github.com/graph-gophers/dataloader/v7"
	"github.com/jmoiron/sqlx"

	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
)

// Wait is how long a loader collects keys before it runs its batch: long enough for the resolvers
// of a whole list, which run concurrently, to ask for their keys.
var Wait = 2 * time.Millisecond

// Loaders are the dataloaders of one request.
type Loaders struct {
	Campaign            *Loader[int64, *telework.Campaign]
	Committee           *Loader[int64, *telework.Committee]
	CommitteeOfCampaign *Loader[int64, *telework.Committee]
	CommitteeMembers    *Loader[int64, []*telework.CommitteeMember]
	CampaignStats       *Loader[int64, *telework.CampaignStats]
	Ministry            *Loader[int64, *telework.Ministry]
	Divisions           *Loader[int64, []*telework.Division]
	Division            *Loader[int64, *telework.Division]
	Event               *Loader[int64, *telework.Event]
	Application         *Loader[int64, *telework.EventApplication]
	CoHosts             *Loader[int64, []*telework.Ministry]
	EventDescription    *Loader[int64, *telework.EventDescription]
	ProgramParts        *Loader[int64, []*telework.ProgramPart]
	Registrant          *Loader[int64, *telework.Registrant]
	AwardProgram        *Loader[int64, *telework.AwardProgram]
	ProgramsOfCampaign  *Loader[int64, []*telework.AwardProgram]
	ProgramsOfMinistry  *Loader[ProgramsKey, []*telework.AwardProgram]
	Winners             *Loader[int64, []*telework.AwardEntry]
	AwardEntry          *Loader[int64, *telework.AwardEntry]
	EventPage           *Loader[EventPageKey, []*telework.Event]
	EventCount          *Loader[EventCountKey, int]

	db *sqlx.DB

	ministriesMu sync.Mutex
	ministries   []*telework.Ministry // every ministry, once read (Ministries)
}

// ProgramsKey asks for a ministry's award programs, of one fiscal year when HasYear is set.
type ProgramsKey struct {
	MinistryID int64
	FiscalYear int
	HasYear    bool
}

// EventPageKey asks for one page of a nested event list: a campaign's or a ministry's events.
type EventPageKey struct {
	Parent   store.EventParent
	ParentID int64
	After    time.Time // zero: from the start
	AfterKey int64
	Limit    int
	Details  bool // read the events' details (store.EventQuery.Details)
}

// EventCountKey asks for the number of events of a nested event list.
type EventCountKey struct {
	Parent   store.EventParent
	ParentID int64
}

// EventScopeFunc gives the events that a request's viewer may see, asked when a nested event list
// first needs it: most requests have none.
type EventScopeFunc func(ctx context.Context) (store.EventScope, error)

// publicEvents is the scope of a viewer who sees the published events only.
func publicEvents(context.Context) (store.EventScope, error) { return store.EventScope{}, nil }

// New makes the loaders of one request. eventScope limits the nested event lists to the events the
// request's viewer may see (nil: the published events only); now is the request's time, for what
// becomes public at a time.
func New(db *sqlx.DB, eventScope EventScopeFunc, now time.Time) *Loaders {
	if eventScope == nil {
		eventScope = publicEvents
	}
	return &Loaders{
		Campaign:            byID(db, store.CampaignsByIDs, func(c *telework.Campaign) int64 { return c.ID }),
		Committee:           byID(db, store.CommitteesByIDs, func(c *telework.Committee) int64 { return c.ID }),
		CommitteeOfCampaign: byID(db, store.CommitteesByCampaignIDs, func(c *telework.Committee) int64 { return c.CampaignID }),
		CommitteeMembers:    byKey(db, store.MembersByCommitteeIDs),
		CampaignStats:       byID(db, store.CampaignStats, func(s *telework.CampaignStats) int64 { return s.CampaignID }),
		Ministry:            byID(db, store.MinistriesByIDs, func(m *telework.Ministry) int64 { return m.ID }),
		Divisions:           byKey(db, store.DivisionsByMinistryIDs),
		Division:            byID(db, store.DivisionsByIDs, func(d *telework.Division) int64 { return d.ID }),
		Event:               byID(db, store.EventsByIDs, func(e *telework.Event) int64 { return e.ID }),
		Application:         byID(db, store.ApplicationsByIDs, func(a *telework.EventApplication) int64 { return a.ID }),
		CoHosts:             byKey(db, store.CoHostsByEventIDs),
		EventDescription:    byKey(db, store.EventDescriptionsByIDs),
		ProgramParts:        byKey(db, store.ProgramPartsByEventIDs),
		Registrant:          byID(db, store.RegistrantsByIDs, func(r *telework.Registrant) int64 { return r.ID }),
		AwardProgram:        byID(db, store.AwardProgramsByIDs, func(p *telework.AwardProgram) int64 { return p.ID }),
		ProgramsOfCampaign:  byKey(db, store.AwardProgramsByCampaignIDs),
		ProgramsOfMinistry:  programsOfMinistry(db),
		Winners: byKey(db, func(ctx context.Context, q sqlx.QueryerContext, ids []int64) (map[int64][]*telework.AwardEntry, error) {
			return store.WinnersByProgramIDs(ctx, q, ids, now)
		}),
		AwardEntry: byID(db, store.AwardEntriesByIDs, func(e *telework.AwardEntry) int64 { return e.ID }),
		EventPage:  eventPages(db, eventScope),
		EventCount: eventCounts(db, eventScope),
		db:         db,
	}
}

type contextKey struct{}

// WithLoaders returns a context that carries the loaders of a request.
func WithLoaders(ctx context.Context, l *Loaders) context.Context {
	return context.WithValue(ctx, contextKey{}, l)
}

// From returns the loaders of the request. It panics when there are none: the HTTP handler always
// installs them, so their absence is a wiring bug, not a condition to handle.
func From(ctx context.Context) *Loaders {
	l, ok := ctx.Value(contextKey{}).(*Loaders)
	if !ok {
		panic("loader: no loaders in the context")
	}
	return l
}

// Loader is a dataloader that keeps its batch function, so that the keys of a whole page can also be
// loaded at once with Fill, and keeps what Fill and Prime put in where Get finds it without the
// dataloader: a page of 50 events asks for 100 hosts and co-hosts, and the dataloader's Load
// allocates a thunk, a tracer and a result for every one of them, even from its cache.
type Loader[K comparable, V any] struct {
	batch dataloader.BatchFunc[K, V]

	// loader is made on the first key that nothing put in: most requests use few of the loaders
	// they are given, and most of those only through Fill and Prime.
	loader     *dataloader.Loader[K, V]
	loaderOnce sync.Once

	mu     sync.RWMutex
	filled map[K]V
}

func newLoader[K comparable, V any](batch dataloader.BatchFunc[K, V]) *Loader[K, V] {
	return &Loader[K, V]{batch: batch}
}

// Get returns the value of a key: at once when Fill or Prime put it in, else through the
// dataloader, whose batch window gathers the keys that the resolvers of a list ask for together.
func (l *Loader[K, V]) Get(ctx context.Context, key K) (V, error) {
	l.mu.RLock()
	v, ok := l.filled[key]
	l.mu.RUnlock()
	if ok {
		return v, nil
	}
	l.loaderOnce.Do(func() { l.loader = dataloader.NewBatchedLoader(l.batch, dataloader.WithWait[K, V](Wait)) })
	return l.loader.Load(ctx, key)()
}

// Prime puts the value of a key in, for Get. A key already put in keeps its value.
func (l *Loader[K, V]) Prime(key K, value V) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.filled == nil {
		l.filled = map[K]V{}
	}
	if _, ok := l.filled[key]; !ok {
		l.filled[key] = value
	}
}

// Fill loads keys now, with one run of the batch function in the caller's goroutine, and primes the
// loader with what it found: the resolvers of a page then find their values at once. Keys already
// put in are not loaded again. A key whose load failed is not primed; its resolver loads it again and
// reports the error.
//
// The alternative, registering the keys and letting the batch window run them, made every page wait
// for the window (Wait) once per level, and the library's LoadMany registers each key from a
// goroutine of its own, so its keys may straggle into later batches.
func (l *Loader[K, V]) Fill(ctx context.Context, keys []K) {
	l.mu.RLock()
	keys = slices.DeleteFunc(slices.Clone(keys), func(k K) bool { _, ok := l.filled[k]; return ok })
	l.mu.RUnlock()
	if len(keys) == 0 {
		return
	}
	for i, r := range l.batch(ctx, keys) {
		if r != nil && r.Error == nil {
			l.Prime(keys[i], r.Data)
		}
	}
}

// FillHostsAndCoHosts loads the hosts of a page of events and each event's co-hosts with one
// statement, instead of one for each loader, and primes the Ministry loader with every ministry
// read (hosts and co-hosts) and the CoHosts loader with each event's: an event without co-hosts is
// primed with none. Like Fill, it leaves the loaders as they were when the statement fails; their
// resolvers load again and report the error.
func (l *Loaders) FillHostsAndCoHosts(ctx context.Context, hostIDs, eventIDs []int64) {
	if len(eventIDs) == 0 {
		return
	}
	ministries, coHosts, err := store.HostsAndCoHosts(ctx, l.db, hostIDs, eventIDs)
	if err != nil {
		return
	}
	for _, m := range ministries {
		l.Ministry.Prime(m.ID, m)
	}
	for _, id := range eventIDs {
		l.CoHosts.Prime(id, coHosts[id])
	}
}

// byID makes a loader of objects by key from a store function that returns them in any order.
// A key with no object loads as nil, not as an error.
func byID[V any](db *sqlx.DB, fetch func(context.Context, sqlx.QueryerContext, []int64) ([]V, error), keyOf func(V) int64) *Loader[int64, V] {
	return newLoader(func(ctx context.Context, keys []int64) []*dataloader.Result[V] {
		values, err := fetch(ctx, db, keys)
		if err != nil {
			return failAll[V](len(keys), err)
		}
		found := make(map[int64]V, len(values))
		for _, v := range values {
			found[keyOf(v)] = v
		}
		results := make([]*dataloader.Result[V], len(keys))
		for i, k := range keys {
			results[i] = &dataloader.Result[V]{Data: found[k]}
		}
		return results
	})
}

// byKey makes a loader from a store function that answers by key: a list of values for each key
// (a ministry's divisions) or one value (an event's description). A key it leaves out loads as the
// zero value, not as an error.
func byKey[V any](db *sqlx.DB, fetch func(context.Context, sqlx.QueryerContext, []int64) (map[int64]V, error)) *Loader[int64, V] {
	return newLoader(func(ctx context.Context, keys []int64) []*dataloader.Result[V] {
		found, err := fetch(ctx, db, keys)
		if err != nil {
			return failAll[V](len(keys), err)
		}
		results := make([]*dataloader.Result[V], len(keys))
		for i, k := range keys {
			results[i] = &dataloader.Result[V]{Data: found[k]}
		}
		return results
	})
}

func failAll[V any](n int, err error) []*dataloader.Result[V] {
	results := make([]*dataloader.Result[V], n)
	for i := range results {
		results[i] = &dataloader.Result[V]{Error: err}
	}
	return results
}
