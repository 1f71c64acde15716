package asset

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestServe(t *testing.T) {
	f, err := New([]byte(strings.Repeat("telework ", 200)), "text/plain; charset=utf-8")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, accept, wantEncoding string
	}{
		{"no Accept-Encoding", "", ""},
		{"gzip", "gzip, deflate, br", "gzip"},
		{"x-gzip", "x-gzip", "gzip"},
		{"gzip refused by q=0", "gzip;q=0, br", ""},
		{"gzip with a low q", "br, gzip;q=0.1", "gzip"},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := httptest.NewRequest(http.MethodGet, "/x", nil)
			if c.accept != "" {
				r.Header.Set("Accept-Encoding", c.accept)
			}
			w := httptest.NewRecorder()
			f.Serve(w, r)
			body, _ := io.ReadAll(w.Body)
			size, gzipped := f.Sizes()
			wantLen := size
			if c.wantEncoding != "" {
				wantLen = gzipped
			}
			if got := w.Header().Get("Content-Encoding"); got != c.wantEncoding || len(body) != wantLen ||
				w.Header().Get("Vary") != "Accept-Encoding" || !strings.HasPrefix(w.Header().Get("ETag"), `"`+f.Version) {
				t.Errorf("encoding %q, %d bytes, headers %v", got, len(body), w.Header())
			}
		})
	}
	// A client holding the current version gets 304.
	r := httptest.NewRequest(http.MethodGet, "/x", nil)
	r.Header.Set("If-None-Match", `"`+f.Version+`"`)
	w := httptest.NewRecorder()
	f.Serve(w, r)
	if w.Code != http.StatusNotModified {
		t.Errorf("If-None-Match of the current version: %d", w.Code)
	}
}
