package authz

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/casbin/casbin/v2/model"
	"github.com/casbin/casbin/v2/persist"
	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"
)

// Adapter stores Casbin policy rules in the casbin_rule table: a rule is its ptype and up to six
// values v0..v5, unused values being empty. Every change of the table notifies the servers (a trigger
// of the migration), whichever way it is made.
//
// The methods without a context use context.Background(); each change is one SQL statement, hence
// one transaction, except SavePolicy, which replaces every rule in one transaction.
type Adapter struct {
	db *sqlx.DB
}

// NewAdapter returns an adapter on the casbin_rule table of db.
func NewAdapter(db *sqlx.DB) *Adapter { return &Adapter{db: db} }

var (
	_ persist.BatchAdapter        = (*Adapter)(nil)
	_ persist.ContextBatchAdapter = (*Adapter)(nil)
)

// maxValues is the number of value columns of casbin_rule (v0..v5).
const maxValues = 6

// ruleRow is a casbin_rule row: the ptype, then v0..v5. Rows are comparable, so two loads can be
// compared cheaply.
type ruleRow [1 + maxValues]string

// newRuleRow makes the row of a rule of ptype; a rule of more than six values does not fit the table.
func newRuleRow(ptype string, rule []string) (ruleRow, error) {
	var r ruleRow
	if ptype == "" {
		return r, errors.New("empty ptype")
	}
	if len(rule) > maxValues {
		return r, fmt.Errorf("rule %s %q has %d values; casbin_rule holds at most %d", ptype, rule, len(rule), maxValues)
	}
	r[0] = ptype
	copy(r[1:], rule)
	return r, nil
}

// values returns the rule of r with its trailing empty values dropped, but never fewer values than
// tokens (the number the model defines for the ptype), so that a g2 row gives two values and a g
// row with an empty domain still gives three.
func (r ruleRow) values(tokens int) []string {
	n := maxValues
	for n > 0 && r[n] == "" {
		n--
	}
	n = max(n, min(tokens, maxValues))
	out := make([]string, n)
	copy(out, r[1:1+n])
	return out
}

// loadRows reads the rules that where (a WHERE clause, or "" for every rule) selects, in the order
// they were added.
func loadRows(ctx context.Context, q sqlx.QueryerContext, where string) ([]ruleRow, error) {
	rows, err := q.QueryContext(ctx, `SELECT ptype, v0, v1, v2, v3, v4, v5 FROM casbin_rule `+where+` ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("casbin adapter: load policy: %w", err)
	}
	defer rows.Close()
	var out []ruleRow
	for rows.Next() {
		var r ruleRow
		if err := rows.Scan(&r[0], &r[1], &r[2], &r[3], &r[4], &r[5], &r[6]); err != nil {
			return nil, fmt.Errorf("casbin adapter: load policy: %w", err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("casbin adapter: load policy: %w", err)
	}
	return out, nil
}

// loadTemplatesIfChanged reads the policy's version (raised by every change of casbin_rule) and,
// when it is not known, the role templates: every rule but the role assignments (g and g2), both in
// one snapshot, so that the templates are those of the version.
func (a *Adapter) loadTemplatesIfChanged(ctx context.Context, known int64) (version int64, rows []ruleRow, changed bool, err error) {
	tx, err := a.db.BeginTxx(ctx, &sql.TxOptions{Isolation: sql.LevelRepeatableRead, ReadOnly: true})
	if err != nil {
		return 0, nil, false, fmt.Errorf("casbin adapter: load policy: %w", err)
	}
	defer tx.Rollback()
	if err := tx.GetContext(ctx, &version, `SELECT version FROM casbin_policy_version`); err != nil {
		return 0, nil, false, fmt.Errorf("casbin adapter: policy version: %w", err)
	}
	if version == known {
		return version, nil, false, nil
	}
	if rows, err = loadRows(ctx, tx, `WHERE ptype NOT IN ('g', 'g2')`); err != nil {
		return 0, nil, false, err
	}
	return version, rows, true, tx.Commit()
}

// grantsOf reads the roles of one subject: its g rules (a role in a ministry; one of an empty
// ministry holds nowhere and is left out) and g2 rules (a role in every ministry), with the index of
// the table's unique key (ptype, v0, ...).
func (a *Adapter) grantsOf(ctx context.Context, sub string) ([]Grant, error) {
	rows, err := a.db.QueryContext(ctx, `
		SELECT v1, v2 FROM casbin_rule
		WHERE (ptype = 'g' AND v0 = $1 AND v2 <> '') OR (ptype = 'g2' AND v0 = $1)`, sub)
	if err != nil {
		return nil, fmt.Errorf("casbin adapter: roles of %s: %w", sub, err)
	}
	defer rows.Close()
	var grants []Grant
	for rows.Next() {
		var g Grant
		if err := rows.Scan(&g.Role, &g.MinistryCode); err != nil {
			return nil, fmt.Errorf("casbin adapter: roles of %s: %w", sub, err)
		}
		grants = append(grants, g)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("casbin adapter: roles of %s: %w", sub, err)
	}
	return grants, nil
}

// addRowsToModel adds rows to m, as LoadPolicy does.
func addRowsToModel(m model.Model, rows []ruleRow) error {
	for _, r := range rows {
		ptype := r[0]
		var ast *model.Assertion
		if ptype != "" {
			ast = m[ptype[:1]][ptype]
		}
		if ast == nil {
			return fmt.Errorf("casbin adapter: load policy: ptype %q is not in the model", ptype)
		}
		line := append([]string{ptype}, r.values(len(ast.Tokens))...)
		if err := persist.LoadPolicyArray(line, m); err != nil {
			return fmt.Errorf("casbin adapter: load policy: rule %q: %w", line, err)
		}
	}
	return nil
}

// LoadPolicyCtx loads every rule into m with one SELECT.
func (a *Adapter) LoadPolicyCtx(ctx context.Context, m model.Model) error {
	rows, err := loadRows(ctx, a.db, "")
	if err != nil {
		return err
	}
	return addRowsToModel(m, rows)
}

// LoadPolicy loads every rule into m.
func (a *Adapter) LoadPolicy(m model.Model) error { return a.LoadPolicyCtx(context.Background(), m) }

// SavePolicyCtx replaces every rule of the table with the rules of m, in one transaction: if it
// fails, the table is left as it was.
func (a *Adapter) SavePolicyCtx(ctx context.Context, m model.Model) error {
	var rows []ruleRow
	for _, sec := range []string{"p", "g"} {
		for ptype, ast := range m[sec] {
			for _, rule := range ast.Policy {
				r, err := newRuleRow(ptype, rule)
				if err != nil {
					return fmt.Errorf("casbin adapter: save policy: %w", err)
				}
				rows = append(rows, r)
			}
		}
	}
	tx, err := a.db.BeginTxx(ctx, nil)
	if err != nil {
		return fmt.Errorf("casbin adapter: save policy: begin: %w", err)
	}
	defer tx.Rollback() // a no-op after Commit
	// DELETE rather than TRUNCATE: readers go on seeing the old rules until the commit.
	if _, err := tx.ExecContext(ctx, `DELETE FROM casbin_rule`); err != nil {
		return fmt.Errorf("casbin adapter: save policy: delete the old rules: %w", err)
	}
	if err := insertRuleRows(ctx, tx, rows); err != nil {
		return fmt.Errorf("casbin adapter: save policy: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("casbin adapter: save policy: commit: %w", err)
	}
	return nil
}

// SavePolicy replaces every rule of the table with the rules of m, in one transaction.
func (a *Adapter) SavePolicy(m model.Model) error { return a.SavePolicyCtx(context.Background(), m) }

// AddPolicyCtx adds one rule; adding a rule that exists changes nothing.
func (a *Adapter) AddPolicyCtx(ctx context.Context, sec, ptype string, rule []string) error {
	r, err := newRuleRow(ptype, rule)
	if err != nil {
		return fmt.Errorf("casbin adapter: add policy: %w", err)
	}
	_, err = a.db.ExecContext(ctx, `
		INSERT INTO casbin_rule (ptype, v0, v1, v2, v3, v4, v5) VALUES ($1, $2, $3, $4, $5, $6, $7)
		ON CONFLICT DO NOTHING`, r[0], r[1], r[2], r[3], r[4], r[5], r[6])
	if err != nil {
		return fmt.Errorf("casbin adapter: add policy %s %q: %w", ptype, rule, err)
	}
	return nil
}

// AddPolicy adds one rule; adding a rule that exists changes nothing.
func (a *Adapter) AddPolicy(sec, ptype string, rule []string) error {
	return a.AddPolicyCtx(context.Background(), sec, ptype, rule)
}

// AddPoliciesCtx adds rules in one statement; rules that exist are left as they are.
func (a *Adapter) AddPoliciesCtx(ctx context.Context, sec, ptype string, rules [][]string) error {
	rows, err := newRuleRows(ptype, rules)
	if err != nil {
		return fmt.Errorf("casbin adapter: add policies: %w", err)
	}
	if err := insertRuleRows(ctx, a.db, rows); err != nil {
		return fmt.Errorf("casbin adapter: add policies: %w", err)
	}
	return nil
}

// AddPolicies adds rules in one statement; rules that exist are left as they are.
func (a *Adapter) AddPolicies(sec, ptype string, rules [][]string) error {
	return a.AddPoliciesCtx(context.Background(), sec, ptype, rules)
}

// RemovePolicyCtx removes one rule; removing a rule that does not exist is not an error.
func (a *Adapter) RemovePolicyCtx(ctx context.Context, sec, ptype string, rule []string) error {
	r, err := newRuleRow(ptype, rule)
	if err != nil {
		return fmt.Errorf("casbin adapter: remove policy: %w", err)
	}
	_, err = a.db.ExecContext(ctx, `
		DELETE FROM casbin_rule
		WHERE ptype = $1 AND v0 = $2 AND v1 = $3 AND v2 = $4 AND v3 = $5 AND v4 = $6 AND v5 = $7`,
		r[0], r[1], r[2], r[3], r[4], r[5], r[6])
	if err != nil {
		return fmt.Errorf("casbin adapter: remove policy %s %q: %w", ptype, rule, err)
	}
	return nil
}

// RemovePolicy removes one rule; removing a rule that does not exist is not an error.
func (a *Adapter) RemovePolicy(sec, ptype string, rule []string) error {
	return a.RemovePolicyCtx(context.Background(), sec, ptype, rule)
}

// RemovePoliciesCtx removes rules in one statement.
func (a *Adapter) RemovePoliciesCtx(ctx context.Context, sec, ptype string, rules [][]string) error {
	rows, err := newRuleRows(ptype, rules)
	if err != nil {
		return fmt.Errorf("casbin adapter: remove policies: %w", err)
	}
	if len(rows) == 0 {
		return nil
	}
	_, err = a.db.ExecContext(ctx, `
		DELETE FROM casbin_rule c
		USING unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
			AS r (ptype, v0, v1, v2, v3, v4, v5)
		WHERE c.ptype = r.ptype AND c.v0 = r.v0 AND c.v1 = r.v1 AND c.v2 = r.v2
			AND c.v3 = r.v3 AND c.v4 = r.v4 AND c.v5 = r.v5`, ruleColumns(rows)...)
	if err != nil {
		return fmt.Errorf("casbin adapter: remove %d policies of %s: %w", len(rows), ptype, err)
	}
	return nil
}

// RemovePolicies removes rules in one statement.
func (a *Adapter) RemovePolicies(sec, ptype string, rules [][]string) error {
	return a.RemovePoliciesCtx(context.Background(), sec, ptype, rules)
}

// RemoveFilteredPolicyCtx removes the rules of ptype whose values, from field fieldIndex on, equal
// fieldValues; an empty value matches anything.
func (a *Adapter) RemoveFilteredPolicyCtx(ctx context.Context, sec, ptype string, fieldIndex int, fieldValues ...string) error {
	if fieldIndex < 0 || fieldIndex+len(fieldValues) > maxValues {
		return fmt.Errorf("casbin adapter: remove filtered policy: fields %d..%d out of v0..v%d",
			fieldIndex, fieldIndex+len(fieldValues)-1, maxValues-1)
	}
	var where strings.Builder
	where.WriteString("ptype = $1")
	args := []any{ptype}
	for i, v := range fieldValues {
		if v == "" {
			continue
		}
		args = append(args, v)
		fmt.Fprintf(&where, " AND v%d = $%d", fieldIndex+i, len(args))
	}
	if _, err := a.db.ExecContext(ctx, `DELETE FROM casbin_rule WHERE `+where.String(), args...); err != nil {
		return fmt.Errorf("casbin adapter: remove filtered policy %s from v%d %q: %w", ptype, fieldIndex, fieldValues, err)
	}
	return nil
}

// RemoveFilteredPolicy removes the rules of ptype whose values, from field fieldIndex on, equal
// fieldValues; an empty value matches anything.
func (a *Adapter) RemoveFilteredPolicy(sec, ptype string, fieldIndex int, fieldValues ...string) error {
	return a.RemoveFilteredPolicyCtx(context.Background(), sec, ptype, fieldIndex, fieldValues...)
}

func newRuleRows(ptype string, rules [][]string) ([]ruleRow, error) {
	rows := make([]ruleRow, 0, len(rules))
	for _, rule := range rules {
		r, err := newRuleRow(ptype, rule)
		if err != nil {
			return nil, err
		}
		rows = append(rows, r)
	}
	return rows, nil
}

// columns turns rows into seven text arrays, one per column, for unnest.
func ruleColumns(rows []ruleRow) []any {
	cols := make([]any, len(ruleRow{}))
	for c := range cols {
		col := make([]string, len(rows))
		for i := range rows {
			col[i] = rows[i][c]
		}
		cols[c] = pq.Array(col)
	}
	return cols
}

// insertRows inserts rows in one statement, skipping the rules that exist.
func insertRuleRows(ctx context.Context, db sqlx.ExecerContext, rows []ruleRow) error {
	if len(rows) == 0 {
		return nil
	}
	_, err := db.ExecContext(ctx, `
		INSERT INTO casbin_rule (ptype, v0, v1, v2, v3, v4, v5)
		SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
		ON CONFLICT DO NOTHING`, ruleColumns(rows)...)
	if err != nil {
		return fmt.Errorf("insert %d rules: %w", len(rows), err)
	}
	return nil
}
