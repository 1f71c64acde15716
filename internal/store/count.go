package store

import (
	"context"
	"database/sql/driver"
	"sync/atomic"
)

// StatementCounter counts the SQL statements run with a context. The request log reports it, the
// benchmark divides it by requests, and the tests prove with it that round trips per request do
// not grow with the length of a list.
type StatementCounter struct{ n atomic.Int64 }

// Count is the number of statements counted so far.
func (c *StatementCounter) Count() int64 { return c.n.Load() }

type counterKey struct{}

// CountStatements returns a context in which every statement run through a database opened by
// Open is counted by the returned counter. A context that already counts keeps its counter, so that
// an outer caller (a test, the benchmark) sees the same count as the request log.
func CountStatements(ctx context.Context) (context.Context, *StatementCounter) {
	if c, ok := ctx.Value(counterKey{}).(*StatementCounter); ok {
		return ctx, c
	}
	c := new(StatementCounter)
	return context.WithValue(ctx, counterKey{}, c), c
}

func countStatement(ctx context.Context) {
	if c, ok := ctx.Value(counterKey{}).(*StatementCounter); ok {
		c.n.Add(1)
	}
}

// countingConnector wraps lib/pq's connector so that each query and exec is counted.
type countingConnector struct{ driver.Connector }

func (c countingConnector) Connect(ctx context.Context) (driver.Conn, error) {
	conn, err := c.Connector.Connect(ctx)
	if err != nil {
		return nil, err
	}
	return countingConn{conn.(pqConn)}, nil
}

// pqConn is what lib/pq's connection provides; the wrapper passes every part of it through.
type pqConn interface {
	driver.Conn
	driver.ConnBeginTx
	driver.ConnPrepareContext
	driver.QueryerContext
	driver.ExecerContext
	driver.Pinger
	driver.SessionResetter
	driver.Validator
	driver.NamedValueChecker
}

type countingConn struct{ pqConn }

func (c countingConn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	countStatement(ctx)
	return c.pqConn.QueryContext(ctx, query, args)
}

func (c countingConn) ExecContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Result, error) {
	countStatement(ctx)
	return c.pqConn.ExecContext(ctx, query, args)
}
