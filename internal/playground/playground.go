// Package playground serves the GraphQL playground (GraphiQL) from assets
// embedded in the binary.
//
// Government networks block public CDNs, so the usual playground pages, which
// load React, GraphiQL and web fonts from unpkg, jsDelivr or Google Fonts, do
// not work there. This package serves a GraphiQL bundle built at development
// time from its npm packages (see web/playground) and committed under assets/:
// loading the page makes no request to any other host, and a strict
// Content-Security-Policy makes the browser enforce that.
//
// Mount the same handler on "/" and "/playground/":
//
//	h := playground.Handler("/graphql", playground.Options{Introspection: true})
//	mux.Handle("/", h)
//	mux.Handle("/playground/", h)
package playground

import (
	"bytes"
	"crypto/rand"
	"embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"sync"
	"time"

	"github.com/teleworkmonth/platform/internal/asset"
)

//go:embed assets
var assetsFS embed.FS

// AssetPrefix is the path under which the bundle's files are served.
const AssetPrefix = "/playground/"

// ContentSecurityPolicy returns the Content-Security-Policy of the handler's
// responses. Scripts, styles, fonts and images come only from the same origin
// (plus data: images and fonts inlined in the stylesheet); GraphQL requests go
// to the same origin over HTTP or WebSocket.
//
// The page's response allows, besides, the <style> elements that carry its
// nonce (a fresh random value on each request, "" for the other responses):
// GraphiQL's dialogs (Radix UI, through react-remove-scroll) insert a <style>
// element at run time, and stamp it with the nonce that the page gives them.
// So no 'unsafe-inline' is needed.
func ContentSecurityPolicy(nonce string) string {
	style := "style-src 'self'; "
	if nonce != "" {
		style = "style-src 'self' 'nonce-" + nonce + "'; "
	}
	return "default-src 'none'; " +
		"script-src 'self'; " +
		style +
		"img-src 'self' data:; " +
		"font-src 'self' data:; " +
		"connect-src 'self' ws: wss:; " +
		"base-uri 'none'; " +
		"form-action 'none'; " +
		"frame-ancestors 'none'"
}

// Cache lifetimes: the page is never stored (it is small, names the current
// asset versions and carries a fresh nonce each time); an asset requested with
// the version the page names (?v=<hash>) never changes, so it is cached for a
// year; an asset requested without it is revalidated.
const (
	cachePage      = "no-store"
	cacheVersioned = "public, max-age=31536000, immutable"
	cacheOther     = "no-cache"
)

// contentTypes are the media types of the served files, set explicitly so that
// they do not depend on the host's MIME tables.
var contentTypes = map[string]string{
	".js":  "text/javascript; charset=utf-8",
	".css": "text/css; charset=utf-8",
	".txt": "text/plain; charset=utf-8",
}

type bundle struct {
	assets map[string]*asset.File // by name under AssetPrefix
	page   *template.Template
}

// loadBundle reads, hashes and compresses the embedded files once per process.
var loadBundle = sync.OnceValues(func() (*bundle, error) {
	b := &bundle{assets: map[string]*asset.File{}}
	entries, err := fs.ReadDir(assetsFS, "assets")
	if err != nil {
		return nil, err
	}
	for _, e := range entries {
		name := e.Name()
		data, err := assetsFS.ReadFile("assets/" + name)
		if err != nil {
			return nil, err
		}
		if name == "index.html" {
			if b.page, err = template.New(name).Option("missingkey=error").Parse(string(data)); err != nil {
				return nil, fmt.Errorf("playground: parse %s: %w", name, err)
			}
			continue
		}
		ct, ok := contentTypes[path.Ext(name)]
		if !ok || e.IsDir() {
			continue
		}
		a, err := asset.New(data, ct)
		if err != nil {
			return nil, err
		}
		b.assets[name] = a
	}
	if b.page == nil {
		return nil, fmt.Errorf("playground: assets/index.html is missing")
	}
	for _, name := range []string{"graphiql.js", "graphiql.css"} {
		if b.assets[name] == nil {
			return nil, fmt.Errorf("playground: assets/%s is missing", name)
		}
	}
	return b, nil
})

// Options say what the page must know of the server.
type Options struct {
	// Introspection tells whether the server answers introspection queries.
	// When it does not (INTROSPECTION=false, the default in production), the
	// page does not ask for the schema, which would fail, and says so above
	// the editor: why the Docs pane and autocompletion are empty, that
	// queries still run, and what the server's operator sets to have them.
	// The playground gets no introspection of its own: anything it could
	// read, any client could, so the switch stays the operator's.
	Introspection bool
}

// Handler returns the handler of the playground for the GraphQL endpoint at
// the path endpoint of the same origin (e.g. "/graphql"). The page's
// subscriptions use the WebSocket URL of the same path (ws://host/graphql, or
// wss:// when the page is served over HTTPS).
//
// It serves the page at exactly "/" and the bundle's files under
// "/playground/"; any other path is 404, any method other than GET and HEAD
// is 405. It panics if endpoint is not an absolute path, or if the embedded
// assets are broken (which the package's tests catch).
func Handler(endpoint string, opts Options) http.Handler {
	if !strings.HasPrefix(endpoint, "/") || strings.HasPrefix(endpoint, "//") {
		panic(fmt.Sprintf("playground: endpoint %q must be an absolute path such as /graphql", endpoint))
	}
	b, err := loadBundle()
	if err != nil {
		panic(err)
	}
	h := &handler{
		bundle:        b,
		endpoint:      endpoint,
		introspection: opts.Introspection,
		js:            AssetPrefix + "graphiql.js?v=" + b.assets["graphiql.js"].Version,
		css:           AssetPrefix + "graphiql.css?v=" + b.assets["graphiql.css"].Version,
	}
	if _, _, err := h.render(); err != nil {
		panic(err)
	}
	return h
}

type handler struct {
	bundle            *bundle
	endpoint, js, css string
	introspection     bool
}

// render returns the page with a fresh nonce.
func (h *handler) render() (page []byte, nonce string, err error) {
	var n [18]byte
	rand.Read(n[:]) // crypto/rand.Read never fails
	// URL encoding: no "+" for html/template to escape in the attribute.
	nonce = base64.RawURLEncoding.EncodeToString(n[:])
	var buf bytes.Buffer
	err = h.bundle.page.Execute(&buf, struct {
		Endpoint, JS, CSS, Nonce string
		Introspection            bool
	}{
		Endpoint:      h.endpoint,
		JS:            h.js,
		CSS:           h.css,
		Nonce:         nonce,
		Introspection: h.introspection,
	})
	if err != nil {
		return nil, "", fmt.Errorf("playground: render index.html: %w", err)
	}
	return buf.Bytes(), nonce, nil
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hdr := w.Header()
	hdr.Set("X-Content-Type-Options", "nosniff")
	hdr.Set("Referrer-Policy", "no-referrer")
	hdr.Set("X-Frame-Options", "DENY")
	hdr.Set("Content-Security-Policy", ContentSecurityPolicy(""))

	var a *asset.File
	switch p := r.URL.Path; {
	case p == "/":
	case strings.HasPrefix(p, AssetPrefix):
		if a = h.bundle.assets[strings.TrimPrefix(p, AssetPrefix)]; a == nil {
			http.NotFound(w, r)
			return
		}
	default:
		http.NotFound(w, r)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		hdr.Set("Allow", "GET, HEAD")
		http.Error(w, http.StatusText(http.StatusMethodNotAllowed), http.StatusMethodNotAllowed)
		return
	}

	if a == nil {
		page, nonce, err := h.render()
		if err != nil {
			http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
			return
		}
		hdr.Set("Content-Security-Policy", ContentSecurityPolicy(nonce))
		hdr.Set("Content-Type", "text/html; charset=utf-8")
		hdr.Set("Cache-Control", cachePage)
		http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(page))
		return
	}

	if r.URL.Query().Get("v") == a.Version {
		hdr.Set("Cache-Control", cacheVersioned)
	} else {
		hdr.Set("Cache-Control", cacheOther)
	}
	a.Serve(w, r)
}
