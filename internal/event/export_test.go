package event

import "io"

// SetReferenceSource makes s draw applications' references from r.
func SetReferenceSource(s *Service, r io.Reader) { s.random = r }
