package console_test

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/teleworkmonth/platform/internal/console"
)

// sources is the npm project the bundle is built from.
const sources = "../../web/console"

// inputFiles lists the inputs of the bundle as web/console/build.mjs does: the build, its
// configuration, the exact package versions, and everything under src/ (generated documents
// included), sorted.
func inputFiles(t *testing.T) []string {
	t.Helper()
	files := []string{"build.mjs", "codegen.yml", "package.json", "package-lock.json", "tsconfig.json"}
	err := filepath.WalkDir(filepath.Join(sources, "src"), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(sources, p)
		files = append(files, filepath.ToSlash(rel))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(files)
	return files
}

func sha256Hex(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// TestBundleIsBuiltFromTheSources fails when the committed bundle is not what the sources in
// web/console produce: a source changed without a rebuild, or an output file edited by hand.
// (CI also rebuilds the bundle with npm and compares it with the committed one: make console-check.)
func TestBundleIsBuiltFromTheSources(t *testing.T) {
	raw, err := fs.ReadFile(console.Assets(), "manifest.json")
	if err != nil {
		t.Fatal(err)
	}
	var m console.Manifest
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	h := sha256.New()
	for _, f := range inputFiles(t) {
		b, err := os.ReadFile(filepath.Join(sources, f))
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(h, "%s\x00%s\n", f, sha256Hex(b))
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != m.Inputs {
		t.Errorf("web/console changed since the bundle was built (inputs %s, the bundle's %s): run make console and commit internal/console/assets", got, m.Inputs)
	}
	entries, err := fs.ReadDir(console.Assets(), ".")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		if e.Name() == "manifest.json" {
			continue
		}
		names = append(names, e.Name())
		b, _ := fs.ReadFile(console.Assets(), e.Name())
		if want, ok := m.Files[e.Name()]; !ok || sha256Hex(b) != want {
			t.Errorf("assets/%s is not the file the build wrote: run make console and commit the result", e.Name())
		}
	}
	if len(names) != len(m.Files) {
		t.Errorf("assets/ holds %v, the build wrote %d files", names, len(m.Files))
	}
}
