package explain

import "strings"

// skipReason says why a statement is not explained, or "" when it may be. Only reads are
// explained: a SELECT, VALUES or TABLE statement, or a WITH whose parts are all reads. Under
// ANALYZE, which runs the statement, locking reads (FOR UPDATE, FOR SHARE) and reads that call a
// function with an effect outside the transaction (advisory locks, sequences, notifications) are
// skipped too, although the transaction is read-only and rolled back.
func skipReason(sql string, analyze bool) string {
	words := keywords(sql)
	if len(words) == 0 {
		return "empty statement"
	}
	switch words[0] {
	case "select", "values", "table", "with":
	default:
		return "not a read (" + strings.ToUpper(words[0]) + ")"
	}
	for i, w := range words {
		switch w {
		case "insert", "delete", "merge", "into", "truncate":
			return "writes (" + strings.ToUpper(w) + ")"
		case "update":
			// FOR UPDATE and FOR NO KEY UPDATE lock rows; any other UPDATE writes them.
			if i == 0 || (words[i-1] != "for" && words[i-1] != "key") {
				return "writes (UPDATE)"
			}
			if analyze {
				return "locks rows (FOR UPDATE): not run under ANALYZE"
			}
		case "share":
			if analyze && i > 0 && (words[i-1] == "for" || words[i-1] == "key") {
				return "locks rows (FOR SHARE): not run under ANALYZE"
			}
		}
		if analyze && hasEffect(w) {
			return "calls " + w + ": not run under ANALYZE"
		}
	}
	return ""
}

// hasEffect reports whether a function name is one whose effect outlives a rolled-back transaction
// or reaches other sessions.
func hasEffect(name string) bool {
	return strings.HasPrefix(name, "pg_advisory") || strings.HasPrefix(name, "pg_try_advisory") ||
		name == "nextval" || name == "setval" || name == "pg_notify" || name == "set_config" ||
		name == "pg_sleep" || name == "dblink"
}

// keywords returns the words of a SQL statement in lower case: keywords, names and function
// names, without string literals, quoted identifiers, comments, numbers or punctuation.
func keywords(sql string) []string {
	var words []string
	for i := 0; i < len(sql); {
		c := sql[i]
		switch {
		case c == '-' && strings.HasPrefix(sql[i:], "--"):
			i = skipTo(sql, i+2, "\n")
		case c == '/' && strings.HasPrefix(sql[i:], "/*"):
			i = skipTo(sql, i+2, "*/")
		case c == '\'':
			i = skipQuoted(sql, i+1, '\'', false)
		case c == '"':
			i = skipQuoted(sql, i+1, '"', false)
		case c == '$' && dollarTag(sql[i:]) != "":
			tag := dollarTag(sql[i:])
			i = skipTo(sql, i+len(tag), tag)
		case c == '_' || isLetter(c):
			j := i
			for j < len(sql) && (sql[j] == '_' || sql[j] == '$' || isLetter(sql[j]) || isDigit(sql[j])) {
				j++
			}
			// E'…', B'…', X'…': the letter is the prefix of a literal, not a word; only in E'…'
			// does a backslash escape the quote.
			if j-i == 1 && j < len(sql) && sql[j] == '\'' {
				i = skipQuoted(sql, j+1, '\'', c == 'E' || c == 'e')
				continue
			}
			words = append(words, strings.ToLower(sql[i:j]))
			i = j
		default:
			i++
		}
	}
	return words
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// skipTo returns the index just past the next end at or after i, or len(sql).
func skipTo(sql string, i int, end string) int {
	if k := strings.Index(sql[i:], end); k >= 0 {
		return i + k + len(end)
	}
	return len(sql)
}

// skipQuoted returns the index just past the quote that closes a literal or identifier starting at
// i; a doubled quote stands for itself, and so does a quote after a backslash when
// backslashEscapes (E'…').
func skipQuoted(sql string, i int, quote byte, backslashEscapes bool) int {
	for i < len(sql) {
		if backslashEscapes && sql[i] == '\\' {
			i += 2
			continue
		}
		if sql[i] == quote {
			if i+1 < len(sql) && sql[i+1] == quote {
				i += 2
				continue
			}
			return i + 1
		}
		i++
	}
	return len(sql)
}

// dollarTag returns the opening tag of a dollar-quoted string at the start of s ($$ or $tag$), or
// "" when s starts with a parameter such as $1.
func dollarTag(s string) string {
	for j := 1; j < len(s); j++ {
		switch c := s[j]; {
		case c == '$':
			return s[:j+1]
		case c == '_' || isLetter(c) || (j > 1 && isDigit(c)):
		default:
			return ""
		}
	}
	return ""
}
