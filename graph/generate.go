// Package graph holds the GraphQL execution code that gqlgen generates from schema.graphqls.
// Nobody edits it by hand: change the schema or gqlgen.yml and run `go generate ./...`, which runs
// gqlgen through graph/codegen (gqlgen with one plugin of ours).
package graph

//go:generate sh -c "cd .. && exec go run ./graph/codegen"
