package authz

import (
	"context"
	"slices"
	"strings"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/loader"
)

// Vocabulary is what the role templates (the p rules) name: their objects, their actions, and
// which actions each object has.
type Vocabulary struct {
	actionsOn map[string][]string // object → its actions, sorted
	actions   []string            // every action, sorted
}

// newVocabulary indexes the (object, action) pairs of the role templates.
func newVocabulary(pairs map[[2]string]struct{}) *Vocabulary {
	v := &Vocabulary{actionsOn: map[string][]string{}}
	for p := range pairs {
		v.actionsOn[p[0]] = append(v.actionsOn[p[0]], p[1])
		if !slices.Contains(v.actions, p[1]) {
			v.actions = append(v.actions, p[1])
		}
	}
	for _, acts := range v.actionsOn {
		slices.Sort(acts)
	}
	slices.Sort(v.actions)
	return v
}

// Objects returns every object the role templates name, sorted.
func (v *Vocabulary) Objects() []string {
	objs := make([]string, 0, len(v.actionsOn))
	for o := range v.actionsOn {
		objs = append(objs, o)
	}
	slices.Sort(objs)
	return objs
}

// Actions returns every action the role templates name, sorted.
func (v *Vocabulary) Actions() []string { return slices.Clone(v.actions) }

// ActionsOn returns the actions the role templates name on obj, sorted.
func (v *Vocabulary) ActionsOn(obj string) []string { return slices.Clone(v.actionsOn[obj]) }

// CheckQuestion refuses a question about access (Viewer.can, Viewer.ministriesWhere,
// Query.explainAccess) that names what does not exist, with BAD_USER_INPUT naming the argument
// (object, action or ministryCode) and the valid values: an object or action no role template
// names, an action no template names on that object, a ministry code of no ministry
// (ministryCode "" means none was given). Answering such a question would say false for a typo,
// and true for the secretariat in a ministry that does not exist.
func (a *Authorizer) CheckQuestion(ctx context.Context, act, obj, ministryCode string) error {
	if a.policy == nil {
		return nil
	}
	v, err := a.policy.Vocabulary()
	if err != nil {
		return err
	}
	acts, ok := v.actionsOn[obj]
	switch {
	case !ok:
		return apperr.Invalid("object", "%q is not an object of the policy; one of: %s", obj, strings.Join(v.Objects(), ", "))
	case !slices.Contains(v.actions, act):
		return apperr.Invalid("action", "%q is not an action of the policy; one of: %s", act, strings.Join(v.actions, ", "))
	case !slices.Contains(acts, act):
		return apperr.Invalid("action", "%q is not an action on %s; one of: %s", act, obj, strings.Join(acts, ", "))
	}
	return checkMinistryCode(ctx, ministryCode)
}

// checkMinistryCode refuses a ministry code of no ministry; "" (none given) passes.
func checkMinistryCode(ctx context.Context, code string) error {
	if code == "" {
		return nil
	}
	ministries, err := loader.From(ctx).Ministries(ctx)
	if err != nil {
		return err
	}
	codes := make([]string, len(ministries))
	for i, m := range ministries {
		if m.Code == code {
			return nil
		}
		codes[i] = m.Code
	}
	return apperr.Invalid("ministryCode", "%q is not a ministry's code; one of: %s", code, strings.Join(codes, ", "))
}
