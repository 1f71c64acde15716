//go:build unix

package pgcluster

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// account is the operating-system user the server programs run as. When the caller is root
// (initdb, pg_ctl and postgres all refuse root) it is another user and switch is set.
type account struct {
	name     string
	uid, gid uint32
	switchTo bool
}

// accountFor chooses the user to run the server programs on dir as.
func accountFor(dir string) (account, error) {
	if os.Geteuid() != 0 {
		name := strconv.Itoa(os.Geteuid())
		if u, err := user.Current(); err == nil {
			name = u.Username
		}
		return account{name: name, uid: uint32(os.Geteuid()), gid: uint32(os.Getegid())}, nil
	}
	// An initialised data directory keeps the user that owns it.
	if fi, err := os.Stat(filepath.Join(dir, "PG_VERSION")); err == nil {
		if st, ok := fi.Sys().(*syscall.Stat_t); ok && st.Uid != 0 {
			name := strconv.Itoa(int(st.Uid))
			if u, err := user.LookupId(name); err == nil {
				name = u.Username
			}
			return account{name: name, uid: st.Uid, gid: st.Gid, switchTo: true}, nil
		}
	}
	for _, name := range []string{"postgres", "nobody"} {
		u, err := user.Lookup(name)
		if err != nil {
			continue
		}
		uid, err1 := strconv.ParseUint(u.Uid, 10, 32)
		gid, err2 := strconv.ParseUint(u.Gid, 10, 32)
		if err1 != nil || err2 != nil {
			continue
		}
		return account{name: name, uid: uint32(uid), gid: uint32(gid), switchTo: true}, nil
	}
	return account{}, errors.New("pgcluster: PostgreSQL cannot run as root and neither a postgres nor a nobody user exists: create one (adduser --system postgres) or run as another user")
}

// prepare gives the data directory to the account and checks the account can reach it.
func (a account) prepare(dir string, initialised bool) error {
	if !a.switchTo {
		return nil
	}
	fi, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("pgcluster: %w", err)
	}
	if st, ok := fi.Sys().(*syscall.Stat_t); ok && (st.Uid != a.uid || st.Gid != a.gid) {
		if initialised { // a data directory of root's: hand all of it over
			err = filepath.WalkDir(dir, func(p string, _ fs.DirEntry, err error) error {
				if err != nil {
					return err
				}
				return os.Lchown(p, int(a.uid), int(a.gid))
			})
		} else {
			err = os.Chown(dir, int(a.uid), int(a.gid))
		}
		if err != nil {
			return fmt.Errorf("pgcluster: give %s to user %s: %w", dir, a.name, err)
		}
	}
	if err := os.Chmod(dir, 0o700); err != nil {
		return fmt.Errorf("pgcluster: %w", err)
	}
	for p := filepath.Dir(dir); ; p = filepath.Dir(p) {
		fi, err := os.Stat(p)
		if err != nil {
			return fmt.Errorf("pgcluster: %w", err)
		}
		if st, ok := fi.Sys().(*syscall.Stat_t); ok {
			perm := uint32(fi.Mode().Perm())
			var bit uint32 = 0o001
			switch {
			case st.Uid == a.uid:
				bit = 0o100
			case st.Gid == a.gid:
				bit = 0o010
			}
			if perm&bit == 0 {
				return fmt.Errorf("pgcluster: PostgreSQL runs as user %s (it refuses root), which cannot enter %s (mode %v): make it traversable (chmod o+x %s) or choose a data directory elsewhere",
					a.name, p, fi.Mode().Perm(), p)
			}
		}
		if parent := filepath.Dir(p); parent == p {
			return nil
		}
	}
}

func (a account) chown(path string) error {
	if !a.switchTo {
		return nil
	}
	if err := os.Chown(path, int(a.uid), int(a.gid)); err != nil {
		return fmt.Errorf("pgcluster: give %s to user %s: %w", path, a.name, err)
	}
	return nil
}

// writeFile replaces path atomically with data, owned by the account.
func (a account) writeFile(path string, data []byte) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o600); err != nil {
		return fmt.Errorf("pgcluster: %w", err)
	}
	if err := a.chown(tmp); err != nil {
		os.Remove(tmp)
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("pgcluster: %w", err)
	}
	return nil
}

// run runs a server program as the account and returns its combined output, which is also
// copied to log.
func (a account) run(ctx context.Context, log io.Writer, prog string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, prog, args...)
	cmd.Dir = "/" // the caller's working directory may be closed to the account
	cmd.Env = childEnv()
	var out bytes.Buffer
	cmd.Stdout = io.MultiWriter(&out, log)
	cmd.Stderr = cmd.Stdout
	// pg_ctl start leaves the server running; with -l it writes to its log file, not to our
	// pipe, but do not wait forever should a child keep the pipe open.
	cmd.WaitDelay = 10 * time.Second
	if a.switchTo {
		cmd.SysProcAttr = &syscall.SysProcAttr{
			Credential: &syscall.Credential{Uid: a.uid, Gid: a.gid, Groups: []uint32{}},
		}
	}
	err := cmd.Run()
	return out.Bytes(), err
}

// childEnv is the environment without PG* variables, which could redirect the programs to
// another data directory, port or server.
func childEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "PG") {
			env = append(env, kv)
		}
	}
	return env
}
