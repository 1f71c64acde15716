// Command codegen runs gqlgen on gqlgen.yml and then writes the executor (graph/generated.go) again
// from gqlgen's own templates with a few patches of ours (patches.go; plain.go decides which fields
// are plain), which make large lists cheap to answer:
//
//   - The objects named in sequentialObjects resolve their fields in the goroutine of the object,
//     and lists of them are answered item after item, rather than a goroutine per resolver field
//     and per list item. On a page of events those goroutines, their stacks and their scheduling
//     cost more than the page's SQL. The fields of these objects are either plain values or loads
//     that the list resolvers have put into the request's loaders already, so running them one
//     after the other costs no waiting.
//   - Such objects set up no @defer bookkeeping: gqlgen defers only fields it runs concurrently.
//   - A plain field (bound to a struct field or to a method without error, arguments or
//     directives, of a scalar, an enum, a list of them or an object of plain fields) gets no field
//     context, middleware, closures or value of its own: each object type's generated plain
//     writer writes it from the object when the answer is written, the API's scalars without
//     allocating, and an object all of whose fields are plain straight from its parent.
//   - The resolver fields named in underParentFields (an event's host, co-hosts and campaign), when
//     all that is selected below them is plain, run under their parent's context: no field
//     context of their own, nor one for each item of a list, unless the resolver fails.
//   - Lists of enums are answered item after item; an object's collected fields are remembered
//     per operation; a query's data is written into a pooled buffer (graph/executor.go).
//
// Patches are exact text replacements. They are applied before anything is written: when a new
// gqlgen changes the text they replace, the command stops, lists every patch to look at again, and
// leaves graph/generated.go as it was. The executor is rendered beside generated.go and replaces
// it only once rendered, with a head that says it is patched.
//
//	go run ./graph/codegen   (from the module root; go generate ./... does it)
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"strings"

	"github.com/99designs/gqlgen/api"
	"github.com/99designs/gqlgen/codegen"
	"github.com/99designs/gqlgen/codegen/config"
)

// sequentialObjects are the objects whose fields run in order, in one goroutine. Each needs the
// loads of its fields prefetched by the resolvers that return it, or its fields would wait for a
// batch window one after another.
var sequentialObjects = []string{
	"EventConnection", "EventEdge", "Event", "EventSeats",
	"EventApplicationConnection", "EventApplicationEdge", "EventApplication",
	"RegistrantConnection", "RegistrantEdge", "Registrant",
	"PageInfo", "LocalizedText", "Venue",
}

// underParentFields are resolver fields, as Object.field, whose resolvers read neither their field
// context nor their path (no look-ahead at the selection, no totalCount check): loads that the list
// resolvers have prefetched. When the selection below such a field is all plain, so that nothing
// there can fail, its resolver runs under the parent's context: the field context and the context
// value that gqlgen makes for every field (and every item of a list) would be read by nobody. Only
// if the resolver fails (an error, a nil, a panic) does the field get a context of its own, and
// the resolver runs again under it, which reports the failure at the field's path; so each must be
// a read that may safely run twice. A resolver that starts to look at its field context must leave
// this list.
var underParentFields = []string{"Event.host", "Event.coHosts", "Event.campaign"}

// executor is the gqlgen plugin that marks the sequential objects and keeps the data gqlgen
// generates from, so that the executor can be written again with the patched templates.
type executor struct {
	sequential  []string
	underParent []string
	data        *codegen.Data
}

func (*executor) Name() string { return "executor" }

// GenerateCode runs before gqlgen writes the executor from the same data.
func (e *executor) GenerateCode(data *codegen.Data) error {
	found := map[string]bool{}
	for _, o := range data.Objects {
		for _, name := range e.sequential {
			if o.Name == name {
				o.DisableConcurrency = true
				found[name] = true
			}
		}
	}
	for _, name := range e.sequential {
		if !found[name] {
			return fmt.Errorf("sequential: no object %s in the schema", name)
		}
	}
	for _, name := range e.underParent {
		if err := canRunUnderParent(data, name); err != nil {
			return fmt.Errorf("underParent: %w", err)
		}
	}
	e.data = data
	return nil
}

// canRunUnderParent checks that a field named in underParentFields can be answered under its
// parent's context: a resolver field of a sequential object, without arguments or directives, that
// returns a non-null object, or a non-null list of non-null objects, of a type with plain fields.
func canRunUnderParent(data *codegen.Data, name string) error {
	objectName, fieldName, _ := strings.Cut(name, ".")
	o := data.Objects.ByName(objectName)
	if o == nil {
		return fmt.Errorf("%s: no object %s in the schema", name, objectName)
	}
	i := slices.IndexFunc(o.Fields, func(f *codegen.Field) bool { return f.Name == fieldName })
	if i < 0 {
		return fmt.Errorf("%s: no field %s in %s", name, fieldName, objectName)
	}
	f := o.Fields[i]
	t := f.TypeReference
	single := !t.IsSlice() && t.GQL.NonNull && t.IsPtr()
	list := t.IsSlice() && t.GQL.NonNull && t.GQL.Elem != nil && t.GQL.Elem.NonNull && t.Elem().IsPtr() && !t.Elem().IsSlice()
	element := data.Objects.ByName(t.Definition.Name)
	switch {
	case o.IsConcurrent():
		return fmt.Errorf("%s: %s is not among the sequential objects", name, objectName)
	case !f.IsResolver || len(f.Args) > 0 || f.HasDirectives():
		return fmt.Errorf("%s: not a resolver field without arguments and directives", name)
	case !single && !list:
		return fmt.Errorf("%s: returns %s, not a non-null object or a non-null list of non-null objects", name, t.GQL.String())
	case element == nil || !(plainness{objects: data.Objects, known: map[string]bool{}}).hasPlainFields(element):
		return fmt.Errorf("%s: %s has no plain fields", name, t.Definition.Name)
	}
	return nil
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "codegen:", err)
		os.Exit(1)
	}
}

func run() error {
	dir, err := gqlgenTemplates()
	if err != nil {
		return err
	}
	return generate("gqlgen.yml", dir)
}

// generate runs gqlgen on the configuration and writes the executor from the templates in
// templatesDir, patched. When the patches do not apply, nothing is written; when gqlgen or the
// patched executor fails after that, the executor that was there before is put back.
func generate(configFile, templatesDir string) error {
	cfg, err := config.LoadConfig(configFile)
	if err != nil {
		return err
	}
	if cfg.Exec.Layout != config.ExecLayoutSingleFile {
		return fmt.Errorf("exec layout %s: the patched executor is written as a single file", cfg.Exec.Layout)
	}
	files, err := patchedTemplates(templatesDir)
	if err != nil {
		return err
	}
	previous, err := os.ReadFile(cfg.Exec.Filename)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	e := &executor{sequential: sequentialObjects, underParent: underParentFields}
	err = api.Generate(cfg, api.AddPlugin(e))
	if err == nil {
		err = writeExecutor(e.data, files, e.underParent)
	}
	if err != nil && previous != nil {
		if restoreErr := os.WriteFile(cfg.Exec.Filename, previous, 0o644); restoreErr != nil {
			return errors.Join(err, fmt.Errorf("put the previous executor back: %w", restoreErr))
		}
	}
	return err
}
