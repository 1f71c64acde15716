package app_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/seed"
)

// readmeExample is a fenced block of the README that runs against the server: a ```graphql block
// (each of its operations on its own, in order, as one pastes them into the playground) or a
// ```sh block that calls curl (run by sh as written, in order, the test server's address in place of
// localhost:8080). An HTML comment right before the
// block may say how to run it: as=EMAIL (a demo staff account of make run, signed in with its
// password; a subscription sends it in connection_init), variables={JSON} (the operations'
// variables, no spaces), expect=CODE (the example shows that error: it must answer it),
// shows=TEXT (a curl block that prints something else than answers, such as headers: its output
// must hold TEXT, in any case), skip=WHY (a block that is not for this test, such as one that
// starts a server: WHY, without spaces, says why and what tests it instead).
type readmeExample struct {
	line      int // of the opening fence
	lang      string
	code      string
	as        string
	variables map[string]any
	expect    string
	shows     string
	skip      string
}

var exampleMarker = regexp.MustCompile(`^<!-- example((?: [a-z]+=\S+)*) -->$`)

// readmeExamples reads the examples of the README in order.
func readmeExamples(t *testing.T) []readmeExample {
	t.Helper()
	f, err := os.Open("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []readmeExample
	var cur *readmeExample
	var marker string
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case cur != nil && line == "```":
			if cur.skip == "" && (cur.lang == "graphql" || cur.lang == "sh" && strings.Contains(cur.code, "curl ")) {
				out = append(out, *cur)
			}
			cur = nil
		case cur != nil:
			cur.code += line + "\n"
		case strings.HasPrefix(line, "```"):
			cur = &readmeExample{line: n, lang: strings.TrimPrefix(line, "```")}
			if marker != "" {
				applyMarker(t, cur, marker)
			}
			marker = ""
		case exampleMarker.MatchString(line):
			marker = line
		case strings.TrimSpace(line) != "":
			if marker != "" {
				t.Fatalf("README.md:%d: an example marker must come right before its block", n-1)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func applyMarker(t *testing.T, ex *readmeExample, marker string) {
	t.Helper()
	for _, field := range strings.Fields(exampleMarker.FindStringSubmatch(marker)[1]) {
		key, value, _ := strings.Cut(field, "=")
		switch key {
		case "as":
			ex.as = value
		case "variables":
			if err := json.Unmarshal([]byte(value), &ex.variables); err != nil {
				t.Fatalf("README.md:%d: variables: %v", ex.line, err)
			}
		case "expect":
			ex.expect = value
		case "shows":
			ex.shows = value
		case "skip":
			ex.skip = value
		default:
			t.Fatalf("README.md:%d: unknown key %q in the example marker", ex.line, key)
		}
	}
}

// TestReadmeExamples runs every example of the README, in order, against a server with the demo
// data that make run loads (the demo and its staff accounts), as a newcomer would: the curl
// blocks by sh, with the server's address in place of localhost:8080, and the GraphQL blocks one
// operation at a time. A token in an example's text written as "tma_…" (tmr_, tms_, tmk_) stands
// for the last token of that kind an earlier example answered, as a reader would paste it. Each
// must answer without an error, unless its marker expects one.
func TestReadmeExamples(t *testing.T) {
	if _, err := exec.LookPath("curl"); err != nil {
		t.Skip("the README's curl examples need curl")
	}
	s := apptest.New(t, apptest.Options{Seed: true})
	ctx := context.Background()
	if _, err := seed.CreateDemoStaff(ctx, s.DB); err != nil {
		t.Fatal(err)
	}
	if err := s.App.Policy.Reload(ctx); err != nil {
		t.Fatal(err)
	}
	r := &readmeRunner{t: t, s: s, sessions: map[string]string{}, tokens: map[string]string{}}
	examples := readmeExamples(t)
	if len(examples) < 15 {
		t.Fatalf("found %d examples in the README: the parser is broken", len(examples))
	}
	for _, ex := range examples {
		switch ex.lang {
		case "sh":
			r.shell(ex)
		case "graphql":
			r.graphql(ex)
		}
	}
	t.Logf("ran the %d examples of the README", len(examples))
}

type readmeRunner struct {
	t        *testing.T
	s        *apptest.Server
	sessions map[string]string // email → session token
	tokens   map[string]string // token prefix (tma_) → the last token answered
}

var (
	localServer = regexp.MustCompile(`(http://)?localhost:8080`)
	placeholder = regexp.MustCompile(`"(tm[arsk]_)…"`)
	tokenInBody = regexp.MustCompile(`"(tm[arsk]_)[A-Za-z0-9_-]{16,}"`)
)

// shell runs a curl block with sh -e and checks that it printed answers without errors.
func (r *readmeRunner) shell(ex readmeExample) {
	t := r.t
	t.Helper()
	code := localServer.ReplaceAllLiteralString(ex.code, r.s.URL)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, "sh", "-e", "-c", code)
	cmd.Env = append(os.Environ(), "LC_ALL=C.UTF-8")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Errorf("README.md:%d: sh: %v: %s", ex.line, err, stderr.Bytes())
		return
	}
	if ex.shows != "" {
		if !bytes.Contains(bytes.ToLower(out), []byte(strings.ToLower(ex.shows))) {
			t.Errorf("README.md:%d: the output does not show %q: %s", ex.line, ex.shows, out)
		}
		return
	}
	r.check(ex, "", out)
}

// graphql runs each operation of a GraphQL block on its own.
func (r *readmeRunner) graphql(ex readmeExample) {
	t := r.t
	t.Helper()
	doc, err := parser.ParseQuery(&ast.Source{Input: ex.code})
	if err != nil {
		t.Errorf("README.md:%d: does not parse: %v", ex.line, err)
		return
	}
	ops, fragments := splitDefinitions(ex.code, doc)
	for _, op := range ops {
		text := placeholder.ReplaceAllStringFunc(op.text, func(m string) string {
			prefix := placeholder.FindStringSubmatch(m)[1]
			if r.tokens[prefix] == "" {
				t.Errorf("README.md:%d: %s stands for a token no earlier example answered", ex.line, m)
			}
			return `"` + r.tokens[prefix] + `"`
		})
		query := text + fragments
		var body []byte
		if op.kind == ast.Subscription {
			body = r.subscribe(ex, query)
		} else {
			resp := r.s.QueryAs(r.session(ex), query, ex.variables)
			if resp.Status != 200 && ex.expect == "" {
				t.Errorf("README.md:%d: status %d: %s", ex.line, resp.Status, resp.Body)
			}
			body = resp.Body
		}
		r.check(ex, text, body)
	}
}

// check checks an example's answers: data and no error, or the error it expects; and keeps the
// tokens they hold for the examples that follow.
func (r *readmeRunner) check(ex readmeExample, op string, out []byte) {
	t := r.t
	t.Helper()
	for _, m := range tokenInBody.FindAllSubmatch(out, -1) {
		r.tokens[string(m[1])] = strings.Trim(string(m[0]), `"`)
	}
	where := fmt.Sprintf("README.md:%d", ex.line)
	if op != "" {
		where += " " + strings.Join(strings.Fields(op), " ")[:min(60, len(strings.Join(strings.Fields(op), " ")))]
	}
	codes := errorCodes(out)
	switch {
	case ex.expect != "" && !slices.Contains(codes, ex.expect):
		t.Errorf("%s: errors %v, want %s: %.500s", where, codes, ex.expect, out)
	case ex.expect == "" && len(codes) > 0:
		t.Errorf("%s: errors %v: %.500s", where, codes, out)
	case ex.expect == "" && !bytes.Contains(out, []byte(`"data":{`)):
		t.Errorf("%s: no data: %.500s", where, out)
	}
}

// errorCodes are the codes of the errors in a stream of JSON answers (curl prints several one
// after the other).
func errorCodes(out []byte) []string {
	var codes []string
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var answer struct {
			Errors []struct {
				Extensions struct{ Code string } `json:"extensions"`
			} `json:"errors"`
		}
		if err := dec.Decode(&answer); err != nil {
			if dec.More() || len(codes) == 0 && !json.Valid(bytes.TrimSpace(out)) && len(bytes.TrimSpace(out)) > 0 {
				return append(codes, "NOT_JSON")
			}
			return codes
		}
		for _, e := range answer.Errors {
			codes = append(codes, e.Extensions.Code)
		}
	}
}

// session signs the example's account in, once, with the demo staff password.
func (r *readmeRunner) session(ex readmeExample) string {
	t := r.t
	t.Helper()
	if ex.as == "" {
		return ""
	}
	if token, ok := r.sessions[ex.as]; ok {
		return token
	}
	resp := r.s.Query(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
		map[string]any{"e": ex.as, "p": seed.DemoStaffPassword})
	var data struct{ Login struct{ Token string } }
	if resp.Decode(t, &data); data.Login.Token == "" {
		t.Fatalf("README.md:%d: sign in as %s: %s", ex.line, ex.as, resp.Body)
	}
	r.sessions[ex.as] = data.Login.Token
	return data.Login.Token
}

// operation is the text of one operation of a block.
type operation struct {
	kind ast.Operation
	text string
}

// splitDefinitions cuts a document into the texts of its operations, and the text of all its
// fragments, which every operation is sent with. The parser's positions count runes.
func splitDefinitions(code string, doc *ast.QueryDocument) (ops []operation, fragments string) {
	src := []rune(code)
	type def struct {
		start int
		kind  ast.Operation // "" for a fragment
	}
	var defs []def
	for _, op := range doc.Operations {
		defs = append(defs, def{op.Position.Start, op.Operation})
	}
	for _, f := range doc.Fragments {
		defs = append(defs, def{f.Position.Start, ""})
	}
	sort.Slice(defs, func(i, j int) bool { return defs[i].start < defs[j].start })
	for i, d := range defs {
		end := len(src)
		if i+1 < len(defs) {
			end = defs[i+1].start
		}
		text := string(src[d.start:end])
		if d.kind == "" {
			fragments += text
		} else {
			ops = append(ops, operation{d.kind, text})
		}
	}
	return ops, fragments
}
