package award

import (
	"context"

	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
)

// EntrantNames returns the names of the registrants of a page of entries, by registrant ID, as
// Registrant.name answers the viewer: nil for a name the viewer may not see (a registrant not
// listed publicly, for anyone but the secretariat). It reads the page's registrants with one
// statement and keeps none of them, so that an export of every entry runs in the memory of a page.
func (s *Service) EntrantNames(ctx context.Context, entries []*telework.AwardEntry) (map[int64]*string, error) {
	ids := make([]int64, len(entries))
	for i, e := range entries {
		ids[i] = e.RegistrantID
	}
	registrants, err := store.RegistrantsByIDs(ctx, s.db, ids)
	if err != nil {
		return nil, err
	}
	names := make(map[int64]*string, len(registrants))
	for _, r := range registrants {
		if s.authz.CanSeeRegistrantName(ctx, r) {
			names[r.ID] = &r.Name
		} else {
			names[r.ID] = nil
		}
	}
	return names, nil
}
