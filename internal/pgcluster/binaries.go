package pgcluster

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// binaries is a directory holding initdb, pg_ctl and postgres of one PostgreSQL version.
type binaries struct {
	dir     string
	version string // major version as in PG_VERSION: "15", "9.6"
}

func (b binaries) path(name string) string { return filepath.Join(b.dir, name) }

// candidateDirs lists directories that may hold the server programs, best first: those of PATH,
// then the versioned directories of Debian, the PGDG RPMs and source builds, newest first.
func candidateDirs() []string {
	var dirs []string
	seen := map[string]bool{}
	add := func(d string) {
		if r, err := filepath.EvalSymlinks(d); err == nil {
			d = r
		}
		if !seen[d] {
			seen[d] = true
			dirs = append(dirs, d)
		}
	}
	for _, prog := range []string{"pg_ctl", "initdb", "postgres"} {
		if p, err := exec.LookPath(prog); err == nil {
			if r, err := filepath.EvalSymlinks(p); err == nil {
				p = r
			}
			add(filepath.Dir(p))
		}
	}
	for _, pattern := range versionedDirs {
		matches, _ := filepath.Glob(pattern)
		sort.Slice(matches, func(i, j int) bool {
			return versionLess(versionOfDir(matches[j]), versionOfDir(matches[i]))
		})
		for _, m := range matches {
			add(m)
		}
	}
	for _, d := range fixedDirs {
		add(d)
	}
	return dirs
}

// Where server programs are looked for after PATH (variables for the tests).
var (
	versionedDirs = []string{"/usr/lib/postgresql/*/bin", "/usr/pgsql-*/bin"}
	fixedDirs     = []string{"/usr/local/pgsql/bin"}
)

// versionOfDir extracts "15" from /usr/lib/postgresql/15/bin or /usr/pgsql-15/bin.
func versionOfDir(dir string) string {
	base := filepath.Base(filepath.Dir(dir))
	return strings.TrimPrefix(base, "pgsql-")
}

// versionLess compares dotted version numbers numerically ("9.6" < "10" < "15").
func versionLess(a, b string) bool {
	as, bs := strings.Split(a, "."), strings.Split(b, ".")
	for i := 0; i < len(as) && i < len(bs); i++ {
		x, errx := strconv.Atoi(as[i])
		y, erry := strconv.Atoi(bs[i])
		if errx != nil || erry != nil {
			return as[i] < bs[i]
		}
		if x != y {
			return x < y
		}
	}
	return len(as) < len(bs)
}

// findBinaries returns the first complete set of server programs, of major version want unless
// want is empty.
func findBinaries(ctx context.Context, want string) (binaries, error) {
	var found []string
	for _, dir := range candidateDirs() {
		complete := true
		for _, prog := range []string{"initdb", "pg_ctl", "postgres"} {
			fi, err := os.Stat(filepath.Join(dir, prog))
			if err != nil || fi.IsDir() || fi.Mode()&0o111 == 0 {
				complete = false
				break
			}
		}
		if !complete {
			continue
		}
		v, err := serverVersion(ctx, filepath.Join(dir, "postgres"))
		if err != nil {
			continue
		}
		if want == "" || v == want {
			return binaries{dir: dir, version: v}, nil
		}
		found = append(found, v+" in "+dir)
	}
	if len(found) == 0 {
		return binaries{}, fmt.Errorf("pgcluster: %w", ErrNotInstalled)
	}
	return binaries{}, fmt.Errorf("pgcluster: the data directory was created by PostgreSQL %s but only other versions are installed (%s): install the Debian package postgresql-%s, or remove the data directory to start afresh",
		want, strings.Join(found, ", "), want)
}

// serverVersion runs postgres --version ("postgres (PostgreSQL) 15.20 (Debian ...)") and returns
// the major version as PG_VERSION spells it.
func serverVersion(ctx context.Context, postgres string) (string, error) {
	out, err := exec.CommandContext(ctx, postgres, "--version").Output()
	if err != nil {
		return "", err
	}
	s := string(out)
	if i := strings.Index(s, ")"); i >= 0 {
		s = s[i+1:]
	}
	fields := strings.Fields(s)
	if len(fields) == 0 {
		return "", fmt.Errorf("unexpected output of %s --version: %q", postgres, out)
	}
	parts := strings.Split(fields[0], ".")
	if i := strings.IndexFunc(parts[0], func(r rune) bool { return r < '0' || r > '9' }); i >= 0 {
		parts[0] = parts[0][:i] // "17beta1"
	}
	major, err := strconv.Atoi(parts[0])
	if err != nil {
		return "", fmt.Errorf("unexpected output of %s --version: %q", postgres, out)
	}
	if major < 10 && len(parts) > 1 {
		return parts[0] + "." + parts[1], nil
	}
	return strconv.Itoa(major), nil
}
