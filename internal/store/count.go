package store

import (
	"context"
	"database/sql/driver"
	"slices"
	"sync"
	"sync/atomic"
	"time"
)

// StatementCounter counts the SQL statements run with a context. The request log reports it, the
// benchmark divides it by requests, and the tests prove with it that round trips per request do
// not grow with the length of a list.
type StatementCounter struct{ n, nanos atomic.Int64 }

// Count is the number of statements counted so far.
func (c *StatementCounter) Count() int64 { return c.n.Load() }

// Time is how long the statements counted so far took, each from its sending to its answer (the
// first rows of a query; reading the rest is the caller's time).
func (c *StatementCounter) Time() time.Duration { return time.Duration(c.nanos.Load()) }

// Statement is one SQL statement as the driver ran it: its text with $n placeholders and the
// values bound to them, already converted to driver values (int64, float64, bool, []byte, string,
// time.Time or nil), so that they can be bound again as they are, e.g. to EXPLAIN the statement.
type Statement struct {
	SQL  string
	Args []any
}

// StatementLog records the SQL statements run with a context, in the order the driver received
// them. Dataloaders run statements from goroutines of their own, so it is safe for concurrent use.
type StatementLog struct {
	mu         sync.Mutex
	statements []Statement
}

// Statements returns a copy of the statements recorded so far.
func (l *StatementLog) Statements() []Statement {
	l.mu.Lock()
	defer l.mu.Unlock()
	return slices.Clone(l.statements)
}

func (l *StatementLog) add(query string, args []driver.NamedValue) {
	values := make([]any, len(args))
	for i, a := range args {
		if b, ok := a.Value.([]byte); ok {
			// The caller may reuse its buffer once the statement has run.
			a.Value = slices.Clone(b)
		}
		values[i] = a.Value
	}
	l.mu.Lock()
	l.statements = append(l.statements, Statement{SQL: query, Args: values})
	l.mu.Unlock()
}

// statementWatch is what a context asks of the driver for each statement: count it, and record it
// too when log is set. One context value holds both, so a statement costs one lookup, and a
// context that only counts never copies a statement.
type statementWatch struct {
	counter *StatementCounter
	log     *StatementLog
}

type watchKey struct{}

func watchOf(ctx context.Context) *statementWatch {
	w, _ := ctx.Value(watchKey{}).(*statementWatch)
	return w
}

// CountStatements returns a context in which every statement run through a database opened by
// Open is counted by the returned counter. A context that already counts keeps its counter, so that
// an outer caller (a test, the benchmark) sees the same count as the request log.
func CountStatements(ctx context.Context) (context.Context, *StatementCounter) {
	if w := watchOf(ctx); w != nil {
		return ctx, w.counter
	}
	w := &statementWatch{counter: new(StatementCounter)}
	return context.WithValue(ctx, watchKey{}, w), w.counter
}

// RecordStatements returns a context in which every statement run through a database opened by
// Open is recorded, text and arguments, in the returned log (and counted, as by CountStatements).
// A context that already records keeps its log, as one that counts keeps its counter; a context
// that only counts keeps its counter and gains the log. Recording copies every statement's
// arguments: it is for tools that look at what a request ran (the benchmark's EXPLAIN), not for
// every request.
func RecordStatements(ctx context.Context) (context.Context, *StatementLog) {
	outer := watchOf(ctx)
	if outer != nil && outer.log != nil {
		return ctx, outer.log
	}
	w := &statementWatch{counter: new(StatementCounter), log: new(StatementLog)}
	if outer != nil {
		w.counter = outer.counter
	}
	return context.WithValue(ctx, watchKey{}, w), w.log
}

// watchStatement counts, and records when asked to, a statement about to run with ctx. It returns
// the watch, to be told when the statement's answer came (done), or nil when ctx does not count.
func watchStatement(ctx context.Context, query string, args []driver.NamedValue) (*statementWatch, time.Time) {
	w := watchOf(ctx)
	if w == nil {
		return nil, time.Time{}
	}
	w.counter.n.Add(1)
	if w.log != nil {
		w.log.add(query, args)
	}
	return w, time.Now()
}

// done adds the time of a statement sent at start to the count.
func (w *statementWatch) done(start time.Time) {
	if w != nil {
		w.counter.nanos.Add(int64(time.Since(start)))
	}
}
