package main

import (
	"fmt"
	"go/types"
	"slices"
	"strings"
	"text/template"

	"github.com/99designs/gqlgen/codegen"
	"github.com/99designs/gqlgen/codegen/config"
	"github.com/99designs/gqlgen/codegen/templates"
	"github.com/vektah/gqlparser/v2/ast"
)

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
