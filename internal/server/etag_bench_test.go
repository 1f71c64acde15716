package server

import (
	"bytes"
	"testing"
)

// BenchmarkEntityTag is what the ETag of a public answer costs: the SHA-256 of an answer the size
// of the public event list's page of 50 (21.8 KB).
func BenchmarkEntityTag(b *testing.B) {
	data := bytes.Repeat([]byte(`{"id":"RXZlbnQ6MQ","title":{"text":"テレワーク"}}`), 21760/54)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		entityTag(mediaJSON, [][]byte{[]byte(`{"data":`), data, []byte(`}`)})
	}
}
