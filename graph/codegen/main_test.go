package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/codegen"
	"github.com/vektah/gqlparser/v2/ast"
)

func TestExecutorMarksTheSequentialObjects(t *testing.T) {
	event := &codegen.Object{Definition: &ast.Definition{Name: "Event"}}
	query := &codegen.Object{Definition: &ast.Definition{Name: "Query"}}
	data := &codegen.Data{Objects: codegen.Objects{event, query}}
	e := &executor{sequential: []string{"Event"}}
	if err := e.GenerateCode(data); err != nil {
		t.Fatal(err)
	}
	if !event.DisableConcurrency || query.DisableConcurrency {
		t.Fatalf("Event sequential: %v, Query sequential: %v; want true, false", event.DisableConcurrency, query.DisableConcurrency)
	}
	if e.data != data {
		t.Fatal("the executor did not keep the data to write the executor from")
	}
}

func TestExecutorRefusesAnUnknownObject(t *testing.T) {
	data := &codegen.Data{Objects: codegen.Objects{}}
	err := (&executor{sequential: []string{"Evnet"}}).GenerateCode(data)
	if err == nil || !strings.Contains(err.Error(), "Evnet") {
		t.Fatalf("err = %v, want one naming Evnet", err)
	}
}

func TestPatchesApplyToTheTemplatesOfGqlgenInGoMod(t *testing.T) {
	dir, err := gqlgenTemplates()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := patchedTemplates(dir); err != nil {
		t.Fatal(err)
	}
}

// TestPatchesThatNoLongerApplyAreAllReportedAndNothingIsWritten: as after a gqlgen upgrade that
// changed two of the texts the patches look for, the generator names both patches, each with its
// template and its text, and leaves graph/generated.go exactly as it was.
func TestPatchesThatNoLongerApplyAreAllReportedAndNothingIsWritten(t *testing.T) {
	upstream, err := gqlgenTemplates()
	if err != nil {
		t.Fatal(err)
	}
	changed := map[string]string{ // the anchor of one patch in each of two templates, edited
		"object.gotpl": "\tout.Dispatch(ctx)\n",
		"field.gotpl":  patches[slices.IndexFunc(patches, func(p patch) bool { return p.file == "field.gotpl" })].old,
	}
	templatesDir := t.TempDir()
	for _, name := range executorTemplates {
		b, err := os.ReadFile(filepath.Join(upstream, name))
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		if anchor, ok := changed[name]; ok {
			text = strings.Replace(text, anchor, anchor[:len(anchor)/2]+"/* changed upstream */"+anchor[len(anchor)/2:], 1)
		}
		if err := os.WriteFile(filepath.Join(templatesDir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}

	t.Chdir("../..") // the module root, where gqlgen.yml is
	before, err := os.ReadFile("graph/generated.go")
	if err != nil {
		t.Fatal(err)
	}
	err = generate("gqlgen.yml", templatesDir)
	if err == nil {
		t.Fatal("generate succeeded with two patches that do not apply")
	}
	for _, p := range patches {
		anchor, ok := changed[p.file]
		mentioned := strings.Contains(err.Error(), p.why)
		if want := ok && p.old == anchor; mentioned != want {
			t.Errorf("the report names the patch %q of %s: %v, want %v", p.why, p.file, mentioned, want)
		}
	}
	for file, anchor := range changed {
		if !strings.Contains(err.Error(), file) || !strings.Contains(err.Error(), fmt.Sprintf("%q", firstLines(anchor, 3))) {
			t.Errorf("the report does not name %s with the text the patch looks for:\n%v", file, err)
		}
	}
	after, err := os.ReadFile("graph/generated.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Fatal("graph/generated.go changed although the patches failed")
	}
	if _, err := os.Stat("graph/generated.go.new"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a rendered file was left beside the executor: %v", err)
	}
}

func TestExecutorRefusesAnUnknownFieldToRunUnderItsParent(t *testing.T) {
	event := &codegen.Object{Definition: &ast.Definition{Name: "Event"}}
	for _, name := range []string{"Evnet.host", "Event.hots"} {
		data := &codegen.Data{Objects: codegen.Objects{event}}
		err := (&executor{sequential: []string{"Event"}, underParent: []string{name}}).GenerateCode(data)
		if err == nil || !strings.Contains(err.Error(), name) {
			t.Errorf("err = %v, want one naming %s", err, name)
		}
	}
}
