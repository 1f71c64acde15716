// Relay's view of the API, for relay-compiler only (npm run relay; not type-checked, and no Relay
// runtime is installed): a paginated list of events with @connection, @refetchable so that
// usePaginationFragment can load more, and the same for registrants. relay-compiler refuses a
// connection whose PageInfo lacks hasPreviousPage or startCursor, and @refetchable needs the
// Node interface and Query.node; so if it compiles these, Relay pages through our lists as they are.
//
// relay-compiler finds the documents by the graphql tag; a Relay application imports it from
// react-relay.
declare function graphql(strings: TemplateStringsArray): unknown;

export const eventsFragment = graphql`
  fragment EventList_events on Query
  @refetchable(queryName: "EventListPaginationQuery")
  @argumentDefinitions(
    fiscalYear: { type: "Int" }
    count: { type: "Int", defaultValue: 20 }
    cursor: { type: "String" }
  ) {
    events(filter: { fiscalYear: $fiscalYear, status: PUBLISHED }, first: $count, after: $cursor)
      @connection(key: "EventList_events") {
      totalCount
      edges {
        node {
          id
          ...EventList_event
        }
      }
    }
  }
`;

export const eventFragment = graphql`
  fragment EventList_event on Event @refetchable(queryName: "EventListEventRefetchQuery") {
    title { text }
    startsAt
    seatsRemaining
    host { code }
  }
`;

export const registrantsFragment = graphql`
  fragment EventList_registrants on Query
  @refetchable(queryName: "EventListRegistrantsPaginationQuery")
  @argumentDefinitions(
    fiscalYear: { type: "Int" }
    count: { type: "Int", defaultValue: 20 }
    cursor: { type: "String" }
  ) {
    registrants(filter: { fiscalYear: $fiscalYear }, first: $count, after: $cursor)
      @connection(key: "EventList_registrants") {
      edges { node { id name kind } }
    }
  }
`;

export const query = graphql`
  query EventListQuery($fiscalYear: Int) {
    ...EventList_events @arguments(fiscalYear: $fiscalYear)
    ...EventList_registrants @arguments(fiscalYear: $fiscalYear)
  }
`;
