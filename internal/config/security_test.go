package config

import (
	"strings"
	"testing"
)

func TestWebsocketLimits(t *testing.T) {
	c, err := Load(env(nil))
	if err != nil || c.WSMaxSubscriptions != 20 || c.WSMaxConnectionsPerClient != 50 {
		t.Errorf("defaults: %d subscriptions, %d connections, %v; want 20, 50", c.WSMaxSubscriptions, c.WSMaxConnectionsPerClient, err)
	}
	c, err = Load(env(map[string]string{"WS_MAX_SUBSCRIPTIONS": "5", "WS_MAX_CONNECTIONS_PER_CLIENT": "100"}))
	if err != nil || c.WSMaxSubscriptions != 5 || c.WSMaxConnectionsPerClient != 100 {
		t.Errorf("set: %d subscriptions, %d connections, %v; want 5, 100", c.WSMaxSubscriptions, c.WSMaxConnectionsPerClient, err)
	}
	for _, name := range []string{"WS_MAX_SUBSCRIPTIONS", "WS_MAX_CONNECTIONS_PER_CLIENT"} {
		for _, bad := range []string{"0", "-1", "many", "1e3"} {
			if _, err := Load(env(map[string]string{name: bad})); err == nil || !strings.Contains(err.Error(), name) {
				t.Errorf("%s=%q: %v, want an error naming it", name, bad, err)
			}
		}
	}
}
