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
	return &telework.Event{ID: 1, TitleJa: "テレワーク推進フォーラム"}, nil
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
	exec := executor.New(NewExecutableSchema(Config{Resolvers: leanRoot{}}))
	tests := []struct {
		query, data, path, message string
	}{
		// A non-null field that fails nulls its nullable parent.
		{`{ event(id: "1") { title { ja } host { code } } }`, `{"event":null}`, "event.host", "internal system error"},
		{`{ event(id: "1") { coHosts { code } } }`, `{"event":null}`, "event.coHosts", "co-hosts unavailable"},
		// A nullable field answering nil is null, without an error.
		{`{ event(id: "1") { title { ja } description { ja } } }`, `{"event":{"title":{"ja":"テレワーク推進フォーラム"},"description":null}}`, "", ""},
	}
	for _, tt := range tests {
		ctx := graphql.StartOperationTrace(context.Background())
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
