package server

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/coder/websocket"
	"github.com/rs/zerolog"
	"github.com/rs/zerolog/hlog"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/auth"
	"github.com/teleworkmonth/platform/internal/authz"
	"github.com/teleworkmonth/platform/internal/loader"
	"github.com/teleworkmonth/platform/internal/metrics"
)

// The WebSocket close codes of graphql-transport-ws that the server sends itself.
const (
	closeForbidden = 4403 // the connection_init payload carries a credential that is not valid
	closeInternal  = 4500 // the credential could not be checked
)

const (
	// keepAlive is how often an idle connection is pinged (graphql-transport-ws "ping", legacy
	// graphql-ws "ka"), so that proxies keep it open and a graphql-transport-ws client that stops
	// answering with "pong" is dropped after twice as long.
	keepAlive = 15 * time.Second
	// initTimeout is how long a client has to send connection_init.
	initTimeout = 10 * time.Second
)

// websocketTransport is GraphQL over WebSocket, at the path of GraphQL over HTTP: the
// graphql-transport-ws protocol (that of the graphql-ws client) and the legacy graphql-ws protocol
// of subscriptions-transport-ws, both as gqlgen speaks them. Around gqlgen's transport it adds:
//   - the origin check of ALLOWED_ORIGINS, before the upgrade: 403 for a page of another origin;
//   - the viewer: the credential of the connection_init payload ("Authorization" or
//     "authorization": "Bearer …", as browsers cannot send headers with an upgrade) replaces the
//     upgrade request's; an invalid one closes the connection with 4403;
//   - a connection that outlives REQUEST_TIMEOUT, while each query or mutation sent over it still
//     gets that deadline; subscriptions run until the client stops them or leaves;
//   - fresh dataloaders, for the connection's viewer, for each operation;
//   - at most WS_MAX_CONNECTIONS_PER_CLIENT connections open from one client address: 429
//     before the upgrade for more (see Do);
//   - at most WS_MAX_SUBSCRIPTIONS operations at once on one connection, and the close with 4409
//     of graphql-transport-ws for a subscribe whose id is in use (see operationGuard).
//
// It serves every request with an Upgrade header (httpTransport serves the others).
type websocketTransport struct {
	ws             transport.Websocket
	origins        originPolicy
	requestTimeout time.Duration
	auth           *auth.Service
	loaders        func(ctx context.Context) *loader.Loaders
	clients        *clientConnections
}

var _ graphql.Transport = (*websocketTransport)(nil)

// newWebsocket returns the WebSocket transport of the application.
func newWebsocket(d Deps) *websocketTransport {
	t := &websocketTransport{
		origins:        newOriginPolicy(d.Config.AllowedOrigins),
		requestTimeout: d.Config.RequestTimeout,
		auth:           d.Auth,
		clients:        newClientConnections(d.Config.WSMaxConnectionsPerClient),
		loaders: func(ctx context.Context) *loader.Loaders {
			return loader.New(d.DB, d.Authz.EventScope, d.Now())
		},
	}
	readLimit := d.Config.MaxBodyBytes
	t.ws = transport.Websocket{
		// The origin was checked by Do before Accept runs: checkOrigin is stricter than the
		// library's patterns, and answers in the API's error shape.
		Implementation: guardedSockets{
			WebsocketImplementation: transport.CoderWebsocketImplementation{AcceptOptions: websocket.AcceptOptions{InsecureSkipVerify: true}},
			maxOperations:           d.Config.WSMaxSubscriptions,
		},
		InitFunc:              t.init,
		InitTimeout:           initTimeout,
		KeepAlivePingInterval: keepAlive,
		PingPongInterval:      keepAlive,
		PayloadReadLimit:      &readLimit,
		ErrorFunc: func(ctx context.Context, err error) {
			zerolog.Ctx(ctx).Debug().Err(err).Msg("websocket")
		},
	}
	return t
}

func (t *websocketTransport) Supports(r *http.Request) bool { return r.Header.Get("Upgrade") != "" }

func (t *websocketTransport) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	if status, message := checkHandshake(r); status != 0 {
		writeError(w, status, string(apperr.BadUserInput), message)
		return
	}
	if !t.origins.allows(r) {
		hlog.FromRequest(r).Info().Str("origin", r.Header.Get("Origin")).Msg("websocket refused: origin not allowed")
		writeError(w, http.StatusForbidden, string(apperr.Forbidden), "pages of this origin may not open WebSocket connections to this server")
		return
	}
	// Refused before the upgrade, with 429: it costs the server no connection, a client that is
	// not a browser reads why, and the graphql-ws client retries later (a browser reports a
	// refused upgrade as the close code 1006, which it retries with backoff), when another of the
	// client's connections may have closed. graphql-transport-ws gives 4429 another meaning (a
	// second connection_init), on which the client gives up for good.
	release, ok := t.clients.acquire(auth.ClientIP(r.Context()))
	if !ok {
		metrics.RateLimited.WithLabelValues("websocket_connections").Inc()
		hlog.FromRequest(r).Info().Msg("websocket refused: too many connections from the client's address")
		writeError(w, http.StatusTooManyRequests, string(apperr.RateLimited), "this address holds as many WebSocket connections as it may: close one first")
		return
	}
	defer release()
	metrics.WebSocketConnections.Inc()
	defer metrics.WebSocketConnections.Dec()
	// The connection lives as long as the client keeps it: not bounded by the request's deadline
	// (REQUEST_TIMEOUT, set by the middleware before it), but ended, with every operation on it,
	// when gqlgen's transport returns.
	ctx, cancel := context.WithCancel(context.WithoutCancel(r.Context()))
	defer cancel()
	t.ws.Do(w, r.WithContext(ctx), socketExecutor{GraphExecutor: exec, t: t})
}

// checkHandshake answers the status and message for a request that is not a WebSocket handshake
// the server can accept, 0 for one it can.
func checkHandshake(r *http.Request) (int, string) {
	switch {
	case !hasToken(r.Header, "Upgrade", "websocket"):
		return http.StatusBadRequest, "the only upgrade served is to WebSocket"
	case r.Method != http.MethodGet || !r.ProtoAtLeast(1, 1) || !hasToken(r.Header, "Connection", "upgrade") ||
		r.Header.Get("Sec-WebSocket-Key") == "":
		return http.StatusBadRequest, "not a valid WebSocket handshake"
	case r.Header.Get("Sec-WebSocket-Version") != "13":
		return http.StatusUpgradeRequired, "the server speaks WebSocket version 13"
	}
	return 0, ""
}

// hasToken reports whether a comma-separated header holds token, in any case.
func hasToken(h http.Header, name, token string) bool {
	for _, v := range h.Values(name) {
		for part := range strings.SplitSeq(v, ",") {
			if strings.EqualFold(strings.TrimSpace(part), token) {
				return true
			}
		}
	}
	return false
}

// init establishes the connection's viewer from the connection_init payload. Without a credential
// there, the viewer of the upgrade request stays (anonymous for a browser). The error's text is
// sent to legacy graphql-ws clients: it never carries a cause.
func (t *websocketTransport) init(ctx context.Context, payload transport.InitPayload) (context.Context, *transport.InitPayload, error) {
	authorization, present, ok := authorizationOf(payload)
	forbidden := func() (context.Context, *transport.InitPayload, error) {
		ctx := transport.AppendCloseReason(transport.WithWebsocketCloseCode(ctx, closeForbidden), "Forbidden")
		return ctx, nil, errors.New("the credential is not valid")
	}
	if !ok {
		return forbidden()
	}
	if !present {
		return ctx, nil, nil
	}
	viewer, err := t.auth.Authenticate(ctx, authorization)
	switch {
	case apperr.CodeOf(err) == apperr.Unauthenticated:
		return forbidden()
	case err != nil:
		zerolog.Ctx(ctx).Error().Err(err).Msg("websocket: authenticate")
		ctx = transport.AppendCloseReason(transport.WithWebsocketCloseCode(ctx, closeInternal), "Internal server error")
		return ctx, nil, errors.New("internal error")
	}
	return authz.WithViewer(ctx, viewer), nil, nil
}

// authorizationOf finds the credential of a connection_init payload: its "Authorization" or
// "authorization" entry, like the HTTP header. ok is false when the payload is not usable: an
// entry that is not a string, or both entries at once.
func authorizationOf(p transport.InitPayload) (authorization string, present, ok bool) {
	var found []any
	for _, key := range []string{"Authorization", "authorization"} {
		if v, has := p[key]; has && v != nil {
			found = append(found, v)
		}
	}
	switch len(found) {
	case 0:
		return "", false, true
	case 1:
		s, isString := found[0].(string)
		return s, true, isString && strings.TrimSpace(s) != ""
	}
	return "", true, false
}

// socketExecutor runs each operation of a connection with fresh dataloaders for its viewer, and
// each query and mutation within REQUEST_TIMEOUT.
type socketExecutor struct {
	graphql.GraphExecutor
	t *websocketTransport
}

func (e socketExecutor) DispatchOperation(ctx context.Context, oc *graphql.OperationContext) (graphql.ResponseHandler, context.Context) {
	ctx = loader.WithLoaders(ctx, e.t.loaders(ctx))
	if oc.Operation != nil && oc.Operation.Operation == ast.Subscription {
		return e.GraphExecutor.DispatchOperation(ctx, oc)
	}
	ctx, cancel := context.WithTimeout(ctx, e.t.requestTimeout)
	next, ctx := e.GraphExecutor.DispatchOperation(ctx, oc)
	return func(ctx context.Context) *graphql.Response {
		resp := next(ctx)
		if resp == nil {
			cancel()
		}
		return resp
	}, ctx
}

// originPolicy decides which pages may open WebSocket connections: those of the server's own
// origin, and those of ALLOWED_ORIGINS (see config.Config.AllowedOrigins).
type originPolicy struct {
	exact   map[string]bool // "scheme://host[:port]"
	anyPort map[string]bool // "scheme://host" of the origins listed with the port "*"
}

func newOriginPolicy(allowed []string) originPolicy {
	p := originPolicy{exact: map[string]bool{}, anyPort: map[string]bool{}}
	for _, o := range allowed {
		if base, ok := strings.CutSuffix(o, ":*"); ok {
			p.anyPort[base] = true
		} else {
			p.exact[o] = true
		}
	}
	return p
}

// allows reports whether the page that opens the connection may. A request without Origin does not
// come from a browser page, which the check protects: it may. A browser sends the origin "null"
// from sandboxed and file pages: they may not.
func (p originPolicy) allows(r *http.Request) bool {
	values := r.Header.Values("Origin")
	switch len(values) {
	case 0:
		return true
	case 1:
	default:
		return false
	}
	u, err := url.Parse(strings.ToLower(values[0]))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Hostname() == "" ||
		u.User != nil || (u.Path != "" && u.Path != "/") || u.RawQuery != "" {
		return false
	}
	// The same origin. Only the host is compared: behind a proxy that ends TLS, a page of
	// https://host reaches the server as plain http.
	if strings.EqualFold(u.Host, r.Host) {
		return true
	}
	host, port := u.Host, u.Port()
	if (u.Scheme == "http" && port == "80") || (u.Scheme == "https" && port == "443") {
		host, port = strings.TrimSuffix(host, ":"+port), ""
	}
	if p.exact[u.Scheme+"://"+host] {
		return true
	}
	if port != "" {
		host = strings.TrimSuffix(host, ":"+port)
	}
	return p.anyPort[u.Scheme+"://"+host]
}
