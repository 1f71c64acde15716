package server

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"math"

	"github.com/99designs/gqlgen/complexity"
	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"

	"github.com/teleworkmonth/platform/graph"
	"github.com/teleworkmonth/platform/graph/model"
	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/telework"
)

// documentLimits refuses, right after parsing and before validation, the documents that the server
// will not validate: more tokens than GRAPHQL_MAX_TOKENS; an operation or fragment that, its
// fragments expanded, is deeper than GRAPHQL_MAX_DEPTH, uses more aliases than GRAPHQL_MAX_ALIASES
// or selects more fields than GRAPHQL_MAX_FIELDS; more than maxSameName selections of one response
// name in one selection set; a document that expands to more than maxVisitsPerField times the field
// limit; and introspection when it is switched off (INTROSPECTION).
//
// Validation must not run first: its check that fields of the same response name can merge
// (gqlparser's OverlapFieldsCanBeMerged) compares them pairwise, so that 10,000 __typename took 4.4 s
// of CPU and 1.2 GB of allocations, and 300 selections of one name with other arguments gave 44,850
// errors, before the field limit could refuse them. Bounding the selections of one name to k and the
// fields to n bounds its comparisons to about k × n / 2.
//
// A refused document is a request error, as a validation failure is: code GRAPHQL_VALIDATION_FAILED
// (GRAPHQL_PARSE_FAILED over the token limit), no data. The documents of the executor's query
// cache passed validation, and so these limits, already: they are not parsed again. Any other is
// parsed here and once more by the executor: the introspection query, of 184 tokens, takes 50-90
// µs to parse on the development machine, and 35 to walk.
type documentLimits struct {
	maxTokens int
	shape     shapeLimits
	validated graphql.Cache[*ast.QueryDocument] // the executor's query cache
}

// maxSameName is the most selections of one response name in one selection set of the response
// (fragments expanded). Real operations repeat a name where fragments select the same field
// (Apollo Client and Relay add __typename or id to every fragment): once per fragment spread on
// the object, a few times. Validation compares them pairwise and reports each pair that differs:
// within a token limit of 2,000, at most about 2,000 pairs at 20 (2.7 MB allocated to refuse
// them), 5,000 at 50 (6.6 MB).
const maxSameName = 20

// maxVisitsPerField bounds the size of a whole document, every operation and every fragment with its
// fragments expanded, to so many times GRAPHQL_MAX_FIELDS (10,000 selections by default): room for
// a playground's editor full of operations, not for fragments spread within fragments many times
// over.
const maxVisitsPerField = 20

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
} = (*documentLimits)(nil)

func (*documentLimits) ExtensionName() string { return "DocumentLimits" }

func (*documentLimits) Validate(graphql.ExecutableSchema) error { return nil }

func (l *documentLimits) MutateOperationParameters(ctx context.Context, params *graphql.RawParams) *gqlerror.Error {
	if _, ok := l.validated.Get(ctx, params.Query); ok {
		return nil
	}
	doc, err := parser.ParseQueryWithTokenLimit(&ast.Source{Input: params.Query}, l.maxTokens)
	if err != nil {
		var parseErr *gqlerror.Error
		if !errors.As(err, &parseErr) {
			return nil // the executor parses it again and reports it
		}
		errcode.Set(parseErr, errcode.ParseFailed)
		return parseErr
	}
	return measureDocument(doc, l.shape)
}

// operationLimits refuses, after validation and before any resolver runs, an operation that costs
// more than the complexity limit (GRAPHQL_MAX_COMPLEXITY): a connection costs its page size times
// what each node costs, so that it multiplies through nested pages and depends on the variables.
// A refused operation is a request error, as those of documentLimits are.
//
// Verdicts depend only on the operation and its variables: the operations that passed are
// remembered with their complexity, so that a client repeating one (as partner portals do) is not
// costed again on every request. The complexity is the operation's cost to the rate limit of a
// partner key (see operationCost).
type operationLimits struct {
	maxComplexity int

	es graphql.ExecutableSchema
	// passed holds the complexity of the operations that passed, keyed by passedKey.
	passed graphql.Cache[int]
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = (*operationLimits)(nil)

func (*operationLimits) ExtensionName() string { return "OperationLimits" }

func (l *operationLimits) Validate(es graphql.ExecutableSchema) error {
	l.es = es
	l.passed = lru.New[int](1000)
	return nil
}

func (l *operationLimits) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	key, keyed := passedKey(oc)
	if keyed {
		if c, ok := l.passed.Get(ctx, key); ok {
			setCost(oc, c)
			return nil
		}
	}
	c := complexity.Calculate(ctx, l.es, oc.Operation, oc.Variables)
	if c > l.maxComplexity {
		return refused(gqlerror.Errorf("the operation has a complexity of %d; the limit is %d", c, l.maxComplexity))
	}
	setCost(oc, c)
	if keyed {
		l.passed.Add(ctx, key, c)
	}
	return nil
}

// passedKey identifies an operation by a digest of all its verdict depends on: the document, the
// operation's name and the values of its variables (which set page sizes, and so the complexity).
// Variables that do not encode as JSON leave the operation without a key.
func passedKey(oc *graphql.OperationContext) (string, bool) {
	variables, err := json.Marshal(oc.Variables) // maps encode with sorted keys
	if err != nil {
		return "", false
	}
	h := sha256.New()
	for _, part := range []string{oc.RawQuery, oc.OperationName, string(variables)} {
		fmt.Fprintf(h, "%d:%s", len(part), part)
	}
	return string(h.Sum(nil)), true
}

func refused(err *gqlerror.Error) *gqlerror.Error {
	errcode.Set(err, errcode.ValidationFailed)
	return err
}

// maxResponseErrors is the most errors one response carries. Beyond it, the errors are dropped but
// for one last that says how many were: a client shows a handful at most, and thousands of errors
// (one per pair of conflicting selections, per unknown directive, per item of a list the viewer may
// not read) made answers of megabytes.
const maxResponseErrors = 50

// errorCap is the one place where the errors of a response are capped to maxResponseErrors, for
// request errors (parse, validation, limits) and execution errors alike, over HTTP and WebSocket.
// The last error stands for those dropped: its code is that of the first of them, and
// extensions.dropped says how many there were.
type errorCap struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.ResponseInterceptor
} = errorCap{}

func (errorCap) ExtensionName() string { return "ErrorCap" }

func (errorCap) Validate(graphql.ExecutableSchema) error { return nil }

func (errorCap) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	resp := next(ctx)
	if resp != nil && len(resp.Errors) > maxResponseErrors {
		resp.Errors = capErrors(resp.Errors)
	}
	return resp
}

func capErrors(errs gqlerror.List) gqlerror.List {
	dropped := errs[maxResponseErrors:]
	code, _ := dropped[0].Extensions["code"].(string)
	return append(errs[:maxResponseErrors:maxResponseErrors], &gqlerror.Error{
		Message:    fmt.Sprintf("%d more errors were dropped; a response shows the first %d", len(dropped), maxResponseErrors),
		Extensions: map[string]any{"code": code, "dropped": len(dropped)},
	})
}

// setComplexity prices the lists of the schema: a connection costs its page size times what each
// node costs, so that nested pages multiply. Short fixed lists (ministries, co-hosts, divisions …)
// keep gqlgen's default of one per field.
func setComplexity(c *graph.ComplexityRoot) {
	page := func(child int, first *int) int {
		n := relay.DefaultFirst
		if first != nil {
			// A page never holds more than MaxFirst; a larger first is refused by the resolver
			// with an error that names it.
			n = min(max(*first, 1), relay.MaxFirst)
		}
		// Saturate rather than overflow: pages nested deep enough would wrap around to a small
		// or negative cost and pass the limit.
		if child >= (math.MaxInt-1)/n {
			return math.MaxInt
		}
		return 1 + child*n
	}
	c.Query.Events = func(child int, _ *model.EventFilter, first *int, _ *string) int { return page(child, first) }
	c.Query.Registrants = func(child int, _ *model.RegistrantFilter, first *int, _ *string) int { return page(child, first) }
	c.Campaign.Events = func(child int, first *int, _ *string) int { return page(child, first) }
	c.Ministry.Events = func(child int, first *int, _ *string) int { return page(child, first) }
	c.Event.Applications = func(child int, _ *telework.ApplicationStatus, _ *string, first *int, _ *string) int {
		return page(child, first)
	}
	c.AwardProgram.Entries = func(child int, _ *telework.AwardEntryStatus, _ *string, first *int, _ *string) int {
		return page(child, first)
	}
}
