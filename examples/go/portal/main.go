// Command portal is a partner portal's reads of the Telework Month API in Go, with the genqlient client
// of package partner: the campaign of a fiscal year, its published events read page by page, one
// event refetched by its ID, and how many registrants of the public list promote telework.
//
//	go run ./examples/go/portal -url http://localhost:8080/graphql
//
// TELEWORK_API_KEY, when set, is sent as the partner key.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/Khan/genqlient/graphql"

	"github.com/teleworkmonth/platform/examples/go/partner"
)

func main() {
	url := flag.String("url", "http://localhost:8080/graphql", "the API's endpoint")
	fiscalYear := flag.Int("fiscal-year", 2026, "the campaign's fiscal year")
	pageSize := flag.Int("page-size", 20, "events per page, 1 to 100")
	flag.Parse()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c := partner.NewClient(*url, os.Getenv("TELEWORK_API_KEY"), nil)
	if err := run(ctx, os.Stdout, c, *fiscalYear, *pageSize); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(ctx context.Context, w io.Writer, c graphql.Client, fiscalYear, pageSize int) error {
	camp, err := partner.Campaign(ctx, c, fiscalYear)
	if err != nil {
		return err
	}
	if camp.Campaign == nil {
		return fmt.Errorf("there is no campaign of fiscal year %d", fiscalYear)
	}
	fmt.Fprintf(w, "%s (FY%d): %d events, %d registrants\n", camp.Campaign.Name.Text, camp.Campaign.FiscalYear,
		camp.Campaign.Stats.EventCount, camp.Campaign.Stats.RegistrantCount)

	var first string
	n := 0
	for e, err := range partner.PublishedEventsOf(ctx, c, fiscalYear, pageSize) {
		if err != nil {
			return err
		}
		if first == "" {
			first = e.Id
		}
		n++
		seats := "seats not limited"
		if e.SeatsRemaining != nil {
			seats = fmt.Sprintf("%d seats left", *e.SeatsRemaining)
		}
		fmt.Fprintf(w, "%s  %-6s %s (%s)\n", e.StartsAt.In(jst).Format("2006-01-02 15:04"), e.Host.Code, e.Title.Text, seats)
	}
	fmt.Fprintf(w, "%d published events\n", n)

	if first != "" {
		detail, err := partner.EventNode(ctx, c, first)
		if err != nil {
			return err
		}
		ev, ok := detail.Node.(*partner.EventNodeNodeEvent)
		if !ok {
			return errors.New("node(id) did not answer the event the list gave")
		}
		fmt.Fprintf(w, "first event: %s, %s, %d program parts\n", ev.Title.Ja, ev.Status, len(ev.ProgramParts))
	}

	promoting := partner.ActivityCategoryPromoting
	listed := 0
	for _, err := range partner.RegistrantsOf(ctx, c, fiscalYear, &promoting, 100) {
		if err != nil {
			return err
		}
		listed++
	}
	fmt.Fprintf(w, "%d registrants promote telework\n", listed)
	return nil
}

// jst is Japan's time, in which the portal shows times.
var jst = time.FixedZone("JST", 9*60*60)
