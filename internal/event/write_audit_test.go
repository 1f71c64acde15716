package event_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/teleworkmonth/platform/internal/telework"
)

// TestUpdateAuditsWhatWasBefore: the audit entry of an edit records the event as it was before
// it, down to the fields read with its details and description (the deadline, the stream link,
// the venue's address, the description) and its program, and as it is after.
func TestUpdateAuditsWhatWasBefore(t *testing.T) {
	f := newFixture(t)
	n := newEvent("監査される催し", "MIC")
	n.StreamingURL = ptr("https://stream.example.jp/before")
	n.Venue.AddressJa = ptr("東京都千代田区神田駿河台4-6")
	n.ProgramParts = []telework.ProgramPartInput{{TitleJa: "第一部", StartsAt: startsAt, EndsAt: startsAt.Add(time.Hour)}}
	e := f.mustCreate(t, n)

	later := startsAt.Add(-2 * time.Hour)
	_, err := f.svc.Update(f.as["MIC editor"], e.ID, telework.EventChanges{
		ApplicationDeadline: telework.SetTo(later),
		StreamingURL:        telework.SetTo("https://stream.example.jp/after"),
		DescriptionJa:       telework.SetTo("新しい説明"),
		Venue:               telework.SetTo(telework.VenueInput{NameJa: "別の会場", AddressJa: ptr("大阪府大阪市")}),
		ProgramParts:        []telework.ProgramPartInput{{TitleJa: "全体会", StartsAt: startsAt, EndsAt: startsAt.Add(2 * time.Hour)}},
	}, e.Version)
	wantErr(t, err, "", "")

	entries := f.auditOf(t, e.ID)
	if len(entries) != 2 {
		t.Fatalf("%d audit entries, want 2", len(entries))
	}
	type recorded struct {
		ApplicationDeadline *time.Time
		StreamingURL        *string
		DescriptionJa       *string
		VenueAddressJa      *string
		ProgramParts        []struct{ TitleJa string }
	}
	var before, after recorded
	if err := json.Unmarshal(entries[1].Before, &before); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(entries[1].After, &after); err != nil {
		t.Fatal(err)
	}
	if !before.ApplicationDeadline.Equal(*n.ApplicationDeadline) || *before.StreamingURL != "https://stream.example.jp/before" ||
		*before.DescriptionJa != *n.DescriptionJa || *before.VenueAddressJa != "東京都千代田区神田駿河台4-6" ||
		len(before.ProgramParts) != 1 || before.ProgramParts[0].TitleJa != "第一部" {
		t.Errorf("before: %s", entries[1].Before)
	}
	if !after.ApplicationDeadline.Equal(later) || *after.StreamingURL != "https://stream.example.jp/after" ||
		*after.DescriptionJa != "新しい説明" || *after.VenueAddressJa != "大阪府大阪市" ||
		len(after.ProgramParts) != 1 || after.ProgramParts[0].TitleJa != "全体会" {
		t.Errorf("after: %s", entries[1].After)
	}
}
