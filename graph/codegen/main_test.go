package main

import (
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
	if _, err := patchedTemplates(); err != nil {
		t.Fatal(err)
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
