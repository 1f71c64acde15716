package graph

import (
	"bytes"
	"context"
	"io"
	"slices"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// selectsAnyOf tells whether an object's collected fields include any of the named ones. The
// executor uses it to decide whether a list of objects needs a goroutine per item: only when a
// selected field may wait for a batch shared with the other items.
func selectsAnyOf(fields []graphql.CollectedField, names ...string) bool {
	for _, f := range fields {
		if slices.Contains(names, f.Name) {
			return true
		}
	}
	return false
}

// marshalInOrder answers the items of a list one after the other in the caller's goroutine, each
// under a field context holding its index, with the same guard against a panic as gqlgen's
// graphql.MarshalSliceConcurrently: the item becomes null and the error names its path.
func marshalInOrder(ctx context.Context, length int, omitPanicHandler bool, marshalItem func(ctx context.Context, i int) graphql.Marshaler) graphql.Array {
	ret := make(graphql.Array, length)
	for i := range length {
		item := &itemContext{index: i}
		item.fc.Index = &item.index
		itemCtx := graphql.WithFieldContext(ctx, &item.fc)
		if omitPanicHandler {
			ret[i] = marshalItem(itemCtx, i)
			continue
		}
		func() {
			defer func() {
				if r := recover(); r != nil {
					graphql.AddError(itemCtx, graphql.Recover(itemCtx, r))
					ret[i] = graphql.Null
				}
			}()
			ret[i] = marshalItem(itemCtx, i)
		}()
	}
	return ret
}

// itemContext is the field context of an item of a list with the index it points to, allocated
// together.
type itemContext struct {
	fc    graphql.FieldContext
	index int
}

// objectValue writes an answered object: its fields in the order of the selection, under their
// response names, as gqlgen's graphql.FieldSet writes them, without the iterators and the map of
// written names that it allocates for every object. Response names are GraphQL names, which need
// no escaping; a name collected twice is written once, as FieldSet does. A field without a value
// (all of them when values is nil) is a plain one (see graph/codegen), which the object's plain
// writer writes from the object.
type objectValue struct {
	fields []graphql.CollectedField
	values []graphql.Marshaler
	plain  plainWriter
}

// plainWriter writes the plain fields of one object from the object: a field that is bound to
// the object's data and cannot fail needs no value of its own (a closure, or an interface holding
// a copy of the data) to be written later.
type plainWriter interface {
	writePlain(w io.Writer, field *graphql.CollectedField)
}

func (o objectValue) MarshalGQL(w io.Writer) {
	io.WriteString(w, "{")
	for i := range o.fields {
		if !writeFieldName(w, o.fields, i) {
			continue
		}
		if o.values != nil && o.values[i] != nil {
			o.values[i].MarshalGQL(w)
		} else {
			o.plain.writePlain(w, &o.fields[i])
		}
	}
	io.WriteString(w, "}")
}

// writeFieldName writes the response name of the i-th of an object's fields, after a comma unless
// it is the first, and tells whether the field is to be written: a name collected twice is
// written once.
func writeFieldName(w io.Writer, fields []graphql.CollectedField, i int) bool {
	name := fields[i].Alias
	if slices.ContainsFunc(fields[:i], func(f graphql.CollectedField) bool { return f.Alias == name }) {
		return false
	}
	if i > 0 {
		io.WriteString(w, ",")
	}
	io.WriteString(w, `"`)
	io.WriteString(w, name)
	io.WriteString(w, `":`)
	return true
}

// onlyPlain tells whether the collected fields of an object are all among its plain ones, and
// none is deferred.
func onlyPlain(fields []graphql.CollectedField, plain []string) bool {
	for i := range fields {
		if !slices.Contains(plain, fields[i].Name) || fields[i].IsDeferred() {
			return false
		}
	}
	return true
}

// valuesOfPlain gives the plain fields of an object values of their own, for gqlgen's field set,
// which writes an object with deferred fields.
func valuesOfPlain(fields []graphql.CollectedField, values []graphql.Marshaler, plain plainWriter) {
	for i := range fields {
		if values[i] == nil && !fields[i].IsDeferred() {
			f := &fields[i]
			values[i] = graphql.WriterFunc(func(w io.Writer) { plain.writePlain(w, f) })
		}
	}
}

// fieldsMemo remembers, for one operation, the fields collected from each selection set for each
// object type. gqlgen caches them per operation too, but its key hashes the names of the type's
// implementors and allocates a hasher on every call, once for every object answered; here the key
// is the selection set's and the implementors' addresses. A selection set is a slice of the
// operation's parsed document, or one gqlgen collected and cached for the operation, and the
// implementors are a variable of each object type, so neither moves or is reused while the
// operation runs; the variables that decide @include and @skip do not change during it either.
type fieldsMemo struct {
	mu     sync.Mutex
	fields map[fieldsKey][]graphql.CollectedField
}

type fieldsKey struct {
	selections   *ast.Selection
	length       int
	implementors *string
}

// collect returns graphql.CollectFields(oc, sel, implementors), from the memo after the first time.
func (m *fieldsMemo) collect(oc *graphql.OperationContext, sel ast.SelectionSet, implementors []string) []graphql.CollectedField {
	if len(sel) == 0 || len(implementors) == 0 {
		return graphql.CollectFields(oc, sel, implementors)
	}
	key := fieldsKey{&sel[0], len(sel), &implementors[0]}
	m.mu.Lock()
	fields, ok := m.fields[key]
	m.mu.Unlock()
	if ok {
		return fields
	}
	fields = graphql.CollectFields(oc, sel, implementors)
	m.mu.Lock()
	if m.fields == nil {
		m.fields = map[fieldsKey][]graphql.CollectedField{}
	}
	m.fields[key] = fields
	m.mu.Unlock()
	return fields
}

// responseBuffers hold the data of responses while they are written.
var responseBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// maxPooledBuffer is the largest buffer put back in the pool: a rare huge answer should not stay
// in memory for the small ones after it.
const maxPooledBuffer = 1 << 20

// marshalData writes an operation's data into a buffer from the pool. Under a context of
// WithDataBuffer the response shares that buffer until the caller releases it; otherwise it gets a
// copy of exactly the data's size, and the buffer goes back to the pool at once. A fresh buffer
// for every response would grow by doubling (clearing and copying each time) to the size of a page
// of results.
func marshalData(ctx context.Context, data graphql.Marshaler) []byte {
	buf := responseBuffers.Get().(*bytes.Buffer)
	buf.Reset()
	data.MarshalGQL(buf)
	if lent, _ := ctx.Value(dataBufferKey{}).(*DataBuffer); lent != nil && lent.buf == nil {
		lent.buf = buf
		return buf.Bytes()
	}
	out := bytes.Clone(buf.Bytes())
	putResponseBuffer(buf)
	return out
}

// DataBuffer holds the buffer that a response's data was written into, until the response has
// been sent.
type DataBuffer struct{ buf *bytes.Buffer }

type dataBufferKey struct{}

// WithDataBuffer lets the operation answered under the returned context write its data into a
// pooled buffer that the response shares rather than copies. The caller calls Release once it has
// written the response; the response's data must not be read after that. Only the first response
// of an operation shares its buffer (a deferred one is copied).
func WithDataBuffer(ctx context.Context) (context.Context, *DataBuffer) {
	lent := &DataBuffer{}
	return context.WithValue(ctx, dataBufferKey{}, lent), lent
}

// Release gives the buffer back to the pool.
func (d *DataBuffer) Release() {
	if d.buf != nil {
		putResponseBuffer(d.buf)
		d.buf = nil
	}
}

// putResponseBuffer puts a buffer back in the pool, unless it grew too large to keep.
func putResponseBuffer(buf *bytes.Buffer) {
	if buf.Cap() <= maxPooledBuffer {
		responseBuffers.Put(buf)
	}
}

// underParent runs the resolver of a field that answers an object under its parent's context (see
// graph/codegen's underParentFields) and tells whether it answered: no error, no nil, no panic.
// When it did not, the field is resolved again under a context of its own, which reports the
// failure at the field's path, as gqlgen would have.
func underParent[T any](resolve func() (*T, error)) (*T, bool) {
	res, ok := guarded(resolve)
	return res, ok && res != nil
}

// underParentList is underParent for a field that answers a list of objects, none of which may be
// nil.
func underParentList[T any](resolve func() ([]*T, error)) ([]*T, bool) {
	res, ok := guarded(resolve)
	return res, ok && res != nil && !slices.Contains(res, nil)
}

// guarded runs a resolver and tells whether it returned without an error or a panic.
func guarded[R any](resolve func() (R, error)) (res R, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	res, err := resolve()
	return res, err == nil
}
