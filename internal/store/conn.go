package store

import (
	"container/list"
	"context"
	"database/sql/driver"
	"errors"
	"fmt"

	"github.com/lib/pq"
)

// connector wraps lib/pq's connector: every statement on its connections is counted, and recorded
// when the context asks for it (watchStatement), and the queries are run as statements prepared on
// the connection, kept for the next time the same text runs there (statementCache).
type connector struct {
	driver.Connector
	prepared int // statements kept prepared on each connection; 0 for none
}

func (c connector) Connect(ctx context.Context) (driver.Conn, error) {
	dc, err := c.Connector.Connect(ctx)
	if err != nil {
		return nil, err
	}
	pc, ok := dc.(pqConn)
	if !ok {
		dc.Close()
		return nil, fmt.Errorf("store: the driver's connection is a %T, not lib/pq's", dc)
	}
	cn := &conn{pqConn: pc}
	if c.prepared > 0 {
		cn.statements = newStatementCache(pc, c.prepared)
	}
	return cn, nil
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

// conn is one connection. database/sql uses a connection from one goroutine at a time, so its
// state needs no lock.
type conn struct {
	pqConn
	statements *statementCache // nil when statements are not prepared
	inTx       bool
}

func (c *conn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	w, start := watchStatement(ctx, query, args)
	defer w.done(start)
	if c.statements == nil {
		return c.pqConn.QueryContext(ctx, query, args)
	}
	rows, err := c.statements.query(ctx, query, args)
	if err != nil && invalidatesStatement(err) {
		// The stale statement is dropped, to be prepared again. Outside a transaction nothing
		// else was affected, so the query runs again at once; inside one the error aborted the
		// transaction, which takes no more messages (not even the statement's closing: the
		// server frees it with the connection), and the error is the caller's.
		c.statements.drop(query, !c.inTx)
		if !c.inTx {
			return c.statements.query(ctx, query, args)
		}
	}
	return rows, err
}

func (c *conn) BeginTx(ctx context.Context, opts driver.TxOptions) (driver.Tx, error) {
	tx, err := c.pqConn.BeginTx(ctx, opts)
	if err != nil {
		return nil, err
	}
	c.inTx = true
	return txOf{tx, c}, nil
}

// txOf marks its connection out of a transaction when it ends.
type txOf struct {
	driver.Tx
	c *conn
}

func (t txOf) Commit() error {
	t.c.inTx = false
	return t.Tx.Commit()
}

func (t txOf) Rollback() error {
	t.c.inTx = false
	return t.Tx.Rollback()
}

func (c *conn) ExecContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Result, error) {
	w, start := watchStatement(ctx, query, args)
	defer w.done(start)
	return c.pqConn.ExecContext(ctx, query, args)
}

// statementCache keeps the queries a connection ran prepared on it, up to a number, the least
// recently used closed first. PostgreSQL parses and plans a statement sent unprepared every time
// it runs; for the short queries of a page (the events of a list, their hosts and co-hosts), that
// was most of what they cost the server: a prepared one is only bound and run, and after five runs
// PostgreSQL keeps a generic plan when it is no dearer than the custom ones. Writes (Exec) are
// not prepared; an INSERT … RETURNING is a query and is. A statement the server no longer accepts
// (invalidatesStatement) is prepared again.
type statementCache struct {
	conn   pqConn
	size   int
	byText map[string]*list.Element // of *preparedStatement
	recent list.List                // most recently used at the front
}

type preparedStatement struct {
	query string
	stmt  driver.Stmt
}

func newStatementCache(c pqConn, size int) *statementCache {
	return &statementCache{conn: c, size: size, byText: map[string]*list.Element{}}
}

func (c *statementCache) query(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	st, err := c.prepared(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.(driver.StmtQueryContext).QueryContext(ctx, args)
}

// prepared returns the statement prepared for query on the connection, preparing it the first time.
func (c *statementCache) prepared(ctx context.Context, query string) (driver.Stmt, error) {
	if e, ok := c.byText[query]; ok {
		c.recent.MoveToFront(e)
		return e.Value.(*preparedStatement).stmt, nil
	}
	st, err := c.conn.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	c.byText[query] = c.recent.PushFront(&preparedStatement{query: query, stmt: st})
	if c.recent.Len() > c.size {
		c.remove(c.recent.Back(), true)
	}
	return st, nil
}

// drop forgets the statement prepared for query, which the server no longer accepts: it is
// prepared again the next time. It is closed on the server too when closeIt.
func (c *statementCache) drop(query string, closeIt bool) {
	if e, ok := c.byText[query]; ok {
		c.remove(e, closeIt)
	}
}

func (c *statementCache) remove(e *list.Element, closeIt bool) {
	p := c.recent.Remove(e).(*preparedStatement)
	delete(c.byText, p.query)
	if closeIt {
		// Closing frees the plan on the server; a connection that failed is discarded by
		// database/sql, and its statements with it.
		_ = p.stmt.Close()
	}
}

// invalidatesStatement tells whether an error means the prepared statement must be prepared
// again: a change of the tables it reads changed its result's columns (0A000, "cached plan must
// not change result type"), or it no longer exists on the server (26000: a pooler in between, or
// DISCARD ALL).
func invalidatesStatement(err error) bool {
	var pe *pq.Error
	return errors.As(err, &pe) && (pe.Code == "0A000" || pe.Code == "26000")
}
