package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/teleworkmonth/platform/graph"
	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/persisted"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// The media types of GraphQL responses.
const (
	mediaJSON            = "application/json"
	mediaGraphQLResponse = "application/graphql-response+json"
)

// httpTransport is GraphQL over HTTP as its specification (graphql.github.io/graphql-over-http)
// asks, for GET and for POST with a JSON body:
//   - the answer's media type follows Accept: application/graphql-response+json or
//     application/json (the default, and the answer to */*); 406 when the client accepts neither;
//   - a request that is not a well-formed GraphQL-over-HTTP request (a body that is not a JSON
//     object, a missing or mistyped parameter) answers 400; a POST whose body is not JSON 415;
//     another method 405;
//   - a request error (the document does not parse or validate, the variables do not coerce, the
//     server's limits refuse it) answers without data, with 400 under
//     application/graphql-response+json and 200 under application/json; a request refused by a
//     rate limit before it runs answers 429 under both, as the specification lets a server deny a
//     request for reasons such as rate limits with the fitting status code;
//   - GET runs queries only (405, Allow: POST, for anything else); subscriptions are for a
//     streaming transport, never a single answer.
//
// An answer is public, for caches to keep and share, only as cachePolicy says.
//
// It answers every request without an Upgrade header, so a WebSocket transport may be added to the
// same server; a streaming transport of plain HTTP (SSE) would have to be added before it.
type httpTransport struct {
	cache cachePolicy
}

var _ graphql.Transport = httpTransport{}

func (httpTransport) Supports(r *http.Request) bool { return r.Header.Get("Upgrade") == "" }

func (t httpTransport) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	media, ok := negotiate(r.Header.Values("Accept"))
	if !ok {
		writeError(w, http.StatusNotAcceptable, string(apperr.BadUserInput),
			"the server answers in application/graphql-response+json or application/json only")
		return
	}
	start := graphql.Now()
	var params *graphql.RawParams
	var bad *badRequest
	switch r.Method {
	case http.MethodGet:
		params, bad = paramsFromURL(r.URL)
	case http.MethodPost:
		params, bad = paramsFromBody(r)
	default:
		w.Header().Set("Allow", "GET, POST")
		bad = &badRequest{http.StatusMethodNotAllowed, "GraphQL is served over GET and POST only"}
	}
	if bad != nil {
		writeErrors(w, media, bad.status, gqlerror.List{badUserInput(bad.message)})
		return
	}
	params.Headers = r.Header
	params.ReadTime = graphql.TraceTiming{Start: start, End: graphql.Now()}

	ctx := r.Context()
	oc, errs := exec.CreateOperationContext(ctx, params)
	if errs == nil {
		switch op := oc.Operation.Operation; {
		case r.Method == http.MethodGet && op != ast.Query:
			w.Header().Set("Allow", "POST")
			writeErrors(w, media, http.StatusMethodNotAllowed,
				gqlerror.List{badUserInput("GET requests may only run queries; send mutations with POST")})
			return
		case op == ast.Subscription:
			errs = gqlerror.List{badUserInput("subscriptions are served over WebSocket, not over a single HTTP request")}
		}
	}
	if errs != nil {
		resp := exec.DispatchError(graphql.WithOperationContext(ctx, oc), errs)
		status := http.StatusOK
		switch {
		case rateLimited(resp.Errors):
			status = http.StatusTooManyRequests
		case hasCode(resp.Errors, apperr.Internal): // a stored document could not be read
			status = http.StatusInternalServerError
		case media == mediaGraphQLResponse:
			status = http.StatusBadRequest
		}
		// The request never reached execution: the response has no data entry at all.
		writeResponse(w, media, status, struct {
			Errors     gqlerror.List  `json:"errors"`
			Extensions map[string]any `json:"extensions,omitempty"`
		}{resp.Errors, resp.Extensions})
		return
	}
	responses, ctx := exec.DispatchOperation(ctx, oc)
	ctx, data := graph.WithDataBuffer(ctx)
	defer data.Release()
	t.writeResult(w, r, media, responses(ctx))
}

// rateLimited reports whether a rate limit refused the request.
func rateLimited(errs gqlerror.List) bool { return hasCode(errs, apperr.RateLimited) }

// hasCode reports whether one of errs has the code.
func hasCode(errs gqlerror.List, code apperr.Code) bool {
	for _, e := range errs {
		if e.Extensions["code"] == string(code) {
			return true
		}
	}
	return false
}

// badRequest is a request that is not a well-formed GraphQL-over-HTTP request.
type badRequest struct {
	status  int
	message string
}

func badUserInput(message string) *gqlerror.Error {
	return &gqlerror.Error{Message: message, Extensions: map[string]any{"code": string(apperr.BadUserInput)}}
}

// negotiate picks the media type of the answer from the Accept headers: the acceptable one with
// the highest quality, application/graphql-response+json on a tie. No Accept means
// application/json; ok is false when the client accepts neither.
func negotiate(accept []string) (media string, ok bool) {
	var bestQ float64
	seen := false
	for _, header := range accept {
		for part := range strings.SplitSeq(header, ",") {
			if part = strings.TrimSpace(part); part == "" {
				continue
			}
			seen = true
			mt, params, err := mime.ParseMediaType(part)
			if err != nil {
				continue
			}
			q := 1.0
			if v, found := params["q"]; found {
				if q, err = strconv.ParseFloat(v, 64); err != nil || q < 0 || q > 1 {
					continue
				}
			}
			var m string
			switch mt {
			case mediaGraphQLResponse:
				m = mediaGraphQLResponse
			case mediaJSON, "application/*", "*/*":
				m = mediaJSON
			default:
				continue
			}
			if q > bestQ || (q == bestQ && q > 0 && m == mediaGraphQLResponse) {
				media, bestQ = m, q
			}
		}
	}
	if !seen {
		return mediaJSON, true
	}
	return media, media != ""
}

// paramsFromURL reads the parameters of a GET request from its query string.
func paramsFromURL(u *url.URL) (*graphql.RawParams, *badRequest) {
	q, err := url.ParseQuery(u.RawQuery)
	if err != nil {
		return nil, &badRequest{http.StatusBadRequest, "the query string could not be decoded"}
	}
	p := &graphql.RawParams{Query: q.Get("query"), OperationName: q.Get("operationName")}
	for _, o := range []struct {
		name string
		into *map[string]any
	}{{"variables", &p.Variables}, {"extensions", &p.Extensions}} {
		if v := q.Get(o.name); v != "" {
			if *o.into, err = decodeObject([]byte(v)); err != nil {
				return nil, &badRequest{http.StatusBadRequest, o.name + " must be a JSON object"}
			}
		}
	}
	if q.Has("documentId") {
		if bad := useDocumentID(p, q.Get("documentId")); bad != nil {
			return nil, bad
		}
	}
	if !q.Has("query") && p.Extensions["persistedQuery"] == nil {
		return nil, &badRequest{http.StatusBadRequest, "the query parameter is missing"}
	}
	return p, nil
}

// paramsFromBody reads the parameters of a POST request from its JSON body.
func paramsFromBody(r *http.Request) (*graphql.RawParams, *badRequest) {
	mt, ctParams, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || mt != mediaJSON {
		return nil, &badRequest{http.StatusUnsupportedMediaType, "the request body must be application/json"}
	}
	if cs, ok := ctParams["charset"]; ok && !strings.EqualFold(cs, "utf-8") {
		return nil, &badRequest{http.StatusUnsupportedMediaType, "the request body must be encoded in UTF-8"}
	}
	// limitBody, before, has read the body whole and set its length.
	body, err := readAll(r.Body, r.ContentLength)
	if err != nil {
		return nil, &badRequest{http.StatusBadRequest, "the request body could not be read"}
	}
	// Unmarshal refuses what follows the object, as a decoder would, without a decoder's copy.
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(body, &fields); err != nil || fields == nil {
		return nil, &badRequest{http.StatusBadRequest, "the request body must be a JSON object"}
	}
	p := &graphql.RawParams{}
	for _, s := range []struct {
		name string
		into *string
	}{{"query", &p.Query}, {"operationName", &p.OperationName}} {
		if raw, ok := fields[s.name]; ok && !isNull(raw) {
			if json.Unmarshal(raw, s.into) != nil {
				return nil, &badRequest{http.StatusBadRequest, s.name + " must be a string"}
			}
		}
	}
	for _, o := range []struct {
		name string
		into *map[string]any
	}{{"variables", &p.Variables}, {"extensions", &p.Extensions}} {
		if raw, ok := fields[o.name]; ok {
			if *o.into, err = decodeObject(raw); err != nil {
				return nil, &badRequest{http.StatusBadRequest, o.name + " must be a JSON object"}
			}
		}
	}
	if raw, ok := fields["documentId"]; ok && !isNull(raw) {
		var id string
		if json.Unmarshal(raw, &id) != nil {
			return nil, &badRequest{http.StatusBadRequest, "documentId must be a string"}
		}
		if bad := useDocumentID(p, id); bad != nil {
			return nil, bad
		}
	}
	if raw, ok := fields["query"]; (!ok || isNull(raw)) && p.Extensions["persistedQuery"] == nil {
		return nil, &badRequest{http.StatusBadRequest, "the query parameter is missing"}
	}
	return p, nil
}

// useDocumentID takes documentId, the persisted documents of GraphQL over HTTP ("sha256:<hex>"), as
// the hash of automatic persisted queries, which persistedQueries resolves: two ways of naming a
// document by its hash, one meaning.
func useDocumentID(p *graphql.RawParams, id string) *badRequest {
	hash, ok := persisted.ParseHash(id)
	if !ok || !strings.HasPrefix(id, "sha256:") {
		return &badRequest{http.StatusBadRequest, "documentId must be sha256: and the document's SHA-256 in 64 lower-case hexadecimal digits"}
	}
	if p.Query != "" || p.Extensions["persistedQuery"] != nil {
		return &badRequest{http.StatusBadRequest, "send documentId alone, without query or extensions.persistedQuery"}
	}
	if p.Extensions == nil {
		p.Extensions = map[string]any{}
	}
	p.Extensions["persistedQuery"] = map[string]any{"version": json.Number("1"), "sha256Hash": hash}
	return nil
}

func isNull(raw json.RawMessage) bool { return string(bytes.TrimSpace(raw)) == "null" }

// decodeObject decodes a JSON object, or null, keeping numbers exact.
func decodeObject(raw []byte) (map[string]any, error) {
	if isNull(raw) {
		return nil, nil
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var m map[string]any
	if err := dec.Decode(&m); err != nil {
		return nil, err
	}
	if m == nil || dec.Decode(new(json.RawMessage)) != io.EOF {
		return nil, errors.New("not a single JSON object")
	}
	return m, nil
}

func writeErrors(w http.ResponseWriter, media string, status int, errs gqlerror.List) {
	writeResponse(w, media, status, struct {
		Errors gqlerror.List `json:"errors"`
	}{errs})
}

// writeResult writes the response of an executed operation. Its data is JSON already, written by
// the executor, and goes out as it is, between the response's other members, without being copied
// into one body: encoding/json would scan and compact it once more, which cost about as much as
// marshalling a large list in the first place. An answer without errors may be public (see
// cachePolicy).
func (t httpTransport) writeResult(w http.ResponseWriter, r *http.Request, media string, resp *graphql.Response) {
	var head, tail []byte
	if len(resp.Errors) > 0 {
		errs, err := json.Marshal(resp.Errors)
		if err != nil {
			panic(fmt.Errorf("encode the response's errors: %w", err))
		}
		head = append(append([]byte(`{"errors":`), errs...), `,"data":`...)
	} else {
		head = []byte(`{"data":`)
	}
	data := resp.Data
	if len(data) == 0 {
		data = []byte("null")
	}
	if len(resp.Extensions) > 0 {
		ext, err := json.Marshal(resp.Extensions)
		if err != nil {
			panic(fmt.Errorf("encode the response's extensions: %w", err))
		}
		tail = append([]byte(`,"extensions":`), ext...)
	}
	tail = append(tail, '}')
	if len(resp.Errors) == 0 && t.cache.mayBePublic(r) {
		t.cache.writePublic(w, r, media, head, data, tail)
		return
	}
	writeBody(w, media, http.StatusOK, head, data, tail)
}

func writeResponse(w http.ResponseWriter, media string, status int, v any) {
	body, err := json.Marshal(v)
	if err != nil {
		panic(fmt.Errorf("encode the response: %w", err))
	}
	writeBody(w, media, status, body)
}

// writeBody sends a whole response body, given in parts, with its length, so that it goes out in
// one piece rather than in the chunks of an unsized body.
func writeBody(w http.ResponseWriter, media string, status int, parts ...[]byte) {
	length := 0
	for _, p := range parts {
		length += len(p)
	}
	w.Header().Set("Content-Type", media+"; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(length))
	w.WriteHeader(status)
	for _, p := range parts {
		if _, err := w.Write(p); err != nil {
			return // the client has gone
		}
	}
}
