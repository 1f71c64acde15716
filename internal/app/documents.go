package app

import (
	"context"
	"time"

	"github.com/teleworkmonth/platform/internal/console"
	"github.com/teleworkmonth/platform/internal/persisted"
)

// consoleDocumentsActor is who registers the console's documents in the audit log.
const consoleDocumentsActor = "server:console"

// registerConsoleDocuments registers the console's documents, embedded in the binary, as shared
// trusted documents, so that the console, which sends their hashes, works whatever
// TRUSTED_DOCUMENTS says. They go to PostgreSQL rather than staying in this process, so that while
// a new version rolls out, an instance of the old one knows the documents of the new console that
// another instance served (registering the same documents again changes nothing).
func (a *App) registerConsoleDocuments(ctx context.Context) error {
	docs, err := console.Documents()
	if err != nil {
		return err
	}
	done, err := a.Documents.Register(ctx, persisted.Shared, docs, consoleDocumentsActor)
	if err != nil {
		return err
	}
	a.consoleDocuments.Store(true)
	if done.Added > 0 {
		a.Log.Info().Int("added", done.Added).Int("known", done.Known).Msg("the console's documents are registered")
	}
	return nil
}

// retryConsoleDocuments registers the console's documents every interval until it succeeds or ctx
// is done, when New could not (the database was not migrated yet).
func (a *App) retryConsoleDocuments(ctx context.Context, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for !a.consoleDocuments.Load() {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if err := a.registerConsoleDocuments(ctx); err != nil && ctx.Err() == nil {
			a.Log.Warn().Err(err).Msg("the console's documents could not be registered yet")
		}
	}
}
