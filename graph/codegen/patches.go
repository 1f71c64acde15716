package main

import (
	"errors"
	"fmt"
	"strings"
	"testing/fstest"
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
