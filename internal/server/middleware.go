package server

import (
	"bytes"
	"errors"
	"io"
	"net/http"
	"runtime/debug"
	"time"

	"github.com/rs/zerolog/hlog"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"

	"github.com/teleworkmonth/platform/internal/metrics"
	"github.com/teleworkmonth/platform/internal/store"
)

// accessLog writes one line per request, with its id, status, size, duration and the number and
// time of the SQL statements it ran, which the metrics count too. It logs no query text, header or body: those may carry credentials or
// personal data.
func accessLog(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		ctx, statements := store.CountStatements(r.Context())
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r.WithContext(ctx))
		event := hlog.FromRequest(r).Info()
		if rec.status >= 500 {
			event = hlog.FromRequest(r).Error()
		}
		event.Str("method", r.Method).Str("path", r.URL.Path).Int("status", rec.status).
			Int64("bytes", rec.bytes).Dur("duration", time.Since(start)).
			Int64("sql_statements", statements.Count()).Dur("sql_time", statements.Time()).Msg("request")
		metrics.SQLStatements.Observe(float64(statements.Count()))
		metrics.SQLTime.Observe(statements.Time().Seconds())
	})
}

type statusRecorder struct {
	http.ResponseWriter
	status      int
	bytes       int64
	wroteHeader bool
}

func (r *statusRecorder) WriteHeader(status int) {
	if !r.wroteHeader {
		r.status, r.wroteHeader = status, true
	}
	r.ResponseWriter.WriteHeader(status)
}

func (r *statusRecorder) Write(b []byte) (int, error) {
	r.wroteHeader = true
	n, err := r.ResponseWriter.Write(b)
	r.bytes += int64(n)
	return n, err
}

func (r *statusRecorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// Flush lets streaming transports (server-sent events, incremental delivery), which look for an
// http.Flusher by type assertion, flush through the recorder.
func (r *statusRecorder) Flush() {
	r.wroteHeader = true
	_ = http.NewResponseController(r.ResponseWriter).Flush()
}

// recoverHTTP answers 500 without internals when a handler panics, and logs the panic.
func recoverHTTP(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if p := recover(); p != nil {
				if p == http.ErrAbortHandler {
					panic(p)
				}
				hlog.FromRequest(r).Error().Interface("panic", p).Bytes("stack", debug.Stack()).Msg("panic")
				writeError(w, http.StatusInternalServerError, "INTERNAL", "internal error")
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// limitBody refuses request bodies over max bytes with 413, before GraphQL reads them. It reads the
// body whole, and passes it on with its length.
func limitBody(max int64) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.ContentLength > max {
				writeError(w, http.StatusRequestEntityTooLarge, "BAD_USER_INPUT", "the request body is larger than the limit")
				return
			}
			if r.Body != nil && r.Body != http.NoBody {
				body, err := readAll(http.MaxBytesReader(w, r.Body, max), r.ContentLength)
				var tooLarge *http.MaxBytesError
				if errors.As(err, &tooLarge) {
					writeError(w, http.StatusRequestEntityTooLarge, "BAD_USER_INPUT", "the request body is larger than the limit")
					return
				}
				if err != nil {
					writeError(w, http.StatusBadRequest, "BAD_USER_INPUT", "the request body could not be read")
					return
				}
				r.Body = io.NopCloser(bytes.NewReader(body))
				r.ContentLength = int64(len(body))
			}
			next.ServeHTTP(w, r)
		})
	}
}

// readAll reads r to its end. A body whose length is announced (size) is read into a buffer of
// that size: io.ReadAll, which cannot know it, grows its buffer step by step and allocates about
// twice the body.
func readAll(r io.Reader, size int64) ([]byte, error) {
	var buf bytes.Buffer
	if size > 0 {
		// MinRead more, or ReadFrom grows the buffer before it reads the end of the body.
		buf.Grow(int(size) + bytes.MinRead)
	}
	_, err := buf.ReadFrom(r)
	return buf.Bytes(), err
}

// refuseGETMutations answers 405 to a GET whose operation is a mutation or a subscription: GET must
// be safe, so that a link or a prefetch can never change anything. It reads at most maxTokens
// tokens of the document (GRAPHQL_MAX_TOKENS), as GraphQL does.
func refuseGETMutations(maxTokens int) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.Method == http.MethodGet && r.Header.Get("Upgrade") == "" {
				q := r.URL.Query()
				if op := operationType(q.Get("query"), q.Get("operationName"), maxTokens); op == ast.Mutation || op == ast.Subscription {
					w.Header().Set("Allow", "POST")
					writeError(w, http.StatusMethodNotAllowed, "BAD_USER_INPUT", "GET requests may only run queries; send mutations with POST")
					return
				}
			}
			next.ServeHTTP(w, r)
		})
	}
}

// operationType is the type of the operation a GET would run, or "" when the document does not
// parse (GraphQL then reports the syntax error itself, or the token limit).
func operationType(query, operationName string, maxTokens int) ast.Operation {
	if query == "" {
		return ""
	}
	doc, err := parser.ParseQueryWithTokenLimit(&ast.Source{Input: query}, maxTokens)
	if err != nil {
		return ""
	}
	if op := doc.Operations.ForName(operationName); op != nil {
		return op.Operation
	}
	return ""
}

// writeError writes an error in the shape of a GraphQL response, for failures before GraphQL runs.
func writeError(w http.ResponseWriter, status int, code, message string) {
	writeErrors(w, mediaJSON, status, gqlerror.List{{Message: message, Extensions: map[string]any{"code": code}}})
}
