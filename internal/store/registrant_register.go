package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/jmoiron/sqlx"

	"github.com/teleworkmonth/platform/internal/telework"
)

// InsertRegistrant creates a registrant from r (its ID, version, status and registration time are
// the table's defaults: version 1, REGISTERED, now) and returns it as stored.
func InsertRegistrant(ctx context.Context, db sqlx.QueryerContext, r *telework.Registrant) (*telework.Registrant, error) {
	var out telework.Registrant
	err := sqlx.GetContext(ctx, db, &out, `
		INSERT INTO registrants AS r (campaign_id, kind, name, name_kana, prefecture, industry, employee_count,
			teleworker_count, telework_introduced, activities, publish_name, contact_name, contact_email, contact_phone)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
		RETURNING `+registrantColumns,
		r.CampaignID, r.Kind, r.Name, r.NameKana, r.Prefecture, r.Industry, r.EmployeeCount,
		r.TeleworkerCount, r.TeleworkIntroduced, r.ActivityList, r.PublishName, r.ContactName, r.ContactEmail, r.ContactPhone)
	if err != nil {
		return nil, mapError(fmt.Errorf("insert registrant: %w", err))
	}
	return &out, nil
}

// UpdateOwnRegistration writes the fields a registrant edits itself, and its status (an approved
// registrant may go back to REGISTERED for review), provided that the stored registrant is still
// at r.Version. It returns the registrant with its version raised, or nil when it has moved on.
func UpdateOwnRegistration(ctx context.Context, db sqlx.QueryerContext, r *telework.Registrant) (*RegistrantDecision, error) {
	var out RegistrantDecision
	err := sqlx.GetContext(ctx, db, &out, `
		UPDATE registrants r SET name = $3, prefecture = $4, industry = $5, employee_count = $6, activities = $7,
			publish_name = $8, contact_name = $9, contact_email = $10, contact_phone = $11, status = $12,
			updated_at = now(), version = r.version + 1
		WHERE r.id = $1 AND r.version = $2
		RETURNING `+registrantColumns+`, r.reject_reason, r.decided_at`,
		r.ID, r.Version, r.Name, r.Prefecture, r.Industry, r.EmployeeCount, r.ActivityList,
		r.PublishName, r.ContactName, r.ContactEmail, r.ContactPhone, r.Status)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, mapError(fmt.Errorf("update registrant %d: %w", r.ID, err))
	}
	return &out, nil
}

// WithdrawRegistrant marks a registrant WITHDRAWN as of now, provided that it is still at
// version, and returns it with its version raised, or nil when it has moved on.
func WithdrawRegistrant(ctx context.Context, db sqlx.QueryerContext, id int64, version int) (*RegistrantDecision, error) {
	var out RegistrantDecision
	err := sqlx.GetContext(ctx, db, &out, `
		UPDATE registrants r SET status = 'WITHDRAWN', withdrawn_at = now(), updated_at = now(),
			version = r.version + 1
		WHERE r.id = $1 AND r.version = $2
		RETURNING `+registrantColumns+`, r.reject_reason, r.decided_at`, id, version)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("withdraw registrant %d: %w", id, err)
	}
	return &out, nil
}

// ShareLockRegistrant returns a registrant and keeps it from changing until the transaction ends,
// while letting others read it the same way: what entering an award takes, so that a withdrawal
// waits for the entry (and then withdraws it too). It returns nil when there is none.
func ShareLockRegistrant(ctx context.Context, db sqlx.QueryerContext, id int64) (*telework.Registrant, error) {
	var r telework.Registrant
	err := sqlx.GetContext(ctx, db, &r, `SELECT `+registrantColumns+` FROM registrants r WHERE r.id = $1 FOR SHARE`, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("share-lock registrant %d: %w", id, err)
	}
	return &r, nil
}

// RegistrantStatusByID returns a registrant's status, or "" when there is no such registrant.
func RegistrantStatusByID(ctx context.Context, db sqlx.QueryerContext, id int64) (telework.RegistrantStatus, error) {
	var status telework.RegistrantStatus
	err := sqlx.GetContext(ctx, db, &status, `SELECT status FROM registrants WHERE id = $1`, id)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("status of registrant %d: %w", id, err)
	}
	return status, nil
}
