package server

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/metrics"
)

// closeSubscriberExists is the close code of graphql-transport-ws for a subscribe message whose id
// names an operation still running on the connection.
const closeSubscriberExists = 4409

// maxCloseReason is the longest close reason a WebSocket close frame carries (RFC 6455, 5.5).
const maxCloseReason = 123

// guardedSockets accepts WebSocket connections with another implementation and wraps each in an
// operationGuard, which keeps the operations of the connection to what the protocol and
// WS_MAX_SUBSCRIPTIONS allow. gqlgen's transport does neither itself: it runs every subscribe
// message, however many, and a second one with an id in use replaces the first in its table
// while both keep running.
type guardedSockets struct {
	transport.WebsocketImplementation
	maxOperations int
}

func (g guardedSockets) Accept(w http.ResponseWriter, r *http.Request, o transport.WebsocketAcceptOptions) (transport.WebsocketConn, error) {
	conn, err := g.WebsocketImplementation.Accept(w, r, o)
	if err != nil {
		return nil, err
	}
	return newOperationGuard(conn, g.maxOperations), nil
}

// operationGuard stands between gqlgen's transport and the connection, reading and writing
// messages of either protocol (graphql-transport-ws, legacy graphql-ws). It keeps the table of the
// client's operations by the ids the client gave them, and passes each to gqlgen under an id of
// its own, unique for the life of the connection, translating the ids of gqlgen's answers back.
// So it can:
//   - close the connection with 4409 on a subscribe whose id is in use, as graphql-transport-ws
//     requires;
//   - refuse a subscribe beyond the connection's limit;
//   - free an id as soon as the client completes its operation (the protocol lets the client
//     use it again at once), and drop what gqlgen still sends for that operation ("no further
//     events" once the client has completed it), which gqlgen, keeping the client's ids, would
//     otherwise send as messages of the new operation of the same id;
//   - send nothing after an error message of an operation (gqlgen follows some with complete).
type operationGuard struct {
	transport.WebsocketConn
	max                 int
	startType, stopType string // the client's messages that start and stop an operation

	mu       sync.Mutex
	serial   uint64                // the last id given to gqlgen
	byClient map[string]string     // the client's id of each running operation -> gqlgen's
	byOurs   map[string]*operation // gqlgen's id of each operation it has not ended -> the operation
	writeMu  sync.Mutex
}

type operation struct {
	clientID string
	stopped  bool // completed by the client: nothing more is sent for it
}

// wsMessage is a message of either protocol, with the fields gqlgen's own message types have.
type wsMessage struct {
	Payload json.RawMessage `json:"payload,omitempty"`
	ID      string          `json:"id,omitempty"`
	Type    string          `json:"type"`
}

func newOperationGuard(conn transport.WebsocketConn, max int) *operationGuard {
	g := &operationGuard{WebsocketConn: conn, max: max, startType: "start", stopType: "stop",
		byClient: map[string]string{}, byOurs: map[string]*operation{}}
	if conn.Subprotocol() == "graphql-transport-ws" {
		g.startType, g.stopType = "subscribe", "complete"
	}
	return g
}

// NextReader returns the client's next message for gqlgen, after the guard has handled it: a
// start or stop with gqlgen's id in place of the client's, other messages as they came. A start
// refused for the limit is answered here and not passed on; a start whose id is in use closes the
// connection, and NextReader reports the connection closed.
func (g *operationGuard) NextReader() (int, io.Reader, error) {
	for {
		typ, r, err := g.WebsocketConn.NextReader()
		if err != nil {
			return typ, r, err
		}
		data, err := io.ReadAll(r)
		if err != nil {
			return typ, nil, err
		}
		var m wsMessage
		// Decoded as gqlgen decodes it: a message that gqlgen refuses goes to it unchanged.
		if json.NewDecoder(bytes.NewReader(data)).Decode(&m) != nil {
			return typ, bytes.NewReader(data), nil
		}
		var pass bool
		switch m.Type {
		case g.startType:
			pass, err = g.start(&m)
		case g.stopType:
			pass = g.stop(&m)
		default:
			return typ, bytes.NewReader(data), nil
		}
		if err != nil {
			return typ, nil, err
		}
		if !pass {
			continue
		}
		if data, err = json.Marshal(m); err != nil {
			return typ, nil, err
		}
		return typ, bytes.NewReader(data), nil
	}
}

// start records the operation m starts and gives it gqlgen's id; it reports false when the
// operation is refused, and an error when the connection is closed.
func (g *operationGuard) start(m *wsMessage) (bool, error) {
	g.mu.Lock()
	_, inUse := g.byClient[m.ID]
	full := len(g.byClient) >= g.max
	if !inUse && !full {
		g.serial++
		ours := strconv.FormatUint(g.serial, 10)
		g.byClient[m.ID] = ours
		g.byOurs[ours] = &operation{clientID: m.ID}
		m.ID = ours
		metrics.Subscriptions.Inc()
	}
	g.mu.Unlock()
	switch {
	case inUse:
		reason := "Subscriber for " + m.ID + " already exists"
		if len(reason) > maxCloseReason {
			reason = "Subscriber already exists"
		}
		// gqlgen's own close, when it sees the connection end, finds this one under way and
		// sends nothing.
		g.WebsocketConn.WriteClose(closeSubscriberExists, reason)
		return false, transport.ErrWebsocketClosed
	case full:
		// An error message ends this operation only, and the graphql-ws client hands it to
		// whoever subscribed; a close code would end every operation of the connection, and
		// the client would reconnect and subscribe to them all again.
		return false, g.refuse(m.ID)
	}
	return true, nil
}

// refuse answers the start of operation id with an error message: RATE_LIMITED, as for any
// client that asks more than its share.
func (g *operationGuard) refuse(id string) error {
	metrics.RateLimited.WithLabelValues("websocket_operations").Inc()
	payload, err := json.Marshal(gqlerror.List{{
		Message:    fmt.Sprintf("this connection already runs %d operations, the most it may: complete one first", g.max),
		Extensions: map[string]any{"code": string(apperr.RateLimited)},
	}})
	if err != nil {
		return err
	}
	return g.write(wsMessage{ID: id, Type: "error", Payload: payload})
}

// stop frees the client's id of the operation m stops and gives m gqlgen's id; it reports false
// for an id that names no running operation (gqlgen would ignore it too).
func (g *operationGuard) stop(m *wsMessage) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	ours, ok := g.byClient[m.ID]
	if !ok {
		return false
	}
	delete(g.byClient, m.ID)
	g.byOurs[ours].stopped = true
	m.ID = ours
	return true
}

// WriteJSON sends a message of gqlgen to the client, with the client's id in place of gqlgen's.
// When it ends an operation (error, complete), the client's id is free before the client can
// read that it is.
func (g *operationGuard) WriteJSON(v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	var m wsMessage
	if err := json.Unmarshal(data, &m); err != nil || m.ID == "" {
		return g.writeRaw(data) // not a message of an operation: ack, ping, pong, ka
	}
	g.mu.Lock()
	op, ok := g.byOurs[m.ID]
	if ok && (m.Type == "error" || m.Type == "complete") {
		delete(g.byOurs, m.ID)
		metrics.Subscriptions.Dec()
		if !op.stopped {
			delete(g.byClient, op.clientID)
		}
	}
	g.mu.Unlock()
	if !ok || op.stopped {
		return nil
	}
	m.ID = op.clientID
	return g.write(m)
}

// Close ends the connection; the operations still running on it end with it.
func (g *operationGuard) Close() error {
	g.mu.Lock()
	metrics.Subscriptions.Sub(float64(len(g.byOurs)))
	clear(g.byOurs)
	g.mu.Unlock()
	return g.WebsocketConn.Close()
}

func (g *operationGuard) write(m wsMessage) error {
	data, err := json.Marshal(m)
	if err != nil {
		return err
	}
	return g.writeRaw(data)
}

// writeRaw sends one message; the guard's own answers come from the reading goroutine while
// gqlgen writes from others.
func (g *operationGuard) writeRaw(data []byte) error {
	g.writeMu.Lock()
	defer g.writeMu.Unlock()
	return g.WebsocketConn.WriteJSON(json.RawMessage(data))
}

// SetReadLimit and SetReadDeadline pass on the options that gqlgen finds on the connection by
// type assertion: the payload limit (MAX_BODY_BYTES) and the deadline of a missing pong.

func (g *operationGuard) SetReadLimit(limit int64) {
	if l, ok := g.WebsocketConn.(transport.WebsocketReadLimiter); ok {
		l.SetReadLimit(limit)
	}
}

func (g *operationGuard) SetReadDeadline(t time.Time) error {
	if d, ok := g.WebsocketConn.(transport.WebsocketReadDeadliner); ok {
		return d.SetReadDeadline(t)
	}
	return nil
}

var (
	_ transport.WebsocketReadLimiter   = (*operationGuard)(nil)
	_ transport.WebsocketReadDeadliner = (*operationGuard)(nil)
)
