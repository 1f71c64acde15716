package auth

import (
	"testing"
	"time"
)

// TestArgonWaitsForASlot fills every slot and checks that a hash waits for one to free: the
// memory of password checks is bounded by the slots, however many logins arrive at once.
func TestArgonWaitsForASlot(t *testing.T) {
	for range cap(argonSlots) {
		argonSlots <- struct{}{}
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		if _, err := HashPassword("a password that waits"); err != nil {
			t.Error(err)
		}
	}()
	select {
	case <-done:
		t.Fatal("a hash ran while every slot was taken")
	case <-time.After(100 * time.Millisecond):
	}
	for range cap(argonSlots) {
		<-argonSlots
	}
	<-done
}
