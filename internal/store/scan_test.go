package store_test

import (
	"reflect"
	"testing"

	"github.com/jmoiron/sqlx"

	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
)

// TestScannedApplicationsMatchSqlxMapping: lists scan applications by position and writes map the
// same columns by name with sqlx; an application with every column set and one with every
// nullable column null read the same both ways, through the list and by ID.
func TestScannedApplicationsMatchSqlxMapping(t *testing.T) {
	t.Parallel()
	ctx := t.Context()
	db := mustOpenDemo(t)
	var full, bare telework.EventApplication
	if err := db.GetContext(ctx, &full.ID, `UPDATE event_applications SET organization = 'テレワーク協会',
		status = 'WAITLISTED', waitlist_position = 3 WHERE id = (SELECT min(id) FROM event_applications) RETURNING id`); err != nil {
		t.Fatal(err)
	}
	if err := db.GetContext(ctx, &bare.ID, `UPDATE event_applications SET organization = NULL, waitlist_position = NULL,
		status = 'CONFIRMED' WHERE id = (SELECT max(id) FROM event_applications) RETURNING id`); err != nil {
		t.Fatal(err)
	}
	for _, id := range []int64{full.ID, bare.ID} {
		var mapped *telework.EventApplication
		if err := store.InTx(ctx, db, func(tx *sqlx.Tx) (err error) {
			mapped, err = store.LockApplication(ctx, tx, id)
			return err
		}); err != nil || mapped == nil {
			t.Fatalf("lock application %d: %v", id, err)
		}
		byID, err := store.ApplicationsByIDs(ctx, db, []int64{id})
		if err != nil || len(byID) != 1 {
			t.Fatalf("ApplicationsByIDs(%d): %v, %d", id, err, len(byID))
		}
		listed, err := store.ListApplications(ctx, db, store.ApplicationQuery{EventID: mapped.EventID, Limit: 10_000})
		if err != nil {
			t.Fatal(err)
		}
		var inList *telework.EventApplication
		for _, a := range listed {
			if a.ID == id {
				inList = a
			}
		}
		if !reflect.DeepEqual(byID[0], mapped) || !reflect.DeepEqual(inList, mapped) {
			t.Errorf("application %d:\nby ID  %+v\nlisted %+v\nmapped %+v", id, *byID[0], inList, *mapped)
		}
	}
}

// TestScannedRegistrantsMatchSqlxMapping: lists scan registrants by position and writes map the
// same columns by name with sqlx; a registrant with every column set and one with every nullable
// column null, read in one statement, read the same both ways.
func TestScannedRegistrantsMatchSqlxMapping(t *testing.T) {
	t.Parallel()
	ctx := t.Context()
	db := mustOpenDemo(t)
	var full, bare int64
	if err := db.GetContext(ctx, &full, `UPDATE registrants SET kind = 'LOCAL_GOVERNMENT', name_kana = 'テスト', prefecture = 'HOKKAIDO',
		industry = '情報通信業', employee_count = 1200, teleworker_count = 300, telework_introduced = true,
		activities = ARRAY['LEARNING','PROMOTING'], contact_phone = '03-0000-0000', version = version + 2
		WHERE id = (SELECT min(id) FROM registrants) RETURNING id`); err != nil {
		t.Fatal(err)
	}
	if err := db.GetContext(ctx, &bare, `UPDATE registrants SET kind = 'INDIVIDUAL', name_kana = NULL, prefecture = NULL, industry = NULL,
		employee_count = NULL, teleworker_count = NULL, telework_introduced = NULL, activities = ARRAY['PRACTICING'],
		contact_phone = NULL WHERE id = (SELECT max(id) FROM registrants) RETURNING id`); err != nil {
		t.Fatal(err)
	}
	scanned, err := store.RegistrantsByIDs(ctx, db, []int64{full, bare})
	if err != nil || len(scanned) != 2 {
		t.Fatalf("RegistrantsByIDs: %v, %d", err, len(scanned))
	}
	for _, r := range scanned {
		var mapped *telework.Registrant
		if err := store.InTx(ctx, db, func(tx *sqlx.Tx) (err error) {
			mapped, err = store.ShareLockRegistrant(ctx, tx, r.ID)
			return err
		}); err != nil || mapped == nil {
			t.Fatalf("share-lock registrant %d: %v", r.ID, err)
		}
		if !reflect.DeepEqual(r, mapped) {
			t.Errorf("registrant %d:\nscanned %+v\nmapped  %+v", r.ID, *r, *mapped)
		}
	}
}
