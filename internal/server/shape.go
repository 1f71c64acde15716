package server

import (
	"fmt"
	"strings"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// shapeLimits are what the walk of a document before validation enforces (see documentLimits).
type shapeLimits struct {
	maxDepth, maxAliases, maxFields int
	// maxSameName bounds the selections that share one response name in one selection set of the
	// response, fragments expanded: validation compares each pair of them.
	maxSameName int
	// maxVisits bounds the selections visited in the whole document, every operation and every
	// fragment with its fragments expanded, as validation expands them.
	maxVisits     int
	introspection bool // whether __schema and __type may be asked for
}

// measureDocument walks every operation and every fragment definition of doc, with its fragments
// expanded, and returns the first limit it breaks, or nil. Validation has not run: a fragment may be
// unknown (validation reports it) or spread within itself (validation reports the cycle), and the
// walk skips both.
func measureDocument(doc *ast.QueryDocument, limits shapeLimits) *gqlerror.Error {
	w := walker{limits: limits, fragments: make(map[string]*ast.FragmentDefinition, len(doc.Fragments))}
	for _, f := range doc.Fragments {
		if _, dup := w.fragments[f.Name]; !dup { // a duplicate name is for validation to report
			w.fragments[f.Name] = f
		}
	}
	for _, op := range doc.Operations {
		what := "the operation"
		if op.Name != "" {
			what = fmt.Sprintf("the operation %s", op.Name)
		}
		if err := w.root(what, op.SelectionSet, nil, false); err != nil {
			return err
		}
	}
	for _, f := range doc.Fragments {
		// A fragment on an introspection type (__Type, __Field …) is introspection all through.
		introspection := strings.HasPrefix(f.TypeCondition, "__")
		if err := w.root("the fragment "+f.Name, f.SelectionSet, &spreadPath{name: f.Name}, introspection); err != nil {
			return err
		}
	}
	return nil
}

// walker is the walk of one document. Its counts are those of the operation or fragment it walks;
// visits is the whole document's.
type walker struct {
	limits    shapeLimits
	fragments map[string]*ast.FragmentDefinition // by name

	what                   string // "the operation …", "the fragment …": where the counts are
	depth, aliases, fields int
	visits                 int
	err                    *gqlerror.Error

	levels []*groups // by depth from 1, reused (see groups)
}

// spreadPath is the chain of fragments spread to reach a selection set, to tell a cycle.
type spreadPath struct {
	name string
	up   *spreadPath
}

func (p *spreadPath) has(name string) bool {
	for ; p != nil; p = p.up {
		if p.name == name {
			return true
		}
	}
	return false
}

// selections is one selection set and the fragments spread to reach it.
type selections struct {
	set  ast.SelectionSet
	path *spreadPath
}

// group is the fields of one selection set of the response that share a response name.
type group struct {
	name          string
	fields        int
	children      []selections // their selection sets, which merge into one
	introspection bool         // one of them is __schema or __type
}

// groups are the groups of one selection set of the response, in the order of their first field.
// Most sets have a few names, found faster in the list than in a map; a map indexes the longer.
// The walk keeps one per depth and reuses it, with its groups' slices, from one selection set to
// the next at that depth.
type groups struct {
	list  []group
	index map[string]int // once the list has had indexGroupsFrom groups
}

const indexGroupsFrom = 16

func (gs *groups) reset() {
	gs.list = gs.list[:0]
	clear(gs.index)
}

// of returns the group of name, added if new. The pointer holds until the next call.
func (gs *groups) of(name string) *group {
	if gs.index != nil {
		if i, ok := gs.index[name]; ok {
			return &gs.list[i]
		}
	} else {
		for i := range gs.list {
			if gs.list[i].name == name {
				return &gs.list[i]
			}
		}
	}
	n := len(gs.list)
	if n < cap(gs.list) {
		gs.list = gs.list[:n+1]
	} else {
		gs.list = append(gs.list, group{})
	}
	g := &gs.list[n]
	*g = group{name: name, children: g.children[:0]}
	switch {
	case gs.index != nil:
		gs.index[name] = n
	case n+1 == indexGroupsFrom:
		gs.index = make(map[string]int, 2*indexGroupsFrom)
		for i := range gs.list {
			gs.index[gs.list[i].name] = i
		}
	}
	return g
}

func (w *walker) root(what string, set ast.SelectionSet, path *spreadPath, introspection bool) *gqlerror.Error {
	w.what, w.depth, w.aliases, w.fields = what, 0, 0, 0
	w.level([]selections{{set, path}}, 1, introspection)
	return w.err
}

// level walks the selection sets that merge into one object of the response at depth: a field's,
// or those of all the fields that share a response name one level up, with the fragments spread
// or inlined in them. Introspection counts towards fields and aliases but not depth: the
// introspection query of the playground and of code generators nests type references about ten
// levels down, and validation bounds how deep introspection may go.
func (w *walker) level(sets []selections, depth int, inIntrospection bool) {
	if len(w.levels) < depth {
		w.levels = append(w.levels, new(groups))
	}
	gs := w.levels[depth-1]
	gs.reset()
	for _, s := range sets {
		w.collect(s.set, s.path, gs)
	}
	for i := range gs.list {
		if w.err != nil {
			return
		}
		g := &gs.list[i]
		in := inIntrospection || g.introspection
		if !in && depth > w.depth {
			if w.depth = depth; w.depth > w.limits.maxDepth {
				w.refuse("%s is more than %d levels deep", w.what, w.limits.maxDepth)
				return
			}
		}
		if len(g.children) > 0 {
			w.level(g.children, depth+1, in)
		}
	}
}

// collect adds the fields of set, and of the fragments it spreads or inlines, to their groups.
func (w *walker) collect(set ast.SelectionSet, path *spreadPath, gs *groups) {
	for _, sel := range set {
		if w.err != nil {
			return
		}
		if w.visits++; w.visits > w.limits.maxVisits {
			w.refuse("the document selects more than %d fields once its fragments are expanded", w.limits.maxVisits)
			return
		}
		switch sel := sel.(type) {
		case *ast.Field:
			w.field(sel, path, gs)
		case *ast.InlineFragment:
			w.collect(sel.SelectionSet, path, gs)
		case *ast.FragmentSpread:
			if def := w.fragments[sel.Name]; def != nil && !path.has(sel.Name) {
				w.collect(def.SelectionSet, &spreadPath{name: sel.Name, up: path}, gs)
			}
		}
	}
}

func (w *walker) field(f *ast.Field, path *spreadPath, gs *groups) {
	if w.fields++; w.fields > w.limits.maxFields {
		w.refuse("%s selects more than %d fields once its fragments are expanded", w.what, w.limits.maxFields)
		return
	}
	if f.Alias != f.Name { // the parser sets the alias to the name when there is none
		if w.aliases++; w.aliases > w.limits.maxAliases {
			w.refuse("%s uses more than %d aliases", w.what, w.limits.maxAliases)
			return
		}
	}
	g := gs.of(f.Alias)
	if g.fields++; g.fields > w.limits.maxSameName {
		w.err = refused(gqlerror.ErrorPosf(f.Position, "%s selects %q more than %d times in one selection set",
			w.what, f.Alias, w.limits.maxSameName))
		return
	}
	if f.Name == "__schema" || f.Name == "__type" {
		if !w.limits.introspection {
			w.err = refused(gqlerror.ErrorPosf(f.Position, "introspection is disabled on this server"))
			return
		}
		g.introspection = true
	}
	if len(f.SelectionSet) > 0 {
		g.children = append(g.children, selections{f.SelectionSet, path})
	}
}

func (w *walker) refuse(format string, args ...any) {
	w.err = refused(gqlerror.Errorf(format, args...))
}
