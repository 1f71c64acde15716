package server

import (
	"context"
	"encoding/json"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/authz"
	"github.com/teleworkmonth/platform/internal/persisted"
)

// persistedQueries resolves the documents that clients send by hash (extensions.persistedQuery
// {version: 1, sha256Hash}, or documentId, which the transport reads into it), over every
// transport, before any limit looks at the document:
//   - automatic persisted queries (Apollo's PersistedQueryLink, urql's persistedExchange): a hash
//     alone is answered from the per-instance cache, or from the trusted documents, or with the
//     error PersistedQueryNotFound (PERSISTED_QUERY_NOT_FOUND), upon which the client sends the
//     document with its hash. A hash that is not the document's is refused (BAD_USER_INPUT).
//     The document then passes every limit as if it had been sent whole; only once it has passed
//     them all, parsing, validation and cost included, does rememberPersisted cache it, and only
//     when it is at most APQ_MAX_DOCUMENT_BYTES long: the cache holds at most APQ_CACHE_ENTRIES
//     documents of that size, least recently used first out.
//   - trusted documents (TRUSTED_DOCUMENTS, see authz.DocumentsFor): a viewer bound to them runs a
//     document only when it is registered for its owner, whether sent by hash or whole; the cache
//     of automatic persisted queries is neither read nor filled for it. A whole document that is
//     not registered is refused with PERSISTED_QUERY_NOT_ALLOWED.
type persistedQueries struct {
	mode     string              // TRUSTED_DOCUMENTS
	apq      *lru.LRU[string]    // by hash; nil when APQ_CACHE_ENTRIES is 0
	maxBytes int                 // APQ_MAX_DOCUMENT_BYTES
	registry *persisted.Registry // the trusted documents
}

func newPersistedQueries(mode string, entries, maxBytes int, registry *persisted.Registry) *persistedQueries {
	p := &persistedQueries{mode: mode, maxBytes: maxBytes, registry: registry}
	if entries > 0 {
		p.apq = lru.New[string](entries)
	}
	return p
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
} = (*persistedQueries)(nil)

func (*persistedQueries) ExtensionName() string { return "PersistedQueries" }

func (*persistedQueries) Validate(graphql.ExecutableSchema) error { return nil }

// apqPending is a document sent whole with its hash, to be cached once it has passed every limit.
type apqPending struct{ hash, query string }

const apqPendingStat = "apqPending"

func (p *persistedQueries) MutateOperationParameters(ctx context.Context, params *graphql.RawParams) *gqlerror.Error {
	hash, sent, err := persistedHash(params.Extensions)
	if err != nil {
		return gqlerror.WrapIfUnwrapped(err)
	}
	rule := authz.DocumentsFor(authz.ViewerFrom(ctx), p.mode)
	if params.Query == "" {
		if !sent {
			return nil // the executor reports that there is no document
		}
		return p.resolve(ctx, params, hash, rule)
	}
	if sent && persisted.Hash(params.Query) != hash {
		return gqlerror.WrapIfUnwrapped(apperr.Invalid("extensions.persistedQuery.sha256Hash", "the hash is not the SHA-256 of the query"))
	}
	if rule.TrustedOnly {
		if !sent {
			hash = persisted.Hash(params.Query)
		}
		_, ok, err := p.registry.Lookup(ctx, hash, rule.Owner)
		if err != nil {
			return gqlerror.WrapIfUnwrapped(err)
		}
		if !ok {
			return gqlerror.WrapIfUnwrapped(notAllowed())
		}
		return nil
	}
	if sent && p.apq != nil && len(params.Query) <= p.maxBytes {
		graphql.GetOperationContext(ctx).Stats.SetExtension(apqPendingStat, apqPending{hash, params.Query})
	}
	return nil
}

// resolve puts the document of hash in params: from the cache of automatic persisted queries, or
// the trusted documents of the viewer's owner.
func (p *persistedQueries) resolve(ctx context.Context, params *graphql.RawParams, hash string, rule authz.DocumentRule) *gqlerror.Error {
	if !rule.TrustedOnly && p.apq != nil {
		if query, ok := p.apq.Get(ctx, hash); ok {
			params.Query = query
			return nil
		}
	}
	query, ok, err := p.registry.Lookup(ctx, hash, rule.Owner)
	if err != nil {
		return gqlerror.WrapIfUnwrapped(err)
	}
	if !ok {
		// The message is what Apollo's and urql's links look for.
		return gqlerror.WrapIfUnwrapped(apperr.New(apperr.PersistedQueryNotFound, "PersistedQueryNotFound"))
	}
	params.Query = query
	return nil
}

func notAllowed() *apperr.Error {
	return apperr.New(apperr.PersistedQueryNotAllowed,
		"only registered documents run for this credential: send the hash of a registered document (extensions.persistedQuery.sha256Hash)")
}

// persistedHash reads extensions.persistedQuery: its hash (bare hex), and whether it was sent.
func persistedHash(extensions map[string]any) (hash string, sent bool, err error) {
	raw, ok := extensions["persistedQuery"]
	if !ok || raw == nil {
		return "", false, nil
	}
	const field = "extensions.persistedQuery"
	pq, ok := raw.(map[string]any)
	if !ok {
		return "", false, apperr.Invalid(field, "must be an object {version: 1, sha256Hash}")
	}
	switch v := pq["version"].(type) {
	case json.Number: // HTTP decodes numbers exactly
		if v.String() != "1" {
			return "", false, apperr.Invalid(field+".version", "only version 1 is supported")
		}
	case float64: // WebSocket
		if v != 1 {
			return "", false, apperr.Invalid(field+".version", "only version 1 is supported")
		}
	default:
		return "", false, apperr.Invalid(field+".version", "only version 1 is supported")
	}
	s, _ := pq["sha256Hash"].(string)
	if hash, ok = persisted.ParseHash(s); !ok {
		return "", false, apperr.Invalid(field+".sha256Hash", "must be the SHA-256 of the document, 64 lower-case hexadecimal digits")
	}
	return hash, true, nil
}

// rememberPersisted caches the document that a request sent whole with its hash, once it has
// passed every limit (it is used after operationLimits): the cache never holds a document that the
// server would refuse.
type rememberPersisted struct{ p *persistedQueries }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = rememberPersisted{}

func (rememberPersisted) ExtensionName() string { return "RememberPersisted" }

func (rememberPersisted) Validate(graphql.ExecutableSchema) error { return nil }

func (r rememberPersisted) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if pending, ok := oc.Stats.GetExtension(apqPendingStat).(apqPending); ok {
		r.p.apq.Add(ctx, pending.hash, pending.query)
	}
	return nil
}
