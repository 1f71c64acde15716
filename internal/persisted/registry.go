package persisted

import (
	"context"
	"slices"
	"strconv"
	"time"

	"github.com/hashicorp/golang-lru/v2/expirable"
	"github.com/jmoiron/sqlx"
	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/validator/rules"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/audit"
	"github.com/teleworkmonth/platform/internal/store"
)

// Shared is the owner of the documents that every request without an API key may run: the
// console's.
const Shared int64 = 0

// Registry is the trusted documents of PostgreSQL, with the ones found lately kept in memory.
type Registry struct {
	db     *sqlx.DB
	schema *ast.Schema
	// found holds documents by owner and hash. It keeps no miss, so that a document registered by
	// another process runs at once; an entry lasts cacheTTL, so that one deleted by hand stops.
	found *expirable.LRU[string, string]
}

const (
	cacheEntries = 1000
	cacheTTL     = 5 * time.Minute
)

// NewRegistry returns the registry of db, which registers only documents valid against schema.
func NewRegistry(db *sqlx.DB, schema *ast.Schema) *Registry {
	return &Registry{db: db, schema: schema, found: expirable.NewLRU[string, string](cacheEntries, nil, cacheTTL)}
}

func cacheKey(owner int64, hash string) string { return strconv.FormatInt(owner, 10) + ":" + hash }

// Lookup returns the document registered under hash (bare hex) for owner: an API key's id, or
// Shared. ok is false when the owner has none.
func (r *Registry) Lookup(ctx context.Context, hash string, owner int64) (document string, ok bool, err error) {
	key := cacheKey(owner, hash)
	if document, ok := r.found.Get(key); ok {
		return document, true, nil
	}
	document, ok, err = store.TrustedDocument(ctx, r.db, hash, owner)
	if ok {
		r.found.Add(key, document)
	}
	return document, ok, err
}

// Registered is what one registration did.
type Registered struct {
	Added, Known int // documents new to the owner, and those it had already
}

// Register registers documents (by bare hex hash, as ReadFile answers them) for owner, an API
// key's id or Shared, in one transaction: each new one is written to the audit log as
// trusted_document.register by actor. It returns BAD_USER_INPUT, registering none, when a hash is
// not its document's, a document is not valid against the schema, or owner is not a live API key.
func (r *Registry) Register(ctx context.Context, owner int64, docs map[string]string, actor string) (Registered, error) {
	var out Registered
	hashes := make([]string, 0, len(docs))
	operations := make(map[string][]string, len(docs))
	for hash, document := range docs {
		if Hash(document) != hash {
			return out, apperr.Invalid("documents", "%s is not the SHA-256 of its document", hash)
		}
		doc, errs := gqlparser.LoadQueryWithRules(r.schema, document, rules.NewDefaultRules())
		if len(errs) > 0 {
			return out, apperr.Invalid("documents", "document %s is not valid against the schema: %s", hash, errs[0].Message)
		}
		for _, op := range doc.Operations {
			operations[hash] = append(operations[hash], op.Name)
		}
		hashes = append(hashes, hash)
	}
	slices.Sort(hashes)
	err := store.InTx(ctx, r.db, func(tx *sqlx.Tx) error {
		if owner != Shared {
			key, err := store.APIKeyByID(ctx, tx, owner)
			if err != nil {
				return err
			}
			if key == nil || key.RevokedAt != nil || key.ExpiresAt != nil && !key.ExpiresAt.After(time.Now()) {
				return apperr.Invalid("apiKey", "no live API key has the id %d", owner)
			}
		}
		for _, hash := range hashes {
			added, err := store.InsertTrustedDocument(ctx, tx, hash, owner, docs[hash])
			if err != nil {
				return err
			}
			if !added {
				out.Known++
				continue
			}
			out.Added++
			after := map[string]any{"hash": hash, "operations": operations[hash]}
			if owner != Shared {
				after["apiKeyId"] = owner
			}
			if err := audit.Record(ctx, tx, audit.Change{Actor: actor, Action: "trusted_document.register",
				ObjectType: "TrustedDocument", ObjectKey: hash, After: after}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return Registered{}, err
	}
	return out, nil
}
