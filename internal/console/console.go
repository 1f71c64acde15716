// Package console serves the ministry console, the web front end of ministry staff and the
// secretariat, at /admin/: a client of the same GraphQL API, built from web/console into assets/
// (committed, so that `go build` needs no Node) and embedded in the binary, so that it loads
// nothing from another host and works on a government LAN. It also exchanges a password for the
// console's session cookie (see Session).
//
// Every address under /admin/ that is not a file of the bundle answers the console's page, which
// shows the screen of the address: a reload or a bookmark of any screen works. The bundle's files
// have content-hashed names and are cached for a year; the page itself is revalidated each time.
package console

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"sync"

	"github.com/teleworkmonth/platform/internal/asset"
	"github.com/teleworkmonth/platform/internal/persisted"
)

//go:embed assets
var assetsFS embed.FS

// Paths of the console.
const (
	Prefix      = "/admin/"
	AssetPrefix = "/admin/assets/"
)

// ContentSecurityPolicy is the policy of every response of the console: everything from its own
// origin, no inline script or style, no frame around it, forms that post only to it.
const ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// Cache lifetimes: a file with a content-hashed name never changes; the page, which names the
// current files, is revalidated on every load (it has an ETag), as is anything else.
const (
	cacheImmutable  = "public, max-age=31536000, immutable"
	cacheRevalidate = "no-cache"
)

var contentTypes = map[string]string{
	".html": "text/html; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".txt":  "text/plain; charset=utf-8",
}

// Manifest is what the build wrote about the bundle (assets/manifest.json).
type Manifest struct {
	// Inputs is the SHA-256 of the sources the bundle was built from (see web/console/build.mjs).
	Inputs string `json:"inputs"`
	// JS and CSS are the names of the bundle's script and stylesheet.
	JS  string `json:"js"`
	CSS string `json:"css"`
	// Chunks are the bundle's other scripts: those that JS imports, and those of the screens
	// loaded on demand.
	Chunks []string `json:"chunks"`
	// FirstLoad is what the page loads before it shows anything: JS, the chunks it imports, CSS.
	FirstLoad []string `json:"firstLoad"`
	// Files are the SHA-256 of every file the build wrote but the manifest, by name.
	Files map[string]string `json:"files"`
}

type bundle struct {
	manifest Manifest
	page     *asset.File
	files    map[string]*asset.File // served under AssetPrefix
	// immutable are the names of the files whose names carry their content hash.
	immutable map[string]bool
}

// loadBundle reads, checks and compresses the embedded files once per process.
var loadBundle = sync.OnceValues(func() (*bundle, error) {
	raw, err := assetsFS.ReadFile("assets/manifest.json")
	if err != nil {
		return nil, fmt.Errorf("console: %w", err)
	}
	b := &bundle{files: map[string]*asset.File{}}
	if err := json.Unmarshal(raw, &b.manifest); err != nil {
		return nil, fmt.Errorf("console: manifest.json: %w", err)
	}
	entries, err := fs.ReadDir(assetsFS, "assets")
	if err != nil {
		return nil, err
	}
	for _, e := range entries {
		name := e.Name()
		ct, ok := contentTypes[path.Ext(name)]
		if !ok || e.IsDir() {
			continue
		}
		data, err := assetsFS.ReadFile("assets/" + name)
		if err != nil {
			return nil, err
		}
		f, err := asset.New(data, ct)
		if err != nil {
			return nil, err
		}
		if name == "index.html" {
			b.page = f
			continue
		}
		b.files[name] = f
	}
	b.immutable = map[string]bool{b.manifest.JS: true, b.manifest.CSS: true}
	complete := b.page != nil && b.files[b.manifest.JS] != nil && b.files[b.manifest.CSS] != nil
	for _, name := range b.manifest.Chunks {
		b.immutable[name] = true
		complete = complete && b.files[name] != nil
	}
	if !complete {
		return nil, fmt.Errorf("console: the bundle in assets/ is incomplete: rebuild it (make console)")
	}
	return b, nil
})

// Handler serves the console under Prefix: the bundle's files under AssetPrefix (404 for any
// other name there), and the console's page for every other address. Only GET and HEAD (405
// otherwise). It panics if the embedded bundle is broken, which the package's tests catch.
func Handler() http.Handler {
	b, err := loadBundle()
	if err != nil {
		panic(err)
	}
	return b
}

func (b *bundle) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hdr := w.Header()
	hdr.Set("Content-Security-Policy", ContentSecurityPolicy)
	hdr.Set("X-Content-Type-Options", "nosniff")
	hdr.Set("X-Frame-Options", "DENY")
	hdr.Set("Referrer-Policy", "no-referrer")
	hdr.Set("Cross-Origin-Opener-Policy", "same-origin")
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		hdr.Set("Allow", "GET, HEAD")
		http.Error(w, http.StatusText(http.StatusMethodNotAllowed), http.StatusMethodNotAllowed)
		return
	}
	f, name := b.page, ""
	if n, ok := strings.CutPrefix(r.URL.Path, AssetPrefix); ok {
		if f, name = b.files[n], n; f == nil {
			hdr.Set("Cache-Control", cacheRevalidate)
			http.NotFound(w, r)
			return
		}
	}
	hdr.Set("Cache-Control", cacheRevalidate)
	if b.immutable[name] {
		hdr.Set("Cache-Control", cacheImmutable)
	}
	f.Serve(w, r)
}

// FirstLoad is what a browser downloads to show the console the first time, after the page: the
// script, the chunks it imports and the stylesheet (not the screens loaded on demand), with their
// sizes as sent with gzip.
func FirstLoad() (files []string, raw, gzipped int, err error) {
	b, err := loadBundle()
	if err != nil {
		return nil, 0, 0, err
	}
	for _, name := range b.manifest.FirstLoad {
		size, sent := b.files[name].Sizes()
		files = append(files, name)
		raw += size
		gzipped += sent
	}
	return files, raw, gzipped, nil
}

// Documents are the console's GraphQL documents by their SHA-256 (bare hex), as graphql-codegen
// wrote them and the build copied them (assets/persisted-documents.json, not served): the server
// registers them as the shared trusted documents at start-up, and the console sends their hashes in
// place of their text.
func Documents() (map[string]string, error) {
	f, err := assetsFS.Open("assets/persisted-documents.json")
	if err != nil {
		return nil, fmt.Errorf("console: %w", err)
	}
	defer f.Close()
	docs, err := persisted.ReadFile(f)
	if err != nil {
		return nil, fmt.Errorf("console: persisted-documents.json: %w", err)
	}
	return docs, nil
}
