// Command codegen runs gqlgen on gqlgen.yml with one plugin of ours, sequential, which resolves the
// fields of the objects it names in the goroutine of the object rather than one goroutine per
// field. gqlgen otherwise runs every resolver field (and every method that takes a context) of
// an object on a goroutine of its own, and on a page of events those goroutines, their stacks and
// their scheduling cost more than the page's SQL. The fields of these objects are either plain
// values or loads that the list resolvers have put into the request's loaders already, so running
// them one after the other costs no waiting.
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

// sequentialObjects are the objects whose fields run in order, in one goroutine.
var sequentialObjects = []string{"Event", "EventApplication", "Registrant"}

type sequential struct{ objects []string }

func (sequential) Name() string { return "sequential" }

// GenerateCode runs before gqlgen writes the executor from the same data, so the objects it marks
// are generated without per-field goroutines.
func (s sequential) GenerateCode(data *codegen.Data) error {
	found := map[string]bool{}
	for _, o := range data.Objects {
		for _, name := range s.objects {
			if o.Name == name {
				o.DisableConcurrency = true
				found[name] = true
			}
		}
	}
	for _, name := range s.objects {
		if !found[name] {
			return fmt.Errorf("sequential: no object %s in the schema", name)
		}
	}
	return nil
}

func main() {
	cfg, err := config.LoadConfig("gqlgen.yml")
	if err != nil {
		fmt.Fprintln(os.Stderr, "codegen:", err)
		os.Exit(2)
	}
	if err := api.Generate(cfg, api.AddPlugin(sequential{sequentialObjects})); err != nil {
		fmt.Fprintln(os.Stderr, "codegen:", err)
		os.Exit(3)
	}
}
