// Package graph holds the GraphQL execution code that gqlgen generates from schema.graphqls.
// Nobody edits it by hand: change the schema or gqlgen.yml and run `go generate ./...`.
package graph

//go:generate sh -c "cd .. && exec go tool gqlgen generate --config gqlgen.yml"
