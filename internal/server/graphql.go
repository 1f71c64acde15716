package server

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/rs/zerolog"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/validator/core"
	"github.com/vektah/gqlparser/v2/validator/rules"

	"github.com/teleworkmonth/platform/graph"
	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/config"
	"github.com/teleworkmonth/platform/internal/metrics"
	"github.com/teleworkmonth/platform/internal/persisted"
	"github.com/teleworkmonth/platform/resolvers"
)

// newGraphQL builds the GraphQL executor with the limits of cfg, the rate limits, the registry of
// persisted documents and the caching policy of its answers.
func newGraphQL(cfg config.Config, r *resolvers.Resolver, rates *rateLimits, documents *persisted.Registry, cache cachePolicy) *handler.Server {
	c := graph.Config{Resolvers: r.Root()}
	c.Directives.PersonalData = r.PersonalData
	c.Directives.Restricted = r.Restricted
	setComplexity(&c.Complexity)

	srv := handler.New(graph.NewExecutableSchema(c))
	srv.AddTransport(httpTransport{cache: cache})
	validated := lru.New[*ast.QueryDocument](1000)
	srv.SetQueryCache(validated)
	srv.SetParserTokenLimit(cfg.MaxTokens)
	srv.SetDisableSuggestion(!cfg.FieldSuggestions)
	// First, so that it sees each answer as it leaves, errors capped.
	srv.Use(metrics.Operations{})
	if !cfg.FieldSuggestions {
		srv.SetValidationRulesFn(rulesWithoutSuggestions)
	}
	if cfg.Introspection {
		srv.Use(extension.Introspection{})
	}
	// Before documentLimits: a document sent by its hash passes every limit as one sent whole.
	pq := newPersistedQueries(cfg.TrustedDocuments, cfg.APQCacheEntries, cfg.APQMaxDocumentBytes, documents)
	srv.Use(pq)
	srv.Use(&documentLimits{
		maxTokens: cfg.MaxTokens,
		shape: shapeLimits{
			maxDepth:      cfg.MaxDepth,
			maxAliases:    cfg.MaxAliases,
			maxFields:     cfg.MaxFields,
			maxSameName:   maxSameName,
			maxVisits:     maxVisitsPerField * cfg.MaxFields,
			introspection: cfg.Introspection,
		},
		validated: validated,
	})
	srv.Use(&inputBounds{})
	srv.Use(&operationLimits{maxComplexity: cfg.MaxComplexity})
	if pq.apq != nil {
		srv.Use(rememberPersisted{pq}) // once the document has passed every limit
	}
	// After operationLimits, which computes the cost that a partner key is charged.
	srv.Use(rates)
	srv.Use(errorCap{})
	srv.SetErrorPresenter(presentError)
	srv.SetRecoverFunc(recoverPanic)
	return srv
}

// rulesWithoutSuggestions are the validation rules with none of the "Did you mean …?" hints that
// name the schema's fields, arguments, types and enum values. gqlgen itself only swaps the rules of
// fields and scalar leaves (SetDisableSuggestion); this swaps the others too.
func rulesWithoutSuggestions() *rules.Rules {
	r := rules.NewDefaultRules()
	for _, swap := range []struct{ with, without core.Rule }{
		{rules.KnownArgumentNamesRule, rules.KnownArgumentNamesRuleWithoutSuggestions},
		{rules.KnownTypeNamesRule, rules.KnownTypeNamesRuleWithoutSuggestions},
		{rules.ValuesOfCorrectTypeRule, rules.ValuesOfCorrectTypeRuleWithoutSuggestions},
	} {
		r.RemoveRule(swap.with.Name)
		r.AddRule(swap.without.Name, swap.without.RuleFunc)
	}
	return r
}

// presentError is the one place where errors become GraphQL errors. Errors of the contract keep
// their code, message and field; a RATE_LIMITED one also says how long to wait, as
// extensions.retryAfter and as the response's Retry-After header. Errors in the request itself are
// the caller's and are shown as they are, BAD_USER_INPUT unless gqlgen set a code
// (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED): see isRequestError. Anything else is INTERNAL:
// logged once with the request's id, and shown without its text.
func presentError(ctx context.Context, err error) *gqlerror.Error {
	gqlErr := graphql.DefaultErrorPresenter(ctx, err)
	if appErr, ok := apperr.As(err); ok && appErr.Code != apperr.Internal {
		gqlErr.Message = appErr.Message
		gqlErr.Extensions = map[string]any{"code": string(appErr.Code)}
		if appErr.Field != "" {
			gqlErr.Extensions["field"] = appErr.Field
		}
		if appErr.RetryAfter > 0 {
			seconds := apperr.RetrySeconds(appErr.RetryAfter)
			gqlErr.Extensions["retryAfter"] = seconds
			setRetryAfter(ctx, seconds)
		}
		return gqlErr
	}
	if isRequestError(ctx, gqlErr) {
		if gqlErr.Extensions == nil {
			gqlErr.Extensions = map[string]any{}
		}
		if _, ok := gqlErr.Extensions["code"]; !ok {
			gqlErr.Extensions["code"] = string(apperr.BadUserInput)
		}
		return gqlErr
	}
	message := "internal error"
	if errors.Is(err, context.DeadlineExceeded) {
		message = "the request took too long and was stopped"
	}
	zerolog.Ctx(ctx).Error().Err(err).Str("path", gqlErr.Path.String()).Msg("internal error")
	gqlErr.Message = message
	gqlErr.Extensions = map[string]any{"code": string(apperr.Internal)}
	gqlErr.Err = nil
	return gqlErr
}

// isRequestError reports whether e is about the request itself, and so safe and useful to show:
//   - an error that gqlgen or gqlparser made about the document, the variables or the server's
//     limits, before execution: a *gqlerror.Error that wraps no cause;
//   - a value that a scalar refused while gqlgen read a field's arguments: gqlgen wraps it at the
//     argument's path, below the path of the field being resolved.
//
// Every other error reaches the presenter wrapped by gqlgen at the path of the field that returned
// it (graphql.AddError wraps whatever a resolver returns into a *gqlerror.Error), so a driver's
// error is never mistaken for the caller's.
func isRequestError(ctx context.Context, e *gqlerror.Error) bool {
	if e.Err == nil {
		return true
	}
	if errors.Is(e.Err, context.DeadlineExceeded) || errors.Is(e.Err, context.Canceled) {
		return false
	}
	field := graphql.GetPath(ctx)
	if len(field) == 0 || len(e.Path) <= len(field) {
		return false
	}
	for i := range field {
		if e.Path[i] != field[i] {
			return false
		}
	}
	return true
}

// recoverPanic turns a panic in a resolver into an internal error, logged with its stack.
func recoverPanic(ctx context.Context, p any) error {
	zerolog.Ctx(ctx).Error().Str("panic", fmt.Sprint(p)).Bytes("stack", debug.Stack()).Msg("panic in resolver")
	return &apperr.Error{Code: apperr.Internal, Message: "internal error", Err: fmt.Errorf("panic: %v", p)}
}
