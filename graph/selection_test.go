package graph

import (
	"bytes"
	"context"
	"errors"
	"io"
	"testing"

	"github.com/99designs/gqlgen/graphql"
)

func TestMarshalInOrderTurnsAPanickingItemIntoNullWithAnError(t *testing.T) {
	ctx := graphql.WithResponseContext(context.Background(), graphql.DefaultErrorPresenter,
		func(context.Context, any) error { return errors.New("internal system error") })
	ctx = graphql.WithFieldContext(ctx, &graphql.FieldContext{Field: graphql.CollectedField{}})
	var order []int
	ret := marshalInOrder(ctx, 3, false, func(ctx context.Context, i int) graphql.Marshaler {
		order = append(order, i)
		if i == 1 {
			panic("boom")
		}
		return graphql.WriterFunc(func(w io.Writer) { io.WriteString(w, "1") })
	})
	var buf bytes.Buffer
	ret.MarshalGQL(&buf)
	if got := buf.String(); got != "[1,null,1]" {
		t.Errorf("items = %s, want [1,null,1]", got)
	}
	if len(order) != 3 || order[0] != 0 || order[1] != 1 || order[2] != 2 {
		t.Errorf("items answered in the order %v, want 0 1 2", order)
	}
	errs := graphql.GetErrors(ctx)
	if len(errs) != 1 || errs[0].Message != "internal system error" || errs[0].Path.String() != "[1]" {
		t.Fatalf("errors = %v, want one at path [1]", errs)
	}
}
