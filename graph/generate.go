// Package graph holds the GraphQL execution code that gqlgen generates from schema.graphqls.
// Nobody edits generated.go by hand: change the schema or gqlgen.yml and run `go generate ./...`,
// which runs gqlgen through graph/codegen (gqlgen with a plugin and a few patches to its executor
// templates that make large lists cheap to answer; see there). executor.go holds the helpers the
// patched executor calls.
package graph

//go:generate sh -c "cd .. && exec go run ./graph/codegen"
