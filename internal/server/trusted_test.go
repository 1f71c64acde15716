package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/console"
	"github.com/teleworkmonth/platform/internal/persisted"
	"github.com/teleworkmonth/platform/internal/pgtest"
	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/server"
	"github.com/teleworkmonth/platform/internal/telework"
)

// trustedWorld is a server in a trusted-documents mode, on a database where a server without the
// mode made a staff session and two partner keys (through the API, which the mode would refuse).
type trustedWorld struct {
	s          *apptest.Server
	staff      string
	keyA, keyB string
	idA        int64
}

func newTrustedWorld(t *testing.T, mode string) trustedWorld {
	t.Helper()
	db := pgtest.NewURL(t)
	open := apptest.New(t, apptest.Options{URL: db})
	sec := open.Staff("chief@example.jp", telework.RoleSecretariat, "")
	keyA, createdA := partnerKey(t, open, sec, "requestsPerMinute: 1000")
	keyB, _ := partnerKey(t, open, sec, "requestsPerMinute: 1000")
	idA, err := relay.ParseIDOf(relay.KindAPIKey, createdA["id"].(string))
	if err != nil {
		t.Fatal(err)
	}
	s := apptest.New(t, apptest.Options{URL: db, Env: map[string]string{"TRUSTED_DOCUMENTS": mode}})
	return trustedWorld{s: s, staff: sec, keyA: keyA, keyB: keyB, idA: idA}
}

// byHash posts Apollo's first request of an operation: its hash alone.
func (w trustedWorld) byHash(t *testing.T, token, query string) apptest.Response {
	t.Helper()
	return w.do(t, token, map[string]any{"variables": map[string]any{}, "extensions": apolloExtensions(sha(query))})
}

// whole posts the query itself, with its hash when withHash (Apollo's retry).
func (w trustedWorld) whole(t *testing.T, token, query string, withHash bool) apptest.Response {
	t.Helper()
	body := map[string]any{"query": query}
	if withHash {
		body["extensions"] = apolloExtensions(sha(query))
	}
	return w.do(t, token, body)
}

func (w trustedWorld) do(t *testing.T, token string, body map[string]any) apptest.Response {
	t.Helper()
	h := map[string]string{"Content-Type": mediaJSON}
	if token != "" {
		h["Authorization"] = "Bearer " + token
	}
	b := mustJSON(t, body)
	r := send(t, w.s, http.MethodPost, "/graphql", b, h)
	return r
}

// TestTrustedDocumentsRequired: with TRUSTED_DOCUMENTS=required only registered documents run: a
// partner key runs the documents registered for it (by hash or whole), never another key's nor the
// shared ones; every other request runs the shared ones, the console's among them; anything else,
// introspection included, is refused (PERSISTED_QUERY_NOT_ALLOWED when sent whole) and never
// cached through APQ.
func TestTrustedDocumentsRequired(t *testing.T) {
	t.Parallel()
	w := newTrustedWorld(t, "required")
	ctx := context.Background()
	partnerDoc := `query PartnerCampaigns { campaigns { fiscalYear eraName } }`
	if _, err := w.s.App.Documents.Register(ctx, w.idA, map[string]string{sha(partnerDoc): partnerDoc}, "test"); err != nil {
		t.Fatal(err)
	}
	consoleDocs, err := console.Documents()
	if err != nil {
		t.Fatal(err)
	}
	var viewerDoc string
	for _, d := range consoleDocs {
		if len(d) > 12 && d[:12] == "query Viewer" {
			viewerDoc = d
		}
	}
	if viewerDoc == "" {
		t.Fatal("the console has no Viewer query")
	}
	unregistered := `{ campaigns { fiscalYear } }`
	introspection := `{ __schema { queryType { name } } }`

	tests := []struct {
		name     string
		send     func() apptest.Response
		wantCode string // "" for data
	}{
		{"key A by hash", func() apptest.Response { return w.byHash(t, w.keyA, partnerDoc) }, ""},
		{"key A whole", func() apptest.Response { return w.whole(t, w.keyA, partnerDoc, false) }, ""},
		{"key A whole with hash", func() apptest.Response { return w.whole(t, w.keyA, partnerDoc, true) }, ""},
		{"key B by A's hash", func() apptest.Response { return w.byHash(t, w.keyB, partnerDoc) }, "PERSISTED_QUERY_NOT_FOUND"},
		{"key B with A's document", func() apptest.Response { return w.whole(t, w.keyB, partnerDoc, false) }, "PERSISTED_QUERY_NOT_ALLOWED"},
		{"key A by the console's hash", func() apptest.Response { return w.byHash(t, w.keyA, viewerDoc) }, "PERSISTED_QUERY_NOT_FOUND"},
		{"key A unregistered", func() apptest.Response { return w.whole(t, w.keyA, unregistered, false) }, "PERSISTED_QUERY_NOT_ALLOWED"},
		{"staff by the console's hash", func() apptest.Response { return w.byHash(t, w.staff, viewerDoc) }, ""},
		{"anonymous by the console's hash", func() apptest.Response { return w.byHash(t, "", viewerDoc) }, ""},
		{"staff unregistered", func() apptest.Response { return w.whole(t, w.staff, unregistered, false) }, "PERSISTED_QUERY_NOT_ALLOWED"},
		{"anonymous by a key's hash", func() apptest.Response { return w.byHash(t, "", partnerDoc) }, "PERSISTED_QUERY_NOT_FOUND"},
		{"anonymous introspection", func() apptest.Response { return w.whole(t, "", introspection, false) }, "PERSISTED_QUERY_NOT_ALLOWED"},
		// Apollo's retry with the hash does not register the document through APQ.
		{"APQ registration", func() apptest.Response { return w.whole(t, "", unregistered, true) }, "PERSISTED_QUERY_NOT_ALLOWED"},
		{"after the APQ registration", func() apptest.Response { return w.byHash(t, "", unregistered) }, "PERSISTED_QUERY_NOT_FOUND"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := tt.send()
			if tt.wantCode == "" {
				wantData(t, r)
				return
			}
			wantStatus(t, r, http.StatusOK)
			wantCodes(t, r, tt.wantCode)
		})
	}

	// The staff session sees itself through the console's document.
	var data struct{ Viewer struct{ Kind string } }
	if w.byHash(t, w.staff, viewerDoc).Decode(t, &data); data.Viewer.Kind != "staff" {
		t.Errorf("viewer kind %q through the console's document", data.Viewer.Kind)
	}
}

// TestConsoleDocumentsRegistered: every document of the console is registered as shared at
// start-up (each validated against the schema), once, whatever the number of servers that start.
func TestConsoleDocumentsRegistered(t *testing.T) {
	t.Parallel()
	db := pgtest.NewURL(t)
	s := apptest.New(t, apptest.Options{URL: db})
	apptest.New(t, apptest.Options{URL: db}) // a second instance on the same database
	docs, err := console.Documents()
	if err != nil {
		t.Fatal(err)
	}
	for hash := range docs {
		var n int
		if err := s.DB.Get(&n, `SELECT count(*) FROM trusted_documents WHERE hash = $1 AND api_key_id IS NULL`, hash); err != nil {
			t.Fatal(err)
		}
		if n != 1 {
			t.Errorf("console document %s registered %d times", hash, n)
		}
	}
	var audited int
	if err := s.DB.Get(&audited, `SELECT count(*) FROM audit_entries WHERE action = 'trusted_document.register' AND actor = 'server:console'`); err != nil {
		t.Fatal(err)
	}
	if audited != len(docs) {
		t.Errorf("%d registrations in the audit log, want %d", audited, len(docs))
	}
	if _, ok := docs[persisted.Hash(docs[firstKey(docs)])]; !ok {
		t.Error("the documents are not keyed by their SHA-256")
	}
}

func firstKey(m map[string]string) string {
	for k := range m {
		return k
	}
	return ""
}

// TestTrustedDocumentsPartners: with TRUSTED_DOCUMENTS=partners, a partner key runs only its own
// documents, while other requests run any document and may still use APQ.
func TestTrustedDocumentsPartners(t *testing.T) {
	t.Parallel()
	w := newTrustedWorld(t, "partners")
	doc := `query Mine { ministries { code } }`
	if _, err := w.s.App.Documents.Register(context.Background(), w.idA, map[string]string{sha(doc): doc}, "test"); err != nil {
		t.Fatal(err)
	}
	other := `{ campaigns { fiscalYear } }`
	wantData(t, w.byHash(t, w.keyA, doc))
	wantCodes(t, w.whole(t, w.keyA, other, false), "PERSISTED_QUERY_NOT_ALLOWED")
	wantCodes(t, w.whole(t, w.keyB, doc, false), "PERSISTED_QUERY_NOT_ALLOWED")
	wantData(t, w.whole(t, "", other, false))
	wantData(t, w.whole(t, w.staff, other, true)) // APQ still registers for those not bound
	wantData(t, w.byHash(t, "", other))
	wantCodes(t, w.byHash(t, w.keyB, other), "PERSISTED_QUERY_NOT_FOUND") // but not for a key
}

func mustJSON(t *testing.T, v any) io.Reader {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return bytes.NewReader(b)
}

// TestTrustedDocumentsOverWebSocket: the mode holds over WebSocket as over HTTP: the console's
// subscribe by hash (an empty query and extensions.persistedQuery, as api.ts sends it) runs, an
// unregistered document is refused.
func TestTrustedDocumentsOverWebSocket(t *testing.T) {
	t.Parallel()
	s := apptest.New(t, apptest.Options{Env: map[string]string{"TRUSTED_DOCUMENTS": "required"}})
	docs, err := console.Documents()
	if err != nil {
		t.Fatal(err)
	}
	var viewerHash string
	for h, d := range docs {
		if strings.HasPrefix(d, "query Viewer ") {
			viewerHash = h
		}
	}
	c, resp, err := server.DialWS(t, s.URL, http.Header{"Origin": {s.URL}})
	if err != nil {
		t.Fatalf("dial: %v (%v)", err, resp)
	}
	c.Init(nil)
	c.Send("subscribe", "1", map[string]any{"query": "", "variables": map[string]any{}, "extensions": apolloExtensions(viewerHash)})
	if r := c.Next("1", 5*time.Second); len(r.Errors) > 0 || !strings.Contains(string(r.Data), `"kind":"anonymous"`) {
		t.Errorf("the console's Viewer by hash: %s %v", r.Data, r.Codes())
	}
	c.Subscribe("2", `{ campaigns { fiscalYear } }`, nil)
	if m := c.ReadOf("2", 5*time.Second); strings.Contains(string(m.Payload), `"data":{`) || !strings.Contains(string(m.Payload), "PERSISTED_QUERY_NOT_ALLOWED") {
		t.Errorf("an unregistered document: %s %s", m.Type, m.Payload)
	}
}
