// Package tracing is the server's OpenTelemetry traces: a span for each HTTP request (with the W3C
// traceparent of the caller taken in, so that a partner's trace goes on through ours), one for its
// GraphQL operation, one for each SQL statement (named by its verb, with its text, which has
// placeholders and never a value, so no personal data), and one for each message the outbox sends.
// The request's log line carries the trace id.
//
// Spans are exported by OTLP over HTTP when an endpoint is configured through the standard
// variables (OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT, with the other
// OTEL_* variables that the exporter reads itself: headers, timeout, service name); otherwise
// nothing is recorded, and a statement or an operation costs one check of its context.
package tracing

import (
	"context"
	"errors"
	"strings"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp"
	"go.opentelemetry.io/otel/propagation"
	"go.opentelemetry.io/otel/sdk/resource"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	semconv "go.opentelemetry.io/otel/semconv/v1.37.0"
	"go.opentelemetry.io/otel/trace"
)

const instrumentation = "github.com/teleworkmonth/platform"

// Tracer is the server's tracer, from the global provider (Setup, or a test's).
func Tracer() trace.Tracer { return otel.Tracer(instrumentation) }

// Setup installs the W3C trace-context propagator and, when export is true, a provider that sends
// spans in batches to the OTLP endpoint of the OTEL_* variables. It returns the function that
// flushes and stops the provider.
func Setup(ctx context.Context, export bool) (shutdown func(context.Context) error, err error) {
	otel.SetTextMapPropagator(propagation.TraceContext{})
	if !export {
		return func(context.Context) error { return nil }, nil
	}
	exporter, err := otlptracehttp.New(ctx)
	if err != nil {
		return nil, err
	}
	res, err := resource.Merge(resource.Default(), resource.NewSchemaless(semconv.ServiceName("telework-server")))
	if err != nil && !errors.Is(err, resource.ErrSchemaURLConflict) {
		return nil, err
	}
	// The service name of OTEL_SERVICE_NAME, when set, wins over ours.
	if fromEnv, err := resource.New(ctx, resource.WithFromEnv()); err == nil {
		if merged, err := resource.Merge(res, fromEnv); err == nil {
			res = merged
		}
	}
	provider := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exporter), sdktrace.WithResource(res))
	otel.SetTracerProvider(provider)
	return provider.Shutdown, nil
}

// StartSQL starts the span of one SQL statement, when the statement runs within a recorded trace;
// otherwise it returns ctx and a span that does nothing, at no cost.
func StartSQL(ctx context.Context, query string) (context.Context, trace.Span) {
	parent := trace.SpanFromContext(ctx)
	if !parent.IsRecording() {
		return ctx, parent
	}
	return Tracer().Start(ctx, "sql "+verb(query), trace.WithSpanKind(trace.SpanKindClient),
		trace.WithAttributes(attribute.String("db.system.name", "postgresql"), attribute.String("db.query.text", query)))
}

// verb is a statement's first word, upper-cased (SELECT, INSERT, WITH …): the span's name.
func verb(query string) string {
	fields := strings.Fields(query)
	if len(fields) == 0 {
		return "statement"
	}
	return strings.ToUpper(fields[0])
}

// TraceID is the id of the trace ctx belongs to, or "" when there is none.
func TraceID(ctx context.Context) string {
	sc := trace.SpanContextFromContext(ctx)
	if !sc.HasTraceID() {
		return ""
	}
	return sc.TraceID().String()
}
