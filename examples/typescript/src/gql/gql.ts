/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Campaign($fiscalYear: Int!) {\n    campaign(fiscalYear: $fiscalYear) {\n      fiscalYear\n      eraName\n      name { text }\n      stats { registrantCount eventCount }\n    }\n  }\n": typeof types.CampaignDocument,
    "\n  query PublishedEvents($fiscalYear: Int!, $first: Int!, $after: String) {\n    events(filter: { fiscalYear: $fiscalYear, status: PUBLISHED }, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges {\n        cursor\n        node {\n          id\n          title { text }\n          startsAt\n          endsAt\n          feeYen\n          capacity\n          seatsRemaining\n          onlineStreaming\n          venue { name { text } prefecture }\n          host { code name { text } }\n          coHosts { code }\n        }\n      }\n    }\n  }\n": typeof types.PublishedEventsDocument,
    "\n  query OpenEventCount($fiscalYear: Int!) {\n    events(filter: { fiscalYear: $fiscalYear, hasSeats: true }, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.OpenEventCountDocument,
    "\n  query EventNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Event {\n        title { ja en text }\n        description { text }\n        status\n        programParts { title { text } startsAt endsAt }\n      }\n    }\n  }\n": typeof types.EventNodeDocument,
    "\n  query Registrants($fiscalYear: Int!, $activity: ActivityCategory, $first: Int!, $after: String) {\n    registrants(filter: { fiscalYear: $fiscalYear, activity: $activity }, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name kind industry activities } }\n    }\n  }\n": typeof types.RegistrantsDocument,
};
const documents: Documents = {
    "\n  query Campaign($fiscalYear: Int!) {\n    campaign(fiscalYear: $fiscalYear) {\n      fiscalYear\n      eraName\n      name { text }\n      stats { registrantCount eventCount }\n    }\n  }\n": types.CampaignDocument,
    "\n  query PublishedEvents($fiscalYear: Int!, $first: Int!, $after: String) {\n    events(filter: { fiscalYear: $fiscalYear, status: PUBLISHED }, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges {\n        cursor\n        node {\n          id\n          title { text }\n          startsAt\n          endsAt\n          feeYen\n          capacity\n          seatsRemaining\n          onlineStreaming\n          venue { name { text } prefecture }\n          host { code name { text } }\n          coHosts { code }\n        }\n      }\n    }\n  }\n": types.PublishedEventsDocument,
    "\n  query OpenEventCount($fiscalYear: Int!) {\n    events(filter: { fiscalYear: $fiscalYear, hasSeats: true }, first: 1) {\n      totalCount\n    }\n  }\n": types.OpenEventCountDocument,
    "\n  query EventNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Event {\n        title { ja en text }\n        description { text }\n        status\n        programParts { title { text } startsAt endsAt }\n      }\n    }\n  }\n": types.EventNodeDocument,
    "\n  query Registrants($fiscalYear: Int!, $activity: ActivityCategory, $first: Int!, $after: String) {\n    registrants(filter: { fiscalYear: $fiscalYear, activity: $activity }, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name kind industry activities } }\n    }\n  }\n": types.RegistrantsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Campaign($fiscalYear: Int!) {\n    campaign(fiscalYear: $fiscalYear) {\n      fiscalYear\n      eraName\n      name { text }\n      stats { registrantCount eventCount }\n    }\n  }\n"): (typeof documents)["\n  query Campaign($fiscalYear: Int!) {\n    campaign(fiscalYear: $fiscalYear) {\n      fiscalYear\n      eraName\n      name { text }\n      stats { registrantCount eventCount }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublishedEvents($fiscalYear: Int!, $first: Int!, $after: String) {\n    events(filter: { fiscalYear: $fiscalYear, status: PUBLISHED }, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges {\n        cursor\n        node {\n          id\n          title { text }\n          startsAt\n          endsAt\n          feeYen\n          capacity\n          seatsRemaining\n          onlineStreaming\n          venue { name { text } prefecture }\n          host { code name { text } }\n          coHosts { code }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublishedEvents($fiscalYear: Int!, $first: Int!, $after: String) {\n    events(filter: { fiscalYear: $fiscalYear, status: PUBLISHED }, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges {\n        cursor\n        node {\n          id\n          title { text }\n          startsAt\n          endsAt\n          feeYen\n          capacity\n          seatsRemaining\n          onlineStreaming\n          venue { name { text } prefecture }\n          host { code name { text } }\n          coHosts { code }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenEventCount($fiscalYear: Int!) {\n    events(filter: { fiscalYear: $fiscalYear, hasSeats: true }, first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query OpenEventCount($fiscalYear: Int!) {\n    events(filter: { fiscalYear: $fiscalYear, hasSeats: true }, first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Event {\n        title { ja en text }\n        description { text }\n        status\n        programParts { title { text } startsAt endsAt }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Event {\n        title { ja en text }\n        description { text }\n        status\n        programParts { title { text } startsAt endsAt }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Registrants($fiscalYear: Int!, $activity: ActivityCategory, $first: Int!, $after: String) {\n    registrants(filter: { fiscalYear: $fiscalYear, activity: $activity }, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name kind industry activities } }\n    }\n  }\n"): (typeof documents)["\n  query Registrants($fiscalYear: Int!, $activity: ActivityCategory, $first: Int!, $after: String) {\n    registrants(filter: { fiscalYear: $fiscalYear, activity: $activity }, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name kind industry activities } }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;