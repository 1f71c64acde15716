package console_test

import (
	"compress/gzip"
	"encoding/json"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/console"
)

func get(t *testing.T, h http.Handler, target string, header ...string) (*http.Response, string) {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, target, nil)
	for _, kv := range header {
		k, v, _ := strings.Cut(kv, ": ")
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	resp := rec.Result()
	var body io.Reader = resp.Body
	if resp.Header.Get("Content-Encoding") == "gzip" {
		zr, err := gzip.NewReader(resp.Body)
		if err != nil {
			t.Fatal(err)
		}
		body = zr
	}
	b, err := io.ReadAll(body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(b)
}

var assetRE = regexp.MustCompile(`(?:src|href)="(/admin/assets/main-[A-Z0-9]+\.(?:js|css))"`)

// TestPageOnEveryRoute: every address of the console answers its page, never cached without
// revalidation, so that a reload or a bookmark of any screen works; the page names the bundle's
// hashed files, which are cached for a year; other names under assets/ are 404.
func TestPageOnEveryRoute(t *testing.T) {
	h := console.Handler()
	var page string
	for _, target := range []string{"/admin/", "/admin/account", "/admin/events/123", "/admin/signin?next=%2Fadmin%2Fevents%2F123", "/admin/no/such/screen"} {
		resp, body := get(t, h, target)
		if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "text/html; charset=utf-8" {
			t.Errorf("%s: %d %s", target, resp.StatusCode, resp.Header.Get("Content-Type"))
		}
		if cc := resp.Header.Get("Cache-Control"); cc != "no-cache" {
			t.Errorf("%s: Cache-Control %q", target, cc)
		}
		checkHeaders(t, target, resp)
		page = body
	}
	for _, bad := range []string{"http:", "https:", "<script>", "style=", "<style"} {
		if strings.Contains(page, bad) {
			t.Errorf("the page contains %q:\n%s", bad, page)
		}
	}
	assets := assetRE.FindAllStringSubmatch(page, -1)
	if len(assets) != 2 {
		t.Fatalf("the page names %v, want a script and a stylesheet:\n%s", assets, page)
	}
	for _, a := range assets {
		resp, body := get(t, h, a[1], "Accept-Encoding: gzip")
		if resp.StatusCode != http.StatusOK || body == "" {
			t.Errorf("%s: %d", a[1], resp.StatusCode)
		}
		if cc := resp.Header.Get("Cache-Control"); cc != "public, max-age=31536000, immutable" {
			t.Errorf("%s: Cache-Control %q", a[1], cc)
		}
		if resp.Header.Get("Content-Encoding") != "gzip" || resp.Header.Get("ETag") == "" {
			t.Errorf("%s: Content-Encoding %q, ETag %q", a[1], resp.Header.Get("Content-Encoding"), resp.Header.Get("ETag"))
		}
		checkHeaders(t, a[1], resp)
	}
	for _, target := range []string{"/admin/assets/main-OLDHASH.js", "/admin/assets/", "/admin/assets/manifest.json", "/admin/assets/index.html"} {
		if resp, _ := get(t, h, target); resp.StatusCode != http.StatusNotFound {
			t.Errorf("%s: %d, want 404", target, resp.StatusCode)
		}
	}
	if resp, body := get(t, h, "/admin/assets/licenses.txt"); resp.StatusCode != http.StatusOK || !strings.Contains(body, "preact@") {
		t.Errorf("licenses.txt: %d %.80q", resp.StatusCode, body)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/admin/account", nil))
	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST /admin/account: %d", rec.Code)
	}
}

func checkHeaders(t *testing.T, target string, resp *http.Response) {
	t.Helper()
	csp := resp.Header.Get("Content-Security-Policy")
	for _, want := range []string{"default-src 'self'", "script-src 'self';", "style-src 'self';", "frame-ancestors 'none'", "base-uri 'none'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("%s: Content-Security-Policy %q lacks %q", target, csp, want)
		}
	}
	if strings.Contains(csp, "unsafe") || strings.Contains(csp, "http") {
		t.Errorf("%s: Content-Security-Policy %q allows too much", target, csp)
	}
	if resp.Header.Get("X-Content-Type-Options") != "nosniff" || resp.Header.Get("X-Frame-Options") != "DENY" {
		t.Errorf("%s: headers %v", target, resp.Header)
	}
}

// TestConsoleOffByConfig: CONSOLE=false serves nothing at /admin/.
func TestConsoleOffByConfig(t *testing.T) {
	for env, want := range map[string]int{"true": http.StatusOK, "false": http.StatusNotFound} {
		s := apptest.New(t, apptest.Options{Env: map[string]string{"CONSOLE": env}})
		for _, path := range []string{"/admin/", "/admin/account"} {
			resp, err := http.Get(s.URL + path)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != want {
				t.Errorf("CONSOLE=%s: GET %s = %d, want %d", env, path, resp.StatusCode, want)
			}
		}
		if resp := s.Raw(request(t, s, http.MethodPost, "/admin/session", `{}`, "Content-Type: application/json")); (resp.Status == http.StatusNotFound) != (want == http.StatusNotFound) {
			t.Errorf("CONSOLE=%s: POST /admin/session = %d", env, resp.Status)
		}
	}
}

// firstLoadBudget is what the console's first load may weigh with gzip: what part 1 (sign-in,
// events, applications) weighed. Screens added since load on demand (src/ondemand.ts), so that the
// first load does not grow with them.
const firstLoadBudget = 42_657

// TestFirstLoadWithinBudget: the first load stays within firstLoadBudget.
func TestFirstLoadWithinBudget(t *testing.T) {
	files, _, gzipped, err := console.FirstLoad()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("first load: %v, %d bytes with gzip (budget %d)", files, gzipped, firstLoadBudget)
	if gzipped > firstLoadBudget {
		t.Errorf("the first load is %d bytes with gzip, over the budget of %d: load the new screen on demand (src/ondemand.ts)", gzipped, firstLoadBudget)
	}
}

// BenchmarkFirstLoad reports what a browser downloads to show the console the first time, besides
// the page: the script and the stylesheet, in bytes as sent with gzip (within firstLoadBudget).
func BenchmarkFirstLoad(b *testing.B) {
	files, raw, gzipped, err := console.FirstLoad()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, _, _, err := console.FirstLoad(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(gzipped), "gzip-bytes")
	b.ReportMetric(float64(raw), "raw-bytes")
	b.ReportMetric(0, "ns/op")
	b.Logf("first load: %v, %d bytes, %d with gzip", files, raw, gzipped)
	if gzipped > firstLoadBudget {
		b.Errorf("the first load is %d bytes with gzip, over the budget of %d", gzipped, firstLoadBudget)
	}
}

// TestChunksAreServed: the chunks of the screens loaded on demand (and of the WebSocket client),
// and those main imports, are served like main's files (cached for a year: their names carry their
// hash), and some chunks are left out of the first load (TestFirstLoadWithinBudget weighs it).
func TestChunksAreServed(t *testing.T) {
	raw, err := fs.ReadFile(console.Assets(), "manifest.json")
	if err != nil {
		t.Fatal(err)
	}
	var m console.Manifest
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	if len(m.Chunks) == 0 || len(m.FirstLoad) < 2 || m.FirstLoad[0] != m.JS || m.FirstLoad[1] != m.CSS {
		t.Fatalf("manifest chunks %v, first load %v", m.Chunks, m.FirstLoad)
	}
	onDemand := 0
	for _, name := range m.Chunks {
		resp, _ := get(t, console.Handler(), "/admin/assets/"+name)
		if resp.StatusCode != http.StatusOK || resp.Header.Get("Cache-Control") != "public, max-age=31536000, immutable" {
			t.Errorf("%s: %d, Cache-Control %q", name, resp.StatusCode, resp.Header.Get("Cache-Control"))
		}
		if !slices.Contains(m.FirstLoad, name) {
			onDemand++
		}
	}
	if onDemand == 0 {
		t.Error("no chunk is loaded on demand")
	}
}
