package app_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/rs/zerolog"

	"github.com/teleworkmonth/platform/internal/app"
	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/config"
	"github.com/teleworkmonth/platform/internal/metrics"
	"github.com/teleworkmonth/platform/internal/pgtest"
)

// TestMetricsAddr: with METRICS_ADDR set, the metrics answer at /metrics on that listener and
// nowhere else; the public listener has no /metrics, and the metrics listener serves nothing else.
func TestMetricsAddr(t *testing.T) {
	listen, metricsAddr := freeAddr(t), freeAddr(t)
	env := map[string]string{"APP_ENV": config.Production, "LOGO_SIGNING_KEY": strings.Repeat("k", 32),
		"DATABASE_URL": pgtest.NewURL(t), "LISTEN_ADDR": listen, "METRICS_ADDR": metricsAddr, "LOG_LEVEL": "warn",
		"CONSOLE_URL": "https://telework.example.jp/admin/"}
	cfg, err := config.Load(func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	a, err := app.New(context.Background(), cfg, zerolog.New(zerolog.NewTestWriter(t)).Level(cfg.LogLevel))
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	ctx, stop := context.WithCancel(context.Background())
	ran := make(chan error, 1)
	go func() { ran <- a.Run(ctx) }()
	defer func() {
		stop()
		if err := <-ran; err != nil {
			t.Errorf("run: %v", err)
		}
	}()

	waitFor(t, "http://"+listen+"/healthz")
	status, body := get(t, "http://"+metricsAddr+"/metrics")
	if status != http.StatusOK {
		t.Fatalf("METRICS_ADDR /metrics: %d", status)
	}
	for _, want := range []string{"telework_policy_version ", "go_goroutines ", "go_sql_open_connections{db_name=\"primary\"}", "telework_outbox_backlog 0", "process_cpu_seconds_total "} {
		if !strings.Contains(body, want) {
			t.Errorf("the metrics lack %q", want)
		}
	}
	if status, _ := get(t, "http://"+listen+"/metrics"); status != http.StatusNotFound {
		t.Errorf("LISTEN_ADDR /metrics: %d, want 404", status)
	}
	for _, path := range []string{"/graphql", "/healthz", "/"} {
		if status, _ := get(t, "http://"+metricsAddr+path); status != http.StatusNotFound {
			t.Errorf("METRICS_ADDR %s: %d, want 404", path, status)
		}
	}
}

// TestMetricsCountWhatHappens: requests through the API move the counters they should, with
// bounded labels: a named query by its name, an anonymous one and a refused document as "other",
// errors by code, a sign-up by its outcome, SQL statements per request; the outbox backlog and the
// policy version are read at the scrape.
func TestMetricsCountWhatHappens(t *testing.T) {
	s := apptest.New(t, apptest.Options{Seed: true})
	scrape := func() string {
		rec := httptest.NewRecorder()
		metrics.Handler(s.App.Metrics).ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
		return rec.Body.String()
	}
	named := testutil.ToFloat64(metrics.Requests.WithLabelValues("MetricsTestEvents", "query"))
	other := testutil.ToFloat64(metrics.Requests.WithLabelValues("other", "query"))
	refused := testutil.ToFloat64(metrics.Requests.WithLabelValues("other", "none"))
	validation := testutil.ToFloat64(metrics.Errors.WithLabelValues("GRAPHQL_VALIDATION_FAILED"))
	confirmed := testutil.ToFloat64(metrics.SignUps.WithLabelValues("confirmed"))
	badInput := testutil.ToFloat64(metrics.SignUps.WithLabelValues("refused"))
	statements := testutil.CollectAndCount(metrics.SQLStatements)

	if r := s.Query(`query MetricsTestEvents { events(first: 2) { totalCount } }`, nil); len(r.Errors) > 0 {
		t.Fatal(r.Body)
	}
	if r := s.Query(`{ campaigns { fiscalYear } }`, nil); len(r.Errors) > 0 {
		t.Fatal(r.Body)
	}
	s.Query(`{ noSuchField }`, nil)
	apply := `mutation($in: ApplyToEventInput!) { applyToEvent(input: $in) { application { status } } }`
	in := map[string]any{"eventId": "RXZlbnQ6MQ", "attendeeName": "計測 太郎", "attendeeEmail": "metrics@example.jp", "attendance": "ONLINE",
		"idempotencyKey": "metrics-test-0000000001"}
	if r := s.Query(apply, map[string]any{"in": in}); len(r.Errors) > 0 {
		t.Fatal(r.Body)
	}
	in["idempotencyKey"] = "short"
	s.Query(apply, map[string]any{"in": in})

	for _, c := range []struct {
		name      string
		got, want float64
	}{
		{"the named query", testutil.ToFloat64(metrics.Requests.WithLabelValues("MetricsTestEvents", "query")), named + 1},
		{"the anonymous query", testutil.ToFloat64(metrics.Requests.WithLabelValues("other", "query")), other + 1},
		{"the refused document", testutil.ToFloat64(metrics.Requests.WithLabelValues("other", "none")), refused + 1},
		{"its validation error", testutil.ToFloat64(metrics.Errors.WithLabelValues("GRAPHQL_VALIDATION_FAILED")), validation + 1},
		{"the confirmed sign-up", testutil.ToFloat64(metrics.SignUps.WithLabelValues("confirmed")), confirmed + 1},
		{"the refused sign-up", testutil.ToFloat64(metrics.SignUps.WithLabelValues("refused")), badInput + 1},
	} {
		if c.got != c.want {
			t.Errorf("%s: counted %v, want %v", c.name, c.got, c.want)
		}
	}
	if testutil.CollectAndCount(metrics.SQLStatements) < statements {
		t.Error("no SQL statements were observed")
	}
	body := scrape()
	for _, want := range []string{
		`telework_graphql_request_duration_seconds_count{operation="MetricsTestEvents"}`,
		"telework_sql_statements_per_request_count ",
		"telework_outbox_backlog ",
		"telework_policy_version ",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("the scrape lacks %q", want)
		}
	}
}

// TestOperationLabelsAreBounded: past the bound, new operation names are counted as "other", so a
// client that invents a name per request cannot grow the metrics.
func TestOperationLabelsAreBounded(t *testing.T) {
	seen := map[string]bool{}
	for i := range 1000 {
		seen[metrics.OperationLabel("", "Invented"+strings.Repeat("x", i%50)+string(rune('A'+i%26))+strings.Repeat("y", i/26))] = true
	}
	if len(seen) > 201 {
		t.Errorf("%d labels for 1,000 invented names, want at most 200 and other", len(seen))
	}
	if !seen["other"] {
		t.Error("no name was counted as other past the bound")
	}
	for _, name := range []string{"", "has space", strings.Repeat("a", 65)} {
		if got := metrics.OperationLabel("", name); got != "other" {
			t.Errorf("OperationLabel(%q) = %q, want other", name, got)
		}
	}
}
