package app_test

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/propagation"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"
	"go.opentelemetry.io/otel/trace"
	"go.opentelemetry.io/otel/trace/noop"

	"github.com/teleworkmonth/platform/internal/app"
	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/config"
	"github.com/teleworkmonth/platform/internal/pgtest"
)

// lockedBuffer is a log destination that the request's goroutines and the test share.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestTraceOfOneRequest: with an OTLP endpoint configured (here an in-memory exporter stands for
// it), one GraphQL request sent with a W3C traceparent makes one tree in the caller's trace: the
// HTTP request's span, a child of the caller's; the operation's span under it; a span for each SQL
// statement under that, named by its verb, with its text but none of the values bound to it; and the
// request's log line carries the trace id.
func TestTraceOfOneRequest(t *testing.T) {
	exporter := tracetest.NewInMemoryExporter()
	provider := sdktrace.NewTracerProvider(sdktrace.WithSyncer(exporter))
	otel.SetTracerProvider(provider)
	otel.SetTextMapPropagator(propagation.TraceContext{})
	t.Cleanup(func() { otel.SetTracerProvider(noop.NewTracerProvider()) })

	env := map[string]string{"APP_ENV": config.Test, "DATABASE_URL": pgtest.NewURL(t), "LOG_LEVEL": "info",
		"OTEL_EXPORTER_OTLP_ENDPOINT": "http://127.0.0.1:4318"}
	cfg, err := config.Load(func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	if !cfg.Traces {
		t.Fatal("an OTLP endpoint does not turn traces on")
	}
	logs := &lockedBuffer{}
	a, err := app.New(context.Background(), cfg, zerolog.New(logs))
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	srv := httptest.NewServer(a.Handler)
	defer srv.Close()

	const traceID, callerSpan = "4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7"
	const secret = "個人的な検索語"
	body := `{"query":"query TracedEvents($s: String) { events(first: 3, filter: {search: $s}) { totalCount edges { node { title { ja } host { code } } } } }","variables":{"s":"` + secret + `"}}`
	req, _ := http.NewRequest(http.MethodPost, srv.URL+"/graphql", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("traceparent", "00-"+traceID+"-"+callerSpan+"-01")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d", resp.StatusCode)
	}

	spans := exporter.GetSpans()
	byID := map[trace.SpanID]tracetest.SpanStub{}
	for _, s := range spans {
		byID[s.SpanContext.SpanID()] = s
		if s.SpanContext.TraceID().String() != traceID {
			t.Errorf("span %q is in trace %s, not the caller's", s.Name, s.SpanContext.TraceID())
		}
		for _, attr := range s.Attributes {
			if strings.Contains(attr.Value.String(), secret) {
				t.Errorf("span %q holds a value bound to a statement: %s", s.Name, attr.Key)
			}
		}
	}
	var httpSpan, operation *tracetest.SpanStub
	var statements []tracetest.SpanStub
	for i, s := range spans {
		switch {
		case s.SpanKind == trace.SpanKindServer:
			httpSpan = &spans[i]
		case s.Name == "graphql TracedEvents":
			operation = &spans[i]
		case strings.HasPrefix(s.Name, "sql "):
			statements = append(statements, s)
		}
	}
	if httpSpan == nil || operation == nil || len(statements) == 0 {
		t.Fatalf("spans %v: want the request's, the operation's and the statements'", names(spans))
	}
	if httpSpan.Parent.SpanID().String() != callerSpan {
		t.Errorf("the request's span has parent %s, want the caller's %s", httpSpan.Parent.SpanID(), callerSpan)
	}
	if operation.Parent.SpanID() != httpSpan.SpanContext.SpanID() {
		t.Errorf("the operation's span is not a child of the request's")
	}
	for _, s := range statements {
		under := false
		for p := s.Parent.SpanID(); p.IsValid(); p = byID[p].Parent.SpanID() {
			if p == operation.SpanContext.SpanID() {
				under = true
				break
			}
		}
		if !under {
			t.Errorf("statement span %q is not under the operation's", s.Name)
		}
		if s.Name != "sql SELECT" && s.Name != "sql WITH" {
			t.Errorf("statement span named %q, want its verb", s.Name)
		}
	}
	if !strings.Contains(logs.String(), `"trace_id":"`+traceID+`"`) {
		t.Errorf("no log line carries the trace id:\n%s", logs.String())
	}
}

func names(spans tracetest.SpanStubs) []string {
	out := make([]string, len(spans))
	for i, s := range spans {
		out[i] = s.Name
	}
	return out
}

// BenchmarkEventsFirst100Traced is BenchmarkEventsFirst100 with every request traced (the request,
// its operation and its statements) to an in-memory exporter: what tracing costs when it is on.
// Without an endpoint, tracing is off and BenchmarkEventsFirst100 is the figure.
func BenchmarkEventsFirst100Traced(b *testing.B) {
	exporter := tracetest.NewInMemoryExporter()
	provider := sdktrace.NewTracerProvider(sdktrace.WithSyncer(exporter))
	otel.SetTracerProvider(provider)
	otel.SetTextMapPropagator(propagation.TraceContext{})
	b.Cleanup(func() { otel.SetTracerProvider(noop.NewTracerProvider()) })
	s := apptest.New(b, apptest.Options{Seed: true, Env: map[string]string{"OTEL_EXPORTER_OTLP_ENDPOINT": "http://127.0.0.1:4318"}})
	go func() {
		// The exporter keeps every span: empty it now and then, as a real one sends them away.
		for range time.Tick(100 * time.Millisecond) {
			exporter.Reset()
		}
	}()
	benchmarkRead(b, s, "", eventsWithHosts, nil)
}
