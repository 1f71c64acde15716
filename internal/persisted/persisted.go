// Package persisted knows GraphQL documents by the SHA-256 of their text: it reads the file of
// documents that graphql-codegen writes (persisted-documents.json), and keeps the trusted documents
// registered in PostgreSQL, the console's and each partner key's, for the mode in which only
// registered documents run (TRUSTED_DOCUMENTS).
package persisted

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// hashPrefix marks a SHA-256 document identifier in the persisted documents of GraphQL over HTTP
// (documentId "sha256:<hex>"), as graphql-codegen writes its hashes.
const hashPrefix = "sha256:"

// Hash is the hex SHA-256 of a document's text, as automatic persisted queries name it.
func Hash(document string) string {
	sum := sha256.Sum256([]byte(document))
	return hex.EncodeToString(sum[:])
}

// ParseHash reads a document's hash as clients send it: 64 lower-case hexadecimal digits, with or
// without the "sha256:" prefix. It answers the digits alone.
func ParseHash(s string) (string, bool) {
	s = strings.TrimPrefix(s, hashPrefix)
	if len(s) != sha256.Size*2 {
		return "", false
	}
	for _, c := range s {
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return "", false
		}
	}
	return s, true
}

// ReadFile reads a file of persisted documents as graphql-codegen's client preset writes it with
// persistedDocuments on (persisted-documents.json): a JSON object of hash to document text. Every
// hash must be the SHA-256 of its document ("sha256:<hex>", codegen's default, or bare hex); the
// answer is keyed by the bare hex. An entry that is not so is an error that names it: a file made
// with hashAlgorithm sha1 or a function of its own cannot be registered.
func ReadFile(r io.Reader) (map[string]string, error) {
	var raw map[string]string
	if err := json.NewDecoder(r).Decode(&raw); err != nil {
		return nil, fmt.Errorf("not a JSON object of hash to document (graphql-codegen's persisted-documents.json): %w", err)
	}
	if len(raw) == 0 {
		return nil, fmt.Errorf("the file holds no documents")
	}
	docs := make(map[string]string, len(raw))
	for key, document := range raw {
		hash, ok := ParseHash(key)
		if !ok {
			return nil, fmt.Errorf("%q is not a SHA-256 hash: generate the file with persistedDocuments.hashAlgorithm sha256", key)
		}
		if Hash(document) != hash {
			return nil, fmt.Errorf("%q is not the SHA-256 of its document", key)
		}
		docs[hash] = document
	}
	return docs, nil
}
