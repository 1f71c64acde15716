package authz

import (
	"slices"
	"testing"

	"github.com/teleworkmonth/platform/internal/pgtest"
)

// TestVocabularyIsTheConstants: the objects and actions the migrated role templates name are
// those of this package's constants, which the schema's descriptions of Viewer.can,
// Viewer.ministriesWhere and Query.explainAccess list as the valid values.
func TestVocabularyIsTheConstants(t *testing.T) {
	t.Parallel()
	v, err := loadPolicy(t, pgtest.NewDB(t)).Vocabulary()
	if err != nil {
		t.Fatal(err)
	}
	objects := []string{ObjEvent, ObjApplication, ObjAwardProgram, ObjAwardEntry, ObjRegistrant, ObjUser,
		ObjRole, ObjAPIKey, ObjAuditLog, ObjStats, ObjAccess}
	actions := []string{ActRead, ActReadDraft, ActReadPersonal, ActCreate, ActEdit, ActPublish, ActCancel,
		ActAnnounce, ActDecide, ActApprove, ActUpdate, ActGrant, ActRevoke, ActExplain, ActCheckIn}
	slices.Sort(objects)
	slices.Sort(actions)
	if got := v.Objects(); !slices.Equal(got, objects) {
		t.Errorf("objects %v, want %v", got, objects)
	}
	if got := v.Actions(); !slices.Equal(got, actions) {
		t.Errorf("actions %v, want %v", got, actions)
	}
	if got := v.ActionsOn(ObjEvent); !slices.Equal(got, []string{ActCancel, ActCreate, ActEdit, ActPublish, ActReadDraft}) {
		t.Errorf("actions on event %v", got)
	}
}
