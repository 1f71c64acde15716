package main

import (
	"strings"
	"testing"

	"github.com/99designs/gqlgen/codegen"
	"github.com/vektah/gqlparser/v2/ast"
)

func TestSequentialMarksTheNamedObjects(t *testing.T) {
	event := &codegen.Object{Definition: &ast.Definition{Name: "Event"}}
	query := &codegen.Object{Definition: &ast.Definition{Name: "Query"}}
	data := &codegen.Data{Objects: codegen.Objects{event, query}}
	if err := (sequential{[]string{"Event"}}).GenerateCode(data); err != nil {
		t.Fatal(err)
	}
	if !event.DisableConcurrency || query.DisableConcurrency {
		t.Fatalf("Event sequential: %v, Query sequential: %v; want true, false", event.DisableConcurrency, query.DisableConcurrency)
	}
}

func TestSequentialRefusesAnUnknownObject(t *testing.T) {
	data := &codegen.Data{Objects: codegen.Objects{}}
	err := (sequential{[]string{"Evnet"}}).GenerateCode(data)
	if err == nil || !strings.Contains(err.Error(), "Evnet") {
		t.Fatalf("err = %v, want one naming Evnet", err)
	}
}
