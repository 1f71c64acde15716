package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/rs/zerolog"
	"golang.org/x/term"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/config"
	"github.com/teleworkmonth/platform/internal/telework"
	"github.com/teleworkmonth/platform/internal/user"
)

// createUser creates a staff account, reading its password from standard input so that it never
// appears in the process list or the shell history. The first secretariat account is made so.
func createUser(ctx context.Context, cfg config.Config, log zerolog.Logger, args []string, stdin io.Reader) error {
	fs := flag.NewFlagSet("create-user", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	email := fs.String("email", "", "the account's email (its login)")
	name := fs.String("name", "", "the display name")
	role := fs.String("role", "", "SECRETARIAT, MINISTRY_ADMIN, MINISTRY_EDITOR or MINISTRY_VIEWER")
	ministry := fs.String("ministry", "", "the ministry code of a ministry role, e.g. MIC")
	dev := fs.Bool("dev", false, "without DATABASE_URL, use the private PostgreSQL of `server dev` (make run) under DEV_DATA_DIR")
	if err := fs.Parse(args); err != nil {
		return usageError{"create-user: " + err.Error()}
	}
	if *email == "" || *name == "" || fs.NArg() > 0 {
		return usageError{"create-user: --email and --name are required"}
	}
	password, err := readPassword(stdin)
	if err != nil {
		return err
	}
	if *dev && cfg.DatabaseURL == "" {
		stop, err := useDevDatabase(ctx, &cfg, log)
		if err != nil {
			return err
		}
		defer stop()
	}
	db, err := openForCommand(ctx, cfg)
	if err != nil {
		return err
	}
	defer db.Close()
	u, err := user.NewService(db).Create(ctx, user.NewUser{
		Email: *email, DisplayName: *name, Password: password,
		Role: telework.Role(strings.ToUpper(*role)), MinistryCode: *ministry,
	})
	if e, ok := apperr.As(err); ok && e.Code != apperr.Internal {
		return errors.New("create-user: " + e.Message)
	}
	if err != nil {
		return err
	}
	log.Info().Int64("user_id", u.ID).Str("role", *role).Str("ministry", *ministry).Msg("user created")
	return nil
}

// useDevDatabase points cfg at the development database, starting it (and migrating it) when
// `make run` is not running, so that `make user` works with or without it.
func useDevDatabase(ctx context.Context, cfg *config.Config, log zerolog.Logger) (stop func(), err error) {
	if cfg.Production() {
		return nil, errors.New("create-user: --dev does not run with APP_ENV=production")
	}
	databaseURL, stop, err := devDatabase(ctx, *cfg, log)
	if err != nil {
		return nil, err
	}
	cfg.DatabaseURL = databaseURL
	if err := migrateCommand(ctx, *cfg, log); err != nil {
		stop()
		return nil, err
	}
	return stop, nil
}

// maxPasswordLine bounds what is read of standard input: the longest password an account may
// have, four bytes to each of its characters at most, and the line break.
const maxPasswordLine = 4*user.MaxPasswordLength + 2

// readPassword reads one line from stdin, without echo when stdin is a terminal.
func readPassword(stdin io.Reader) (string, error) {
	if f, ok := stdin.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		fmt.Fprintf(os.Stderr, "Password (%d to %d characters): ", user.MinPasswordLength, user.MaxPasswordLength)
		b, err := term.ReadPassword(int(f.Fd()))
		fmt.Fprintln(os.Stderr)
		if err != nil {
			return "", fmt.Errorf("read password: %w", err)
		}
		return string(b), nil
	}
	line, err := bufio.NewReader(io.LimitReader(stdin, maxPasswordLine+1)).ReadString('\n')
	switch {
	case len(line) > maxPasswordLine:
		return "", fmt.Errorf("create-user: password: must be at most %d characters", user.MaxPasswordLength)
	case err != nil && !(errors.Is(err, io.EOF) && line != ""):
		return "", errors.New("create-user: the password must be given on standard input")
	}
	return strings.TrimRight(line, "\r\n"), nil
}
