// Package metrics is what the server tells Prometheus: requests and their time by operation,
// GraphQL errors by code, SQL statements and their time per request, the connection pool, the
// authorization policy, WebSocket connections and subscriptions, the outbox, sign-ups by outcome,
// rate-limited requests and the Go runtime. They are served on a listener of their own
// (METRICS_ADDR), never on the public one.
//
// The counters and histograms are package-level, as Prometheus instruments usually are: the
// packages that count (server, event, authz) observe them without plumbing, and every label has a
// bounded set of values. What belongs to one running application (its database's pool, its
// policy's version, its outbox) is read when scraped, by the collectors NewRegistry adds.
package metrics

import (
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

const namespace = "telework"

var (
	// Requests counts GraphQL operations by operation name (see OperationLabel) and type.
	Requests = prometheus.NewCounterVec(prometheus.CounterOpts{
		Namespace: namespace, Name: "graphql_requests_total",
		Help: "GraphQL operations answered, by operation name (named operations; other) and type.",
	}, []string{"operation", "type"})
	// RequestDuration is the time of GraphQL queries and mutations, from the request's arrival to
	// its answer, by operation name.
	RequestDuration = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Namespace: namespace, Name: "graphql_request_duration_seconds",
		Help:    "Time to answer a GraphQL query or mutation, by operation name.",
		Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 15},
	}, []string{"operation"})
	// Errors counts GraphQL errors by their code (see ErrorCodeLabel).
	Errors = prometheus.NewCounterVec(prometheus.CounterOpts{
		Namespace: namespace, Name: "graphql_errors_total",
		Help: "Errors in GraphQL answers, by extensions.code.",
	}, []string{"code"})
	// SQLStatements is how many SQL statements one HTTP request ran.
	SQLStatements = prometheus.NewHistogram(prometheus.HistogramOpts{
		Namespace: namespace, Name: "sql_statements_per_request",
		Help:    "SQL statements run by one HTTP request.",
		Buckets: []float64{0, 1, 2, 3, 5, 8, 13, 21, 34, 55},
	})
	// SQLTime is the time one HTTP request spent waiting for its SQL statements' answers.
	SQLTime = prometheus.NewHistogram(prometheus.HistogramOpts{
		Namespace: namespace, Name: "sql_seconds_per_request",
		Help:    "Time one HTTP request waited for the answers of its SQL statements.",
		Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 5},
	})
	// PolicyReloads is the time of each reload of the authorization policy that found a change.
	PolicyReloads = prometheus.NewHistogram(prometheus.HistogramOpts{
		Namespace: namespace, Name: "policy_reload_seconds",
		Help:    "Time to load a changed authorization policy (role templates) from the database.",
		Buckets: []float64{.001, .005, .01, .05, .1, .5, 1, 5},
	})
	// WebSocketConnections is how many WebSocket connections are open on this instance.
	WebSocketConnections = prometheus.NewGauge(prometheus.GaugeOpts{
		Namespace: namespace, Name: "websocket_connections",
		Help: "WebSocket connections open on this instance.",
	})
	// Subscriptions is how many operations run over WebSocket on this instance.
	Subscriptions = prometheus.NewGauge(prometheus.GaugeOpts{
		Namespace: namespace, Name: "websocket_operations",
		Help: "Operations (subscriptions, and queries sent over WebSocket) running on this instance.",
	})
	// SignUps counts sign-ups for events by outcome: confirmed, waitlisted, repeated (an earlier
	// application answered again) or refused (by its error code's lower case).
	SignUps = prometheus.NewCounterVec(prometheus.CounterOpts{
		Namespace: namespace, Name: "sign_ups_total",
		Help: "Sign-ups for events, by outcome: confirmed, waitlisted, repeated, refused.",
	}, []string{"outcome"})
	// RateLimited counts requests refused by a rate limit, by limit: public_write,
	// partner_requests, partner_cost, websocket_connections, websocket_operations.
	RateLimited = prometheus.NewCounterVec(prometheus.CounterOpts{
		Namespace: namespace, Name: "rate_limited_total",
		Help: "Requests refused by a rate limit, by limit.",
	}, []string{"limit"})
)

// The bounded label values that exist from the start, at 0: a rate over a series that appears only
// at its first event misses that event, and an alert on it could not fire.
func init() {
	for _, outcome := range []string{"confirmed", "waitlisted", "repeated", "refused"} {
		SignUps.WithLabelValues(outcome)
	}
	for _, limit := range []string{"public_write", "partner_requests", "partner_cost", "websocket_connections", "websocket_operations"} {
		RateLimited.WithLabelValues(limit)
	}
	for code := range errorCodes {
		Errors.WithLabelValues(code)
	}
}

var shared = []prometheus.Collector{Requests, RequestDuration, Errors, SQLStatements, SQLTime, PolicyReloads,
	WebSocketConnections, Subscriptions, SignUps, RateLimited}

// NewRegistry returns a registry of the shared instruments, the Go runtime and process, and the
// collectors of one application.
func NewRegistry(appCollectors ...prometheus.Collector) *prometheus.Registry {
	r := prometheus.NewRegistry()
	r.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	r.MustRegister(shared...)
	r.MustRegister(appCollectors...)
	return r
}

// Path is where the metrics listener answers.
const Path = "/metrics"

// Handler serves the registry's metrics at Path in Prometheus's text format (or OpenMetrics, as
// asked), and nothing else.
func Handler(r *prometheus.Registry) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET "+Path, promhttp.HandlerFor(r, promhttp.HandlerOpts{Registry: r, EnableOpenMetrics: true}))
	return mux
}
