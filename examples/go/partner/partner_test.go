package partner_test

import (
	"errors"
	"net/http"
	"slices"
	"sync"
	"testing"

	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/teleworkmonth/platform/examples/go/partner"
	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/pgtest"
	"github.com/teleworkmonth/platform/internal/telework"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// recorder remembers each request the client sends and whether the server counted it against a
// partner key (it answers RateLimit headers only then).
type recorder struct {
	mu   sync.Mutex
	sent []sent
}

type sent struct {
	method    string
	rateLimit bool
}

func (rec *recorder) RoundTrip(r *http.Request) (*http.Response, error) {
	resp, err := http.DefaultTransport.RoundTrip(r)
	if err == nil {
		rec.mu.Lock()
		rec.sent = append(rec.sent, sent{r.Method, resp.Header.Get("RateLimit") != ""})
		rec.mu.Unlock()
	}
	return resp, err
}

// TestPartnerClient runs the generated client against the server with the demo data, as a partner
// portal with its key: every read goes as GET with the key, the connection is read to its end page
// by page, node(id) refetches what the list gave, and an error carries its extensions.code.
func TestPartnerClient(t *testing.T) {
	s := apptest.New(t, apptest.Options{Seed: true})
	key := partnerKey(t, s)
	rec := &recorder{}
	c := partner.NewClient(s.URL+"/graphql", key, &http.Client{Transport: rec})
	ctx := t.Context()

	camp, err := partner.Campaign(ctx, c, 2026)
	if err != nil || camp.Campaign == nil || camp.Campaign.EraName != "令和8年度" {
		t.Fatalf("Campaign(2026) = %+v, %v; want 令和8年度", camp, err)
	}

	const pageSize = 7
	var got []string
	for e, err := range partner.PublishedEventsOf(ctx, c, 2026, pageSize) {
		if err != nil {
			t.Fatalf("PublishedEventsOf: %v", err)
		}
		got = append(got, e.Id)
	}
	want := publishedEventIDs(t, s)
	if !slices.Equal(got, want) {
		t.Fatalf("paged through %d events %v;\nthe server lists %d in one page %v", len(got), got, len(want), want)
	}
	if len(want) <= 2*pageSize {
		t.Fatalf("only %d published events: the demo data no longer makes several pages", len(want))
	}

	detail, err := partner.EventNode(ctx, c, got[0])
	if ev, ok := detail.Node.(*partner.EventNodeNodeEvent); err != nil || !ok || ev.Id != got[0] || ev.Status != partner.EventStatusPublished {
		t.Fatalf("EventNode(%s) = %+v, %v; want the published event", got[0], detail, err)
	}

	promoting := partner.ActivityCategoryPromoting
	n := 0
	for r, err := range partner.RegistrantsOf(ctx, c, 2026, &promoting, 100) {
		if err != nil {
			t.Fatalf("RegistrantsOf: %v", err)
		}
		if !slices.Contains(r.Activities, promoting) {
			t.Errorf("registrant %s does not promote telework: %v", r.Id, r.Activities)
		}
		n++
	}
	if n == 0 {
		t.Error("no registrant promotes telework in the demo data")
	}

	_, err = partner.PublishedEvents(ctx, c, 2026, 101, nil)
	var errs gqlerror.List
	if !errors.As(err, &errs) || len(errs) == 0 || errs[0].Extensions["code"] != "BAD_USER_INPUT" {
		t.Errorf("first: 101 answered %v; want BAD_USER_INPUT", err)
	}

	pages := (len(want) + pageSize - 1) / pageSize
	if wantRequests := 1 + pages + 1 + 2; len(rec.sent) < wantRequests {
		t.Errorf("the client sent %d requests; want at least %d", len(rec.sent), wantRequests)
	}
	for i, r := range rec.sent {
		if r.method != http.MethodGet || !r.rateLimit {
			t.Errorf("request %d: %s, counted against the key %v; want GET with the partner key", i, r.method, r.rateLimit)
		}
	}
}

// partnerKey makes a partner API key through the API, as the secretariat does.
func partnerKey(t *testing.T, s *apptest.Server) string {
	t.Helper()
	sec := s.Staff("secretariat@partner.example.jp", telework.RoleSecretariat, "")
	r := s.QueryAs(sec, `mutation { createApiKey(input: {name: "都道府県ポータル"}) { key } }`, nil)
	var data struct{ CreateAPIKey struct{ Key string } }
	if r.Decode(t, &data); len(r.Errors) > 0 || data.CreateAPIKey.Key == "" {
		t.Fatalf("createApiKey: %s", r.Body)
	}
	return data.CreateAPIKey.Key
}

// publishedEventIDs lists the published events of FY2026 in one request, as the server orders them.
func publishedEventIDs(t *testing.T, s *apptest.Server) []string {
	t.Helper()
	r := s.Query(`{ events(filter: {fiscalYear: 2026, status: PUBLISHED}, first: 100) {
		totalCount pageInfo { hasNextPage } edges { node { id } } } }`, nil)
	var data struct {
		Events struct {
			TotalCount int
			PageInfo   struct{ HasNextPage bool }
			Edges      []struct{ Node struct{ ID string } }
		}
	}
	if r.Decode(t, &data); len(r.Errors) > 0 || data.Events.PageInfo.HasNextPage {
		t.Fatalf("events: %s", r.Body)
	}
	ids := make([]string, len(data.Events.Edges))
	for i, e := range data.Events.Edges {
		ids[i] = e.Node.ID
	}
	if len(ids) != data.Events.TotalCount {
		t.Fatalf("totalCount %d, %d edges", data.Events.TotalCount, len(ids))
	}
	return ids
}
