package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/jmoiron/sqlx"
)

// InsertTrustedDocument registers a document under its hash for one owner: an API key's id, or 0
// for the shared documents. It reports false when the owner has it registered already.
func InsertTrustedDocument(ctx context.Context, db sqlx.ExecerContext, hash string, apiKeyID int64, document string) (bool, error) {
	res, err := db.ExecContext(ctx, `
		INSERT INTO trusted_documents (hash, api_key_id, document)
		VALUES ($1, NULLIF($2, 0::bigint), $3)
		ON CONFLICT ON CONSTRAINT trusted_documents_owner DO NOTHING`, hash, apiKeyID, document)
	if err != nil {
		return false, mapError(fmt.Errorf("insert trusted document: %w", err))
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("insert trusted document: %w", err)
	}
	return n > 0, nil
}

// TrustedDocument returns the document registered under hash for one owner (an API key's id, or 0
// for the shared documents); ok is false when there is none.
func TrustedDocument(ctx context.Context, db sqlx.QueryerContext, hash string, apiKeyID int64) (document string, ok bool, err error) {
	err = sqlx.GetContext(ctx, db, &document, `
		SELECT document FROM trusted_documents
		WHERE hash = $1 AND api_key_id IS NOT DISTINCT FROM NULLIF($2, 0::bigint)`, hash, apiKeyID)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	if err != nil {
		return "", false, fmt.Errorf("trusted document: %w", err)
	}
	return document, true, nil
}
