/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Where an event application stands. */
export type ApplicationStatus =
  /** Cancelled by the applicant. */
  | 'CANCELLED'
  /** Has a place. */
  | 'CONFIRMED'
  /** Waiting for a seat to free up; see `waitlistPosition`. */
  | 'WAITLISTED';

/** How an applicant attends an event. */
export type Attendance =
  /** At the venue: takes a seat. */
  | 'IN_PERSON'
  /** Through the online stream: takes no seat. */
  | 'ONLINE';

/** A staff role. Every role but `SECRETARIAT` holds in one ministry. */
export type Role =
  /** Manages one ministry's events, award programs, entries, applications, users and roles. */
  | 'MINISTRY_ADMIN'
  /** Creates and edits one ministry's events and award programs and decides its entries. */
  | 'MINISTRY_EDITOR'
  /** Reads one ministry's drafts, counts and statistics; no personal data. */
  | 'MINISTRY_VIEWER'
  /** テレワーク月間事務局: works across every ministry. */
  | 'SECRETARIAT';

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: { otherSessionsEnded: number } };

export type EventApplicationsQueryVariables = Exact<{
  id: string | number;
  status?: ApplicationStatus | null | undefined;
  search?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type EventApplicationsQuery = { event: { id: string, capacity: number | null, seatsRemaining: number | null, waitlistLength: number, checkedInCount: number | null, title: { ja: string, en: string | null }, host: { code: string }, applications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, reference: string | null, status: ApplicationStatus, waitlistPosition: number | null, attendance: Attendance, createdAt: string, checkedInAt: string | null, attendeeName: string | null, attendeeEmail: string | null, organization: string | null } }> } | null } | null };

export type CanCheckInQueryVariables = Exact<{
  ministryCode: string;
}>;


export type CanCheckInQuery = { viewer: { canCheckIn: boolean } };

export type EventSeatsSubscriptionVariables = Exact<{
  eventId: string | number;
}>;


export type EventSeatsSubscription = { eventSeatsChanged: { capacity: number | null, seatsRemaining: number | null, waitlistLength: number, checkedInCount: number | null } };

export type DoorEventQueryVariables = Exact<{
  id: string | number;
}>;


export type DoorEventQuery = { event: { id: string, capacity: number | null, seatsRemaining: number | null, checkedInCount: number | null, title: { ja: string, en: string | null }, host: { code: string } } | null };

export type DoorSearchQueryVariables = Exact<{
  id: string | number;
  search: string;
}>;


export type DoorSearchQuery = { event: { id: string, applications: { totalCount: number, edges: Array<{ node: { id: string, reference: string | null, status: ApplicationStatus, attendance: Attendance, checkedInAt: string | null, attendeeName: string | null, organization: string | null } }> } | null } | null };

export type CheckInMutationVariables = Exact<{
  id: string | number;
}>;


export type CheckInMutation = { checkInApplication: { checkedInCount: number, application: { id: string, checkedInAt: string | null } } };

export type UndoCheckInMutationVariables = Exact<{
  id: string | number;
}>;


export type UndoCheckInMutation = { undoCheckIn: { checkedInCount: number, application: { id: string, checkedInAt: string | null } } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { kind: string, email: string | null, displayName: string | null, roles: Array<{ role: Role, ministry: { code: string, name: { ja: string, en: string | null } } | null }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
    otherSessionsEnded
  }
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const EventApplicationsDocument = new TypedDocumentString(`
    query EventApplications($id: ID!, $status: ApplicationStatus, $search: String, $after: String) {
  event(id: $id) {
    id
    title {
      ja
      en
    }
    host {
      code
    }
    capacity
    seatsRemaining
    waitlistLength
    checkedInCount
    applications(status: $status, search: $search, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reference
          status
          waitlistPosition
          attendance
          createdAt
          checkedInAt
          attendeeName
          attendeeEmail
          organization
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EventApplicationsQuery, EventApplicationsQueryVariables>;
export const CanCheckInDocument = new TypedDocumentString(`
    query CanCheckIn($ministryCode: String!) {
  viewer {
    canCheckIn: can(
      action: "check_in"
      object: "application"
      ministryCode: $ministryCode
    )
  }
}
    `) as unknown as TypedDocumentString<CanCheckInQuery, CanCheckInQueryVariables>;
export const EventSeatsDocument = new TypedDocumentString(`
    subscription EventSeats($eventId: ID!) {
  eventSeatsChanged(eventId: $eventId) {
    capacity
    seatsRemaining
    waitlistLength
    checkedInCount
  }
}
    `) as unknown as TypedDocumentString<EventSeatsSubscription, EventSeatsSubscriptionVariables>;
export const DoorEventDocument = new TypedDocumentString(`
    query DoorEvent($id: ID!) {
  event(id: $id) {
    id
    title {
      ja
      en
    }
    host {
      code
    }
    capacity
    seatsRemaining
    checkedInCount
  }
}
    `) as unknown as TypedDocumentString<DoorEventQuery, DoorEventQueryVariables>;
export const DoorSearchDocument = new TypedDocumentString(`
    query DoorSearch($id: ID!, $search: String!) {
  event(id: $id) {
    id
    applications(search: $search, first: 20) {
      totalCount
      edges {
        node {
          id
          reference
          status
          attendance
          checkedInAt
          attendeeName
          organization
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DoorSearchQuery, DoorSearchQueryVariables>;
export const CheckInDocument = new TypedDocumentString(`
    mutation CheckIn($id: ID!) {
  checkInApplication(id: $id) {
    checkedInCount
    application {
      id
      checkedInAt
    }
  }
}
    `) as unknown as TypedDocumentString<CheckInMutation, CheckInMutationVariables>;
export const UndoCheckInDocument = new TypedDocumentString(`
    mutation UndoCheckIn($id: ID!) {
  undoCheckIn(id: $id) {
    checkedInCount
    application {
      id
      checkedInAt
    }
  }
}
    `) as unknown as TypedDocumentString<UndoCheckInMutation, UndoCheckInMutationVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    kind
    email
    displayName
    roles {
      role
      ministry {
        code
        name {
          ja
          en
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;