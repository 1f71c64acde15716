package graph

import (
	"context"
	"errors"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/executor"

	"github.com/teleworkmonth/platform/internal/telework"
)

// leanRoot answers one event whose host resolver panics and whose co-hosts resolver fails: the
// fields of an event are resolved straight-line (see graph/codegen), and must answer failures as
// graphql.ResolveField does.
type leanRoot struct{ ResolverRoot }

func (leanRoot) Query() QueryResolver { return leanQuery{} }
func (leanRoot) Event() EventResolver { return leanEvent{} }

type leanQuery struct{ QueryResolver }

func (leanQuery) Event(context.Context, string) (*telework.Event, error) {
	stream := "https://example.jp/live"
	return &telework.Event{ID: 1, TitleJa: "テレワーク推進フォーラム", EventDetails: &telework.EventDetails{StreamingURL: &stream}}, nil
}

type leanEvent struct{ EventResolver }

func (leanEvent) Host(context.Context, *telework.Event) (*telework.Ministry, error) {
	panic("the host's resolver failed")
}

func (leanEvent) CoHosts(context.Context, *telework.Event) ([]*telework.Ministry, error) {
	return nil, errors.New("co-hosts unavailable")
}

func (leanEvent) Description(context.Context, *telework.Event) (*telework.LocalizedText, error) {
	return nil, nil
}

// TestLeanFieldsAnswerErrorsPanicsAndNullsAtTheirPath: gqlgen's own ResolveField answers these
// queries the same way.
func TestLeanFieldsAnswerErrorsPanicsAndNullsAtTheirPath(t *testing.T) {
	// @restricted lets the stream link through for viewers marked in the context, which it passes
	// on to the field.
	type allowed struct{}
	restricted := func(ctx context.Context, _ any, next graphql.Resolver) (any, error) {
		if ctx.Value(allowed{}) == nil {
			return nil, errors.New("not public")
		}
		return next(context.WithValue(ctx, allowed{}, "passed on"))
	}
	exec := executor.New(NewExecutableSchema(Config{Resolvers: leanRoot{}, Directives: DirectiveRoot{Restricted: restricted}}))
	exec.SetRecoverFunc(func(context.Context, any) error { return errors.New("internal system error") })
	tests := []struct {
		allowed                    bool
		query, data, path, message string
	}{
		// A non-null field that fails nulls its nullable parent.
		{false, `{ event(id: "1") { title { ja } host { code } } }`, `{"event":null}`, "event.host", "internal system error"},
		{false, `{ event(id: "1") { coHosts { code } } }`, `{"event":null}`, "event.coHosts", "co-hosts unavailable"},
		// A nullable field answering nil is null, without an error.
		{false, `{ event(id: "1") { title { ja } description { ja } } }`, `{"event":{"title":{"ja":"テレワーク推進フォーラム"},"description":null}}`, "", ""},
		// A directive that refuses makes the field null with its error; one that allows answers it.
		{false, `{ event(id: "1") { id streamingUrl } }`, `{"event":{"id":"RXZlbnQ6MQ","streamingUrl":null}}`, "event.streamingUrl", "not public"},
		{true, `{ event(id: "1") { streamingUrl } }`, `{"event":{"streamingUrl":"https://example.jp/live"}}`, "", ""},
	}
	for _, tt := range tests {
		ctx := graphql.StartOperationTrace(context.Background())
		if tt.allowed {
			ctx = context.WithValue(ctx, allowed{}, true)
		}
		oc, errs := exec.CreateOperationContext(ctx, &graphql.RawParams{Query: tt.query})
		if errs != nil {
			t.Fatalf("%s: %v", tt.query, errs)
		}
		handler, ctx := exec.DispatchOperation(ctx, oc)
		resp := handler(ctx)
		if string(resp.Data) != tt.data {
			t.Errorf("%s: data %s, want %s", tt.query, resp.Data, tt.data)
		}
		if tt.path == "" {
			if len(resp.Errors) != 0 {
				t.Errorf("%s: errors %v", tt.query, resp.Errors)
			}
			continue
		}
		if len(resp.Errors) != 1 {
			t.Fatalf("%s: errors %v, want one", tt.query, resp.Errors)
		}
		if got := resp.Errors[0].Path.String(); got != tt.path || resp.Errors[0].Message != tt.message {
			t.Errorf("%s: error %q at %s, want %q at %s", tt.query, resp.Errors[0].Message, got, tt.message, tt.path)
		}
	}
}
