package server

// The limits of a document and of a response, for the tests of package server_test.
const (
	MaxSameName       = maxSameName
	MaxResponseErrors = maxResponseErrors
)
