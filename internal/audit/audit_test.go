package audit

import (
	"encoding/json"
	"testing"
)

func TestMaskedHidesPersonalData(t *testing.T) {
	type record struct {
		Name         string
		ContactEmail string
		ContactPhone *string
		AttendeeName string
	}
	raw, err := masked(record{Name: "株式会社テスト", ContactEmail: "taro@example.jp", AttendeeName: "山田太郎"})
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(raw, &got); err != nil {
		t.Fatal(err)
	}
	if got["Name"] != "株式会社テスト" || got["ContactEmail"] != "***" || got["AttendeeName"] != "***" || got["ContactPhone"] != nil {
		t.Errorf("masked = %s", raw)
	}
}
