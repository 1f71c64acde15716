package tracing

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"
)

// Operations is the gqlgen extension that runs each GraphQL operation in a span of its own, a
// child of the request's: "graphql <operation name>" (or "graphql query" for an anonymous one),
// with its type and name; an answer with errors marks the span as failed, with their codes.
type Operations struct{}

var (
	_ graphql.HandlerExtension    = Operations{}
	_ graphql.ResponseInterceptor = Operations{}
)

// ExtensionName names the extension to gqlgen.
func (Operations) ExtensionName() string { return "Tracing" }

// Validate accepts every schema.
func (Operations) Validate(graphql.ExecutableSchema) error { return nil }

// InterceptResponse runs the making of the answer in the operation's span.
func (Operations) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	if !trace.SpanFromContext(ctx).IsRecording() || !graphql.HasOperationContext(ctx) {
		return next(ctx)
	}
	oc := graphql.GetOperationContext(ctx)
	name, kind := oc.OperationName, "query"
	if oc.Operation != nil {
		kind = string(oc.Operation.Operation)
		if oc.Operation.Name != "" {
			name = oc.Operation.Name
		}
	}
	spanName := "graphql " + kind
	if name != "" {
		spanName = "graphql " + name
	}
	ctx, span := Tracer().Start(ctx, spanName, trace.WithAttributes(
		attribute.String("graphql.operation.type", kind), attribute.String("graphql.operation.name", name)))
	defer span.End()
	resp := next(ctx)
	if resp != nil && len(resp.Errors) > 0 {
		codesOf := make([]string, 0, len(resp.Errors))
		for _, e := range resp.Errors {
			c, _ := e.Extensions["code"].(string)
			codesOf = append(codesOf, c)
		}
		span.SetAttributes(attribute.StringSlice("graphql.error.codes", codesOf))
		span.SetStatus(codes.Error, "the answer holds errors")
	}
	return resp
}
