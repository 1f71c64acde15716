package metrics

import (
	"context"
	"regexp"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"

	"github.com/teleworkmonth/platform/internal/apperr"
)

// Operations is the gqlgen extension that counts every GraphQL answer by operation, and its
// errors by code, and times queries and mutations. It sees the answers to requests refused
// before they ran (a parse or validation error) too, as "other" operations.
type Operations struct{}

var (
	_ graphql.HandlerExtension    = Operations{}
	_ graphql.ResponseInterceptor = Operations{}
)

// ExtensionName names the extension to gqlgen.
func (Operations) ExtensionName() string { return "Metrics" }

// Validate accepts every schema.
func (Operations) Validate(graphql.ExecutableSchema) error { return nil }

// InterceptResponse counts the answer once it is made. A subscription's every event is an answer
// and is counted as one; subscriptions are not timed.
func (Operations) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	resp := next(ctx)
	if resp == nil {
		return nil
	}
	name, kind := "other", "none"
	var started time.Time
	if graphql.HasOperationContext(ctx) {
		oc := graphql.GetOperationContext(ctx)
		if oc.Operation != nil {
			name, kind = OperationLabel(oc.OperationName, oc.Operation.Name), string(oc.Operation.Operation)
		}
		started = oc.Stats.OperationStart
	}
	Requests.WithLabelValues(name, kind).Inc()
	if kind != "subscription" && !started.IsZero() {
		RequestDuration.WithLabelValues(name).Observe(time.Since(started).Seconds())
	}
	for _, e := range resp.Errors {
		code, _ := e.Extensions["code"].(string)
		Errors.WithLabelValues(ErrorCodeLabel(code)).Inc()
	}
	return resp
}

// maxOperationNames bounds the operation label: the first this many names seen by an instance
// keep their own label, any later one is "other", so that a client inventing names cannot grow the
// metrics without end.
const maxOperationNames = 200

var (
	operationNamesMu sync.Mutex
	operationNames   = map[string]bool{}
	validName        = regexp.MustCompile(`^[_A-Za-z][_0-9A-Za-z]{0,63}$`)
)

// OperationLabel is the label of an operation: its name when it has one (of at most 64
// characters) and the instance has labelled fewer than maxOperationNames names so far; "other"
// otherwise (anonymous operations, and every name past the bound).
func OperationLabel(requested, declared string) string {
	name := declared
	if name == "" {
		name = requested
	}
	if name == "" || !validName.MatchString(name) {
		return "other"
	}
	operationNamesMu.Lock()
	defer operationNamesMu.Unlock()
	if operationNames[name] {
		return name
	}
	if len(operationNames) >= maxOperationNames {
		return "other"
	}
	operationNames[name] = true
	return name
}

// errorCodes are the codes that get a label of their own: the application's (apperr) and
// GraphQL's. Any other is "other".
var errorCodes = func() map[string]bool {
	codes := map[string]bool{errcode.ParseFailed: true, errcode.ValidationFailed: true}
	for _, c := range apperr.Codes {
		codes[string(c)] = true
	}
	return codes
}()

// ErrorCodeLabel is the label of an error's code: the code when it is a known one, "none" for an
// error without a code, "other" otherwise.
func ErrorCodeLabel(code string) string {
	switch {
	case code == "":
		return "none"
	case errorCodes[code]:
		return code
	}
	return "other"
}
