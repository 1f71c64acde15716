package graph

import (
	"context"
	"errors"
	"strings"
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

// parentRoot answers one event whose host and co-hosts are what the test gives, counting the calls
// of their resolvers.
type parentRoot struct {
	ResolverRoot
	host    *telework.Ministry
	coHosts []*telework.Ministry
	calls   *int
}

func (parentRoot) Query() QueryResolver   { return leanQuery{} }
func (r parentRoot) Event() EventResolver { return parentEvent{root: r} }

type parentEvent struct {
	EventResolver
	root parentRoot
}

func (r parentEvent) Host(context.Context, *telework.Event) (*telework.Ministry, error) {
	*r.root.calls++
	return r.root.host, nil
}

func (r parentEvent) CoHosts(context.Context, *telework.Event) ([]*telework.Ministry, error) {
	*r.root.calls++
	return r.root.coHosts, nil
}

// TestFieldsUnderTheirParentAnswerAsWithAContextOfTheirOwn: an event's host and co-hosts whose
// selection is all plain are resolved under the event's context (graph/codegen's
// underParentFields); a nil where the schema forbids one is answered as gqlgen answers it, at the
// field's or the item's path, by resolving the field again under a context of its own.
func TestFieldsUnderTheirParentAnswerAsWithAContextOfTheirOwn(t *testing.T) {
	en := "Ministry of Internal Affairs and Communications"
	soumu := &telework.Ministry{ID: 2, Code: "soumu", NameJa: "総務省", NameEn: &en}
	mhlw := &telework.Ministry{ID: 3, Code: "mhlw", NameJa: "厚生労働省"}
	const query = `{ event(id: "1") { host { code name { ja en } } coHosts { __typename code } } }`
	tests := []struct {
		name            string
		host            *telework.Ministry
		coHosts         []*telework.Ministry
		data, path, msg string
		calls           int
	}{
		{"answered", soumu, []*telework.Ministry{mhlw, soumu}, `{"event":{"host":{"code":"soumu","name":{"ja":"総務省","en":"Ministry of Internal Affairs and Communications"}},` +
			`"coHosts":[{"__typename":"Ministry","code":"mhlw"},{"__typename":"Ministry","code":"soumu"}]}}`, "", "", 2},
		{"no co-hosts", soumu, []*telework.Ministry{}, `{"event":{"host":{"code":"soumu","name":{"ja":"総務省","en":"Ministry of Internal Affairs and Communications"}},"coHosts":[]}}`, "", "", 2},
		{"a nil host", nil, []*telework.Ministry{mhlw}, `{"event":null}`, "event.host", "cannot return null for non-null field Event.host", 3},
		{"a nil co-host", soumu, []*telework.Ministry{mhlw, nil}, `{"event":null}`, "event.coHosts[1]", "cannot return null for non-null element of field Event.coHosts", 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			calls := 0
			exec := executor.New(NewExecutableSchema(Config{Resolvers: parentRoot{host: tt.host, coHosts: tt.coHosts, calls: &calls}}))
			ctx := graphql.StartOperationTrace(context.Background())
			oc, errs := exec.CreateOperationContext(ctx, &graphql.RawParams{Query: query})
			if errs != nil {
				t.Fatal(errs)
			}
			handler, ctx := exec.DispatchOperation(ctx, oc)
			resp := handler(ctx)
			if string(resp.Data) != tt.data {
				t.Errorf("data %s, want %s", resp.Data, tt.data)
			}
			if calls != tt.calls {
				t.Errorf("%d calls of the resolvers, want %d (a field that failed is resolved again)", calls, tt.calls)
			}
			if tt.path == "" {
				if len(resp.Errors) != 0 {
					t.Errorf("errors %v", resp.Errors)
				}
				return
			}
			if len(resp.Errors) != 1 {
				t.Fatalf("errors %v, want one", resp.Errors)
			}
			if got := resp.Errors[0].Path.String(); got != tt.path || !strings.Contains(resp.Errors[0].Message, tt.msg) {
				t.Errorf("error %q at %s, want %q at %s", resp.Errors[0].Message, got, tt.msg, tt.path)
			}
		})
	}
}
