package authz

import (
	"context"
	"testing"
)

func TestEventDecisionsAreRememberedPerRequestAndKey(t *testing.T) {
	calls := 0
	decide := func(answer bool) func() bool {
		return func() bool { calls++; return answer }
	}
	ctx := WithEventDecisions(context.Background())
	personal := eventDecisionKey{ObjApplication, ActReadPersonal, 7}
	for range 3 {
		if !rememberedEventDecision(ctx, personal, decide(true)) {
			t.Fatal("want the first decision, allowed")
		}
	}
	if calls != 1 {
		t.Fatalf("decided %d times for one key, want once", calls)
	}
	// Another action or another event is another question.
	if rememberedEventDecision(ctx, eventDecisionKey{ObjApplication, ActRead, 7}, decide(false)) ||
		rememberedEventDecision(ctx, eventDecisionKey{ObjApplication, ActReadPersonal, 8}, decide(false)) {
		t.Fatal("a different key took the remembered answer")
	}
	// Another request remembers nothing of this one; no memo at all decides every time.
	if rememberedEventDecision(WithEventDecisions(context.Background()), personal, decide(false)) ||
		rememberedEventDecision(context.Background(), personal, decide(false)) {
		t.Fatal("a decision leaked out of its request")
	}
	if calls != 5 {
		t.Fatalf("decided %d times, want 5", calls)
	}
}
