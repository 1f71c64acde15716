package app_test

import (
	"context"
	"strings"
	"testing"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/playground/browsertest"
)

// TestPlaygroundRunsAQueryOffline opens the playground of the real server in headless Chromium,
// runs a query against the demo data, and checks the answer shows and no request left the server.
func TestPlaygroundRunsAQueryOffline(t *testing.T) {
	chromium := browsertest.Require(t)
	s := apptest.New(t, apptest.Options{Seed: true})
	res, err := browsertest.RunQuery(context.Background(), chromium, s.URL+"/",
		`{ campaign(fiscalYear: 2023) { eraName name { ja } } }`)
	if err != nil {
		t.Fatalf("%v (page errors: %v)", err, res.Errors)
	}
	if !strings.Contains(res.Answer, "令和5年度") {
		t.Errorf("the answer pane shows %q, want the FY2023 campaign", res.Answer)
	}
	for _, u := range res.Requests {
		if !strings.HasPrefix(u, s.URL) && !strings.HasPrefix(u, "ws"+strings.TrimPrefix(s.URL, "http")) &&
			!strings.HasPrefix(u, "data:") && !strings.HasPrefix(u, "blob:") {
			t.Errorf("the page requested %s, off the server", u)
		}
	}
	if len(res.Errors) > 0 {
		t.Errorf("page errors: %v", res.Errors)
	}
}

// TestPlaygroundInProductionWithoutIntrospection opens the playground of a production server with
// PLAYGROUND=true and introspection off: the page does not ask for the schema (which would fail),
// runs a query, and shows no error.
func TestPlaygroundInProductionWithoutIntrospection(t *testing.T) {
	chromium := browsertest.Require(t)
	s := apptest.New(t, apptest.Options{Seed: true, Env: map[string]string{
		"APP_ENV": "production", "PLAYGROUND": "true", "LOGO_SIGNING_KEY": strings.Repeat("k", 32)}})
	res, err := browsertest.RunQuery(context.Background(), chromium, s.URL+"/",
		`{ campaign(fiscalYear: 2023) { eraName } }`)
	if err != nil {
		t.Fatalf("%v (page errors: %v)", err, res.Errors)
	}
	if !strings.Contains(res.Answer, "令和5年度") {
		t.Errorf("the answer pane shows %q, want the FY2023 campaign", res.Answer)
	}
	if len(res.Errors) > 0 {
		t.Errorf("page errors: %v", res.Errors)
	}
}
