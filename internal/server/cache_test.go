package server_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/telework"
)

const (
	publicCache  = "public, max-age=30, stale-while-revalidate=60"
	privateCache = "private, no-store"
	varyHeaders  = "Accept, Accept-Language, Authorization, Cookie"
)

// eventsQuery is a public read: anyone gets the same answer.
var eventsQuery = url.Values{"query": {`{ events(first: 3) { edges { node { id title { text } seatsRemaining } } } }`}}

// wantCaching checks an answer's Cache-Control, its Vary, and whether it has an ETag.
func wantCaching(t *testing.T, r apptest.Response, cacheControl string, etag bool) {
	t.Helper()
	if got := r.Header.Values("Cache-Control"); len(got) != 1 || got[0] != cacheControl {
		t.Errorf("status %d: Cache-Control %q, want %q (%.300s)", r.Status, got, cacheControl, r.Body)
	}
	if got := r.Header.Get("Vary"); got != varyHeaders {
		t.Errorf("status %d: Vary %q, want %q", r.Status, got, varyHeaders)
	}
	if got := r.Header.Get("ETag"); (got != "") != etag {
		t.Errorf("status %d: ETag %q, want one: %v", r.Status, got, etag)
	}
}

// TestCachePublicAnswers: an anonymous GET whose answer has no error may be kept by a CDN for a
// short while, with a strong ETag; a GET that names it (weak comparison, in a list, or *) gets
// 304 with no body; the same URL in another language or media type, or after the data changed,
// has another ETag, and the old one no longer matches.
func TestCachePublicAnswers(t *testing.T) {
	t.Parallel()
	s := apptest.New(t, apptest.Options{Seed: true})

	first := get(t, s, eventsQuery, nil)
	if first.Status != http.StatusOK || len(first.Errors) > 0 {
		t.Fatalf("status %d: %s", first.Status, first.Body)
	}
	wantCaching(t, first, publicCache, true)
	etag := first.Header.Get("ETag")
	if !strings.HasPrefix(etag, `"`) || strings.HasPrefix(etag, "W/") {
		t.Errorf("ETag %q is not a strong entity tag", etag)
	}
	if again := get(t, s, eventsQuery, nil); again.Header.Get("ETag") != etag {
		t.Errorf("the same answer has another ETag: %q, then %q", etag, again.Header.Get("ETag"))
	}

	for _, ifNoneMatch := range []string{etag, "W/" + etag, `"other", ` + etag, "*"} {
		r := get(t, s, eventsQuery, map[string]string{"If-None-Match": ifNoneMatch})
		if r.Status != http.StatusNotModified || len(r.Body) != 0 {
			t.Errorf("If-None-Match %s: status %d with %d bytes, want 304 with none", ifNoneMatch, r.Status, len(r.Body))
		}
		wantCaching(t, r, publicCache, true)
		if r.Header.Get("ETag") != etag {
			t.Errorf("If-None-Match %s: 304 with ETag %q, want %q", ifNoneMatch, r.Header.Get("ETag"), etag)
		}
	}
	if r := get(t, s, eventsQuery, map[string]string{"If-None-Match": `"other"`}); r.Status != http.StatusOK || len(r.Body) == 0 {
		t.Errorf("If-None-Match of another ETag: status %d with %d bytes, want the whole answer", r.Status, len(r.Body))
	}

	for name, header := range map[string]map[string]string{
		"in English":                           {"Accept-Language": "en"},
		"as application/graphql-response+json": {"Accept": mediaGraphQLResponse},
	} {
		r := get(t, s, eventsQuery, header)
		wantCaching(t, r, publicCache, true)
		if r.Header.Get("ETag") == etag {
			t.Errorf("%s: the same ETag as in Japanese as application/json", name)
		}
	}

	// Another answer at the same URL: the data changed (by SQL, as the test is about the answer).
	if _, err := s.DB.Exec(`UPDATE events SET title_ja = title_ja || '（改）'`); err != nil {
		t.Fatal(err)
	}
	changed := get(t, s, eventsQuery, map[string]string{"If-None-Match": etag})
	if changed.Status != http.StatusOK || !strings.Contains(string(changed.Body), "（改）") {
		t.Fatalf("after a change, If-None-Match of the old ETag: status %d: %.300s", changed.Status, changed.Body)
	}
	wantCaching(t, changed, publicCache, true)
	if changed.Header.Get("ETag") == etag {
		t.Errorf("a changed answer kept its ETag %q", etag)
	}
}

// TestCachePrivateAnswers: an answer is private and kept by no cache when the request carried a
// credential (a staff session, in the header or the console's cookie, a partner key, a registrant
// token), was a POST, or its answer has an error (a field masked for the viewer, a document that
// does not validate, a mutation over GET); none of them has an ETag, and If-None-Match does not
// make them 304.
func TestCachePrivateAnswers(t *testing.T) {
	t.Parallel()
	s := apptest.New(t, apptest.Options{Seed: true})
	staff := s.Staff("cache@soumu.example.jp", telework.RoleMinistryAdmin, "MIC")
	partner, _ := partnerKey(t, s, s.Staff("cache@cas.example.jp", telework.RoleSecretariat, ""), "")
	registrant := registrantToken(t, s)
	public := get(t, s, eventsQuery, nil)
	etag := public.Header.Get("ETag")

	for _, c := range []struct {
		name   string
		params url.Values
		header map[string]string
	}{
		{"a staff session", eventsQuery, map[string]string{"Authorization": "Bearer " + staff}},
		{"the console's session cookie", eventsQuery, map[string]string{"Cookie": "tm_session=" + staff}},
		{"a partner key", eventsQuery, map[string]string{"Authorization": "Bearer " + partner}},
		{"a registrant token", eventsQuery, map[string]string{"Authorization": "Bearer " + registrant}},
		{"a field masked for the public", url.Values{"query": {`{ registrants(first: 1) { edges { node { name contact { email } } } } }`}}, nil},
		{"the viewer, anonymous, asking for staff data", url.Values{"query": {`{ viewer { kind } auditLog(ministryCode: "MIC", first: 1) { totalCount } }`}}, nil},
		{"a document that does not validate", url.Values{"query": {`{ events { nope } }`}}, nil},
		{"a mutation over GET", url.Values{"query": {`mutation { logout }`}}, nil},
	} {
		header := map[string]string{"If-None-Match": etag}
		for k, v := range c.header {
			header[k] = v
		}
		r := get(t, s, c.params, header)
		if r.Status == http.StatusNotModified {
			t.Errorf("%s: 304", c.name)
		}
		wantCaching(t, r, privateCache, false)
	}

	r := s.Do(apptest.Request{Query: eventsQuery.Get("query"), Header: http.Header{"If-None-Match": {etag}}})
	if r.Status != http.StatusOK || len(r.Errors) > 0 {
		t.Fatalf("POST: status %d: %s", r.Status, r.Body)
	}
	wantCaching(t, r, privateCache, false)
}

// TestCacheMaxAgeConfigured: CACHE_MAX_AGE and CACHE_STALE_WHILE_REVALIDATE set the public
// answers' Cache-Control; a max-age of 0 has caches revalidate every time, by the ETag.
func TestCacheMaxAgeConfigured(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		maxAge, stale, want string
	}{
		{"5m", "0", "public, max-age=300"},
		{"0", "1m", "public, no-cache"},
	} {
		s := apptest.New(t, apptest.Options{Env: map[string]string{"CACHE_MAX_AGE": c.maxAge, "CACHE_STALE_WHILE_REVALIDATE": c.stale}})
		r := get(t, s, url.Values{"query": {`{ __typename }`}}, nil)
		wantCaching(t, r, c.want, true)
	}
}

// registrantToken registers an activity and returns the registrant's token.
func registrantToken(t *testing.T, s *apptest.Server) string {
	t.Helper()
	r := s.Query(`mutation($in: RegisterActivityInput!) { registerActivity(input: $in) { token } }`, registerInput(0))
	var data struct{ RegisterActivity struct{ Token string } }
	if r.Decode(t, &data); data.RegisterActivity.Token == "" {
		t.Fatalf("registerActivity: %s", r.Body)
	}
	return data.RegisterActivity.Token
}

// TestCachePersistedQueries: a query sent by its hash over GET, as Apollo's link does with
// useGETForHashedQueries, is what a CDN caches best (a short URL): unknown, it is a request error
// and private; known, its answer is public with an ETag, the same as for the query sent whole.
func TestCachePersistedQueries(t *testing.T) {
	t.Parallel()
	s := apptest.New(t, apptest.Options{Seed: true})
	const query = `query Campaigns { campaigns { fiscalYear eraName } }`
	unknown := apqGET(t, s, mediaJSON, "Campaigns", "", sha(query))
	wantCaching(t, unknown, privateCache, false)
	whole := apqGET(t, s, mediaJSON, "Campaigns", query, sha(query))
	wantCaching(t, whole, publicCache, true)
	byHash := apqGET(t, s, mediaJSON, "Campaigns", "", sha(query))
	wantCaching(t, byHash, publicCache, true)
	if byHash.Header.Get("ETag") != whole.Header.Get("ETag") {
		t.Errorf("by hash: ETag %q, sent whole: %q", byHash.Header.Get("ETag"), whole.Header.Get("ETag"))
	}
}
