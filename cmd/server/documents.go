package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/rs/zerolog"

	"github.com/teleworkmonth/platform/graph"
	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/config"
	"github.com/teleworkmonth/platform/internal/persisted"
	"github.com/teleworkmonth/platform/internal/relay"
)

// documentsActor is who registers documents from the command line, in the audit log.
const documentsActor = "command-line"

// registerDocuments registers the documents of a file that graphql-codegen wrote
// (persisted-documents.json: hash → document) as trusted documents: a partner key's with
// --api-key, the shared ones (which every request without a key may run) without. Each document
// must be valid against the schema; none is registered unless all are.
func registerDocuments(ctx context.Context, cfg config.Config, log zerolog.Logger, args []string, stdin io.Reader) error {
	fs := flag.NewFlagSet("register-documents", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	file := fs.String("file", "", "graphql-codegen's persisted-documents.json; - for standard input")
	apiKey := fs.String("api-key", "", "the partner API key that may run them: its id (ApiKey.id, or the number); none: shared")
	if err := fs.Parse(args); err != nil {
		return usageError{"register-documents: " + err.Error()}
	}
	if *file == "" || fs.NArg() > 0 {
		return usageError{"register-documents: --file is required"}
	}
	owner := persisted.Shared
	if *apiKey != "" {
		var err error
		if owner, err = parseAPIKeyID(*apiKey); err != nil {
			return usageError{"register-documents: --api-key: " + err.Error()}
		}
	}
	in := stdin
	if *file != "-" {
		f, err := os.Open(*file)
		if err != nil {
			return fmt.Errorf("register-documents: %w", err)
		}
		defer f.Close()
		in = f
	}
	docs, err := persisted.ReadFile(in)
	if err != nil {
		return fmt.Errorf("register-documents: %s: %w", *file, err)
	}
	db, err := openForCommand(ctx, cfg)
	if err != nil {
		return err
	}
	defer db.Close()
	registry := persisted.NewRegistry(db, graph.NewExecutableSchema(graph.Config{}).Schema())
	done, err := registry.Register(ctx, owner, docs, documentsActor)
	if e, ok := apperr.As(err); ok && e.Code != apperr.Internal {
		return errors.New("register-documents: " + e.Message)
	}
	if err != nil {
		return err
	}
	log.Info().Int("added", done.Added).Int("known", done.Known).Int64("api_key_id", owner).Msg("documents registered")
	return nil
}

// parseAPIKeyID reads an API key's id: its global ID, as the API shows it, or its number.
func parseAPIKeyID(s string) (int64, error) {
	if n, err := strconv.ParseInt(s, 10, 64); err == nil && n > 0 {
		return n, nil
	}
	id, err := relay.ParseIDOf(relay.KindAPIKey, s)
	if err != nil {
		return 0, errors.New("not the id of an API key")
	}
	return id, nil
}
