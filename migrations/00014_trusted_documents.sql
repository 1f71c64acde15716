-- +goose Up
-- Trusted documents: GraphQL documents registered ahead of time, by the SHA-256 of their text, for
-- the mode (TRUSTED_DOCUMENTS) in which only registered documents run.
--
-- A document belongs to one owner: a partner's API key (api_key_id), which alone may run it, or no
-- key (NULL), the shared documents: the console's, registered by every server at start-up, which
-- every request without a key may run. The same text registered for two owners is two rows, so that
-- one owner's registration never grants another. The hash is checked against the text when it is
-- registered; the text is kept as registered, byte for byte, since the hash is of those bytes.
CREATE TABLE trusted_documents (
    hash          text   NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
    api_key_id    bigint REFERENCES api_keys (id),
    document      text   NOT NULL CHECK (document <> ''),
    registered_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT trusted_documents_owner UNIQUE NULLS NOT DISTINCT (hash, api_key_id)
);

-- +goose Down
DROP TABLE trusted_documents;
