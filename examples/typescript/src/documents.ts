// The partner portal's operations. graphql-codegen reads each graphql() call and writes its types to
// src/gql, so that the variables a call sends and the data it reads are checked by tsc --strict:
// a field the server drops or renames, or an argument whose type changes, fails the type check.
import { graphql } from './gql';

/** The campaign of a fiscal year, with its public counts: the portal's header. */
export const CampaignQuery = graphql(`
  query Campaign($fiscalYear: Int!) {
    campaign(fiscalYear: $fiscalYear) {
      fiscalYear
      eraName
      name { text }
      stats { registrantCount eventCount }
    }
  }
`);

/** A page of the published events of a fiscal year, earliest first, with what a listing shows. */
export const PublishedEventsQuery = graphql(`
  query PublishedEvents($fiscalYear: Int!, $first: Int!, $after: String) {
    events(filter: { fiscalYear: $fiscalYear, status: PUBLISHED }, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        cursor
        node {
          id
          title { text }
          startsAt
          endsAt
          feeYen
          capacity
          seatsRemaining
          onlineStreaming
          venue { name { text } prefecture }
          host { code name { text } }
          coHosts { code }
        }
      }
    }
  }
`);

/** How many events still take applications: the "open now" badge. */
export const OpenEventCountQuery = graphql(`
  query OpenEventCount($fiscalYear: Int!) {
    events(filter: { fiscalYear: $fiscalYear, hasSeats: true }, first: 1) {
      totalCount
    }
  }
`);

/** One event refetched by its global ID, as a detail page does. */
export const EventNodeQuery = graphql(`
  query EventNode($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Event {
        title { ja en text }
        description { text }
        status
        programParts { title { text } startsAt endsAt }
      }
    }
  }
`);

/** The public list of registrants taking part in an activity: names only where they consented. */
export const RegistrantsQuery = graphql(`
  query Registrants($fiscalYear: Int!, $activity: ActivityCategory, $first: Int!, $after: String) {
    registrants(filter: { fiscalYear: $fiscalYear, activity: $activity }, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id name kind industry activities } }
    }
  }
`);
