// Command server is the Telework Month GraphQL server and its operations tools.
//
//	server [serve]       serve the API on LISTEN_ADDR (the default sub-command)
//	server dev           development: a private PostgreSQL when DATABASE_URL is unset, migrations,
//	                     demo data, then serve
//	server migrate       apply the database migrations and exit
//	server seed-demo     load the demo data (idempotent) and exit
//	server create-user --email E --name N [--role ROLE --ministry CODE] [--dev]
//	                     create a staff account; the password is read from standard input
//	server register-documents --file persisted-documents.json [--api-key ID]
//	                     register trusted documents (graphql-codegen's file), a partner key's or shared
//	server healthcheck   exit 0 when the server on LISTEN_ADDR answers /healthz (for containers)
//
// Configuration comes from environment variables only; see the README.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/rs/zerolog"

	"github.com/teleworkmonth/platform/internal/config"
)

// usageError is a mistake on the command line: exit code 2 and the usage.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

const usage = `usage: server [serve | dev | migrate | seed-demo | healthcheck | create-user --email E --name N [--role ROLE --ministry CODE] [--dev]
              | register-documents --file persisted-documents.json [--api-key ID]]

Configuration is read from environment variables (see README.md).`

func main() {
	log := zerolog.New(os.Stderr).With().Timestamp().Logger()
	zerolog.TimeFieldFormat = time.RFC3339Nano

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()

	err := run(ctx, os.Args[1:], log)
	var ue usageError
	switch {
	case err == nil:
	case errors.As(err, &ue):
		fmt.Fprintf(os.Stderr, "%s\n\n%s\n", ue.msg, usage)
		os.Exit(2)
	default:
		log.Error().Err(err).Msg("exiting")
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, log zerolog.Logger) error {
	cfg, err := config.Load(os.Getenv)
	if err != nil {
		return err
	}
	log = log.Level(cfg.LogLevel)
	command := "serve"
	if len(args) > 0 {
		command, args = args[0], args[1:]
	}
	switch command {
	case "serve":
		return serve(ctx, cfg, log)
	case "dev":
		return dev(ctx, cfg, log)
	case "migrate":
		return migrateCommand(ctx, cfg, log)
	case "seed-demo":
		return seedDemo(ctx, cfg, log)
	case "create-user":
		return createUser(ctx, cfg, log, args, os.Stdin)
	case "register-documents":
		return registerDocuments(ctx, cfg, log, args, os.Stdin)
	case "healthcheck":
		return healthcheck(ctx, cfg)
	case "help", "-h", "--help":
		fmt.Println(usage)
		return nil
	default:
		return usageError{fmt.Sprintf("unknown command %q", command)}
	}
}
