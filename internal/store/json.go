package store

import (
	"encoding/json"
	"fmt"
)

// unmarshalCounts reads a JSON aggregate built by json_agg.
func unmarshalCounts(b []byte, v any) error {
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("read aggregate: %w", err)
	}
	return nil
}
