package explain

import (
	"strings"
	"testing"
)

func TestSkipReason(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		sql     string
		analyze bool
		want    string // "" explained, else a part of the reason
	}{
		{name: "select", sql: "SELECT id FROM events WHERE id = $1"},
		{name: "select after a comment", sql: "-- the page\n/* keyset */ SELECT 1"},
		{name: "parenthesized union", sql: "(SELECT 1) UNION ALL (SELECT 2)"},
		{name: "values", sql: "VALUES (1), (2)"},
		{name: "with a read", sql: "WITH m AS (SELECT id FROM ministries) SELECT * FROM m"},
		{name: "with a write", sql: "WITH x AS (UPDATE events SET version = version + 1 RETURNING id) SELECT * FROM x", want: "writes (UPDATE)"},
		{name: "with an insert", sql: "WITH x AS (INSERT INTO t VALUES (1) RETURNING id) SELECT id FROM x", want: "writes"},
		{name: "insert", sql: "INSERT INTO audit_entries (action) VALUES ($1)", want: "not a read (INSERT)"},
		{name: "update", sql: "update events set title_ja = $1", want: "not a read (UPDATE)"},
		{name: "select into", sql: "SELECT * INTO copy FROM events", want: "writes (INTO)"},
		{name: "set", sql: "SET LOCAL statement_timeout = 100", want: "not a read (SET)"},
		{name: "write words inside literals", sql: "SELECT 'INSERT INTO x', \"update\", $$DELETE$$, E'it\\'s delete' FROM events"},
		{name: "standard string ends at a backslash", sql: "SELECT 'a\\' FROM t WHERE x = 'delete'"},
		{name: "locking read, plan only", sql: "SELECT id FROM events WHERE id = $1 FOR UPDATE"},
		{name: "locking read under analyze", sql: "SELECT id FROM events WHERE id = $1 FOR NO KEY UPDATE", analyze: true, want: "locks rows"},
		{name: "shared lock under analyze", sql: "SELECT id FROM events FOR SHARE", analyze: true, want: "locks rows"},
		{name: "advisory lock, plan only", sql: "SELECT pg_advisory_xact_lock($1)"},
		{name: "advisory lock under analyze", sql: "SELECT pg_advisory_lock($1)", analyze: true, want: "calls pg_advisory_lock"},
		{name: "nextval under analyze", sql: "SELECT nextval('events_id_seq')", analyze: true, want: "calls nextval"},
		{name: "a read under analyze", sql: "SELECT id FROM events ORDER BY starts_at, id LIMIT $1", analyze: true},
		{name: "empty", sql: "  -- nothing\n", want: "empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := skipReason(tt.sql, tt.analyze)
			if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
				t.Errorf("skipReason(%q, analyze %v) = %q, want %q", tt.sql, tt.analyze, got, tt.want)
			}
		})
	}
}
