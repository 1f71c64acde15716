// Package migrations holds the numbered SQL migrations of the database, embedded into the binary.
package migrations

import "embed"

// FS holds every migration file, named NNNNN_description.sql in goose's format.
//
//go:embed *.sql
var FS embed.FS
