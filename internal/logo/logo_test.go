package logo

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"image/png"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/teleworkmonth/platform/internal/telework"
)

func TestAssets(t *testing.T) {
	t.Parallel()
	img, err := png.Decode(bytes.NewReader(pngFile))
	if err != nil {
		t.Fatalf("the PNG does not decode: %v", err)
	}
	if b := img.Bounds(); b.Dx() != 1280 || b.Dy() != 400 {
		t.Errorf("the PNG is %v, want 1280x400 (twice the SVG)", b)
	}
	var root struct {
		XMLName xml.Name
		Width   string   `xml:"width,attr"`
		Height  string   `xml:"height,attr"`
		Texts   []string `xml:"text"`
	}
	if err := xml.Unmarshal(svgFile, &root); err != nil {
		t.Fatalf("the SVG does not parse: %v", err)
	}
	if root.XMLName.Local != "svg" || root.Width != "640" || root.Height != "200" ||
		!strings.Contains(strings.Join(root.Texts, " "), "テレワーク月間") || !strings.Contains(strings.Join(root.Texts, " "), "TELEWORK MONTH") {
		t.Errorf("the SVG is %+v", root)
	}
	if bytes.Contains(bytes.ToLower(svgFile), []byte("<script")) || bytes.Contains(svgFile, []byte("href")) {
		t.Error("the SVG has a script or a link")
	}
}

func TestNewSigner(t *testing.T) {
	t.Parallel()
	if _, err := NewSigner(make([]byte, MinKeyLength-1)); err == nil {
		t.Error("a short key accepted")
	}
	if _, err := NewSigner(make([]byte, MinKeyLength)); err != nil {
		t.Error(err)
	}
	now := time.Now()
	a, b := NewRandomSigner(), NewRandomSigner()
	if a.URL(1, SVG, now) == b.URL(1, SVG, now) {
		t.Error("two random signers sign alike")
	}
	if s := NewRandomSigner().URL(1, "gif", now); s != "" {
		t.Errorf("a link to a GIF: %s", s)
	}
}

// statuses is a lookup over a fixed set of registrants; registrant 13 makes it fail.
func statuses(ctx context.Context, id int64) (telework.RegistrantStatus, error) {
	switch id {
	case 1:
		return telework.RegistrantRegistered, nil
	case 2:
		return telework.RegistrantApproved, nil
	case 3:
		return telework.RegistrantWithdrawn, nil
	case 4:
		return telework.RegistrantRejected, nil
	case 13:
		return "", errors.New("database down")
	}
	return "", nil
}

func TestHandler(t *testing.T) {
	t.Parallel()
	key := bytes.Repeat([]byte("k"), MinKeyLength)
	s, _ := NewSigner(key)
	h := Handler(s, statuses)
	now := time.Now()
	valid := s.URL(1, SVG, now)
	q := func(link string) url.Values { u, _ := url.Parse(link); return u.Query() }
	with := func(link, k, v string) string {
		u, _ := url.Parse(link)
		vals := u.Query()
		vals.Set(k, v)
		u.RawQuery = vals.Encode()
		return u.String()
	}
	other, _ := NewSigner(bytes.Repeat([]byte("x"), MinKeyLength))
	tests := []struct {
		name   string
		method string
		link   string
		code   int
	}{
		{"SVG of a registered registrant", "GET", valid, 200},
		{"PNG of an approved registrant", "GET", s.URL(2, PNG, now), 200},
		{"HEAD", "HEAD", valid, 200},
		{"a link just made by a clock a minute fast", "GET", s.URL(1, SVG, now.Add(time.Minute)), 200},
		{"POST", "POST", valid, 405},
		{"another file", "GET", "/logo/other.svg?" + q(valid).Encode(), 404},
		{"a directory", "GET", "/logo/x/telework-month-logo.svg?" + q(valid).Encode(), 404},
		{"the SVG link ending in .png", "GET", strings.Replace(valid, ".svg", ".png", 1), 200},
		{"the PNG link ending in .svg", "GET", strings.Replace(s.URL(2, PNG, now), ".png", ".svg", 1), 200},
		{"the SVG link ending in .png, tampered", "GET", with(strings.Replace(valid, ".svg", ".png", 1), "r", "2"), 403},
		{"another registrant", "GET", with(valid, "r", "2"), 403},
		{"a later expiry", "GET", with(valid, "exp", q(valid).Get("exp")+"0"), 403},
		{"a flipped signature", "GET", with(valid, "sig", strings.Repeat("0", 64)), 403},
		{"a short signature", "GET", with(valid, "sig", q(valid).Get("sig")[:62]), 403},
		{"a signature not in hex", "GET", with(valid, "sig", strings.Repeat("z", 64)), 403},
		{"no signature", "GET", strings.Split(valid, "&sig=")[0], 403},
		{"a second registrant", "GET", valid + "&r=2", 403},
		{"an extra parameter", "GET", valid + "&x=1", 403},
		{"a negative registrant", "GET", s.URL(-1, SVG, now), 403},
		{"another key", "GET", other.URL(1, SVG, now), 403},
		{"expired", "GET", s.URL(1, SVG, now.Add(-LinkTTL-time.Second)), 403},
		{"too far ahead", "GET", s.URL(1, SVG, now.Add(time.Hour)), 403},
		{"a withdrawn registrant", "GET", s.URL(3, SVG, now), 403},
		{"a rejected registrant", "GET", s.URL(4, SVG, now), 403},
		{"an unknown registrant", "GET", s.URL(99, SVG, now), 403},
		{"a failing lookup", "GET", s.URL(13, SVG, now), 500},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(tt.method, tt.link, nil))
			hd := rec.Header()
			if rec.Code != tt.code {
				t.Fatalf("%s %s: %d %s, want %d", tt.method, tt.link, rec.Code, rec.Body, tt.code)
			}
			if hd.Get("X-Content-Type-Options") != "nosniff" {
				t.Errorf("X-Content-Type-Options %q", hd.Get("X-Content-Type-Options"))
			}
			if tt.code != 200 {
				if hd.Get("Cache-Control") != "no-store" || strings.HasPrefix(hd.Get("Content-Type"), "image/") {
					t.Errorf("a refusal with %v", hd)
				}
				return
			}
			format := SVG
			if strings.Contains(tt.link, ".png") {
				format = PNG
			}
			body, contentType := File(format)
			name := "telework-month-logo." + format
			if hd.Get("Content-Type") != contentType || hd.Get("Content-Disposition") != `attachment; filename="`+name+`"` ||
				hd.Get("Cache-Control") != "private, max-age=3600" {
				t.Errorf("headers %v", hd)
			}
			if tt.method == "GET" && !bytes.Equal(rec.Body.Bytes(), body) || tt.method == "HEAD" && rec.Body.Len() != 0 {
				t.Errorf("%s: %d bytes", tt.method, rec.Body.Len())
			}
		})
	}
}

// TestCacheAge: a browser keeps the file no longer than its link lives.
func TestCacheAge(t *testing.T) {
	t.Parallel()
	s := NewRandomSigner()
	rec := httptest.NewRecorder()
	Handler(s, statuses).ServeHTTP(rec, httptest.NewRequest("GET", s.URL(1, SVG, time.Now().Add(-LinkTTL+10*time.Minute)), nil))
	if cc := rec.Header().Get("Cache-Control"); rec.Code != 200 || (cc != "private, max-age=599" && cc != "private, max-age=600") {
		t.Errorf("%d, Cache-Control %q, want about ten minutes", rec.Code, cc)
	}
}
