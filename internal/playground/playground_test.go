package playground_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/teleworkmonth/platform/internal/playground"
	"github.com/teleworkmonth/platform/internal/playground/browsertest"
)

func serve(t *testing.T, h http.Handler, method, target string, header http.Header) *http.Response {
	t.Helper()
	req := httptest.NewRequest(method, target, nil)
	for k, v := range header {
		req.Header[k] = v
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

func body(t *testing.T, resp *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// checkSecurityHeaders checks the headers of every response; nonce is the
// page's style nonce, "" for the other responses.
func checkSecurityHeaders(t *testing.T, resp *http.Response, nonce string) {
	t.Helper()
	if got := resp.Header.Get("X-Content-Type-Options"); got != "nosniff" {
		t.Errorf("X-Content-Type-Options = %q, want nosniff", got)
	}
	csp := resp.Header.Get("Content-Security-Policy")
	if want := playground.ContentSecurityPolicy(nonce); csp != want {
		t.Errorf("Content-Security-Policy = %q, want %q", csp, want)
	}
	wantStyle := "style-src 'self';"
	if nonce != "" {
		wantStyle = "style-src 'self' 'nonce-" + nonce + "';"
	}
	for _, want := range []string{"default-src 'none';", "script-src 'self';", wantStyle, "connect-src 'self' ws: wss:;", "frame-ancestors 'none'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("Content-Security-Policy %q lacks %q", csp, want)
		}
	}
	if strings.Contains(csp, "unsafe") {
		t.Errorf("Content-Security-Policy %q allows something unsafe", csp)
	}
}

var nonceRE = regexp.MustCompile(`data-style-nonce="([A-Za-z0-9_-]{24})"`)

func TestPage(t *testing.T) {
	h := playground.Handler("/graphql", playground.Options{Introspection: true})
	resp := serve(t, h, http.MethodGet, "/", nil)
	page := body(t, resp)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET / = %d, want 200", resp.StatusCode)
	}
	if got := resp.Header.Get("Content-Type"); got != "text/html; charset=utf-8" {
		t.Errorf("Content-Type = %q", got)
	}
	if got := resp.Header.Get("Cache-Control"); got != "no-store" {
		t.Errorf("Cache-Control = %q, want no-store", got)
	}
	m := nonceRE.FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("no style nonce in the page:\n%s", page)
	}
	checkSecurityHeaders(t, resp, m[1])
	for _, want := range []string{
		`data-endpoint="/graphql"`,
		`<script src="/playground/graphiql.js?v=`,
		`<link rel="stylesheet" href="/playground/graphiql.css?v=`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %q:\n%s", want, page)
		}
	}
	for _, bad := range []string{"http:", "https:", "<script>", "style="} {
		if strings.Contains(page, bad) {
			t.Errorf("the page contains %q:\n%s", bad, page)
		}
	}

	// Each response has its own nonce.
	page2 := body(t, serve(t, h, http.MethodGet, "/", nil))
	if m2 := nonceRE.FindStringSubmatch(page2); m2 == nil {
		t.Errorf("no style nonce in the second page:\n%s", page2)
	} else if m2[1] == m[1] {
		t.Errorf("the second response reuses the nonce %s", m[1])
	}

	// HEAD: the headers, no body.
	head := serve(t, h, http.MethodHead, "/", nil)
	if head.StatusCode != http.StatusOK || body(t, head) != "" {
		t.Errorf("HEAD / = %d with a body", head.StatusCode)
	}
	if head.Header.Get("Content-Type") != resp.Header.Get("Content-Type") || head.Header.Get("Content-Security-Policy") == "" {
		t.Errorf("HEAD / headers %v differ from GET's %v", head.Header, resp.Header)
	}
}

func TestPageEndpointIsEscaped(t *testing.T) {
	h := playground.Handler(`/api/graphql?x="><script>alert(1)</script>`, playground.Options{Introspection: true})
	page := body(t, serve(t, h, http.MethodGet, "/", nil))
	if strings.Contains(page, "<script>alert") || strings.Contains(page, `x="`) {
		t.Errorf("the endpoint is not escaped:\n%s", page)
	}
	if !strings.Contains(page, `data-endpoint="/api/graphql?x=&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"`) {
		t.Errorf("the endpoint is missing or escaped unexpectedly:\n%s", page)
	}
}

func TestHandlerRejectsBadEndpoint(t *testing.T) {
	for _, endpoint := range []string{"", "graphql", "//evil.example/graphql", "https://evil.example/graphql"} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("Handler(%q) did not panic", endpoint)
				}
			}()
			playground.Handler(endpoint, playground.Options{Introspection: true})
		}()
	}
}

// assetURLs returns the URLs of the script and the stylesheet named by the page.
func assetURLs(t *testing.T, h http.Handler) (js, css string) {
	t.Helper()
	page := body(t, serve(t, h, http.MethodGet, "/", nil))
	js = regexp.MustCompile(`src="(/playground/graphiql\.js\?v=[0-9a-f]+)"`).FindStringSubmatch(page)[1]
	css = regexp.MustCompile(`href="(/playground/graphiql\.css\?v=[0-9a-f]+)"`).FindStringSubmatch(page)[1]
	return js, css
}

func TestAssets(t *testing.T) {
	h := playground.Handler("/graphql", playground.Options{Introspection: true})
	js, css := assetURLs(t, h)
	for _, tc := range []struct {
		target, file, contentType, cache string
	}{
		{js, "graphiql.js", "text/javascript; charset=utf-8", "public, max-age=31536000, immutable"},
		{css, "graphiql.css", "text/css; charset=utf-8", "public, max-age=31536000, immutable"},
		{"/playground/graphiql.js", "graphiql.js", "text/javascript; charset=utf-8", "no-cache"},
		{"/playground/graphiql.css?v=old", "graphiql.css", "text/css; charset=utf-8", "no-cache"},
		{"/playground/licenses.txt", "licenses.txt", "text/plain; charset=utf-8", "no-cache"},
	} {
		t.Run(tc.target, func(t *testing.T) {
			want, err := fs.ReadFile(playground.Assets(), tc.file)
			if err != nil {
				t.Fatal(err)
			}
			resp := serve(t, h, http.MethodGet, tc.target, nil)
			got := body(t, resp)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("status %d", resp.StatusCode)
			}
			if ct := resp.Header.Get("Content-Type"); ct != tc.contentType {
				t.Errorf("Content-Type = %q, want %q", ct, tc.contentType)
			}
			if cc := resp.Header.Get("Cache-Control"); cc != tc.cache {
				t.Errorf("Cache-Control = %q, want %q", cc, tc.cache)
			}
			checkSecurityHeaders(t, resp, "")
			if resp.Header.Get("Content-Encoding") != "" || got != string(want) {
				t.Errorf("without Accept-Encoding: Content-Encoding %q, %d bytes, want the %d bytes of %s",
					resp.Header.Get("Content-Encoding"), len(got), len(want), tc.file)
			}

			zresp := serve(t, h, http.MethodGet, tc.target, http.Header{"Accept-Encoding": {"br, gzip;q=0.8"}})
			if zresp.Header.Get("Content-Encoding") != "gzip" {
				t.Fatalf("with Accept-Encoding gzip: Content-Encoding %q", zresp.Header.Get("Content-Encoding"))
			}
			if !slices.Contains(zresp.Header.Values("Vary"), "Accept-Encoding") {
				t.Errorf("Vary = %q", zresp.Header.Values("Vary"))
			}
			if zresp.Header.Get("ETag") == resp.Header.Get("ETag") {
				t.Errorf("the gzip and identity responses share the ETag %s", resp.Header.Get("ETag"))
			}
			zr, err := gzip.NewReader(zresp.Body)
			if err != nil {
				t.Fatal(err)
			}
			unzipped, err := io.ReadAll(zr)
			if err != nil || !bytes.Equal(unzipped, want) {
				t.Errorf("the gzip body does not decompress to %s (%v)", tc.file, err)
			}

			no := serve(t, h, http.MethodGet, tc.target, http.Header{"Accept-Encoding": {"gzip;q=0, identity"}})
			if no.Header.Get("Content-Encoding") != "" {
				t.Errorf("with gzip;q=0: Content-Encoding %q", no.Header.Get("Content-Encoding"))
			}

			head := serve(t, h, http.MethodHead, tc.target, nil)
			if head.StatusCode != http.StatusOK || body(t, head) != "" || head.Header.Get("Content-Type") != tc.contentType {
				t.Errorf("HEAD: status %d, Content-Type %q", head.StatusCode, head.Header.Get("Content-Type"))
			}

			again := serve(t, h, http.MethodGet, tc.target, http.Header{"If-None-Match": {resp.Header.Get("ETag")}})
			if again.StatusCode != http.StatusNotModified {
				t.Errorf("with If-None-Match: status %d, want 304", again.StatusCode)
			}
		})
	}
}

func TestNotFound(t *testing.T) {
	h := playground.Handler("/graphql", playground.Options{Introspection: true})
	for _, target := range []string{
		"/index.html", "/favicon.ico", "/graphiql.js", "/x/",
		"/playground", "/playground/", "/playground/index.html", "/playground/nope.js",
		"/playground/graphiql.js/", "/playground/assets/graphiql.js", "/playground/../go.mod",
		"/playground/%2e%2e/playground.go",
	} {
		resp := serve(t, h, http.MethodGet, target, nil)
		if resp.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s = %d, want 404", target, resp.StatusCode)
		}
		if resp.Header.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("GET %s: no nosniff", target)
		}
	}
}

func TestMethodNotAllowed(t *testing.T) {
	h := playground.Handler("/graphql", playground.Options{Introspection: true})
	for _, method := range []string{http.MethodPost, http.MethodPut, http.MethodDelete, http.MethodPatch, http.MethodOptions} {
		for _, target := range []string{"/", "/playground/graphiql.js"} {
			resp := serve(t, h, method, target, nil)
			if resp.StatusCode != http.StatusMethodNotAllowed {
				t.Errorf("%s %s = %d, want 405", method, target, resp.StatusCode)
			}
			if got := resp.Header.Get("Allow"); got != "GET, HEAD" {
				t.Errorf("%s %s: Allow = %q", method, target, got)
			}
		}
	}
}

// neverFetched lists the only absolute URLs that the bundle may contain. None
// is loaded by the page: XML namespaces identify markup, the rest are links in
// help texts and error messages of the bundled libraries. A new URL in a
// rebuilt bundle makes TestNoExternalURLs fail until someone checks it.
var neverFetched = map[string]string{
	"http://www.w3.org/1998/Math/MathML":                "XML namespace",
	"http://www.w3.org/1999/xhtml":                      "XML namespace",
	"http://www.w3.org/1999/xlink":                      "XML namespace",
	"http://www.w3.org/2000/svg":                        "XML namespace",
	"http://www.w3.org/XML/1998/namespace":              "XML namespace",
	"http://":                                           "markdown-it: scheme prefix of bare links",
	"https://codemirror.net/5/doc/manual.html#keymaps":  "GraphiQL: link in the shortcuts dialog",
	"https://commonmark.org/":                           "graphql: description of @deprecated",
	"https://en.wikipedia.org/wiki/IEEE_floating_point": "graphql: description of Float",
	"https://github.com/graphql/graphiql":               "GraphiQL: default logo link, replaced by the page",
	"https://github.com/graphql/graphiql/blob/master/examples/graphiql-cdn/index.html#L49": "GraphiQL: error message for React 15",
	"https://reactjs.org/docs/error-decoder.html?invariant=":                               "React: error message",
	"https://yarnpkg.com/en/docs/selective-version-resolutions":                            "GraphiQL: error message for duplicate graphql modules",
}

// TestNoExternalURLs scans every embedded file that the page loads for
// references to other hosts.
func TestNoExternalURLs(t *testing.T) {
	urlRE := regexp.MustCompile(`(?i)https?://[^\s"'\x60()<>\\$]*`)
	files, err := fs.ReadDir(playground.Assets(), ".")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, f := range files {
		name := f.Name()
		if name == "licenses.txt" {
			continue // licence texts, never loaded by the page
		}
		data, err := fs.ReadFile(playground.Assets(), name)
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		for _, bad := range []string{"@import", "//fonts.", "googleapis", "gstatic", "unpkg.com", "cdn.jsdelivr.net", "cdnjs", "sourceMappingURL"} {
			if strings.Contains(text, bad) {
				t.Errorf("%s contains %q", name, bad)
			}
		}
		for _, u := range urlRE.FindAllString(text, -1) {
			seen[u] = true
			if _, ok := neverFetched[u]; !ok || name != "graphiql.js" {
				t.Errorf("%s refers to %s; if the page never fetches it, add it to neverFetched", name, u)
			}
		}
		if name == "graphiql.css" {
			// Any url() must be a data: URL.
			for _, m := range regexp.MustCompile(`url\(\s*['"]?([^'")]*)`).FindAllStringSubmatch(text, -1) {
				if !strings.HasPrefix(m[1], "data:") {
					t.Errorf("graphiql.css loads url(%s)", m[1])
				}
			}
		}
	}
	for u := range neverFetched {
		if !seen[u] {
			t.Logf("neverFetched lists %s, which the bundle no longer has", u)
		}
	}
}

// fakeGraphQL answers introspection with testdata/introspection.json, for the
// schema `type Query { hello: String }`, and any other query with hello. It
// refuses WebSocket handshakes, and records their subprotocols.
type fakeGraphQL struct {
	introspection []byte

	mu          sync.Mutex
	queries     []string
	wsProtocols []string
}

func (f *fakeGraphQL) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if strings.EqualFold(r.Header.Get("Upgrade"), "websocket") {
		f.mu.Lock()
		f.wsProtocols = append(f.wsProtocols, r.Header.Get("Sec-WebSocket-Protocol"))
		f.mu.Unlock()
		http.Error(w, "no WebSocket here", http.StatusNotImplemented)
		return
	}
	if r.Method != http.MethodPost {
		http.Error(w, "POST only", http.StatusMethodNotAllowed)
		return
	}
	var req struct {
		Query string `json:"query"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	if strings.Contains(req.Query, "__schema") {
		w.Write(f.introspection)
		return
	}
	f.mu.Lock()
	f.queries = append(f.queries, req.Query)
	f.mu.Unlock()
	io.WriteString(w, `{"data":{"hello":"こんにちは"}}`)
}

// newPlaygroundServer serves the playground as the server mounts it, with a
// fake GraphQL endpoint at /graphql.
func newPlaygroundServer(t *testing.T) (*httptest.Server, *fakeGraphQL) {
	t.Helper()
	introspection, err := os.ReadFile("testdata/introspection.json")
	if err != nil {
		t.Fatal(err)
	}
	fake := &fakeGraphQL{introspection: introspection}
	mux := http.NewServeMux()
	pg := playground.Handler("/graphql", playground.Options{Introspection: true})
	mux.Handle("/", pg)
	mux.Handle("/playground/", pg)
	mux.Handle("/graphql", fake)
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv, fake
}

// runQuery runs query in the playground of srv with a headless Chromium, and
// checks that the page made no request to another origin.
func runQuery(t *testing.T, chromium string, srv *httptest.Server, query string) browsertest.Result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	start := time.Now()
	res, err := browsertest.RunQuery(ctx, chromium, srv.URL+"/", query)
	t.Logf("RunQuery took %v; requests: %q", time.Since(start).Round(time.Millisecond), res.Requests)
	if err != nil {
		t.Fatal(err)
	}
	origin, _ := url.Parse(srv.URL)
	if len(res.Requests) == 0 {
		t.Fatal("no request recorded")
	}
	for _, r := range res.Requests {
		u, err := url.Parse(r)
		if err != nil {
			t.Errorf("request to unparsable URL %q", r)
			continue
		}
		switch {
		case u.Scheme == "data" || u.Scheme == "blob" || u.Scheme == "about" || strings.HasPrefix(u.Scheme, "chrome"):
		case (u.Scheme == "http" || u.Scheme == "ws") && u.Host == origin.Host:
		default:
			t.Errorf("the page requested %s, which is not on the test server %s", r, srv.URL)
		}
	}
	for _, want := range []string{srv.URL + "/", srv.URL + "/graphql"} {
		if !slices.Contains(res.Requests, want) {
			t.Errorf("no request to %s recorded", want)
		}
	}
	return res
}

func TestBrowser(t *testing.T) {
	chromium := browsertest.Require(t)

	t.Run("query", func(t *testing.T) {
		t.Parallel()
		srv, fake := newPlaygroundServer(t)
		const query = "{ hello }"
		res := runQuery(t, chromium, srv, query)
		if !strings.Contains(res.Answer, "こんにちは") {
			t.Errorf("answer %q lacks こんにちは", res.Answer)
		}
		fake.mu.Lock()
		defer fake.mu.Unlock()
		if !slices.Equal(fake.queries, []string{query}) {
			t.Errorf("the endpoint got the queries %q, want [%q]", fake.queries, query)
		}
		// Console errors, uncaught exceptions, CSP violations.
		if len(res.Errors) > 0 {
			t.Errorf("the page reported errors: %q", res.Errors)
		}
	})

	// A subscription goes to the WebSocket URL of the endpoint on the same
	// origin; the fake endpoint refuses it, so the answer is an error.
	t.Run("subscription", func(t *testing.T) {
		if testing.Short() {
			t.Skip("a second browser run; skipped in -short mode")
		}
		t.Parallel()
		srv, fake := newPlaygroundServer(t)
		res := runQuery(t, chromium, srv, "subscription { hello }")
		wsURL := "ws" + strings.TrimPrefix(srv.URL, "http") + "/graphql"
		if !slices.Contains(res.Requests, wsURL) {
			t.Errorf("no request to %s recorded", wsURL)
		}
		if !strings.Contains(res.Answer, `"errors"`) {
			t.Errorf("answer %q is not an error", res.Answer)
		}
		fake.mu.Lock()
		defer fake.mu.Unlock()
		if len(fake.queries) > 0 {
			t.Errorf("the subscription went over HTTP: %q", fake.queries)
		}
		if len(fake.wsProtocols) == 0 || fake.wsProtocols[0] != "graphql-transport-ws" {
			t.Errorf("WebSocket handshakes with the subprotocols %q, want graphql-transport-ws", fake.wsProtocols)
		}
	})
}
