package graph

import (
	"bytes"
	"context"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"
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

func TestObjectValueWritesTheFieldsInOrderOnceEach(t *testing.T) {
	field := func(alias string) graphql.CollectedField {
		return graphql.CollectedField{Field: &ast.Field{Alias: alias, Name: alias}}
	}
	o := objectValue{
		fields: []graphql.CollectedField{field("id"), field("title"), field("id"), field("__typename")},
		values: []graphql.Marshaler{graphql.MarshalString("RXZlbnQ6MQ=="), graphql.MarshalString("テレワーク"),
			graphql.MarshalString("again"), graphql.MarshalString("Event")},
	}
	var buf bytes.Buffer
	o.MarshalGQL(&buf)
	want := `{"id":"RXZlbnQ6MQ==","title":"テレワーク","__typename":"Event"}`
	if buf.String() != want {
		t.Errorf("got %s, want %s", buf.String(), want)
	}
	if n := testing.AllocsPerRun(100, func() { buf.Reset(); o.MarshalGQL(&buf) }); n > 0 {
		t.Errorf("%v allocations per object, want none", n)
	}
}

// namesPlain writes a plain field as its own name.
type namesPlain struct{}

func (namesPlain) writePlain(w io.Writer, f *graphql.CollectedField) {
	io.WriteString(w, `"`)
	io.WriteString(w, f.Name)
	io.WriteString(w, `"`)
}

// TestPlainFieldsAreWrittenByTheObjectsWriter: a field without a value is a plain one, written by
// the object's plain writer in its place; for gqlgen's field set (an object with deferred fields)
// valuesOfPlain gives the plain fields values that write the same, and leaves the deferred ones.
func TestPlainFieldsAreWrittenByTheObjectsWriter(t *testing.T) {
	field := func(name string) graphql.CollectedField {
		return graphql.CollectedField{Field: &ast.Field{Alias: name, Name: name}}
	}
	deferred := field("later")
	deferred.Deferrables = []*graphql.Deferrable{{Label: "l"}}
	fields := []graphql.CollectedField{field("ja"), field("id"), field("en"), deferred}
	values := []graphql.Marshaler{nil, graphql.MarshalString("RXZlbnQ6MQ=="), nil, nil}
	o := objectValue{fields: fields[:3], values: values[:3], plain: namesPlain{}}
	var buf bytes.Buffer
	o.MarshalGQL(&buf)
	if want := `{"ja":"ja","id":"RXZlbnQ6MQ==","en":"en"}`; buf.String() != want {
		t.Errorf("got %s, want %s", buf.String(), want)
	}
	if n := testing.AllocsPerRun(100, func() { buf.Reset(); o.MarshalGQL(&buf) }); n > 0 {
		t.Errorf("%v allocations per object, want none", n)
	}

	plainNames := []string{"__typename", "ja", "en", "id", "later"}
	if !onlyPlain(fields[:3], plainNames) || onlyPlain(fields, plainNames) || onlyPlain(fields[:3], plainNames[:3]) {
		t.Error("onlyPlain: want true for plain fields only, false with a deferred or another field")
	}
	all := objectValue{fields: fields[:3], plain: namesPlain{}}
	buf.Reset()
	all.MarshalGQL(&buf)
	if want := `{"ja":"ja","id":"id","en":"en"}`; buf.String() != want {
		t.Errorf("without values: got %s, want %s", buf.String(), want)
	}

	valuesOfPlain(fields, values, namesPlain{})
	if values[3] != nil {
		t.Error("a deferred field was given a value")
	}
	var got []string
	for _, v := range values[:3] {
		buf.Reset()
		v.MarshalGQL(&buf)
		got = append(got, buf.String())
	}
	if strings.Join(got, ",") != `"ja","RXZlbnQ6MQ==","en"` {
		t.Errorf("values %v", got)
	}
}

func TestFieldsMemoCollectsOncePerSelectionAndType(t *testing.T) {
	doc, err := parser.ParseQuery(&ast.Source{Input: `query($withVenue: Boolean!) { events { title venue @include(if: $withVenue) { name } ...more } }
		fragment more on Event { id }`})
	if err != nil {
		t.Fatal(err)
	}
	oc := &graphql.OperationContext{Doc: doc, Variables: map[string]any{"withVenue": false}}
	sel := doc.Operations[0].SelectionSet[0].(*ast.Field).SelectionSet
	implementors := []string{"Event", "Node"}
	var m fieldsMemo
	first := m.collect(oc, sel, implementors)
	var names []string
	for _, f := range first {
		names = append(names, f.Name)
	}
	if strings.Join(names, " ") != "title id" {
		t.Fatalf("collected %v, want title id (venue excluded by its variable, the fragment's id included)", names)
	}
	if again := m.collect(oc, sel, implementors); &again[0] != &first[0] {
		t.Error("the second collection of the same selection for the same type was not the memo's")
	}
	if other := m.collect(oc, sel, []string{"Ministry"}); len(other) != 1 || other[0].Name != "title" {
		t.Errorf("for another type: %v, want title only (the fragment is on Event)", other)
	}
}

func TestDataIsSharedWithTheResponseUntilReleasedOrElseCopied(t *testing.T) {
	data := graphql.MarshalString("テレワーク月間")
	const want = `"テレワーク月間"`

	copied := marshalData(context.Background(), data)
	if string(copied) != want {
		t.Fatalf("data %s, want %s", copied, want)
	}

	ctx, lent := WithDataBuffer(context.Background())
	shared := marshalData(ctx, data)
	if string(shared) != want || lent.buf == nil || &lent.buf.Bytes()[0] != &shared[0] {
		t.Fatalf("data %s not written into the lent buffer", shared)
	}
	// A second response of the same operation (a deferred one) gets a copy: the buffer is taken.
	if again := marshalData(ctx, data); string(again) != want || &again[0] == &shared[0] {
		t.Fatalf("second data %s shares the first's buffer", again)
	}
	lent.Release()
	if lent.buf != nil {
		t.Fatal("the buffer was not given back")
	}
	lent.Release() // twice is harmless
}
