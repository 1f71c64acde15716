package metrics

import (
	"context"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/teleworkmonth/platform/internal/outbox"
)

// ForApp returns the collectors of one running application, read when Prometheus scrapes: its
// database's connection pool, the version of its authorization policy, and its outbox.
func ForApp(db *sqlx.DB, policyVersion func() int64) []prometheus.Collector {
	return []prometheus.Collector{
		collectors.NewDBStatsCollector(db.DB, "primary"),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Namespace: namespace, Name: "policy_version",
			Help: "Version of the authorization policy in force on this instance; it rises with every change of roles or rules.",
		}, func() float64 { return float64(policyVersion()) }),
		outboxCollector{db: db},
	}
}

var (
	outboxBacklog = prometheus.NewDesc(namespace+"_outbox_backlog",
		"Outbox messages not yet delivered (neither sent nor failed for good).", nil, nil)
	outboxOldest = prometheus.NewDesc(namespace+"_outbox_oldest_seconds",
		"Age of the oldest outbox message not yet delivered; 0 when there is none.", nil, nil)
	outboxUp = prometheus.NewDesc(namespace+"_outbox_scrape_ok",
		"1 when the outbox could be read at this scrape, 0 when the database did not answer in time.", nil, nil)
)

// outboxCollector reads the outbox's backlog at each scrape: one statement on the partial index of
// pending messages, with a deadline, so that a slow database makes the scrape report it rather
// than hang.
type outboxCollector struct{ db *sqlx.DB }

func (outboxCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- outboxBacklog
	ch <- outboxOldest
	ch <- outboxUp
}

func (c outboxCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	backlog, oldest, err := outbox.Backlog(ctx, c.db)
	if err != nil {
		ch <- prometheus.MustNewConstMetric(outboxUp, prometheus.GaugeValue, 0)
		return
	}
	ch <- prometheus.MustNewConstMetric(outboxUp, prometheus.GaugeValue, 1)
	ch <- prometheus.MustNewConstMetric(outboxBacklog, prometheus.GaugeValue, float64(backlog))
	ch <- prometheus.MustNewConstMetric(outboxOldest, prometheus.GaugeValue, oldest.Seconds())
}
