package resolvers_test

import (
	"strings"
	"testing"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/telework"
)

// TestNodeOfEveryKind: node(id) refetches an EventApplication and an AuditEntry for exactly those
// who may see them in their lists, with the same masking of personal data, and answers null, with
// no error, to everyone else.
func TestNodeOfEveryKind(t *testing.T) {
	s := apptest.New(t, apptest.Options{Seed: true})
	eventID := openEventKey(t, s.DB, "MOE", "JTA")
	var host string
	if err := s.DB.Get(&host, `SELECT m.code FROM events e JOIN ministries m ON m.id = e.host_ministry_id WHERE e.id = $1`, eventID); err != nil {
		t.Fatal(err)
	}
	tokens := map[string]string{
		"anonymous":         "",
		"secretariat":       s.Staff("chief@example.jp", telework.RoleSecretariat, ""),
		"host admin":        s.Staff("admin@host.example.jp", telework.RoleMinistryAdmin, host),
		"host editor":       s.Staff("editor@host.example.jp", telework.RoleMinistryEditor, host),
		"host viewer":       s.Staff("viewer@host.example.jp", telework.RoleMinistryViewer, host),
		"other admin":       s.Staff("admin@moe.example.jp", telework.RoleMinistryAdmin, "MOE"),
		"other ministry ed": s.Staff("editor@jta.example.jp", telework.RoleMinistryEditor, "JTA"),
	}
	r := s.Query(`mutation($id: ID!) { applyToEvent(input: {eventId: $id, attendeeName: "佐藤 花子",
		attendeeEmail: "node@example.jp", attendance: ONLINE}) { token application { id } } }`,
		map[string]any{"id": relay.ID(relay.KindEvent, eventID)})
	var applied struct {
		ApplyToEvent struct {
			Token       string
			Application struct{ ID string }
		}
	}
	r.Decode(t, &applied)
	if applied.ApplyToEvent.Token == "" {
		t.Fatalf("applyToEvent: %s", r.Body)
	}
	tokens["the applicant"] = applied.ApplyToEvent.Token
	application := applied.ApplyToEvent.Application.ID

	// An entry of the host's audit log, and one of no ministry (a staff account's creation).
	var hostEntry, userEntry int64
	if err := s.DB.Get(&hostEntry, `SELECT max(id) FROM audit_entries WHERE ministry_id = (SELECT id FROM ministries WHERE code = $1)`, host); err != nil || hostEntry == 0 {
		t.Fatalf("no audit entry of %s: %v", host, err)
	}
	r = s.QueryAs(tokens["secretariat"], `mutation { createUser(input: {email: "new@example.jp", displayName: "新人", password: "a-long-enough-password"}) { email } }`, nil)
	if len(r.Errors) > 0 {
		t.Fatalf("createUser: %s", r.Body)
	}
	if err := s.DB.Get(&userEntry, `SELECT max(id) FROM audit_entries WHERE ministry_id IS NULL`); err != nil || userEntry == 0 {
		t.Fatalf("no audit entry of no ministry: %v", err)
	}

	r = s.QueryAs(tokens["secretariat"], `mutation { createApiKey(input: {name: "東京都テレワーク推進ポータル"}) { id key apiKey { id name revokedAt } } }`, nil)
	var made struct {
		CreateAPIKey struct {
			ID, Key string
			APIKey  struct{ ID, Name string }
		} `json:"createApiKey"`
	}
	r.Decode(t, &made)
	apiKey := made.CreateAPIKey.ID
	if apiKey == "" || made.CreateAPIKey.APIKey.ID != apiKey || made.CreateAPIKey.APIKey.Name != "東京都テレワーク推進ポータル" {
		t.Fatalf("createApiKey: %s", r.Body)
	}
	tokens["partner"] = made.CreateAPIKey.Key

	const query = `query($id: ID!) { node(id: $id) { __typename id
		... on EventApplication { status attendeeEmail }
		... on AuditEntry { action } } }`
	type want struct {
		seen     bool
		personal bool // attendeeEmail readable, for applications
	}
	check := func(t *testing.T, who, id string, w want) {
		t.Helper()
		r := s.QueryAs(tokens[who], query, map[string]any{"id": id})
		var d struct {
			Node *struct {
				Typename      string `json:"__typename"`
				ID            string
				AttendeeEmail *string
			}
		}
		r.Decode(t, &d)
		switch {
		case !w.seen:
			if d.Node != nil || len(r.Errors) > 0 {
				t.Errorf("%s: want null and no error, got %s", who, r.Body)
			}
		case d.Node == nil || d.Node.ID != id:
			t.Errorf("%s: want the node, got %s", who, r.Body)
		case d.Node.Typename == "EventApplication" && w.personal != (d.Node.AttendeeEmail != nil):
			t.Errorf("%s: personal data readable %v, want %v: %s", who, d.Node.AttendeeEmail != nil, w.personal, r.Body)
		case d.Node.Typename == "EventApplication" && !w.personal && firstCode(r) != "FORBIDDEN":
			t.Errorf("%s: masked personal data without FORBIDDEN at its path: %s", who, r.Body)
		}
	}
	t.Run("EventApplication", func(t *testing.T) {
		for who, w := range map[string]want{
			"anonymous": {}, "other admin": {}, "other ministry ed": {}, "host viewer": {},
			"host editor": {seen: true}, "host admin": {seen: true, personal: true},
			"secretariat": {seen: true, personal: true}, "the applicant": {seen: true, personal: true},
		} {
			check(t, who, application, w)
		}
	})
	t.Run("AuditEntry of a ministry", func(t *testing.T) {
		for who, w := range map[string]want{
			"anonymous": {}, "the applicant": {}, "other admin": {}, "host editor": {}, "host viewer": {},
			"host admin": {seen: true}, "secretariat": {seen: true},
		} {
			check(t, who, relay.ID(relay.KindAuditEntry, hostEntry), w)
		}
	})
	t.Run("ApiKey", func(t *testing.T) {
		for who, w := range map[string]want{
			"anonymous": {}, "the applicant": {}, "host admin": {}, "partner": {}, "secretariat": {seen: true},
		} {
			check(t, who, apiKey, w)
		}
	})
	t.Run("AuditEntry of no ministry", func(t *testing.T) {
		for who, w := range map[string]want{
			"anonymous": {}, "host admin": {}, "other admin": {}, "secretariat": {seen: true},
		} {
			check(t, who, relay.ID(relay.KindAuditEntry, userEntry), w)
		}
	})
}

// TestAPIKeys: the secretariat lists the partner keys, newest first, and refetches each by ID;
// nobody else reads them, the partner holding one included.
func TestAPIKeys(t *testing.T) {
	s := apptest.New(t, apptest.Options{Seed: true})
	secretariat := s.Staff("chief@example.jp", telework.RoleSecretariat, "")
	admin := s.Staff("admin@mic.example.jp", telework.RoleMinistryAdmin, "MIC")
	var keys []string
	for _, name := range []string{"一つ目", "二つ目", "三つ目"} {
		r := s.QueryAs(secretariat, `mutation($n: String!) { createApiKey(input: {name: $n}) { id key } }`, map[string]any{"n": name})
		var d struct {
			CreateAPIKey struct{ ID, Key string } `json:"createApiKey"`
		}
		r.Decode(t, &d)
		if d.CreateAPIKey.ID == "" {
			t.Fatalf("createApiKey: %s", r.Body)
		}
		keys = append(keys, d.CreateAPIKey.ID)
	}
	if r := s.QueryAs(secretariat, `mutation($id: ID!) { revokeApiKey(id: $id) }`, map[string]any{"id": keys[0]}); len(r.Errors) > 0 {
		t.Fatalf("revokeApiKey: %s", r.Body)
	}
	const list = `query($after: String) { apiKeys(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor }
		edges { node { id name revokedAt lastUsedAt } } } }`
	type page struct {
		APIKeys struct {
			TotalCount int
			PageInfo   struct {
				HasNextPage bool
				EndCursor   string
			}
			Edges []struct {
				Node struct {
					ID, Name  string
					RevokedAt *string
				}
			}
		} `json:"apiKeys"`
	}
	var first, second page
	s.QueryAs(secretariat, list, nil).Decode(t, &first)
	s.QueryAs(secretariat, list, map[string]any{"after": first.APIKeys.PageInfo.EndCursor}).Decode(t, &second)
	var got []string
	for _, p := range []page{first, second} {
		for _, e := range p.APIKeys.Edges {
			got = append(got, e.Node.ID)
		}
	}
	if first.APIKeys.TotalCount != 3 || !first.APIKeys.PageInfo.HasNextPage || second.APIKeys.PageInfo.HasNextPage ||
		len(got) != 3 || got[0] != keys[2] || got[2] != keys[0] || second.APIKeys.Edges[0].Node.RevokedAt == nil {
		t.Errorf("pages %+v then %+v; want the three keys newest first, the first revoked", first, second)
	}
	for _, who := range []string{admin, ""} {
		if code := firstCode(s.QueryAs(who, list, nil)); code != "FORBIDDEN" && code != "UNAUTHENTICATED" {
			t.Errorf("apiKeys as someone else than the secretariat: %q", code)
		}
	}
	node := `query($id: ID!) { node(id: $id) { ... on ApiKey { id name } } }`
	if r := s.QueryAs(secretariat, node, map[string]any{"id": keys[1]}); !strings.Contains(string(r.Data), `"二つ目"`) {
		t.Errorf("node of a key as the secretariat: %s", r.Body)
	}
	for _, who := range []string{admin, ""} {
		if r := s.QueryAs(who, node, map[string]any{"id": keys[1]}); string(r.Data) != `{"node":null}` || len(r.Errors) > 0 {
			t.Errorf("node of a key as another: %s", r.Body)
		}
	}
}
