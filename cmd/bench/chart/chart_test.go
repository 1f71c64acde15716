package chart_test

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"math"
	"strings"
	"testing"

	"github.com/teleworkmonth/platform/cmd/bench/chart"
)

// sweep is a concurrency sweep of two servers like the benchmark's.
var sweep = []chart.Series{
	{Name: "ours", Points: []chart.Point{
		{Concurrency: 1, Throughput: 61, P99Ms: 24}, {Concurrency: 2, Throughput: 104, P99Ms: 31},
		{Concurrency: 4, Throughput: 139, P99Ms: 52}, {Concurrency: 8, Throughput: 150, P99Ms: 118},
		{Concurrency: 16, Throughput: 153, P99Ms: 315}, {Concurrency: 32, Throughput: 149, P99Ms: 602},
		{Concurrency: 64, Throughput: 146, P99Ms: 1210}}},
	{Name: "baseline", Points: []chart.Point{
		{Concurrency: 64, Throughput: 598, P99Ms: 590}, {Concurrency: 1, Throughput: 210, P99Ms: 7.5},
		{Concurrency: 2, Throughput: 390, P99Ms: 9}, {Concurrency: 4, Throughput: 560, P99Ms: 17},
		{Concurrency: 8, Throughput: 615, P99Ms: 60}, {Concurrency: 16, Throughput: 627, P99Ms: 159},
		{Concurrency: 32, Throughput: 611, P99Ms: 301}}},
}

func TestWrite(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		title  string
		series []chart.Series
		want   []string // in the document
	}{
		{name: "sweep", title: "Public event list\nscale 1, 20 s per point", series: sweep,
			want: []string{"ours", "baseline", "Public event list", "scale 1, 20 s per point", "Throughput", "p99 latency", ">64<"}},
		{name: "single point", title: "one run", series: []chart.Series{{Name: "ours", Points: []chart.Point{{Concurrency: 16, Throughput: 153, P99Ms: 315}}}},
			want: []string{"ours", ">16<"}},
		{name: "zero values", title: "nothing measured", series: []chart.Series{
			{Name: "ours", Points: []chart.Point{{Concurrency: 1}, {Concurrency: 4}}},
			{Name: "baseline", Points: []chart.Point{{Concurrency: 1}}}},
			want: []string{">0<", ">1<"}},
		{name: "text is escaped", title: `<script>alert("x")</script> & co`, series: []chart.Series{
			{Name: "ours <v2> & \x01friends", Points: []chart.Point{{Concurrency: 3, Throughput: 0.4, P99Ms: 0.25}}}},
			want: []string{"&lt;script&gt;", "ours &lt;v2&gt; &amp; \uFFFDfriends"}},
		{name: "Japanese names", title: "テレワーク月間", series: []chart.Series{
			{Name: "本システム", Points: []chart.Point{{Concurrency: 1, Throughput: 12_500, P99Ms: 3}}}},
			want: []string{"本システム", "12,500"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var buf bytes.Buffer
			if err := chart.Write(&buf, tt.title, tt.series); err != nil {
				t.Fatal(err)
			}
			svg := buf.String()
			mustParseXML(t, svg)
			for _, s := range tt.want {
				if !strings.Contains(svg, s) {
					t.Errorf("the SVG lacks %q", s)
				}
			}
			for _, bad := range []string{"NaN", "Inf", "<script"} {
				if strings.Contains(svg, bad) {
					t.Errorf("the SVG contains %q", bad)
				}
			}
		})
	}
}

// mustParseXML reads the whole document and checks that its root is an SVG 1.1 element.
func mustParseXML(t *testing.T, doc string) {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(doc))
	var root *xml.StartElement
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("the SVG is not well-formed XML: %v\n%s", err, doc)
		}
		if se, ok := tok.(xml.StartElement); ok && root == nil {
			root = &se
		}
	}
	if root == nil || root.Name.Local != "svg" || root.Name.Space != "http://www.w3.org/2000/svg" {
		t.Fatalf("the root element is %v, want svg in the SVG namespace", root)
	}
}

func TestWriteRefusesWhatItCannotDraw(t *testing.T) {
	t.Parallel()
	point := func(p chart.Point) []chart.Series { return []chart.Series{{Name: "ours", Points: []chart.Point{p}}} }
	tests := []struct {
		name   string
		series []chart.Series
	}{
		{"no series", nil},
		{"a series without points", []chart.Series{{Name: "ours"}}},
		{"concurrency 0", point(chart.Point{Concurrency: 0, Throughput: 1, P99Ms: 1})},
		{"NaN throughput", point(chart.Point{Concurrency: 1, Throughput: math.NaN(), P99Ms: 1})},
		{"infinite p99", point(chart.Point{Concurrency: 1, Throughput: 1, P99Ms: math.Inf(1)})},
		{"negative throughput", point(chart.Point{Concurrency: 1, Throughput: -1, P99Ms: 1})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var buf bytes.Buffer
			if err := chart.Write(&buf, "title", tt.series); err == nil {
				t.Error("Write = nil error, want one")
			}
			if buf.Len() > 0 {
				t.Errorf("Write wrote %d bytes before failing", buf.Len())
			}
		})
	}
}
