package server

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/coder/websocket"
	"github.com/jmoiron/sqlx"
	"github.com/rs/zerolog"
	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/teleworkmonth/platform/internal/auth"
	"github.com/teleworkmonth/platform/internal/authz"
	"github.com/teleworkmonth/platform/internal/config"
	"github.com/teleworkmonth/platform/internal/lang"
	"github.com/teleworkmonth/platform/internal/loader"
	"github.com/teleworkmonth/platform/internal/pgtest"
)

// probe is a schema whose operations report what the transport gave them: the viewer, the time
// left before the deadline, and the dataloaders.
type probe struct {
	mu      sync.Mutex
	loaders []*loader.Loaders
}

// tick is how often the probe's subscription emits.
const tick = 20 * time.Millisecond

func (p *probe) schema() graphql.ExecutableSchema {
	schema := gqlparser.MustLoadSchema(&ast.Source{Input: `
		type Query { viewer: String! deadlineMs: Int! }
		type Subscription { ticks: Int! }
	`})
	return &graphql.ExecutableSchemaMock{
		SchemaFunc:     func() *ast.Schema { return schema },
		ComplexityFunc: func(context.Context, string, string, int, map[string]any) (int, bool) { return 0, false },
		ExecFunc: func(ctx context.Context) graphql.ResponseHandler {
			if graphql.GetOperationContext(ctx).Operation.Operation == ast.Subscription {
				n := 0
				return func(ctx context.Context) *graphql.Response {
					select {
					case <-ctx.Done():
						return nil
					case <-time.After(tick):
						n++
						return &graphql.Response{Data: []byte(fmt.Sprintf(`{"ticks":%d}`, n))}
					}
				}
			}
			p.mu.Lock()
			p.loaders = append(p.loaders, loader.From(ctx))
			p.mu.Unlock()
			left := int64(-1)
			if d, ok := ctx.Deadline(); ok {
				left = time.Until(d).Milliseconds()
			}
			data, _ := json.Marshal(map[string]any{"viewer": authz.ViewerFrom(ctx).Kind, "deadlineMs": left})
			return graphql.OneShot(&graphql.Response{Data: data})
		},
	}
}

// socketServer serves the probe schema over HTTP and WebSocket behind the middleware of New, on a
// database of its own.
type socketServer struct {
	URL   string
	DB    *sqlx.DB
	Auth  *auth.Service
	probe *probe
}

func newSocketServer(t *testing.T, env map[string]string) *socketServer {
	t.Helper()
	dbURL := pgtest.NewURL(t)
	db, err := sqlx.Open("postgres", dbURL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	vars := map[string]string{"APP_ENV": config.Test, "DATABASE_URL": dbURL}
	for k, v := range env {
		vars[k] = v
	}
	cfg, err := config.Load(func(k string) string { return vars[k] })
	if err != nil {
		t.Fatal(err)
	}
	policy, err := authz.NewPolicy(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	d := Deps{Config: cfg, DB: db, Log: zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.WarnLevel),
		Authz: authz.New(policy), Auth: auth.NewService(db, auth.Options{}), Now: time.Now}
	p := &probe{}
	gql := handler.New(p.schema())
	gql.AddTransport(httpTransport{})
	gql.AddTransport(newWebsocket(d))
	// The middleware of New, in its order.
	api := chain(gql, limitBody(cfg.MaxBodyBytes), refuseGETMutations(cfg.MaxTokens), withTimeout(cfg.RequestTimeout),
		lang.Middleware, auth.Middleware(d.Auth), withLoaders(d))
	mux := http.NewServeMux()
	mux.Handle(GraphQLPath, api)
	ts := httptest.NewServer(withEveryRequest(mux, d))
	t.Cleanup(ts.Close)
	return &socketServer{URL: ts.URL, DB: db, Auth: d.Auth, probe: p}
}

// apiKey makes a partner API key.
func (s *socketServer) apiKey(t *testing.T) string {
	t.Helper()
	_, key, err := s.Auth.CreateAPIKey(context.Background(), s.DB, "portal", 0)
	if err != nil {
		t.Fatal(err)
	}
	return key
}

func dial(t *testing.T, s *socketServer, origin string) *WSClient {
	t.Helper()
	h := http.Header{}
	if origin != "" {
		h.Set("Origin", origin)
	}
	c, resp, err := DialWS(t, s.URL, h)
	if err != nil {
		status := 0
		if resp != nil {
			status = resp.StatusCode
		}
		t.Fatalf("dial with Origin %q: status %d: %v", origin, status, err)
	}
	return c
}

// queryViewer runs the probe's query over c and returns what it saw.
func queryViewer(t *testing.T, c *WSClient, id string) (viewer string, deadlineMs int) {
	t.Helper()
	c.Subscribe(id, `{ viewer deadlineMs }`, nil)
	r := c.Next(id, 5*time.Second)
	var data struct {
		Viewer     string
		DeadlineMs int
	}
	if err := json.Unmarshal(r.Data, &data); err != nil || len(r.Errors) > 0 {
		t.Fatalf("query: %s, errors %v", r.Data, r.Codes())
	}
	if m := c.ReadOf(id, 5*time.Second); m.Type != "complete" {
		t.Fatalf("received %s %s, want complete of %s", m.Type, m.Payload, id)
	}
	return data.Viewer, data.DeadlineMs
}

// TestWebsocketOrigins: pages of the server's own origin and of ALLOWED_ORIGINS may open a
// connection, clients without Origin too; other pages are refused with 403 before the upgrade.
func TestWebsocketOrigins(t *testing.T) {
	t.Parallel()
	dev := newSocketServer(t, nil)
	// Listed origins replace the local defaults, as in production (where there are none).
	listed := newSocketServer(t, map[string]string{"ALLOWED_ORIGINS": "https://portal.example.jp,http://localhost:5173"})
	own := func(s *socketServer) string { return s.URL }

	tests := []struct {
		name   string
		server *socketServer
		origin func(*socketServer) string
		ok     bool
	}{
		{"no origin", listed, nil, true},
		{"same origin", listed, own, true},
		{"listed", listed, fixed("https://portal.example.jp"), true},
		{"listed with its port", listed, fixed("http://localhost:5173"), true},
		{"listed, other port", listed, fixed("http://localhost:5174"), false},
		{"listed, other scheme", listed, fixed("http://portal.example.jp"), false},
		{"subdomain of a listed one", listed, fixed("https://evil.portal.example.jp"), false},
		{"local page, not listed", listed, fixed("http://localhost:3000"), false},
		{"other site", listed, fixed("https://evil.example"), false},
		{"null", listed, fixed("null"), false},
		{"same origin, development", dev, own, true},
		{"localhost, any port, development", dev, fixed("http://localhost:3000"), true},
		{"127.0.0.1, any port, development", dev, fixed("http://127.0.0.1:8081"), true},
		{"localhost over https, development", dev, fixed("https://localhost:3000"), false},
		{"a host that begins like localhost", dev, fixed("http://localhost.evil.example:3000"), false},
		{"other site, development", dev, fixed("https://evil.example"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := http.Header{}
			if tt.origin != nil {
				h.Set("Origin", tt.origin(tt.server))
			}
			c, resp, err := DialWS(t, tt.server.URL, h)
			if tt.ok {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				c.Init(nil)
				if viewer, _ := queryViewer(t, c, "1"); viewer != string(authz.Anonymous) {
					t.Errorf("viewer %q, want anonymous", viewer)
				}
				return
			}
			if err == nil {
				t.Fatal("the upgrade was accepted")
			}
			if resp == nil || resp.StatusCode != http.StatusForbidden {
				t.Fatalf("response %v, want 403", resp)
			}
			if resp.Header.Get("X-Request-Id") == "" {
				t.Error("no X-Request-Id on the refusal")
			}
		})
	}
}

func fixed(origin string) func(*socketServer) string {
	return func(*socketServer) string { return origin }
}

// TestWebsocketHandshake: an Upgrade that is not a WebSocket handshake is answered in the API's
// error shape, without an upgrade.
func TestWebsocketHandshake(t *testing.T) {
	t.Parallel()
	s := newSocketServer(t, nil)
	tests := []struct {
		name   string
		header map[string]string
		want   int
	}{
		{"h2c", map[string]string{"Upgrade": "h2c", "Connection": "Upgrade"}, http.StatusBadRequest},
		{"no key", map[string]string{"Upgrade": "websocket", "Connection": "Upgrade", "Sec-WebSocket-Version": "13"}, http.StatusBadRequest},
		{"old version", map[string]string{"Upgrade": "websocket", "Connection": "Upgrade", "Sec-WebSocket-Version": "8",
			"Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ=="}, http.StatusUpgradeRequired},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, _ := http.NewRequest(http.MethodGet, s.URL+GraphQLPath, nil)
			for k, v := range tt.header {
				req.Header.Set(k, v)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			var body struct {
				Errors []struct{ Extensions struct{ Code string } }
			}
			json.NewDecoder(resp.Body).Decode(&body)
			if resp.StatusCode != tt.want || len(body.Errors) != 1 || body.Errors[0].Extensions.Code != "BAD_USER_INPUT" {
				t.Errorf("status %d, errors %+v; want %d and BAD_USER_INPUT", resp.StatusCode, body.Errors, tt.want)
			}
		})
	}
}

// TestWebsocketInit: the credential of the connection_init payload makes the connection's viewer;
// a credential that is not valid closes the connection with 4403 before any operation runs.
func TestWebsocketInit(t *testing.T) {
	t.Parallel()
	s := newSocketServer(t, nil)
	key := s.apiKey(t)

	for _, tt := range []struct {
		name    string
		payload any
		viewer  authz.Kind // "" when refused
	}{
		{"no payload", nil, authz.Anonymous},
		{"empty payload", map[string]any{}, authz.Anonymous},
		{"Authorization", map[string]any{"Authorization": "Bearer " + key}, authz.Partner},
		{"authorization", map[string]any{"authorization": "Bearer " + key}, authz.Partner},
		{"unknown token", map[string]any{"Authorization": "Bearer " + key + "x"}, ""},
		{"another scheme", map[string]any{"Authorization": "Basic dXNlcjpwYXNz"}, ""},
		{"not a string", map[string]any{"Authorization": 42}, ""},
		{"empty string", map[string]any{"Authorization": ""}, ""},
		{"both spellings", map[string]any{"Authorization": "Bearer " + key, "authorization": "Bearer " + key}, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := dial(t, s, "")
			if tt.viewer == "" {
				c.Send("connection_init", "", tt.payload)
				if code := c.Closed(5 * time.Second); code != closeForbidden {
					t.Errorf("closed with %d, want %d", code, closeForbidden)
				}
				return
			}
			c.Init(tt.payload)
			if viewer, _ := queryViewer(t, c, "q"); viewer != string(tt.viewer) {
				t.Errorf("viewer %q, want %q", viewer, tt.viewer)
			}
		})
	}

	t.Run("header of the upgrade", func(t *testing.T) {
		c, _, err := DialWS(t, s.URL, http.Header{"Authorization": {"Bearer " + key}})
		if err != nil {
			t.Fatal(err)
		}
		c.Init(nil)
		if viewer, _ := queryViewer(t, c, "q"); viewer != string(authz.Partner) {
			t.Errorf("viewer %q, want partner", viewer)
		}
	})
	t.Run("invalid header of the upgrade", func(t *testing.T) {
		_, resp, err := DialWS(t, s.URL, http.Header{"Authorization": {"Bearer nope"}})
		if err == nil || resp == nil || resp.StatusCode != http.StatusUnauthorized {
			t.Errorf("dial = %v, %v; want 401", resp, err)
		}
	})
	t.Run("operation before init", func(t *testing.T) {
		c := dial(t, s, "")
		c.Subscribe("q", `{ viewer }`, nil)
		if code := c.Closed(5 * time.Second); code < 4000 && code != websocket.StatusProtocolError {
			t.Errorf("closed with %d, want a protocol error", code)
		}
	})
}

// TestWebsocketLegacyProtocol: the graphql-ws subprotocol of subscriptions-transport-ws is spoken
// too.
func TestWebsocketLegacyProtocol(t *testing.T) {
	t.Parallel()
	s := newSocketServer(t, nil)
	c, _, err := DialWSProtocol(t, s.URL, nil, "graphql-ws")
	if err != nil {
		t.Fatal(err)
	}
	if p := c.Conn.Subprotocol(); p != "graphql-ws" {
		t.Fatalf("subprotocol %q, want graphql-ws", p)
	}
	c.Send("connection_init", "", map[string]any{"Authorization": "Bearer " + s.apiKey(t)})
	if m := c.Read(5 * time.Second); m.Type != "connection_ack" {
		t.Fatalf("received %s, want connection_ack", m.Type)
	}
	c.Send("start", "1", map[string]any{"query": `{ viewer }`})
	for {
		m := c.Read(5 * time.Second)
		if m.Type == "ka" {
			continue
		}
		if m.Type != "data" || !strings.Contains(string(m.Payload), `"partner"`) {
			t.Fatalf("received %s %s, want data with the partner viewer", m.Type, m.Payload)
		}
		break
	}
}

// TestWebsocketOutlivesRequestTimeout: a subscription runs past REQUEST_TIMEOUT, while each query
// sent over the same connection still gets that deadline and dataloaders of its own.
func TestWebsocketOutlivesRequestTimeout(t *testing.T) {
	t.Parallel()
	const timeout = 150 * time.Millisecond
	s := newSocketServer(t, map[string]string{"REQUEST_TIMEOUT": timeout.String()})
	c := dial(t, s, "")
	c.Init(nil)
	c.Subscribe("ticks", `subscription { ticks }`, nil)
	began := time.Now()
	for time.Since(began) < 4*timeout {
		r := c.Next("ticks", time.Second)
		if len(r.Errors) > 0 {
			t.Fatalf("tick: errors %v", r.Codes())
		}
	}

	_, left1 := queryViewer(t, c, "q1")
	_, left2 := queryViewer(t, c, "q2")
	for _, left := range []int{left1, left2} {
		if left < 0 || left > int(timeout.Milliseconds()) {
			t.Errorf("a query over the connection has %dms left, want a deadline within %v", left, timeout)
		}
	}
	s.probe.mu.Lock()
	if l := s.probe.loaders; len(l) != 2 || l[0] == nil || l[0] == l[1] {
		t.Errorf("the queries ran with dataloaders %p, want one set each", l)
	}
	s.probe.mu.Unlock()

	// The subscription still runs; complete stops it, and nothing more is sent for it (ticks
	// emitted before the server read complete aside).
	c.Next("ticks", time.Second)
	c.Send("complete", "ticks", nil)
	for {
		select {
		case m, ok := <-c.messages:
			if !ok || m.Type != "next" || m.ID != "ticks" {
				t.Fatalf("received %s %s after complete", m.Type, m.Payload)
			}
			continue
		case <-time.After(5 * tick):
		}
		break
	}
	c.Quiet(5 * tick)
}
