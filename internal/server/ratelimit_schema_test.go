package server

import (
	"testing"

	"github.com/teleworkmonth/platform/graph"
)

// TestEveryMutationIsClassified: each mutation either is a public write, which anyone may call and
// which is limited per client address (@publicWrite), or needs staff credentials (login has
// throttling of its own). A new mutation fails here until it is put on one side.
func TestEveryMutationIsClassified(t *testing.T) {
	public := map[string]bool{
		"registerActivity": true, "updateMyRegistration": true, "withdrawMyRegistration": true,
		"applyToEvent": true, "cancelEventApplication": true, "submitAwardEntry": true,
		"acceptInvitation": true, "requestPasswordReset": true, "resetPassword": true,
	}
	staff := map[string]bool{
		"login": true, "logout": true, "changePassword": true, "createEvent": true, "updateEvent": true, "publishEvent": true,
		"cancelEvent": true, "createAwardProgram": true, "updateAwardProgram": true, "decideAwardEntry": true,
		"announceAwardProgram": true, "approveRegistrant": true, "rejectRegistrant": true, "createUser": true,
		"grantRole": true, "revokeRole": true, "createApiKey": true, "revokeApiKey": true,
		"checkInApplication": true, "undoCheckIn": true, "inviteStaff": true,
	}
	schema := graph.NewExecutableSchema(graph.Config{}).Schema()
	for _, f := range schema.Mutation.Fields {
		marked := f.Directives.ForName("publicWrite") != nil
		switch {
		case public[f.Name] && !marked:
			t.Errorf("%s is a public write without @publicWrite", f.Name)
		case staff[f.Name] && marked:
			t.Errorf("%s needs staff credentials but is marked @publicWrite", f.Name)
		case !public[f.Name] && !staff[f.Name]:
			t.Errorf("%s is new: mark it @publicWrite if anyone may call it, and list it here", f.Name)
		}
	}
}
