package server

import "sync"

// clientConnections counts the WebSocket connections that each client address holds open on this
// instance, so that one client cannot hold them by the thousand (each costs the server its
// goroutines and buffers for as long as it lasts). It is a count of what is open, not a rate: a
// client gets a connection back as soon as it closes one.
type clientConnections struct {
	max  int
	mu   sync.Mutex
	open map[string]int
}

func newClientConnections(max int) *clientConnections {
	return &clientConnections{max: max, open: map[string]int{}}
}

// acquire counts a new connection of the client at addr, unless it already holds the most it may;
// release gives it back, once.
func (c *clientConnections) acquire(addr string) (release func(), ok bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.open[addr] >= c.max {
		return nil, false
	}
	c.open[addr]++
	return sync.OnceFunc(func() {
		c.mu.Lock()
		defer c.mu.Unlock()
		if c.open[addr]--; c.open[addr] <= 0 {
			delete(c.open, addr)
		}
	}), true
}
