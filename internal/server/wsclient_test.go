package server

import (
	"context"
	"encoding/json"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
)

// WSClient is a test client of GraphQL over WebSocket that speaks graphql-transport-ws, the
// protocol of the graphql-ws npm client. It is exported for the end-to-end tests of package
// server_test.
type WSClient struct {
	tb       testing.TB
	Conn     *websocket.Conn
	messages chan WSMessage
	// closed gets the error that ended reading: the close frame of the server, or another error.
	closed chan error
}

// WSMessage is one message of graphql-transport-ws.
type WSMessage struct {
	Type    string          `json:"type"`
	ID      string          `json:"id,omitempty"`
	Payload json.RawMessage `json:"payload,omitempty"`
}

// DialWS opens a WebSocket to the GraphQL path of the server at baseURL (http://host:port), with
// the headers given, asking for graphql-transport-ws. It returns the handshake's response, and
// a nil client with the dial error when the server refuses the upgrade.
func DialWS(tb testing.TB, baseURL string, header http.Header) (*WSClient, *http.Response, error) {
	tb.Helper()
	return DialWSProtocol(tb, baseURL, header, "graphql-transport-ws")
}

// DialWSProtocol is DialWS asking for the given subprotocol.
func DialWSProtocol(tb testing.TB, baseURL string, header http.Header, subprotocol string) (*WSClient, *http.Response, error) {
	tb.Helper()
	return dialWS(tb, baseURL, &websocket.DialOptions{HTTPHeader: header, Subprotocols: []string{subprotocol}})
}

// DialWSFrom is DialWS from the local address ip (such as 127.0.0.2: every address of 127.0.0.0/8
// reaches a server on 127.0.0.1), so that the server sees another client.
func DialWSFrom(tb testing.TB, baseURL, ip string) (*WSClient, *http.Response, error) {
	tb.Helper()
	dialer := &net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(ip)}}
	client := &http.Client{Transport: &http.Transport{DialContext: dialer.DialContext}}
	return dialWS(tb, baseURL, &websocket.DialOptions{HTTPClient: client, Subprotocols: []string{"graphql-transport-ws"}})
}

func dialWS(tb testing.TB, baseURL string, opts *websocket.DialOptions) (*WSClient, *http.Response, error) {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	url := "ws" + strings.TrimPrefix(baseURL, "http") + GraphQLPath
	conn, resp, err := websocket.Dial(ctx, url, opts)
	if err != nil {
		return nil, resp, err
	}
	c := &WSClient{tb: tb, Conn: conn, messages: make(chan WSMessage, 100), closed: make(chan error, 1)}
	tb.Cleanup(func() { conn.CloseNow() })
	go c.readLoop()
	return c, resp, nil
}

// readLoop reads the server's messages, answering its pings as the graphql-ws client does.
func (c *WSClient) readLoop() {
	defer close(c.messages)
	for {
		_, data, err := c.Conn.Read(context.Background())
		if err != nil {
			c.closed <- err
			return
		}
		var m WSMessage
		if err := json.Unmarshal(data, &m); err != nil {
			c.closed <- err
			return
		}
		if m.Type == "ping" {
			c.write(WSMessage{Type: "pong"})
			continue
		}
		c.messages <- m
	}
}

func (c *WSClient) write(m WSMessage) error {
	data, err := json.Marshal(m)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return c.Conn.Write(ctx, websocket.MessageText, data)
}

// Send sends a message; payload is marshalled to JSON unless nil.
func (c *WSClient) Send(typ, id string, payload any) {
	c.tb.Helper()
	m := WSMessage{Type: typ, ID: id}
	if payload != nil {
		b, err := json.Marshal(payload)
		if err != nil {
			c.tb.Fatal(err)
		}
		m.Payload = b
	}
	if err := c.write(m); err != nil {
		c.tb.Fatalf("send %s: %v", typ, err)
	}
}

// Read returns the next message of the server, failing the test when none comes within the time
// given or the connection ends.
func (c *WSClient) Read(within time.Duration) WSMessage {
	c.tb.Helper()
	select {
	case m, ok := <-c.messages:
		if !ok {
			c.tb.Fatalf("the connection ended: %v", <-c.closed)
		}
		return m
	case <-time.After(within):
		c.tb.Fatalf("no message within %v", within)
	}
	return WSMessage{}
}

// ReadOf returns the next message of operation id, dropping those of other operations.
func (c *WSClient) ReadOf(id string, within time.Duration) WSMessage {
	c.tb.Helper()
	deadline := time.Now().Add(within)
	for {
		if m := c.Read(time.Until(deadline)); m.ID == id {
			return m
		}
	}
}

// Quiet fails the test when a message comes within the time given.
func (c *WSClient) Quiet(within time.Duration) {
	c.tb.Helper()
	select {
	case m, ok := <-c.messages:
		if ok {
			c.tb.Fatalf("received %s %s, want nothing", m.Type, m.Payload)
		}
	case <-time.After(within):
	}
}

// Init sends connection_init with the payload (nil for none) and expects connection_ack.
func (c *WSClient) Init(payload any) {
	c.tb.Helper()
	c.Send("connection_init", "", payload)
	if m := c.Read(5 * time.Second); m.Type != "connection_ack" {
		c.tb.Fatalf("received %s %s, want connection_ack", m.Type, m.Payload)
	}
}

// Subscribe starts an operation.
func (c *WSClient) Subscribe(id, query string, variables map[string]any) {
	c.tb.Helper()
	c.Send("subscribe", id, map[string]any{"query": query, "variables": variables})
}

// WSResult is the payload of a "next" message: one GraphQL response.
type WSResult struct {
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
}

// Codes lists the error codes of the result.
func (r WSResult) Codes() []string {
	var codes []string
	for _, e := range r.Errors {
		code, _ := e.Extensions["code"].(string)
		codes = append(codes, code)
	}
	return codes
}

// Next returns the next result of operation id, failing the test on any other message of id or
// none within the time given. Messages of other operations are dropped.
func (c *WSClient) Next(id string, within time.Duration) WSResult {
	c.tb.Helper()
	m := c.ReadOf(id, within)
	if m.Type != "next" {
		c.tb.Fatalf("received %s (id %q) %s, want next of %q", m.Type, m.ID, m.Payload, id)
	}
	var r WSResult
	if err := json.Unmarshal(m.Payload, &r); err != nil {
		c.tb.Fatalf("next payload %s: %v", m.Payload, err)
	}
	return r
}

// Closed waits for the server to end the connection and returns its close code (-1 for an end
// without a close frame).
func (c *WSClient) Closed(within time.Duration) websocket.StatusCode {
	c.tb.Helper()
	deadline := time.After(within)
	for {
		select {
		case _, ok := <-c.messages:
			if ok {
				continue // the messages sent before the close
			}
			return websocket.CloseStatus(<-c.closed)
		case <-deadline:
			c.tb.Fatalf("the connection is still open after %v", within)
		}
	}
}
