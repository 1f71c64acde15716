package app_test

import (
	"os"
	"os/exec"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/teleworkmonth/platform/internal/apptest"
)

// TestDeployFilesNameRealMetrics: every metric that the alerting rules and the Grafana dashboard in
// deploy/ name is one the server exports, so that renaming a metric cannot silently leave an alert
// that never fires or a panel that stays empty; and promtool (when installed: Debian's prometheus
// package) accepts the rules and passes their unit tests.
func TestDeployFilesNameRealMetrics(t *testing.T) {
	s := apptest.New(t, apptest.Options{})
	s.Query(`query DeployCheck { campaigns { fiscalYear } }`, nil)
	families, err := s.App.Metrics.Gather()
	if err != nil {
		t.Fatal(err)
	}
	exported := map[string]bool{"up": true} // Prometheus's own
	for _, f := range families {
		exported[f.GetName()] = true
	}
	metricName := regexp.MustCompile(`\b(?:telework|go_sql|go_memstats|go|process)_[a-z_]+\b`)
	for _, file := range []string{"../../deploy/prometheus/alerts.yml", "../../deploy/grafana/telework.json"} {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		var unknown []string
		for _, name := range metricName.FindAllString(string(b), -1) {
			base := name
			for _, suffix := range []string{"_bucket", "_count", "_sum"} {
				base = strings.TrimSuffix(base, suffix)
			}
			if !exported[name] && !exported[base] {
				unknown = append(unknown, name)
			}
		}
		if len(unknown) > 0 {
			sort.Strings(unknown)
			t.Errorf("%s names metrics the server does not export: %v", file, unknown)
		}
	}

	promtool, err := exec.LookPath("promtool")
	if err != nil {
		t.Log("promtool is not installed (Debian: prometheus): the rules' syntax and unit tests are not checked")
		return
	}
	for _, args := range [][]string{{"check", "rules", "alerts.yml"}, {"test", "rules", "alerts_test.yml"}} {
		cmd := exec.CommandContext(t.Context(), promtool, args...)
		cmd.Dir = "../../deploy/prometheus"
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("promtool %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
}
