package export_test

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"runtime"
	"runtime/metrics"
	"sync"
	"testing"
	"time"

	"github.com/teleworkmonth/platform/internal/relay"
)

// BenchmarkApplicationsExport downloads the applications of one event, with their personal data,
// as the host's admin, through the real handler: the rows a second, and how far the process's
// heap grew above what it held before the download, at its highest while the file streamed. The
// client reads the file in the same process, in a buffer of 32 KB, counting its lines.
func BenchmarkApplicationsExport(b *testing.B) {
	f := newFixture(b, nil)
	_, eventKey, _ := relay.ParseID(f.eventID)
	inserted := 0
	for _, n := range []int{10_000, 100_000} {
		// One statement adds the applications the size lacks, in arrival order.
		if _, err := f.s.DB.Exec(`INSERT INTO event_applications (event_id, attendee_name, attendee_email, organization,
			attendance, status, created_at)
			SELECT $1, '申込者 ' || i, 'bench-' || i || '@example.jp', '株式会社サンプル 第' || (i % 100) || '支社', 'ONLINE',
			       'CONFIRMED', timestamptz '2026-11-01 00:00:00+09' + make_interval(secs => i)
			FROM generate_series($2::int + 1, $3::int) AS i`, eventKey, inserted, n); err != nil {
			b.Fatal(err)
		}
		inserted = n
		b.Run(fmt.Sprintf("%d applications", n), func(b *testing.B) {
			url := f.s.URL + applicationsPath(f.eventID)
			var rows, size int
			var peak growth
			b.ReportAllocs()
			for b.Loop() {
				b.StopTimer()
				runtime.GC()
				before := readHeap()
				stop := sample(before, &peak)
				b.StartTimer()
				rows, size = download(b, url, f.tokens[micAdmin])
				b.StopTimer()
				stop()
				b.StartTimer()
			}
			// The header, the fixture's 5 applications, one of them on two lines.
			if want := 1 + n + 5 + 1; rows != want {
				b.Fatalf("%d lines, want %d", rows, want)
			}
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
			b.ReportMetric(float64(peak.heap)/(1<<20), "peak-heap-growth-MB")
			b.ReportMetric(float64(peak.live)/(1<<20), "peak-live-growth-MB")
			b.ReportMetric(float64(size)/(1<<20), "file-MB")
		})
	}
}

// download fetches a file as a bearer of token and returns how many lines and bytes it has.
func download(b *testing.B, url, token string) (lines, size int) {
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		b.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		b.Fatalf("status %d", resp.StatusCode)
	}
	buf := make([]byte, 32<<10)
	for {
		n, err := resp.Body.Read(buf)
		lines += bytes.Count(buf[:n], []byte("\n")) // each follows a carriage return
		size += n
		if err == io.EOF {
			return lines, size
		}
		if err != nil {
			b.Fatal(err)
		}
	}
}

// heap is what the runtime says of the heap: the bytes of its objects, live or not yet
// collected, and the bytes the last collection found live.
type heap struct{ objects, live uint64 }

// growth is the most the heap grew over a baseline.
type growth struct{ heap, live uint64 }

var heapMetrics = []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/gc/heap/live:bytes"}}

func readHeap() heap {
	s := append([]metrics.Sample(nil), heapMetrics...)
	metrics.Read(s)
	return heap{objects: s[0].Value.Uint64(), live: s[1].Value.Uint64()}
}

// sample reads the heap every millisecond until stop is called, and keeps in peak the most it grew
// above before.
func sample(before heap, peak *growth) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			h := readHeap()
			if h.objects > before.objects {
				peak.heap = max(peak.heap, h.objects-before.objects)
			}
			if h.live > before.live {
				peak.live = max(peak.live, h.live-before.live)
			}
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	})
	return func() { close(done); wg.Wait() }
}
