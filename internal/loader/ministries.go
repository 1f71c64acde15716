package loader

import (
	"context"

	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
)

// Ministries returns every ministry, in the government's order, read once per request: the few
// dozen rows that checking ministry codes given as arguments needs. It primes the Ministry loader
// with them. A failed read is not remembered; the next call reads again.
func (l *Loaders) Ministries(ctx context.Context) ([]*telework.Ministry, error) {
	l.ministriesMu.Lock()
	defer l.ministriesMu.Unlock()
	if l.ministries != nil {
		return l.ministries, nil
	}
	ministries, err := store.ListMinistries(ctx, l.db)
	if err != nil {
		return nil, err
	}
	for _, m := range ministries {
		l.Ministry.Prime(m.ID, m)
	}
	l.ministries = ministries
	return ministries, nil
}
