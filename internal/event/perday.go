package event

import (
	"context"
	"strings"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/authz"
	"github.com/teleworkmonth/platform/internal/loader"
	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
)

// ApplicationsPerDay returns how many applications arrived each day (in Japan) for the events of a
// fiscal year that a ministry hosts or co-hosts: counts only, for the dashboard. Anyone who reads
// the ministry's drafts and counts may read them (its staff of every role, the secretariat). It
// returns BAD_USER_INPUT naming fiscalYear for a year out of range or ministryCode for a code of no
// ministry, UNAUTHENTICATED for an
// anonymous viewer and FORBIDDEN for anyone else, an unknown ministry included.
func (s *Service) ApplicationsPerDay(ctx context.Context, fiscalYear int, ministryCode string) ([]*telework.DayCount, error) {
	if fiscalYear < 1989 || fiscalYear > 2200 {
		return nil, apperr.Invalid("fiscalYear", "must be a fiscal year such as 2026")
	}
	code := strings.ToUpper(strings.TrimSpace(ministryCode))
	if err := knownMinistry(ctx, code); err != nil {
		return nil, err
	}
	if err := s.authz.Authorize(ctx, authz.ObjEvent, authz.ActReadDraft, code); err != nil {
		return nil, err
	}
	return store.ApplicationsPerDay(ctx, s.db, fiscalYear, code)
}

// knownMinistry refuses a code of no ministry, which the secretariat, whose roles hold in every
// ministry, would otherwise be answered an empty list for.
func knownMinistry(ctx context.Context, code string) error {
	ministries, err := loader.From(ctx).Ministries(ctx)
	if err != nil {
		return err
	}
	for _, m := range ministries {
		if m.Code == code {
			return nil
		}
	}
	return apperr.Invalid("ministryCode", "%q is not the code of a ministry, such as MIC", code)
}
