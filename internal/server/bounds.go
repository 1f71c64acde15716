package server

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/teleworkmonth/platform/internal/apperr"
)

// DefaultMaxLength is the most characters a string argument or input field takes when the schema
// gives it no @maxLength: enough for any ID, token, cursor, code or time the API hands out, and
// small enough that a forgotten bound costs nothing. The schema's description of @maxLength
// states it to partners.
const DefaultMaxLength = 100

// maxLengthDirective is the schema's directive that bounds a string argument or input field.
const maxLengthDirective = "maxLength"

// inputBounds refuses, before any resolver runs, an operation that gives a string argument or
// input field more characters (Unicode code points, as sent) than its bound: the argument's or
// input field's @maxLength in the schema, else DefaultMaxLength. Every string counts, wherever it
// is: inline in the document or in the operation's variables, in nested input objects and in
// lists (each item against the bound of the list), in the arguments of any field or directive,
// fragments included. A string that is not UTF-8 (possible only in a GET request's document) or
// that holds NUL, which PostgreSQL cannot store, is refused the same way.
//
// The refusal is BAD_USER_INPUT naming the input as the domain's validators name it: the
// argument, then the input fields below it, dotted (`email`, `input.contact.email`,
// `filter.search`). The domain's own limits, checked after normalization, still hold; the schema's
// bound of a field is never above its domain's limit.
type inputBounds struct {
	schema *ast.Schema
	args   map[*ast.ArgumentDefinition]int // the @maxLength of arguments that have one
	fields map[*ast.FieldDefinition]int    // the @maxLength of input fields that have one
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = (*inputBounds)(nil)

func (*inputBounds) ExtensionName() string { return "InputBounds" }

// Validate reads every @maxLength of the schema once; a malformed one stops the server at start.
func (b *inputBounds) Validate(es graphql.ExecutableSchema) error {
	b.schema = es.Schema()
	b.args = map[*ast.ArgumentDefinition]int{}
	b.fields = map[*ast.FieldDefinition]int{}
	readArgs := func(owner string, args ast.ArgumentDefinitionList) error {
		for _, a := range args {
			if err := readBound(owner+"("+a.Name+":)", a.Directives, func(n int) { b.args[a] = n }); err != nil {
				return err
			}
		}
		return nil
	}
	for _, def := range b.schema.Types {
		for _, f := range def.Fields {
			if err := readBound(def.Name+"."+f.Name, f.Directives, func(n int) { b.fields[f] = n }); err != nil {
				return err
			}
			if err := readArgs(def.Name+"."+f.Name, f.Arguments); err != nil {
				return err
			}
		}
	}
	for _, d := range b.schema.Directives {
		if err := readArgs("@"+d.Name, d.Arguments); err != nil {
			return err
		}
	}
	return nil
}

// readBound calls set with the n of a @maxLength among directives, if there is one.
func readBound(owner string, directives ast.DirectiveList, set func(n int)) error {
	d := directives.ForName(maxLengthDirective)
	if d == nil {
		return nil
	}
	arg := d.Arguments.ForName("n")
	if arg == nil || arg.Value == nil {
		return fmt.Errorf("schema: @%s of %s has no n", maxLengthDirective, owner)
	}
	n, err := strconv.Atoi(arg.Value.Raw)
	if err != nil || n < 1 {
		return fmt.Errorf("schema: @%s(n: %s) of %s is not a positive number", maxLengthDirective, arg.Value.Raw, owner)
	}
	set(n)
	return nil
}

func (b *inputBounds) argBound(a *ast.ArgumentDefinition) int {
	if n, ok := b.args[a]; ok {
		return n
	}
	return DefaultMaxLength
}

func (b *inputBounds) fieldBound(f *ast.FieldDefinition) int {
	if n, ok := b.fields[f]; ok {
		return n
	}
	return DefaultMaxLength
}

func (b *inputBounds) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	c := boundsCheck{inputBounds: b, variables: oc.Variables}
	if err := c.directives(oc.Operation.Directives); err != nil {
		return err
	}
	return c.selections(oc.Operation.SelectionSet)
}

// boundsCheck is the check of one operation.
type boundsCheck struct {
	*inputBounds
	variables map[string]any
	// checked holds the fragments already checked: a fragment's arguments are the same wherever
	// it is spread, so the check reads each once, however often a document spreads it.
	checked map[string]bool
}

func (c *boundsCheck) selections(set ast.SelectionSet) *gqlerror.Error {
	for _, sel := range set {
		var err *gqlerror.Error
		switch sel := sel.(type) {
		case *ast.Field:
			if err = c.directives(sel.Directives); err == nil && sel.Definition != nil {
				err = c.arguments(sel.Arguments, sel.Definition.Arguments)
			}
			if err == nil {
				err = c.selections(sel.SelectionSet)
			}
		case *ast.InlineFragment:
			if err = c.directives(sel.Directives); err == nil {
				err = c.selections(sel.SelectionSet)
			}
		case *ast.FragmentSpread:
			err = c.directives(sel.Directives)
			if err == nil && sel.Definition != nil && !c.checked[sel.Name] {
				if c.checked == nil {
					c.checked = map[string]bool{}
				}
				c.checked[sel.Name] = true
				err = c.selections(sel.Definition.SelectionSet)
			}
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func (c *boundsCheck) directives(list ast.DirectiveList) *gqlerror.Error {
	for _, d := range list {
		if d.Definition != nil {
			if err := c.arguments(d.Arguments, d.Definition.Arguments); err != nil {
				return err
			}
		}
	}
	return nil
}

func (c *boundsCheck) arguments(args ast.ArgumentList, defs ast.ArgumentDefinitionList) *gqlerror.Error {
	for _, a := range args {
		if def := defs.ForName(a.Name); def != nil {
			if err := c.literal(a.Value, def.Type, c.argBound(def), a.Name); err != nil {
				return err
			}
		}
	}
	return nil
}

// literal checks a value of the document, of type t, given to the input named field whose bound
// is limit.
func (c *boundsCheck) literal(v *ast.Value, t *ast.Type, limit int, field string) *gqlerror.Error {
	if v == nil {
		return nil
	}
	switch v.Kind {
	case ast.Variable:
		return c.variable(c.variables[v.Raw], t, limit, field, v.Position)
	case ast.StringValue, ast.BlockValue:
		return checkString(v.Raw, limit, field, v.Position)
	case ast.ListValue:
		for _, item := range v.Children {
			if err := c.literal(item.Value, elemOf(t), limit, field); err != nil {
				return err
			}
		}
	case ast.ObjectValue:
		def := c.schema.Types[t.Name()]
		for _, child := range v.Children {
			if f := fieldOf(def, child.Name); f != nil {
				if err := c.literal(child.Value, f.Type, c.fieldBound(f), field+"."+child.Name); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// variable checks the value of a variable (as gqlgen coerced it) used where a value of type t goes,
// as literal does; pos is where the document uses the variable. Input objects are read in the
// schema's order of their fields, so that the same request is always refused for the same field.
func (c *boundsCheck) variable(v any, t *ast.Type, limit int, field string, pos *ast.Position) *gqlerror.Error {
	switch v := v.(type) {
	case string:
		return checkString(v, limit, field, pos)
	case json.Number: // an ID may come as a number
		return checkString(string(v), limit, field, pos)
	case []any:
		for _, item := range v {
			if err := c.variable(item, elemOf(t), limit, field, pos); err != nil {
				return err
			}
		}
	case map[string]any:
		def := c.schema.Types[t.Name()]
		if def == nil || def.Kind != ast.InputObject {
			return nil
		}
		for _, f := range def.Fields {
			if child, ok := v[f.Name]; ok {
				if err := c.variable(child, f.Type, c.fieldBound(f), field+"."+f.Name, pos); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// elemOf is the type of a list's items; a single value given for a list stands for one item.
func elemOf(t *ast.Type) *ast.Type {
	if t.Elem != nil {
		return t.Elem
	}
	return t
}

func fieldOf(def *ast.Definition, name string) *ast.FieldDefinition {
	if def == nil {
		return nil
	}
	return def.Fields.ForName(name)
}

// checkString refuses s when it is not UTF-8, holds NUL or has more than limit characters.
func checkString(s string, limit int, field string, pos *ast.Position) *gqlerror.Error {
	// A string of no more bytes than the limit has no more characters: only a long one is counted.
	switch {
	case len(s) > limit && utf8.RuneCountInString(s) > limit:
		return invalidInput(pos, field, "must be at most %d characters, not %d", limit, utf8.RuneCountInString(s))
	case strings.IndexByte(s, 0) >= 0:
		return invalidInput(pos, field, "must not contain the NUL character")
	case !utf8.ValidString(s):
		return invalidInput(pos, field, "is not valid UTF-8 text")
	}
	return nil
}

// invalidInput is a request error that refuses the operation, BAD_USER_INPUT naming field, at the
// place of the document where the value is given.
func invalidInput(pos *ast.Position, field, format string, args ...any) *gqlerror.Error {
	e := apperr.Invalid(field, format, args...)
	err := &gqlerror.Error{
		Err:        e,
		Message:    e.Message,
		Extensions: map[string]any{"code": string(e.Code), "field": field},
	}
	if pos != nil {
		err.Locations = []gqlerror.Location{{Line: pos.Line, Column: pos.Column}}
	}
	return err
}
