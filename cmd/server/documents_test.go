package main

import (
	"bytes"
	"context"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/jmoiron/sqlx"
	"github.com/rs/zerolog"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/auth"
	"github.com/teleworkmonth/platform/internal/config"
	"github.com/teleworkmonth/platform/internal/pgtest"
	"github.com/teleworkmonth/platform/internal/relay"
)

// codegenFile writes documents as graphql-codegen's client preset writes persisted-documents.json
// (hashAlgorithm sha256): {"sha256:<hex>": document}.
func codegenFile(t *testing.T, docs ...string) string {
	t.Helper()
	m := map[string]string{}
	for _, d := range docs {
		sum := sha256.Sum256([]byte(d))
		m["sha256:"+hex.EncodeToString(sum[:])] = d
	}
	return writeJSON(t, m)
}

func writeJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "persisted-documents.json")
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestRegisterDocuments: register-documents reads graphql-codegen's file and registers its
// documents for the key named (by its global ID or its number) or as shared, audited; a key then
// runs them by hash with TRUSTED_DOCUMENTS=required, and nothing else.
func TestRegisterDocuments(t *testing.T) {
	t.Parallel()
	url := pgtest.NewURL(t)
	cfg, err := config.Load(func(k string) string {
		return map[string]string{"APP_ENV": config.Test, "DATABASE_URL": url}[k]
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	db := sqlx.MustOpen("postgres", url)
	defer db.Close()
	id, key, err := auth.NewService(db, auth.Options{}).CreateAPIKey(ctx, db, "ポータル", 0)
	if err != nil {
		t.Fatal(err)
	}
	portal := `query PortalEvents { events(first: 5) { totalCount } }`
	shared := `query Site { ministries { code } }`
	run := func(args ...string) error {
		return registerDocuments(ctx, cfg, zerolog.Nop(), args, strings.NewReader(""))
	}
	if err := run("--file", codegenFile(t, portal), "--api-key", relay.ID(relay.KindAPIKey, id)); err != nil {
		t.Fatal(err)
	}
	// Again, by the key's number: nothing new.
	if err := run("--file", codegenFile(t, portal), "--api-key", strconv.FormatInt(id, 10)); err != nil {
		t.Fatal(err)
	}
	if err := run("--file", codegenFile(t, shared)); err != nil {
		t.Fatal(err)
	}
	var audited int
	if err := db.Get(&audited, `SELECT count(*) FROM audit_entries WHERE action = 'trusted_document.register' AND actor = 'command-line'`); err != nil {
		t.Fatal(err)
	}
	if audited != 2 {
		t.Errorf("%d registrations audited, want 2", audited)
	}

	s := apptest.New(t, apptest.Options{URL: url, Env: map[string]string{"TRUSTED_DOCUMENTS": "required"}})
	byHash := func(token, document string) apptest.Response {
		sum := sha256.Sum256([]byte(document))
		body, _ := json.Marshal(map[string]any{"variables": map[string]any{},
			"extensions": map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hex.EncodeToString(sum[:])}}})
		r, _ := http.NewRequest(http.MethodPost, s.URL+"/graphql", bytes.NewReader(body))
		r.Header.Set("Content-Type", "application/json")
		if token != "" {
			r.Header.Set("Authorization", "Bearer "+token)
		}
		return s.Raw(r)
	}
	for _, tt := range []struct {
		name, token, document, wantCode string
	}{
		{"the key's document", key, portal, ""},
		{"a shared document with the key", key, shared, "PERSISTED_QUERY_NOT_FOUND"},
		{"the shared document", "", shared, ""},
		{"the key's document without it", "", portal, "PERSISTED_QUERY_NOT_FOUND"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := byHash(tt.token, tt.document)
			if got := strings.Join(r.Codes(), ","); got != tt.wantCode || r.Status != http.StatusOK {
				t.Errorf("status %d, codes %q, want %q: %s", r.Status, got, tt.wantCode, r.Body)
			}
		})
	}
}

// TestRegisterDocumentsRefusals: a file that is not codegen's, hashes that are not SHA-256 (a file
// made with hashAlgorithm sha1), a hash that is not its document's, a document the schema refuses
// and a key that does not exist are refused with what is wrong, and register nothing.
func TestRegisterDocumentsRefusals(t *testing.T) {
	t.Parallel()
	url := pgtest.NewURL(t)
	cfg, err := config.Load(func(k string) string {
		return map[string]string{"APP_ENV": config.Test, "DATABASE_URL": url}[k]
	})
	if err != nil {
		t.Fatal(err)
	}
	ok := `query Ok { campaigns { fiscalYear } }`
	sha1Sum := sha1.Sum([]byte(ok))
	for _, tt := range []struct {
		name string
		args []string
		want string
	}{
		{"no file", nil, "--file is required"},
		{"not JSON", []string{"--file", writeJSON(t, []string{ok})}, "not a JSON object"},
		{"sha1", []string{"--file", writeJSON(t, map[string]string{hex.EncodeToString(sha1Sum[:]): ok})}, "hashAlgorithm sha256"},
		{"wrong hash", []string{"--file", writeJSON(t, map[string]string{"sha256:" + strings.Repeat("0", 64): ok})}, "is not the SHA-256 of its document"},
		{"invalid document", []string{"--file", codegenFile(t, ok, `query Bad { noSuchField }`)}, "not valid against the schema"},
		{"no such key", []string{"--file", codegenFile(t, ok), "--api-key", "999999"}, "apiKey: no live API key"},
		{"malformed key", []string{"--file", codegenFile(t, ok), "--api-key", "nope"}, "--api-key: not the id"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := registerDocuments(context.Background(), cfg, zerolog.Nop(), tt.args, strings.NewReader(""))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one saying %q", err, tt.want)
			}
		})
	}
	db := sqlx.MustOpen("postgres", url)
	defer db.Close()
	var n int
	if err := db.Get(&n, `SELECT count(*) FROM trusted_documents WHERE api_key_id IS NOT NULL OR document LIKE 'query Ok%'`); err != nil {
		t.Fatal(err)
	}
	if n != 0 {
		t.Errorf("%d documents registered by refused files", n)
	}
}
