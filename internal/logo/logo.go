// Package logo serves the Telework Month logo to registrants through signed, expiring links.
//
// The logo is the project's own: a home with a laptop on a round badge, 「テレワーク月間」 and
// "TELEWORK MONTH", hand-written as SVG (telework-month-logo.svg) and rendered to PNG at twice its
// size by render.sh. Both are embedded into the binary.
//
// A link names the registrant it was issued to and when it expires, and carries an HMAC-SHA256 of
// them under the server's key (not of the format: the same link ending in .png instead of .svg is
// the PNG, as the API documents): it needs no credential header, so that a browser can
// download the file, yet only the server can make one. The handler refuses a link that was altered,
// is malformed or has expired, and a link of a registrant that has since withdrawn or been
// rejected.
package logo

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/teleworkmonth/platform/internal/telework"
)

// The formats of the logo.
const (
	SVG = "svg"
	PNG = "png"
)

const (
	// PathPrefix is where Handler is to be mounted: a link's path is PathPrefix and the file name.
	PathPrefix = "/logo/"
	// LinkTTL is how long a link stays valid after it is made.
	LinkTTL = 24 * time.Hour
	// MinKeyLength is the shortest signing key NewSigner accepts, in bytes.
	MinKeyLength = 32
	// maxCacheAge caps how long a browser keeps a downloaded file: not past the link's expiry, and
	// not so long that a withdrawn registrant keeps getting it from its cache for days.
	maxCacheAge = time.Hour
	baseName    = "telework-month-logo"
)

var (
	//go:embed telework-month-logo.svg
	svgFile []byte
	//go:embed telework-month-logo.png
	pngFile []byte
)

type file struct {
	name, contentType string
	body              []byte
}

var files = map[string]file{
	SVG: {baseName + ".svg", "image/svg+xml", svgFile},
	PNG: {baseName + ".png", "image/png", pngFile},
}

// byName finds a format by its file name.
var byName = map[string]string{baseName + ".svg": SVG, baseName + ".png": PNG}

// File returns the logo in a format (SVG or PNG) and its content type, or nil for another format.
func File(format string) (body []byte, contentType string) {
	f, ok := files[format]
	if !ok {
		return nil, ""
	}
	return bytes.Clone(f.body), f.contentType
}

// Signer makes and checks download links with a secret key.
type Signer struct {
	key []byte
}

// NewSigner returns a signer with a secret key of at least MinKeyLength bytes.
func NewSigner(key []byte) (*Signer, error) {
	if len(key) < MinKeyLength {
		return nil, fmt.Errorf("logo: the signing key must be at least %d bytes, not %d", MinKeyLength, len(key))
	}
	return &Signer{key: bytes.Clone(key)}, nil
}

// NewRandomSigner returns a signer with a random key of its own, for development: its links are
// valid only on this server process, and only until it stops.
func NewRandomSigner() *Signer {
	key := make([]byte, MinKeyLength)
	rand.Read(key) // never fails (crypto/rand)
	return &Signer{key: key}
}

// URL returns a link, relative to the server's root, to download the logo in a format (SVG or
// PNG) for a registrant, valid for LinkTTL from now:
// /logo/telework-month-logo.svg?r=<id>&exp=<unix seconds>&sig=<hex HMAC-SHA256>. It returns "" for
// another format.
func (s *Signer) URL(registrantID int64, format string, now time.Time) string {
	f, ok := files[format]
	if !ok {
		return ""
	}
	exp := now.Add(LinkTTL).Unix()
	q := url.Values{}
	q.Set("r", strconv.FormatInt(registrantID, 10))
	q.Set("exp", strconv.FormatInt(exp, 10))
	q.Set("sig", hex.EncodeToString(s.mac(registrantID, exp)))
	return PathPrefix + f.name + "?" + q.Encode()
}

// mac signs what a link says, each part delimited, so that no two links sign the same message. The
// format is left out: a registrant may download either, so the signature holds for both paths.
func (s *Signer) mac(registrantID int64, exp int64) []byte {
	h := hmac.New(sha256.New, s.key)
	fmt.Fprintf(h, "%s\x00%d\x00%d", baseName, registrantID, exp)
	return h.Sum(nil)
}

// errRefused is a link the handler refuses; its text is the answer's.
var errRefused = errors.New("this logo link is not valid or has expired: get a new one from your registration (logoDownloadUrl)")

// check reads and checks a link's query: it returns the registrant and the expiry it names when
// its signature holds and it has not expired at now.
func (s *Signer) check(query url.Values, now time.Time) (registrantID int64, exp time.Time, err error) {
	if len(query) != 3 || len(query["r"]) != 1 || len(query["exp"]) != 1 || len(query["sig"]) != 1 {
		return 0, time.Time{}, errRefused
	}
	id, err1 := strconv.ParseInt(query.Get("r"), 10, 64)
	unix, err2 := strconv.ParseInt(query.Get("exp"), 10, 64)
	sig, err3 := hex.DecodeString(query.Get("sig"))
	if err1 != nil || err2 != nil || err3 != nil || id <= 0 || len(sig) != sha256.Size {
		return 0, time.Time{}, errRefused
	}
	if !hmac.Equal(sig, s.mac(id, unix)) {
		return 0, time.Time{}, errRefused
	}
	exp = time.Unix(unix, 0)
	// A link never lives longer than LinkTTL, whatever it says (a minute of leeway for clocks).
	if !now.Before(exp) || exp.Sub(now) > LinkTTL+time.Minute {
		return 0, time.Time{}, errRefused
	}
	return id, exp, nil
}

// Lookup returns a registrant's status, or "" when there is no such registrant.
type Lookup func(ctx context.Context, registrantID int64) (telework.RegistrantStatus, error)

// Handler serves the logo at PathPrefix to the holders of a valid link. It answers 404 for
// another path, 405 for a method other than GET and HEAD, 403 for a link that is altered,
// malformed or expired or whose registrant is unknown, withdrawn or rejected, and 500 when lookup
// fails. The file comes as an attachment, cacheable privately until the link expires (an hour at
// most).
func Handler(s *Signer, lookup Lookup) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		format, ok := "", false
		if name, found := strings.CutPrefix(r.URL.Path, PathPrefix); found {
			format, ok = byName[name]
		}
		if !ok {
			refuse(w, http.StatusNotFound, "no such file: the logo is "+PathPrefix+baseName+".svg or .png")
			return
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			h.Set("Allow", "GET, HEAD")
			refuse(w, http.StatusMethodNotAllowed, "use GET")
			return
		}
		now := time.Now()
		id, exp, err := s.check(r.URL.Query(), now)
		if err != nil {
			refuse(w, http.StatusForbidden, err.Error())
			return
		}
		status, err := lookup(r.Context(), id)
		if err != nil {
			refuse(w, http.StatusInternalServerError, "internal error")
			return
		}
		switch status {
		case "", telework.RegistrantWithdrawn, telework.RegistrantRejected:
			refuse(w, http.StatusForbidden, "the logo is for registrants taking part in Telework Month: this registration is withdrawn or rejected")
			return
		}
		f := files[format]
		maxAge := min(exp.Sub(now), maxCacheAge)
		h.Set("Content-Type", f.contentType)
		h.Set("Content-Disposition", `attachment; filename="`+f.name+`"`)
		h.Set("Cache-Control", "private, max-age="+strconv.Itoa(int(maxAge.Seconds())))
		h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'")
		http.ServeContent(w, r, f.name, time.Time{}, bytes.NewReader(f.body))
	})
}

func refuse(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Cache-Control", "no-store")
	http.Error(w, msg, code)
}
