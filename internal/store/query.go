package store

import (
	"strings"

	"github.com/jmoiron/sqlx"
)

// conditions collects the parts of a WHERE clause built from a filter. Parts are written with ?
// placeholders and numbered by finish, so optional parts never disturb each other's numbers. Values
// are always bound as arguments, never written into the SQL.
type conditions struct {
	parts []string
	args  []any
}

func (c *conditions) add(sql string, args ...any) {
	c.parts = append(c.parts, sql)
	c.args = append(c.args, args...)
}

// sql returns the conditions joined with AND, or TRUE when there are none.
func (c *conditions) sql() string {
	if len(c.parts) == 0 {
		return "TRUE"
	}
	return strings.Join(c.parts, " AND ")
}

// finish numbers the placeholders of a query built with conditions.
func finish(query string) string { return sqlx.Rebind(sqlx.DOLLAR, query) }

// containsPattern is an ILIKE pattern matching s anywhere, with LIKE's wildcards in s escaped.
func containsPattern(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return "%" + r.Replace(s) + "%"
}
