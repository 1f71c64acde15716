package main

import (
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing/fstest"

	"github.com/99designs/gqlgen/codegen"
	"github.com/99designs/gqlgen/codegen/templates"
)

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
	"// Written from gqlgen's templates with patches: graph/codegen (patches.go lists the patches,\n" +
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
