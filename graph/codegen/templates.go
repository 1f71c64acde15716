package main

import (
	"errors"
	"fmt"
	"go/types"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing/fstest"
	"text/template"

	"github.com/99designs/gqlgen/codegen"
	"github.com/99designs/gqlgen/codegen/config"
	"github.com/99designs/gqlgen/codegen/templates"
	"github.com/vektah/gqlparser/v2/ast"
)

// A patch replaces one exact text of one of gqlgen's executor templates.
type patch struct {
	file     string
	why      string
	old, new string
}

// patches are applied to the templates of the gqlgen version in go.mod. Each old text must occur
// exactly once.
var patches = []patch{
	{
		file: "object.gotpl",
		why: "set up @defer bookkeeping (a path, a field set, a map) only in an object that runs fields " +
			"concurrently, the only ones gqlgen defers, and only when its selection defers one; gqlgen " +
			"builds it for every object answered",
		old: "\tdeferred := graphql.NewDeferredGroup(ctx)\n",
		new: "\t{{- if $object.IsConcurrent }}\n" +
			"\tvar deferred graphql.DeferredGroup\n" +
			"\tfor _, f := range fields {\n" +
			"\t\tif f.IsDeferred() {\n" +
			"\t\t\tdeferred = graphql.NewDeferredGroup(ctx)\n" +
			"\t\t\tbreak\n" +
			"\t\t}\n" +
			"\t}\n" +
			"\t{{- end }}\n",
	},
	{
		file: "object.gotpl",
		why: "an object whose fields all run in its goroutine has nothing to dispatch or defer; an " +
			"answered object is written with objectValue, without the iterators and the map of written " +
			"names that gqlgen's field set allocates for every object (an object with deferred fields " +
			"and a root object keep the field set)",
		old: "\tout.Dispatch(ctx)\n",
		new: "\t{{- if $object.IsConcurrent }}\n\tout.Dispatch(ctx)\n\t{{- end }}\n",
	},
	{
		file: "object.gotpl",
		why:  "the end of the patch above",
		old: "\tif n := len(deferred.Defers); n > 0 {\n" +
			"\t\tatomic.AddInt32(&ec.Deferred, int32(min(n, math.MaxInt32)))\n" +
			"\t\tec.ProcessDeferredGroup(deferred)\n" +
			"\t}\n\n\treturn out\n}\n",
		new: "\t{{- $plain := hasPlainFields $object }}\n" +
			"\t{{- if $object.IsConcurrent }}\n" +
			"\tif n := len(deferred.Defers); n > 0 {\n" +
			"\t\tatomic.AddInt32(&ec.Deferred, int32(min(n, math.MaxInt32)))\n" +
			"\t\tec.ProcessDeferredGroup(deferred)\n" +
			"\t\t{{- if $plain }}\n" +
			"\t\tvaluesOfPlain(fields, out.Values, {{$object.Name|lcFirst}}Plain{ec: ec, ctx: ctx, obj: obj})\n" +
			"\t\t{{- end }}\n" +
			"\t\treturn out\n" +
			"\t}\n" +
			"\t{{- end }}\n" +
			"\t{{- if $object.Root }}\n\treturn out\n" +
			"\t{{- else if $plain }}\n\treturn objectValue{fields: fields, values: out.Values, plain: {{$object.Name|lcFirst}}Plain{ec: ec, ctx: ctx, obj: obj}}\n" +
			"\t{{- else }}\n\treturn objectValue{fields: fields, values: out.Values}\n\t{{- end }}\n}\n" +
			"{{- if $plain }}\n\n" +
			"// {{$object.Name|lcFirst}}PlainFields are the fields of a {{$object.Name}} that its plain writer writes.\n" +
			"var {{$object.Name|lcFirst}}PlainFields = []string{\"__typename\"{{- range $field := $object.Fields }}{{- if plainField $field }}, {{$field.Name|quote}}{{- end }}{{- end }}}\n\n" +
			"// {{$object.Name|lcFirst}}Plain writes the plain fields of a {{$object.Name}} from the object.\n" +
			"type {{$object.Name|lcFirst}}Plain struct {\n" +
			"\tec  *executionContext\n" +
			"\tctx context.Context\n" +
			"\tobj {{$object.Reference | ref}}\n" +
			"}\n\n" +
			"func (p {{$object.Name|lcFirst}}Plain) writePlain(w io.Writer, field *graphql.CollectedField) {\n" +
			"\tp.ec._{{$object.Name}}_plain(p.ctx, w, field, p.obj)\n" +
			"}\n\n" +
			"// _{{$object.Name}}_plain writes a plain field of a {{$object.Name}}. The object is a parameter of its\n" +
			"// own, not a field of {{$object.Name|lcFirst}}Plain, so that one written straight from its parent\n" +
			"// (_<Object>_write) can stay on the stack.\n" +
			"func (ec *executionContext) _{{$object.Name}}_plain(ctx context.Context, w io.Writer, field *graphql.CollectedField, obj {{$object.Reference | ref}}) {\n" +
			"\tswitch field.Name {\n" +
			"\tcase \"__typename\":\n" +
			"\t\t{{ lookupImport \"" + scalarPackage + "\" }}.WriteString(w, {{$object.Name|quote}})\n" +
			"\t{{- range $field := $object.Fields }}{{- if plainField $field }}\n" +
			"\tcase {{$field.Name|quote}}:\n" +
			"\t\t{{ writePlain $field }}\n" +
			"\t{{- end }}{{- end }}\n" +
			"\tdefault:\n" +
			"\t\tpanic(\"not a plain field of {{$object.Name}}: \" + strconv.Quote(field.Name))\n" +
			"\t}\n" +
			"}\n" +
			"{{- if allPlain $object }}\n\n" +
			"// _{{$object.Name}}_write writes a {{$object.Name}}, all of whose fields are plain, straight from the object.\n" +
			"func (ec *executionContext) _{{$object.Name}}_write(ctx context.Context, w io.Writer, sel ast.SelectionSet, obj {{$object.Reference | ref}}) {\n" +
			"\tfields := ec.collected.collect(ec.OperationContext, sel, {{$object.Name|lcFirst}}Implementors)\n" +
			"\tio.WriteString(w, \"{\")\n" +
			"\tfor i := range fields {\n" +
			"\t\tif writeFieldName(w, fields, i) {\n" +
			"\t\t\tec._{{$object.Name}}_plain(ctx, w, &fields[i], obj)\n" +
			"\t\t}\n" +
			"\t}\n" +
			"\tio.WriteString(w, \"}\")\n" +
			"}\n" +
			"{{- end }}\n" +
			"{{- end }}\n",
	},
	{
		file: "internal!.gotpl",
		why: "write a query's data into a pooled buffer, which the response shares until it is sent or " +
			"copies (marshalData); a new buffer for every response grows by doubling, clearing and " +
			"copying, up to the size of a page",
		old: "\t\t\tvar buf bytes.Buffer\n\t\t\tdata.MarshalGQL(&buf)\n\t\t\tresponse.Data = buf.Bytes()\n",
		new: "\t\t\tresponse.Data = marshalData(ctx, data)\n",
	},
	{
		file: "internal!.gotpl",
		why:  "the operation's memo of collected fields (fieldsMemo)",
		old:  "type executionContext struct {\n\t*graphql.ExecutionContextState[ResolverRoot, DirectiveRoot, ComplexityRoot]\n}\n",
		new: "type executionContext struct {\n\t*graphql.ExecutionContextState[ResolverRoot, DirectiveRoot, ComplexityRoot]\n" +
			"\tcollected fieldsMemo\n}\n",
	},
	{
		file: "object.gotpl",
		why: "collect an object's fields through the operation's memo, keyed by the selection and the " +
			"object type's implementors by address; gqlgen's own cache hashes the implementors' names and " +
			"allocates a hasher every time, for every object answered",
		old: "\tfields := graphql.CollectFields(ec.OperationContext, sel, {{$object.Name|lcFirst}}Implementors)\n\t{{- if $object.Root }}\n",
		new: "\tfields := ec.collected.collect(ec.OperationContext, sel, {{$object.Name|lcFirst}}Implementors)\n\t{{- if $object.Root }}\n",
	},
	{
		file: "object.gotpl",
		why: "an object whose selected fields are all plain needs no field set: its plain writer writes " +
			"them all (a ministry's code and name under each event of a list)",
		old: "\tfields := ec.collected.collect(ec.OperationContext, sel, {{$object.Name|lcFirst}}Implementors)\n\t{{- if $object.Root }}\n",
		new: "\tfields := ec.collected.collect(ec.OperationContext, sel, {{$object.Name|lcFirst}}Implementors)\n" +
			"\t{{- if and (not $object.Root) (hasPlainFields $object) }}\n" +
			"\tif onlyPlain(fields, {{$object.Name|lcFirst}}PlainFields) {\n" +
			"\t\treturn objectValue{fields: fields, plain: {{$object.Name|lcFirst}}Plain{ec: ec, ctx: ctx, obj: obj}}\n" +
			"\t}\n" +
			"\t{{- end }}\n" +
			"\t{{- if $object.Root }}\n",
	},
	{
		file: "object.gotpl",
		why: "a plain field (see plainField) has no value of its own: the object's plain writer writes it " +
			"from the object when the answer is written (objectValue)",
		old: "\t\t\t\t{{- else -}}\n" +
			"\t\t\t\t\tout.Values[i] = {{$.ECDot}}_{{$object.Name}}_{{$field.Name}}(ctx, {{$.ECArg}}field, obj)\n",
		new: "\t\t\t\t{{- else if plainField $field -}}\n" +
			"\t\t\t\t\t// written by {{$object.Name|lcFirst}}Plain\n" +
			"\t\t\t\t{{- else -}}\n" +
			"\t\t\t\t\tout.Values[i] = {{$.ECDot}}_{{$object.Name}}_{{$field.Name}}(ctx, {{$.ECArg}}field, obj)\n",
	},
	{
		file: "object.gotpl",
		why:  "a plain field cannot be null where it may not: nothing to check",
		old: "\t\t\t\t{{- if $field.TypeReference.GQL.NonNull }}\n" +
			"\t\t\t\t\tif out.Values[i] == graphql.Null { {{ $object.InvalidsIncrement \"out\" }} }\n" +
			"\t\t\t\t{{- else }}\n" +
			"\t\t\t\t\tif out.Values[i] == graphql.RequiredNull { {{ $object.InvalidsIncrement \"out\" }} }\n" +
			"\t\t\t\t{{- end }}\n",
		new: "\t\t\t\t{{- if plainField $field }}\n" +
			"\t\t\t\t{{- else if $field.TypeReference.GQL.NonNull }}\n" +
			"\t\t\t\t\tif out.Values[i] == graphql.Null { {{ $object.InvalidsIncrement \"out\" }} }\n" +
			"\t\t\t\t{{- else }}\n" +
			"\t\t\t\t\tif out.Values[i] == graphql.RequiredNull { {{ $object.InvalidsIncrement \"out\" }} }\n" +
			"\t\t\t\t{{- end }}\n",
	},
	{
		file: "field.gotpl",
		why:  "a plain field has no resolving function of its own (its field context stays: complexity and child lookups use it)",
		old:  "{{- range $object := .Objects }}{{- range $field := $object.Fields }}\n\nfunc {{$.FuncReceiver}}_{{$object.Name}}_{{$field.Name}}(",
		new:  "{{- range $object := .Objects }}{{- range $field := $object.Fields }}\n{{- if not (plainField $field) }}\n\nfunc {{$.FuncReceiver}}_{{$object.Name}}_{{$field.Name}}(",
	},
	{
		file: "field.gotpl",
		why:  "the end of the condition above, after the resolving function",
		old:  "\t\t)\n\t{{- end }}\n}\n\n{{- /* Scalar/enum fields without args",
		new:  "\t\t)\n\t{{- end }}\n}\n{{- end }}\n\n{{- /* Scalar/enum fields without args",
	},
	{
		file: "field.gotpl",
		why: "a field of an object whose fields run one after the other is resolved straight-line: the " +
			"same steps as graphql.ResolveField (field context, panic guard, the field's directives, " +
			"errors and nulls at the field's path) without its closures and generic calls per field, and " +
			"without the per-field middleware, which the server does not install (see plainness.field)",
		old: "\t{{- else}}\n\t\treturn graphql.{{ $field.ResolveFieldFunc }}(\n",
		new: "\t{{- else if leanField $field }}\n" +
			"\t\t{{- if underParent $field }}\n" +
			"\t\t{{- $type := $field.TypeReference.Definition.Name }}\n" +
			"\t\tif onlyPlain(ec.collected.collect(ec.OperationContext, field.Selections, {{ $type|lcFirst }}Implementors), {{ $type|lcFirst }}PlainFields) {\n" +
			"\t\t\t// Nothing selected below can fail: the resolver runs under the parent's context, and the\n" +
			"\t\t\t// field gets one of its own only to report a failure, below.\n" +
			"\t\t\tif res, ok := underParent{{ if $field.TypeReference.IsSlice }}List{{ end }}(func() ({{ $field.TypeReference.GO | ref }}, error) {\n" +
			"\t\t\t\t{{- template \"fieldDefinition\" $field }}\n" +
			"\t\t\t}); ok {\n" +
			"\t\t\t\t{{- if $field.TypeReference.IsSlice }}\n" +
			"\t\t\t\tret := make(graphql.Array, len(res))\n" +
			"\t\t\t\tfor i, item := range res {\n" +
			"\t\t\t\t\tret[i] = ec._{{ $type }}(ctx, field.Selections, item)\n" +
			"\t\t\t\t}\n" +
			"\t\t\t\treturn ret\n" +
			"\t\t\t\t{{- else }}\n" +
			"\t\t\t\treturn ec._{{ $type }}(ctx, field.Selections, res)\n" +
			"\t\t\t\t{{- end }}\n" +
			"\t\t\t}\n" +
			"\t\t}\n" +
			"\t\t{{- end }}\n" +
			"\t\tfc, err := {{$.ECDot}}{{ $field.FieldContextFunc }}(ctx, {{$.ECArg}}field)\n" +
			"\t\tif err != nil {\n\t\t\treturn graphql.Null\n\t\t}\n" +
			"\t\tctx = graphql.WithFieldContext(ctx, fc)\n" +
			"\t\tdefer func() {\n\t\t\tif r := recover(); r != nil {\n" +
			"\t\t\t\tec.Error(ctx, ec.Recover(ctx, r))\n\t\t\t\tret = graphql.Null\n\t\t\t}\n\t\t}()\n" +
			"\t\tvar resTmp any\n" +
			"\t\t{{- if $field.HasDirectives }}\n" +
			"\t\tdirective0 := func(rctx context.Context) (any, error) {\n" +
			"\t\t\tctx = rctx // the context the directives pass on, for the children\n" +
			"\t\t\treturn func(ctx context.Context) (any, error) {\n" +
			"\t\t\t\t{{- template \"fieldDefinition\" $field }}\n" +
			"\t\t\t}(ctx)\n" +
			"\t\t}\n" +
			"\t\t{{ template \"implDirectives\" ($.ImplDirectivesCtx $field) }}\n" +
			"\t\tresTmp, err = directive{{$field.ImplDirectives|len}}(ctx)\n" +
			"\t\t{{- else }}\n" +
			"\t\tresTmp, err = func(ctx context.Context) (any, error) {\n" +
			"\t\t\t{{- template \"fieldDefinition\" $field }}\n" +
			"\t\t}(ctx)\n" +
			"\t\t{{- end }}\n" +
			"\t\tif err != nil {\n" +
			"\t\t\tec.Error(ctx, graphql.AddFieldLocationToError(ctx, err))\n" +
			"\t\t\t{{- if not $field.TypeReference.GQL.NonNull }}\n" +
			"\t\t\tif fc.NonNull {\n\t\t\t\treturn graphql.RequiredNull\n\t\t\t}\n" +
			"\t\t\t{{- end }}\n" +
			"\t\t\treturn graphql.Null\n\t\t}\n" +
			"\t\tif resTmp == nil {\n" +
			"\t\t\t{{- if $field.TypeReference.GQL.NonNull }}\n" +
			"\t\t\tgraphql.AddInvalidNullError(ctx, \"\")\n" +
			"\t\t\t{{- else }}\n" +
			"\t\t\tif fc.NonNull {\n\t\t\t\tgraphql.AddInvalidNullError(ctx, \"\")\n\t\t\t\treturn graphql.RequiredNull\n\t\t\t}\n" +
			"\t\t\t{{- end }}\n" +
			"\t\t\treturn graphql.Null\n\t\t}\n" +
			"\t\tres, ok := resTmp.({{ $field.TypeReference.GO | ref }})\n" +
			"\t\tif !ok {\n" +
			"\t\t\tgraphql.AddErrorf(ctx, \"unexpected type %T from the resolver, should be %T\", resTmp, res)\n" +
			"\t\t\treturn graphql.Null\n\t\t}\n" +
			"\t\tfc.Result = res\n" +
			"\t\treturn {{$.ECDot}}{{ $field.TypeReference.MarshalFunc }}(ctx, {{$.ECArg}}field.Selections, res)\n" +
			"\t{{- else}}\n\t\treturn graphql.{{ $field.ResolveFieldFunc }}(\n",
	},
	{
		file: "type.gotpl",
		why: "answer a list of objects item after item (marshalInOrder) unless the selection asks for a " +
			"field that runs on a goroutine of its own, a resolver that may wait for a batch shared with " +
			"the other items, and a list of enums always so; gqlgen starts a goroutine per item for every " +
			"list of objects or enums",
		old: "\t\t\t\t{{- if not $type.IsScalar }}\n" +
			"\t\t\t\t\tret := graphql.MarshalSliceConcurrently(ctx, len(v), {{ $.Config.Exec.WorkerLimit }}, {{ $.Config.OmitPanicHandler }}, func(ctx context.Context, i int) graphql.Marshaler {\n" +
			"\t\t\t\t\t\tfc := graphql.GetFieldContext(ctx)\n" +
			"\t\t\t\t\t\tfc.Result = &v[i]\n" +
			"\t\t\t\t\t\treturn {{$.ECDot}}{{ $type.Elem.MarshalFunc }}(ctx, {{$.ECArg}}sel, v[i])\n" +
			"\t\t\t\t\t})\n",
		new: "\t\t\t\t{{- if not $type.IsScalar }}\n" +
			"\t\t\t\t\tmarshalItem := func(ctx context.Context, i int) graphql.Marshaler {\n" +
			"\t\t\t\t\t\tfc := graphql.GetFieldContext(ctx)\n" +
			"\t\t\t\t\t\tfc.Result = &v[i]\n" +
			"\t\t\t\t\t\treturn {{$.ECDot}}{{ $type.Elem.MarshalFunc }}(ctx, {{$.ECArg}}sel, v[i])\n" +
			"\t\t\t\t\t}\n" +
			"\t\t\t\t\t{{- $elem := $.Objects.ByName $type.Elem.Definition.Name }}\n" +
			"\t\t\t\t\t{{- if and $elem (not $type.Elem.IsSlice) (not $elem.IsConcurrent) }}\n" +
			"\t\t\t\t\tret := marshalInOrder(ctx, len(v), {{ $.Config.OmitPanicHandler }}, marshalItem)\n" +
			"\t\t\t\t\t{{- else if and $elem (not $type.Elem.IsSlice) }}\n" +
			"\t\t\t\t\tvar ret graphql.Array\n" +
			"\t\t\t\t\tif selectsAnyOf(ec.collected.collect(ec.OperationContext, sel, {{ $elem.Name|lcFirst }}Implementors), {{ concurrentFields $elem }}) {\n" +
			"\t\t\t\t\t\tret = graphql.MarshalSliceConcurrently(ctx, len(v), {{ $.Config.Exec.WorkerLimit }}, {{ $.Config.OmitPanicHandler }}, marshalItem)\n" +
			"\t\t\t\t\t} else {\n" +
			"\t\t\t\t\t\tret = marshalInOrder(ctx, len(v), {{ $.Config.OmitPanicHandler }}, marshalItem)\n" +
			"\t\t\t\t\t}\n" +
			"\t\t\t\t\t{{- else if eq $type.Elem.Definition.Kind \"ENUM\" }}\n" +
			"\t\t\t\t\tret := marshalInOrder(ctx, len(v), {{ $.Config.OmitPanicHandler }}, marshalItem)\n" +
			"\t\t\t\t\t{{- else }}\n" +
			"\t\t\t\t\tret := graphql.MarshalSliceConcurrently(ctx, len(v), {{ $.Config.Exec.WorkerLimit }}, {{ $.Config.OmitPanicHandler }}, marshalItem)\n" +
			"\t\t\t\t\t{{- end }}\n",
	},
}

// templateFuncs are the functions the patches call.
func templateFuncs(data *codegen.Data, underParent []string) template.FuncMap {
	p := plainness{objects: data.Objects, known: map[string]bool{},
		// gqlgen runs directives that apply to fields in queries (location FIELD) for every
		// field, through the per-field middleware: with one declared, no field is plain.
		fieldDirectives: len(data.AllDirectives.LocationDirectives("FIELD")) > 0}
	return template.FuncMap{
		"plainField":       p.field,
		"leanField":        p.lean,
		"underParent":      func(f *codegen.Field) bool { return slices.Contains(underParent, f.Object.Name+"."+f.Name) },
		"hasPlainFields":   p.hasPlainFields,
		"allPlain":         p.allPlain,
		"lookupImport":     func(path string) string { return templates.CurrentImports.Lookup(path) },
		"writePlain":       p.write,
		"concurrentFields": concurrentFields,
	}
}

// plainness tells which fields can be written straight from their object, with what it has
// decided so far about object types.
type plainness struct {
	objects         codegen.Objects
	fieldDirectives bool
	known           map[string]bool // plain object types by name; false also while deciding
}

// field tells whether a field can be written straight from its object: it is bound to a struct
// field or to a method that returns no error and runs in the object's goroutine, it has no
// arguments and no directives, and it returns a scalar, an enum, a list of them, or an object all
// of whose fields are plain in turn. Nothing in it can fail, wait or need the per-field context
// (which only errors, middleware and resolvers read; the server installs no field middleware), so
// the field context, the middleware chain and the panic guard gqlgen wraps around every field
// would be spent for nothing.
func (p plainness) field(f *codegen.Field) bool {
	t := f.TypeReference
	// A non-null value that may be nil reports an error at the field's path; a marshaler with a
	// context may report one too.
	mayFail := (t.GQL.NonNull && t.IsNilable() && !t.IsSlice()) || t.IsContext ||
		(t.IsSlice() && t.Elem().IsNilable())
	bound := f.IsVariable() || (f.IsMethod() && f.NoErr && !f.VOkFunc)
	return !p.fieldDirectives && !f.Object.Root && !f.Object.Stream && !mayFail && bound &&
		!f.IsResolver && !f.IsConcurrent() && !f.IsMap() && !f.IsBatch() && !f.HasHaser &&
		len(f.Args) == 0 && !f.HasDirectives() && p.value(t)
}

// lean tells whether a field that is not plain is resolved straight-line rather than through
// graphql.ResolveField: a field of an object whose fields run one after the other (its resolver
// called where the object is answered), with no per-field middleware to run.
func (p plainness) lean(f *codegen.Field) bool {
	return !p.fieldDirectives && !f.Object.Root && !f.Object.Stream && !f.Object.IsConcurrent()
}

// hasPlainFields tells whether an object has a plain field, and so a plain writer.
func (p plainness) hasPlainFields(o *codegen.Object) bool {
	return slices.ContainsFunc(o.Fields, p.field)
}

// allPlain tells whether all the fields of an object are plain: it is written straight from the
// object where it is a plain field's value (its _<Object>_write), with no value built for it.
func (p plainness) allPlain(o *codegen.Object) bool {
	return !o.Root && len(o.Fields) > 0 && !slices.ContainsFunc(o.Fields, func(f *codegen.Field) bool { return !p.field(f) })
}

// scalarPackage holds the writers of the API's scalars.
const scalarPackage = "github.com/teleworkmonth/platform/internal/scalar"

// directWriters are the functions of scalarPackage that write a value of a scalar without
// allocating, by the marshaler that the scalar's binding names.
var directWriters = map[string]string{"MarshalString": "WriteString", "MarshalID": "WriteString", "MarshalInt": "WriteInt",
	"MarshalTime": "WriteTime"}

// directWriter returns, for a value of one of the API's own scalars, the function of scalarPackage
// that writes it without allocating and how to convert a value to its argument.
func directWriter(t *config.TypeReference) (writer string, arg func(string) string, ok bool) {
	m := t.Marshaler
	if m == nil || m.Pkg() == nil || m.Pkg().Path() != scalarPackage || directWriters[m.Name()] == "" {
		return "", nil, false
	}
	arg = func(v string) string {
		if t.CastType != nil {
			return templates.CurrentImports.LookupType(t.CastType) + "(" + v + ")"
		}
		return v
	}
	return templates.CurrentImports.Lookup(scalarPackage) + "." + directWriters[m.Name()], arg, true
}

// write is the Go code, in a plain writer, that writes a plain field's value from obj to w. A
// single value of one of the API's own scalars (strings and enums, ID, Int, Time) is written by the
// scalar's writer, which allocates nothing, and an object all of whose fields are plain by its
// _<Object>_write; anything else by its marshaler.
func (p plainness) write(f *codegen.Field) string {
	value := "obj." + f.GoFieldName
	if f.IsMethod() {
		value += "(" + f.CallArgs() + ")"
	}
	t := f.TypeReference
	_, nilable := t.GO.(*types.Pointer)
	if writer, arg, ok := directWriter(t); ok && !t.IsSlice() {
		if nilable {
			return nullOr(value, fmt.Sprintf("%s(w, %s)", writer, arg("*v")))
		}
		return fmt.Sprintf("%s(w, %s)", writer, arg(value))
	}
	if t.IsSlice() {
		// A list of such scalars (plain lists have no nullable items): gqlgen answers each item
		// under a field context of its own, on a goroutine of its own when there are several.
		elem := t.Elem()
		if _, isPtr := elem.GO.(*types.Pointer); !isPtr {
			if writer, arg, ok := directWriter(elem); ok {
				items := fmt.Sprintf("io.WriteString(w, \"[\")\nfor i, e := range v {\nif i > 0 {\nio.WriteString(w, \",\")\n}\n"+
					"%s(w, %s)\n}\nio.WriteString(w, \"]\")", writer, arg("e"))
				if t.GQL.NonNull {
					return "v := " + value + "\n" + items // a nil slice is an empty list, as gqlgen writes it
				}
				return nullOr(value, items)
			}
		}
	}
	if o := p.objects.ByName(t.Definition.Name); o != nil && !t.IsSlice() && p.allPlain(o) {
		if nilable {
			return nullOr(value, fmt.Sprintf("ec._%s_write(ctx, w, field.Selections, v)", o.Name))
		}
		return fmt.Sprintf("v := %s\nec._%s_write(ctx, w, field.Selections, &v)", value, o.Name)
	}
	return fmt.Sprintf("ec.%s(ctx, field.Selections, %s).MarshalGQL(w)", t.MarshalFunc(), value)
}

// nullOr is the code that writes null when value is nil, and else runs body with the value as v.
func nullOr(value, body string) string {
	return fmt.Sprintf("if v := %s; v == nil {\ngraphql.Null.MarshalGQL(w)\n} else {\n%s\n}", value, body)
}

// value tells whether a field's type is written without a field context of its own: a scalar or
// an enum, a list of them, or a single object whose fields are all plain (the items of a list of
// objects each get a field context for their index).
func (p plainness) value(t *config.TypeReference) bool {
	switch t.Definition.Kind {
	case ast.Scalar, ast.Enum:
		return true
	case ast.Object:
		if t.IsSlice() {
			return false
		}
		name := t.Definition.Name
		if plain, ok := p.known[name]; ok {
			return plain
		}
		o := p.objects.ByName(name)
		if o == nil || o.Root {
			return false
		}
		p.known[name] = false // a type that contains itself is not plain
		for _, f := range o.Fields {
			if !p.field(f) {
				return false
			}
		}
		p.known[name] = true
		return true
	}
	return false
}

// concurrentFields lists, as Go string literals, the fields of an object that gqlgen runs on a
// goroutine of their own.
func concurrentFields(o *codegen.Object) string {
	var names []string
	for _, f := range o.Fields {
		if f.IsConcurrent() {
			names = append(names, fmt.Sprintf("%q", f.Name))
		}
	}
	return strings.Join(names, ", ")
}

// writeExecutor writes the executor again, as gqlgen's single-file layout does, from gqlgen's
// templates with the patches applied (files). It renders into a file beside the executor and
// replaces the executor only when that succeeded, with a head that says the file is patched.
func writeExecutor(data *codegen.Data, files fs.FS, underParent []string) error {
	final := data.Config.Exec.Filename
	rendered := final + ".new"
	defer os.Remove(rendered)
	err := templates.Render(templates.Options{
		PackageName:     data.Config.Exec.Package,
		Filename:        rendered,
		Data:            data,
		RegionTags:      true,
		GeneratedHeader: true,
		Packages:        data.Config.Packages,
		TemplateFS:      files,
		PruneOptions:    data.Config.GetPruneOptions(),
		Funcs:           templateFuncs(data, underParent),
	})
	if err != nil {
		return fmt.Errorf("render the patched executor: %w", err)
	}
	b, err := os.ReadFile(rendered)
	if err != nil {
		return err
	}
	header, rest, ok := strings.Cut(string(b), "\n")
	if !ok {
		return fmt.Errorf("render the patched executor: %s is empty", rendered)
	}
	stamped := header + "\n" + patchedStamp + rest
	if err := os.WriteFile(rendered, []byte(stamped), 0o644); err != nil {
		return err
	}
	return os.Rename(rendered, final)
}

// patchedStamp follows gqlgen's "Code generated" line at the head of the executor, so that whoever
// reads it, or upgrades gqlgen, knows that it is not gqlgen's output as it comes.
const patchedStamp = "//\n" +
	"// Written from gqlgen's templates with patches: graph/codegen (templates.go lists the patches,\n" +
	"// main.go says why) and the helpers in graph/executor.go. If a patch fails after a gqlgen\n" +
	"// upgrade, see the README's Development section.\n"

// executorTemplates are the files gqlgen renders into a single-file executor.
var executorTemplates = []string{"api!.gotpl", "internal!.gotpl", "args.gotpl", "field.gotpl", "input.gotpl",
	"interface.gotpl", "object.gotpl", "type.gotpl", "generated!.gotpl", "directives_.gotpl"}

// gqlgenTemplates is the directory of the executor templates of the gqlgen version in go.mod.
func gqlgenTemplates() (string, error) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/99designs/gqlgen").Output()
	if err != nil {
		return "", fmt.Errorf("find gqlgen's module: %w", err)
	}
	return filepath.Join(strings.TrimSpace(string(out)), "codegen"), nil
}

// patchedTemplates reads the executor templates from dir and applies the patches.
func patchedTemplates(dir string) (fs.FS, error) {
	files := fstest.MapFS{}
	for _, name := range executorTemplates {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return nil, fmt.Errorf("gqlgen's templates: %w", err)
		}
		files[name] = &fstest.MapFile{Data: b}
	}
	if err := applyPatches(files, patches); err != nil {
		return nil, err
	}
	return files, nil
}

// applyPatches applies each patch to its file. A patch whose text does not occur exactly once
// means that the template changed upstream and the patch must be looked at again: every such
// patch is reported, in one error, with its template and the start of the text it looked for.
func applyPatches(files fstest.MapFS, patches []patch) error {
	var failed []error
	for i, p := range patches {
		f, ok := files[p.file]
		if !ok {
			failed = append(failed, fmt.Errorf("patch %d (%s): no template %s", i+1, p.why, p.file))
			continue
		}
		text := string(f.Data)
		if n := strings.Count(text, p.old); n != 1 {
			failed = append(failed, fmt.Errorf("patch %d (%s): its text occurs %d times in gqlgen's %s, want once; it looks for %q",
				i+1, p.why, n, p.file, firstLines(p.old, 3)))
			continue
		}
		f.Data = []byte(strings.Replace(text, p.old, p.new, 1))
	}
	if len(failed) > 0 {
		return fmt.Errorf("%d of %d patches to gqlgen's templates do not apply; nothing was written:\n%w", len(failed), len(patches), errors.Join(failed...))
	}
	return nil
}

// firstLines is the first n lines of text, with "…" when there were more.
func firstLines(text string, n int) string {
	lines := strings.SplitAfter(text, "\n")
	if len(lines) <= n || (len(lines) == n+1 && lines[n] == "") {
		return text
	}
	return strings.Join(lines[:n], "") + "…"
}
