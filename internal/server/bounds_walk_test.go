package server_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vektah/gqlparser/v2/ast"

	"github.com/teleworkmonth/platform/graph"
	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/server"
	"github.com/teleworkmonth/platform/internal/telework"
)

// TestEveryStringInputIsBounded walks the executable schema and sends a 10,000-character string
// to every string argument and every string input field (nested input objects and lists
// included) of every query, mutation and subscription field, and of every field below them that
// takes arguments, once in the operation's variables and once inline; then a string holding NUL
// the same two ways. The other inputs are valid ones, and the caller is one who gets past
// authorization (the secretariat; a registrant for its own mutations). Every request must be
// refused with BAD_USER_INPUT naming that input, none INTERNAL. The walk follows the schema, so
// an argument added tomorrow is sent too.
func TestEveryStringInputIsBounded(t *testing.T) {
	t.Parallel()
	s := apptest.New(t, apptest.Options{Seed: true})
	w := newBoundsWalk(t, s)
	cases := w.cases(t)
	t.Logf("%d string inputs", len(cases))
	for _, c := range cases {
		for _, sent := range []struct{ name, value string }{
			{"10,000 characters", incompressible(10_000)},
			{"NUL", "テ\x00スト"},
		} {
			for _, inline := range []bool{false, true} {
				name := c.name + ": " + sent.name + map[bool]string{false: " in variables", true: " inline"}[inline]
				t.Run(name, func(t *testing.T) {
					query, variables := w.request(c, sent.value, inline)
					if c.root == ast.Subscription {
						w.wantSubscriptionRefused(t, query, variables, c.field)
						return
					}
					h := http.Header{"Authorization": {"Bearer " + w.actorOf(c)}}
					r := s.Do(apptest.Request{Query: query, Variables: variables, Header: h})
					checkResponse(t, r)
					if slices.Contains(r.Codes(), "INTERNAL") {
						t.Errorf("INTERNAL: %.300s", r.Body)
					}
					wantRefusal(t, r, c.field)
				})
			}
		}
	}
}

// boundsWalk is what the walk needs: the schema, the server, the callers' tokens and the IDs of
// records that exist.
type boundsWalk struct {
	schema      *ast.Schema
	s           *apptest.Server
	secretariat string
	registrant  string
	ids         map[relay.Kind]string
}

func newBoundsWalk(t *testing.T, s *apptest.Server) *boundsWalk {
	w := &boundsWalk{
		schema:      graph.NewExecutableSchema(graph.Config{}).Schema(),
		s:           s,
		secretariat: s.Staff("walk.secretariat@example.jp", telework.RoleSecretariat, ""),
		ids:         map[relay.Kind]string{},
	}
	for kind, query := range map[relay.Kind]string{
		relay.KindEvent:        `SELECT id FROM events WHERE status = 'PUBLISHED' ORDER BY id LIMIT 1`,
		relay.KindAwardProgram: `SELECT program_id FROM award_entries ORDER BY id LIMIT 1`,
		relay.KindAwardEntry:   `SELECT id FROM award_entries ORDER BY id LIMIT 1`,
		relay.KindRegistrant:   `SELECT id FROM registrants ORDER BY id LIMIT 1`,
	} {
		var key int64
		if err := s.DB.Get(&key, query); err != nil {
			t.Fatalf("%s: %v", kind, err)
		}
		w.ids[kind] = relay.ID(kind, key)
	}
	var key struct{ CreateApiKey struct{ ID string } }
	w.must(t, w.secretariat, `mutation { createApiKey(input: {name: "walk"}) { id } }`, &key)
	w.ids[relay.KindAPIKey] = key.CreateApiKey.ID
	var reg struct{ RegisterActivity struct{ Token string } }
	w.must(t, "", `mutation { registerActivity(input: {fiscalYear: 2026, kind: COMPANY, name: "テスト株式会社",
		prefecture: TOKYO, activities: [LEARNING], publishName: false, contact: {name: "テスト 太郎", email: "walk@example.jp"}}) { token } }`, &reg)
	w.registrant = reg.RegisterActivity.Token
	return w
}

func (w *boundsWalk) must(t *testing.T, token, query string, data any) {
	t.Helper()
	r := w.s.QueryAs(token, query, nil)
	if len(r.Errors) > 0 {
		t.Fatalf("%s: %s", query, r.Body)
	}
	r.Decode(t, data)
}

// boundCase is one string input: an argument of the last of hops (the fields from the root down
// to the one that takes it), and the input fields below the argument down to the string.
type boundCase struct {
	name  string
	root  ast.Operation
	hops  []*ast.FieldDefinition
	arg   *ast.ArgumentDefinition
	below []string
	field string // what the refusal must name: the argument and the input fields, dotted
}

// registrantMutations are the mutations of a registrant's own record, made with its token.
var registrantMutations = []string{"updateMyRegistration", "submitAwardEntry", "withdrawMyRegistration"}

func (w *boundsWalk) actorOf(c boundCase) string {
	if slices.Contains(registrantMutations, c.hops[0].Name) {
		return w.registrant
	}
	return w.secretariat
}

// cases lists every string input of the schema: the arguments of the root fields, and of every
// field of an object type reachable from the query root.
func (w *boundsWalk) cases(t *testing.T) []boundCase {
	var cases []boundCase
	add := func(root ast.Operation, hops []*ast.FieldDefinition) {
		field := hops[len(hops)-1]
		for _, arg := range field.Arguments {
			w.stringInputs(arg.Type, nil, func(below []string) {
				name := strings.Join(append([]string{arg.Name}, below...), ".")
				cases = append(cases, boundCase{
					name: fmt.Sprintf("%s(%s)", coordinate(hops), name), root: root,
					hops: hops, arg: arg, below: below, field: name,
				})
			})
		}
	}
	for _, root := range []struct {
		op  ast.Operation
		def *ast.Definition
	}{{ast.Query, w.schema.Query}, {ast.Mutation, w.schema.Mutation}, {ast.Subscription, w.schema.Subscription}} {
		for _, f := range root.def.Fields {
			if !strings.HasPrefix(f.Name, "__") {
				add(root.op, []*ast.FieldDefinition{f})
			}
		}
	}
	for _, def := range w.schema.Types {
		if def.Kind != ast.Object || def == w.schema.Query || def == w.schema.Mutation || def == w.schema.Subscription ||
			strings.HasPrefix(def.Name, "__") {
			continue
		}
		for _, f := range def.Fields {
			if len(f.Arguments) == 0 {
				continue
			}
			path := w.pathTo(def.Name)
			if path == nil {
				t.Fatalf("%s.%s takes arguments, but the walk finds no way to it from the query root", def.Name, f.Name)
			}
			add(ast.Query, append(slices.Clone(path), f))
		}
	}
	if len(cases) < 60 {
		t.Fatalf("the walk found only %d string inputs", len(cases))
	}
	return cases
}

func coordinate(hops []*ast.FieldDefinition) string {
	names := make([]string, len(hops))
	for i, h := range hops {
		names[i] = h.Name
	}
	return strings.Join(names, ".")
}

// stringInputs calls found for each place in a value of type t that takes a string: a scalar
// other than Int, Float and Boolean, alone or in a list, in t itself or in its input fields.
func (w *boundsWalk) stringInputs(t *ast.Type, below []string, found func(below []string)) {
	def := w.schema.Types[t.Name()]
	switch {
	case def.Kind == ast.InputObject && len(below) < 8:
		for _, f := range def.Fields {
			w.stringInputs(f.Type, append(slices.Clone(below), f.Name), found)
		}
	case def.Kind == ast.Scalar && !slices.Contains([]string{"Int", "Float", "Boolean"}, def.Name):
		found(below)
	}
}

// pathTo returns the shortest chain of fields from the query root to an object type, through
// object types only; nil when there is none.
func (w *boundsWalk) pathTo(typeName string) []*ast.FieldDefinition {
	paths := map[string][]*ast.FieldDefinition{w.schema.Query.Name: {}}
	queue := []string{w.schema.Query.Name}
	for len(queue) > 0 {
		from := queue[0]
		queue = queue[1:]
		if from == typeName {
			return paths[from]
		}
		for _, f := range w.schema.Types[from].Fields {
			to := w.schema.Types[f.Type.Name()]
			if _, seen := paths[to.Name]; seen || to.Kind != ast.Object || strings.HasPrefix(f.Name, "__") {
				continue
			}
			paths[to.Name] = append(slices.Clone(paths[from]), f)
			queue = append(queue, to.Name)
		}
	}
	return nil
}

// request builds the operation of a case: long in its place, valid values everywhere else (the
// required arguments of every field on the way, every input field of the argument's value).
func (w *boundsWalk) request(c boundCase, long string, inline bool) (string, map[string]any) {
	value := w.withLong(w.value(c.hops[0].Name, c.arg.Name, c.arg.Type), c.arg.Type, c.below, long)
	var variables map[string]any
	var head, body, tail strings.Builder
	for i, hop := range c.hops {
		var args []string
		for _, a := range hop.Arguments {
			switch {
			case i == len(c.hops)-1 && a == c.arg && !inline:
				args = append(args, a.Name+": $v")
				head.WriteString("($v: " + a.Type.String() + ")")
				variables = map[string]any{"v": value}
			case i == len(c.hops)-1 && a == c.arg:
				args = append(args, a.Name+": "+w.literal(a.Type, value))
			case a.Type.NonNull:
				args = append(args, a.Name+": "+w.literal(a.Type, w.value(c.hops[0].Name, a.Name, a.Type)))
			}
		}
		body.WriteString(" { " + hop.Name)
		if len(args) > 0 {
			body.WriteString("(" + strings.Join(args, ", ") + ")")
		}
		tail.WriteString(" }")
	}
	if k := w.schema.Types[c.hops[len(c.hops)-1].Type.Name()].Kind; k != ast.Scalar && k != ast.Enum {
		body.WriteString(" { __typename }")
	}
	return string(c.root) + head.String() + body.String() + tail.String(), variables
}

// value returns a valid value of type t for an input called name, of the root field owner.
func (w *boundsWalk) value(owner, name string, t *ast.Type) any {
	if t.Elem != nil {
		return []any{w.value(owner, name, t.Elem)}
	}
	def := w.schema.Types[t.Name()]
	switch def.Kind {
	case ast.InputObject:
		m := map[string]any{}
		for _, f := range def.Fields {
			m[f.Name] = w.value(owner, f.Name, f.Type)
		}
		return m
	case ast.Enum:
		if name == "role" {
			return "MINISTRY_VIEWER" // a ministry role, as ministryCode is given
		}
		return def.EnumValues[0].Name
	}
	switch def.Name {
	case "Int":
		if n, ok := intValues[name]; ok {
			return n
		}
		return 1
	case "Boolean":
		return true
	case "ID":
		return w.id(owner, name)
	case "Date":
		return "2026-11-01"
	}
	if v, ok := stringValues[name]; ok {
		return v
	}
	switch {
	case def.Name == "Time":
		return "2026-11-20T04:00:00Z"
	case name == "idempotencyKey":
		return fmt.Sprintf("walk-%d", time.Now().UnixNano())
	}
	return "テスト"
}

// Valid values of inputs by their name, where 1 or "テスト" will not do.
var (
	intValues    = map[string]int{"fiscalYear": 2026, "feeYen": 0, "capacity": 10, "employeeCount": 10, "teleworkerCount": 5}
	stringValues = map[string]string{
		"email": "walk@example.jp", "attendeeEmail": "walk@example.jp", "contactEmail": "walk@example.jp",
		"password": "a-test-password-of-some-length", "code": "MIC", "ministryCode": "MIC", "hostMinistryCode": "MIC",
		"coHostMinistryCodes": "CAO", "action": "edit", "object": "event", "search": "テレワーク",
		"phone": "03-1234-5678", "nameKana": "テスト", "token": "tma_" + strings.Repeat("A", 43),
		"startsAt": "2026-11-20T04:00:00Z", "endsAt": "2026-11-20T06:00:00Z", "applicationDeadline": "2026-11-19T00:00:00Z",
		"entryOpensAt": "2026-04-01T00:00:00Z", "entryClosesAt": "2026-09-30T00:00:00Z",
		"startsAfter": "2026-01-01T00:00:00Z", "startsBefore": "2027-01-01T00:00:00Z",
	}
)

// id returns the ID of a record that exists for an ID input called name, of the root field owner:
// the kind its name or its field's name says, an event's otherwise.
func (w *boundsWalk) id(owner, name string) string {
	switch name {
	case "eventId", "ceremonyEventId":
		return w.ids[relay.KindEvent]
	case "programId":
		return w.ids[relay.KindAwardProgram]
	}
	owner = strings.ToLower(owner)
	for _, kind := range []relay.Kind{relay.KindAwardProgram, relay.KindAwardEntry, relay.KindRegistrant, relay.KindAPIKey} {
		if strings.Contains(owner, strings.ToLower(string(kind))) {
			return w.ids[kind]
		}
	}
	return w.ids[relay.KindEvent]
}

// withLong returns v with long in the place that below names (a list there gets one item, long).
func (w *boundsWalk) withLong(v any, t *ast.Type, below []string, long string) any {
	if len(below) == 0 {
		if t.Elem != nil {
			return []any{long}
		}
		return long
	}
	if t.Elem != nil {
		return []any{w.withLong(v.([]any)[0], t.Elem, below, long)}
	}
	m := maps.Clone(v.(map[string]any))
	f := w.schema.Types[t.Name()].Fields.ForName(below[0])
	m[below[0]] = w.withLong(m[below[0]], f.Type, below[1:], long)
	return m
}

// literal writes v, a value of type t, as a GraphQL literal.
func (w *boundsWalk) literal(t *ast.Type, v any) string {
	if t.Elem != nil {
		var items []string
		for _, item := range v.([]any) {
			items = append(items, w.literal(t.Elem, item))
		}
		return "[" + strings.Join(items, ", ") + "]"
	}
	def := w.schema.Types[t.Name()]
	switch def.Kind {
	case ast.Enum:
		return v.(string)
	case ast.InputObject:
		var fields []string
		for _, f := range def.Fields {
			fields = append(fields, f.Name+": "+w.literal(f.Type, v.(map[string]any)[f.Name]))
		}
		return "{" + strings.Join(fields, ", ") + "}"
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		panic(err)
	}
	return strings.TrimSpace(b.String()) // a JSON string or number is a GraphQL one
}

// wantSubscriptionRefused subscribes over WebSocket and fails unless the operation is answered
// with one BAD_USER_INPUT error naming field.
func (w *boundsWalk) wantSubscriptionRefused(t *testing.T, query string, variables map[string]any, field string) {
	c, _, err := server.DialWS(t, w.s.URL, http.Header{"Origin": {"http://localhost:5173"}})
	if err != nil {
		t.Fatal(err)
	}
	c.Init(map[string]any{"Authorization": "Bearer " + w.secretariat})
	c.Subscribe("1", query, variables)
	m := c.ReadOf("1", 5*time.Second)
	var r server.WSResult // a result with errors, or an error message: a list of errors
	if m.Type == "next" {
		json.Unmarshal(m.Payload, &r)
	} else {
		json.Unmarshal(m.Payload, &r.Errors)
	}
	if len(r.Errors) != 1 || r.Errors[0].Extensions["code"] != "BAD_USER_INPUT" || r.Errors[0].Extensions["field"] != field {
		t.Errorf("%s %.300s, want one error, BAD_USER_INPUT naming %s", m.Type, m.Payload, field)
	}
}
