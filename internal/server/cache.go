package server

import (
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/teleworkmonth/platform/internal/authz"
)

// The Cache-Control of every GraphQL answer that is not public: the answer to a request that
// carried a credential, to a POST or a mutation, and any answer with an error (a field masked with
// FORBIDDEN, a rate limit, a refusal, an internal error). Neither a shared cache (a CDN) nor the
// browser keeps it.
const cachePrivate = "private, no-store"

// cacheVary names the request headers that GraphQL answers vary by: the media type of the answer
// (Accept), the language of LocalizedText.text (Accept-Language), and the credentials, which make
// an answer private (Authorization, and the console's session cookie). A cache that stored a public
// answer never gives it for a request that differs in one of these.
const cacheVary = "Accept, Accept-Language, Authorization, Cookie"

// cachePolicy decides how caches may keep the answers of /graphql. An answer is public, and may be
// kept and shared by a CDN for a short while, only when all of these hold:
//   - the request is a GET (GET runs only queries, so it changes nothing);
//   - it carried no credential: no Authorization header (a staff session, a partner key, a
//     registrant or application token), no session cookie, so the viewer is anonymous;
//   - the answer is 200 with no error at all: an anonymous answer with an error is one where a
//     field was masked (FORBIDDEN), a limit refused something, or something failed.
//
// Such an answer holds only what anyone may read, and anyone who sends the same URL with the same
// Accept and Accept-Language gets the same bytes (nothing of an anonymous answer depends on the
// client's address), so a CDN may share it. Every other answer is cachePrivate. Public answers
// carry a strong ETag, a hash of their bytes, and a GET whose If-None-Match matches it is answered
// 304 with no body: the query still runs (the ETag is known only once the answer is), so a 304
// saves the bytes on the wire and the client's work, not the server's.
type cachePolicy struct {
	// public is the Cache-Control of a public answer.
	public string
	// sessionCookie is the name of the console's session cookie.
	sessionCookie string
}

// newCachePolicy returns the policy for public answers kept maxAge (CACHE_MAX_AGE) and then served
// stale for up to staleWhileRevalidate more while a cache fetches a fresh one
// (CACHE_STALE_WHILE_REVALIDATE). A maxAge of 0 makes caches ask again every time (no-cache), which
// the ETag still makes cheap on the wire.
func newCachePolicy(maxAge, staleWhileRevalidate time.Duration, sessionCookie string) cachePolicy {
	public := "public, no-cache"
	if maxAge > 0 {
		public = "public, max-age=" + strconv.FormatInt(int64(maxAge/time.Second), 10)
		if staleWhileRevalidate > 0 {
			public += ", stale-while-revalidate=" + strconv.FormatInt(int64(staleWhileRevalidate/time.Second), 10)
		}
	}
	return cachePolicy{public: public, sessionCookie: sessionCookie}
}

// defaults sets the caching headers every answer of /graphql starts with: private, whatever
// answers it (a refusal of the middleware, an error of the transport), and the Vary list. Only the
// transport, once it has an answer that may be public, makes it so (writePublic). A WebSocket
// handshake gets none: it is no answer to keep.
func (c cachePolicy) defaults(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Upgrade") == "" {
			h := w.Header()
			h.Set("Cache-Control", cachePrivate)
			h.Set("Vary", cacheVary)
		}
		next.ServeHTTP(w, r)
	})
}

// mayBePublic reports whether the answer to r may be public, if it has no error (see cachePolicy).
// The viewer is checked as well as the headers: an anonymous viewer is what the authentication
// made of a request without a credential.
func (c cachePolicy) mayBePublic(r *http.Request) bool {
	if r.Method != http.MethodGet || len(r.Header.Values("Authorization")) > 0 {
		return false
	}
	if c.sessionCookie != "" {
		if _, err := r.Cookie(c.sessionCookie); err == nil {
			return false
		}
	}
	return authz.ViewerFrom(r.Context()).Kind == authz.Anonymous
}

// writePublic sends a public answer of media, given in parts, with its ETag, or 304 Not Modified
// with no body when the request's If-None-Match names that ETag.
func (c cachePolicy) writePublic(w http.ResponseWriter, r *http.Request, media string, parts ...[]byte) {
	etag := entityTag(media, parts)
	h := w.Header()
	h.Set("Cache-Control", c.public)
	h.Set("ETag", etag)
	if noneMatch := r.Header.Values("If-None-Match"); len(noneMatch) > 0 && etagListMatches(noneMatch, etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	writeBody(w, media, http.StatusOK, parts...)
}

// entityTag is a strong entity tag of an answer: the first 128 bits of the SHA-256 of its media
// type and its bytes, so that the same bytes sent as another media type (another representation)
// have another tag.
func entityTag(media string, parts [][]byte) string {
	h := sha256.New()
	h.Write([]byte(media))
	h.Write([]byte{0})
	for _, p := range parts {
		h.Write(p)
	}
	var sum [sha256.Size]byte
	return `"` + base64.RawURLEncoding.EncodeToString(h.Sum(sum[:0])[:16]) + `"`
}

// etagListMatches reports whether the If-None-Match header values name etag, or are "*", by the
// weak comparison that RFC 9110 (section 13.1.2) asks of If-None-Match: W/"x" matches "x".
func etagListMatches(values []string, etag string) bool {
	for _, v := range values {
		for tag := range strings.SplitSeq(v, ",") {
			tag = strings.TrimSpace(tag)
			if tag == "*" || strings.TrimPrefix(tag, "W/") == etag {
				return true
			}
		}
	}
	return false
}
