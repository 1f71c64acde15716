/* eslint-disable */
import * as types from './graphql';



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
    "mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n  changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n    otherSessionsEnded\n  }\n}": typeof types.ChangePasswordDocument,
    "query EventApplications($id: ID!, $status: ApplicationStatus, $search: String, $after: String) {\n  event(id: $id) {\n    id\n    title {\n      ja\n      en\n    }\n    host {\n      code\n    }\n    capacity\n    seatsRemaining\n    waitlistLength\n    checkedInCount\n    applications(status: $status, search: $search, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reference\n          status\n          waitlistPosition\n          attendance\n          createdAt\n          checkedInAt\n          attendeeName\n          attendeeEmail\n          organization\n        }\n      }\n    }\n  }\n}\n\nquery CanCheckIn($ministryCode: String!) {\n  viewer {\n    canCheckIn: can(\n      action: \"check_in\"\n      object: \"application\"\n      ministryCode: $ministryCode\n    )\n  }\n}\n\nsubscription EventSeats($eventId: ID!) {\n  eventSeatsChanged(eventId: $eventId) {\n    capacity\n    seatsRemaining\n    waitlistLength\n    checkedInCount\n  }\n}": typeof types.EventApplicationsDocument,
    "query DoorEvent($id: ID!) {\n  event(id: $id) {\n    id\n    title {\n      ja\n      en\n    }\n    host {\n      code\n    }\n    capacity\n    seatsRemaining\n    checkedInCount\n  }\n}\n\nquery DoorSearch($id: ID!, $search: String!) {\n  event(id: $id) {\n    id\n    applications(search: $search, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          reference\n          status\n          attendance\n          checkedInAt\n          attendeeName\n          organization\n        }\n      }\n    }\n  }\n}\n\nmutation CheckIn($id: ID!) {\n  checkInApplication(id: $id) {\n    checkedInCount\n    application {\n      id\n      checkedInAt\n    }\n  }\n}\n\nmutation UndoCheckIn($id: ID!) {\n  undoCheckIn(id: $id) {\n    checkedInCount\n    application {\n      id\n      checkedInAt\n    }\n  }\n}": typeof types.DoorEventDocument,
    "query Viewer {\n  viewer {\n    kind\n    email\n    displayName\n    roles {\n      role\n      ministry {\n        code\n        name {\n          ja\n          en\n        }\n      }\n    }\n  }\n}": typeof types.ViewerDocument,
};
const documents: Documents = {
    "mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n  changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n    otherSessionsEnded\n  }\n}": types.ChangePasswordDocument,
    "query EventApplications($id: ID!, $status: ApplicationStatus, $search: String, $after: String) {\n  event(id: $id) {\n    id\n    title {\n      ja\n      en\n    }\n    host {\n      code\n    }\n    capacity\n    seatsRemaining\n    waitlistLength\n    checkedInCount\n    applications(status: $status, search: $search, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reference\n          status\n          waitlistPosition\n          attendance\n          createdAt\n          checkedInAt\n          attendeeName\n          attendeeEmail\n          organization\n        }\n      }\n    }\n  }\n}\n\nquery CanCheckIn($ministryCode: String!) {\n  viewer {\n    canCheckIn: can(\n      action: \"check_in\"\n      object: \"application\"\n      ministryCode: $ministryCode\n    )\n  }\n}\n\nsubscription EventSeats($eventId: ID!) {\n  eventSeatsChanged(eventId: $eventId) {\n    capacity\n    seatsRemaining\n    waitlistLength\n    checkedInCount\n  }\n}": types.EventApplicationsDocument,
    "query DoorEvent($id: ID!) {\n  event(id: $id) {\n    id\n    title {\n      ja\n      en\n    }\n    host {\n      code\n    }\n    capacity\n    seatsRemaining\n    checkedInCount\n  }\n}\n\nquery DoorSearch($id: ID!, $search: String!) {\n  event(id: $id) {\n    id\n    applications(search: $search, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          reference\n          status\n          attendance\n          checkedInAt\n          attendeeName\n          organization\n        }\n      }\n    }\n  }\n}\n\nmutation CheckIn($id: ID!) {\n  checkInApplication(id: $id) {\n    checkedInCount\n    application {\n      id\n      checkedInAt\n    }\n  }\n}\n\nmutation UndoCheckIn($id: ID!) {\n  undoCheckIn(id: $id) {\n    checkedInCount\n    application {\n      id\n      checkedInAt\n    }\n  }\n}": types.DoorEventDocument,
    "query Viewer {\n  viewer {\n    kind\n    email\n    displayName\n    roles {\n      role\n      ministry {\n        code\n        name {\n          ja\n          en\n        }\n      }\n    }\n  }\n}": types.ViewerDocument,
};

/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n  changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n    otherSessionsEnded\n  }\n}"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query EventApplications($id: ID!, $status: ApplicationStatus, $search: String, $after: String) {\n  event(id: $id) {\n    id\n    title {\n      ja\n      en\n    }\n    host {\n      code\n    }\n    capacity\n    seatsRemaining\n    waitlistLength\n    checkedInCount\n    applications(status: $status, search: $search, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reference\n          status\n          waitlistPosition\n          attendance\n          createdAt\n          checkedInAt\n          attendeeName\n          attendeeEmail\n          organization\n        }\n      }\n    }\n  }\n}\n\nquery CanCheckIn($ministryCode: String!) {\n  viewer {\n    canCheckIn: can(\n      action: \"check_in\"\n      object: \"application\"\n      ministryCode: $ministryCode\n    )\n  }\n}\n\nsubscription EventSeats($eventId: ID!) {\n  eventSeatsChanged(eventId: $eventId) {\n    capacity\n    seatsRemaining\n    waitlistLength\n    checkedInCount\n  }\n}"): typeof import('./graphql').EventApplicationsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query DoorEvent($id: ID!) {\n  event(id: $id) {\n    id\n    title {\n      ja\n      en\n    }\n    host {\n      code\n    }\n    capacity\n    seatsRemaining\n    checkedInCount\n  }\n}\n\nquery DoorSearch($id: ID!, $search: String!) {\n  event(id: $id) {\n    id\n    applications(search: $search, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          reference\n          status\n          attendance\n          checkedInAt\n          attendeeName\n          organization\n        }\n      }\n    }\n  }\n}\n\nmutation CheckIn($id: ID!) {\n  checkInApplication(id: $id) {\n    checkedInCount\n    application {\n      id\n      checkedInAt\n    }\n  }\n}\n\nmutation UndoCheckIn($id: ID!) {\n  undoCheckIn(id: $id) {\n    checkedInCount\n    application {\n      id\n      checkedInAt\n    }\n  }\n}"): typeof import('./graphql').DoorEventDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Viewer {\n  viewer {\n    kind\n    email\n    displayName\n    roles {\n      role\n      ministry {\n        code\n        name {\n          ja\n          en\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').ViewerDocument;


export function gql(source: string) {
  return (documents as any)[source] ?? {};
}
