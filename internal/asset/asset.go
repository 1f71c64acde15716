// Package asset serves files that are embedded in the binary (the playground's and the console's
// bundles): each is hashed and gzip-compressed once per process, and answered with its ETag, in
// gzip to clients that accept it, with conditional requests and ranges handled by net/http.
package asset

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// File is one served file, with its gzip-compressed copy when that is smaller.
type File struct {
	body, gz    []byte
	contentType string
	// Version is the first 16 hex digits of the SHA-256 of the file: it changes with the file.
	Version string
}

// New prepares data to be served as contentType.
func New(data []byte, contentType string) (*File, error) {
	sum := sha256.Sum256(data)
	f := &File{body: data, contentType: contentType, Version: hex.EncodeToString(sum[:8])}
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write(data)
	if err := zw.Close(); err != nil {
		return nil, err
	}
	if buf.Len() < len(data) {
		f.gz = buf.Bytes()
	}
	return f, nil
}

// Serve answers the file, with its Content-Type and ETag; the caller sets the caching headers.
func (f *File) Serve(w http.ResponseWriter, r *http.Request) {
	hdr := w.Header()
	hdr.Set("Content-Type", f.contentType)
	body, etag := f.body, `"`+f.Version+`"`
	if f.gz != nil {
		hdr.Add("Vary", "Accept-Encoding")
		if acceptsGzip(r) {
			hdr.Set("Content-Encoding", "gzip")
			body, etag = f.gz, `"`+f.Version+`-gz"`
		}
	}
	hdr.Set("ETag", etag)
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(body))
}

// acceptsGzip reports whether the request's Accept-Encoding allows gzip.
func acceptsGzip(r *http.Request) bool {
	for _, v := range r.Header.Values("Accept-Encoding") {
		for part := range strings.SplitSeq(v, ",") {
			coding, params, _ := strings.Cut(part, ";")
			coding = strings.ToLower(strings.TrimSpace(coding))
			if coding != "gzip" && coding != "x-gzip" {
				continue
			}
			q := 1.0
			if k, val, ok := strings.Cut(params, "="); ok && strings.EqualFold(strings.TrimSpace(k), "q") {
				if f, err := strconv.ParseFloat(strings.TrimSpace(val), 64); err == nil {
					q = f
				}
			}
			return q > 0
		}
	}
	return false
}

// Sizes are the file's size and what is sent of it to a client that accepts gzip.
func (f *File) Sizes() (size, gzipped int) {
	if f.gz == nil {
		return len(f.body), len(f.body)
	}
	return len(f.body), len(f.gz)
}
