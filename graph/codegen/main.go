// Command codegen runs gqlgen on gqlgen.yml and then writes the executor (graph/generated.go) again
// from gqlgen's own templates with a few patches of ours (templates.go), which make large lists
// cheap to answer:
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
//   - Lists of enums are answered item after item; an object's collected fields are remembered
//     per operation; a query's data is written into a pooled buffer (graph/executor.go).
//
// Patches are exact text replacements: when a new gqlgen changes the text they replace, the
// command stops and says which one to look at again.
//
//	go run ./graph/codegen   (from the module root; go generate ./... does it)
package main

import (
	"fmt"
	"os"

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

// executor is the gqlgen plugin that marks the sequential objects and keeps the data gqlgen
// generates from, so that the executor can be written again with the patched templates.
type executor struct {
	sequential []string
	data       *codegen.Data
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
	e.data = data
	return nil
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "codegen:", err)
		os.Exit(1)
	}
}

func run() error {
	cfg, err := config.LoadConfig("gqlgen.yml")
	if err != nil {
		return err
	}
	if cfg.Exec.Layout != config.ExecLayoutSingleFile {
		return fmt.Errorf("exec layout %s: the patched executor is written as a single file", cfg.Exec.Layout)
	}
	e := &executor{sequential: sequentialObjects}
	if err := api.Generate(cfg, api.AddPlugin(e)); err != nil {
		return err
	}
	return writeExecutor(e.data)
}
