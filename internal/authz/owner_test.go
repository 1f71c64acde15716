package authz_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestOnlyAuthzWritesCasbinRules: casbin_rule has one owner, this package (grant_rows.go for the
// role assignments, the Adapter for the templates), so that every change of the policy goes
// through the same code, in the caller's transaction. The benchmark's bulk loader (cmd/bench) may
// insert fixtures directly; migrations own the templates' history.
func TestOnlyAuthzWritesCasbinRules(t *testing.T) {
	write := regexp.MustCompile(`(?i)(INSERT\s+INTO|DELETE\s+FROM|UPDATE|TRUNCATE)\s+casbin_rule\b`)
	root := "../.."
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		if d.IsDir() {
			if rel == "node_modules" || strings.HasPrefix(rel, "web") || strings.HasPrefix(rel, ".") && rel != "." {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") ||
			strings.HasPrefix(rel, "internal/authz/") || strings.HasPrefix(rel, "cmd/bench/") {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if write.Match(b) {
			t.Errorf("%s writes casbin_rule: go through internal/authz (InsertGrant, DeleteGrant)", rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
