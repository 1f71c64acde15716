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
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/rs/zerolog"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/teleworkmonth/platform/graph"
	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/config"
	"github.com/teleworkmonth/platform/resolvers"
)

// newGraphQL builds the GraphQL executor with the limits of cfg.
func newGraphQL(cfg config.Config, r *resolvers.Resolver) *handler.Server {
	c := graph.Config{Resolvers: r}
	c.Directives.PersonalData = r.PersonalData
	c.Directives.Restricted = r.Restricted
	setComplexity(&c.Complexity)

	srv := handler.New(graph.NewExecutableSchema(c))
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.SetParserTokenLimit(cfg.MaxTokens)
	srv.SetDisableSuggestion(!cfg.FieldSuggestions)
	if cfg.Introspection {
		srv.Use(extension.Introspection{})
	}
	srv.Use(extension.FixedComplexityLimit(cfg.MaxComplexity))
	srv.Use(shapeLimit{maxDepth: cfg.MaxDepth, maxAliases: cfg.MaxAliases, maxFields: cfg.MaxFields})
	srv.SetErrorPresenter(presentError)
	srv.SetRecoverFunc(recoverPanic)
	return srv
}

// presentError is the one place where errors become GraphQL errors. Errors of the contract keep
// their code, message and field. Errors in the request itself (syntax, validation, coercion of
// arguments and variables) reach here as gqlerrors that gqlgen made: they are the caller's, shown as
// they are, BAD_USER_INPUT unless gqlgen set a code. Anything else is INTERNAL: logged once with the
// request's id, and shown without its text.
func presentError(ctx context.Context, err error) *gqlerror.Error {
	gqlErr := graphql.DefaultErrorPresenter(ctx, err)
	if appErr, ok := apperr.As(err); ok && appErr.Code != apperr.Internal {
		gqlErr.Message = appErr.Message
		gqlErr.Extensions = map[string]any{"code": string(appErr.Code)}
		if appErr.Field != "" {
			gqlErr.Extensions["field"] = appErr.Field
		}
		return gqlErr
	}
	var requestErr *gqlerror.Error
	if errors.As(err, &requestErr) && !errors.Is(err, context.DeadlineExceeded) {
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

// recoverPanic turns a panic in a resolver into an internal error, logged with its stack.
func recoverPanic(ctx context.Context, p any) error {
	zerolog.Ctx(ctx).Error().Str("panic", fmt.Sprint(p)).Bytes("stack", debug.Stack()).Msg("panic in resolver")
	return &apperr.Error{Code: apperr.Internal, Message: "internal error", Err: fmt.Errorf("panic: %v", p)}
}
