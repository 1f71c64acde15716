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

/** A new event. It starts as a draft, visible only to its ministries' staff until published. */
export type CreateEventInput = {
  /** When applications close, not after the start; omit to close when full. */
  applicationDeadline?: string | null | undefined;
  /** In-person seats; omit for no limit. */
  capacity?: number | null | undefined;
  /** The co-hosting ministries' codes (not the host's). */
  coHostMinistryCodes?: Array<string> | null | undefined;
  /** The description in English, up to 5,000 characters; line breaks allowed. */
  descriptionEn?: string | null | undefined;
  /** The description in Japanese, up to 5,000 characters; line breaks allowed. */
  descriptionJa?: string | null | undefined;
  /** When the event ends: after it begins. */
  endsAt: string;
  /** The fee in yen, 0 when free. */
  feeYen: number;
  /** The fiscal year of the campaign the event belongs to. */
  fiscalYear: number;
  /** The hosting ministry's code; the caller must be allowed to create events there. */
  hostMinistryCode: string;
  /** What kind of event it is. */
  kind: EventKind;
  /** Whether the event is streamed online. */
  onlineStreaming: boolean;
  /** The parts of the program in order, at most 20, each within the event's times; omit for none. */
  programParts?: Array<ProgramPartInput> | null | undefined;
  /** When the event begins. */
  startsAt: string;
  /**
   * The link to the online stream, an http or https address of at most 2,000 characters: shown only
   * to confirmed applicants and the event's staff.
   */
  streamingUrl?: string | null | undefined;
  /** Whether the times are still provisional (予定); false when omitted. */
  tentative?: boolean | null | undefined;
  /** The title in English, up to 200 characters. */
  titleEn?: string | null | undefined;
  /** The title in Japanese, 1 to 200 characters. */
  titleJa: string;
  /** Where the event takes place; omit for an online-only event. */
  venue?: VenueInput | null | undefined;
};

/** Which events to list. Every field narrows the list; omitted fields do not. */
export type EventFilter = {
  /** Events of this campaign's fiscal year. */
  fiscalYear?: number | null | undefined;
  /**
   * When true, only events where a seat can still be taken: published, before the application
   * deadline (or the start, when there is none), with in-person seats free or not limited (online-only
   * events are not limited). When false, every other event: full, closed, cancelled, past its deadline.
   */
  hasSeats?: boolean | null | undefined;
  /** Events of this kind. */
  kind?: EventKind | null | undefined;
  /** Events this ministry hosts or co-hosts. */
  ministryCode?: string | null | undefined;
  /** When true, only events with no venue (online only); when false, only events with a venue. */
  onlineOnly?: boolean | null | undefined;
  /** Events whose venue is in this prefecture. */
  prefecture?: Prefecture | null | undefined;
  /** Events whose title or description contains this text (Japanese or English, case-insensitive; 1 to 100 characters). */
  search?: string | null | undefined;
  /** Events that start at or after this time. */
  startsAfter?: string | null | undefined;
  /** Events that start before this time. */
  startsBefore?: string | null | undefined;
  /** Events in this status. The public sees published, closed and cancelled events only. */
  status?: EventStatus | null | undefined;
};

/** What kind of event an event is. */
export type EventKind =
  /** 表彰式: an award ceremony. */
  | 'AWARD_CEREMONY'
  /** Anything else. */
  | 'OTHER'
  /** セミナー */
  | 'SEMINAR'
  /** シンポジウム */
  | 'SYMPOSIUM'
  /** ワークショップ */
  | 'WORKSHOP';

/** Where an event stands. */
export type EventStatus =
  /** Called off. */
  | 'CANCELLED'
  /** Over, or no longer taking applications. */
  | 'CLOSED'
  /** Being prepared: visible only to its ministries' staff and the secretariat. */
  | 'DRAFT'
  /** Public: open for applications until its deadline or until full. */
  | 'PUBLISHED';

/** A person to invite to the console, and the role they get. */
export type InviteStaffInput = {
  /** The name shown for the account, 1 to 100 characters. */
  displayName: string;
  /** The person's email, at most 254 characters: the invitation goes there, and it is their login. */
  email: string;
  /** The ministry the role holds in; omit for `SECRETARIAT`. */
  ministryCode?: string | null | undefined;
  /** The role the person gets: no role above the inviter's own; only the secretariat invites SECRETARIAT. */
  role: Role;
};

/** The 47 prefectures of Japan (都道府県), north to south in the order of the national code (JIS X 0401). */
export type Prefecture =
  /** 愛知県 */
  | 'AICHI'
  /** 秋田県 */
  | 'AKITA'
  /** 青森県 */
  | 'AOMORI'
  /** 千葉県 */
  | 'CHIBA'
  /** 愛媛県 */
  | 'EHIME'
  /** 福井県 */
  | 'FUKUI'
  /** 福岡県 */
  | 'FUKUOKA'
  /** 福島県 */
  | 'FUKUSHIMA'
  /** 岐阜県 */
  | 'GIFU'
  /** 群馬県 */
  | 'GUNMA'
  /** 広島県 */
  | 'HIROSHIMA'
  /** 北海道 */
  | 'HOKKAIDO'
  /** 兵庫県 */
  | 'HYOGO'
  /** 茨城県 */
  | 'IBARAKI'
  /** 石川県 */
  | 'ISHIKAWA'
  /** 岩手県 */
  | 'IWATE'
  /** 香川県 */
  | 'KAGAWA'
  /** 鹿児島県 */
  | 'KAGOSHIMA'
  /** 神奈川県 */
  | 'KANAGAWA'
  /** 高知県 */
  | 'KOCHI'
  /** 熊本県 */
  | 'KUMAMOTO'
  /** 京都府 */
  | 'KYOTO'
  /** 三重県 */
  | 'MIE'
  /** 宮城県 */
  | 'MIYAGI'
  /** 宮崎県 */
  | 'MIYAZAKI'
  /** 長野県 */
  | 'NAGANO'
  /** 長崎県 */
  | 'NAGASAKI'
  /** 奈良県 */
  | 'NARA'
  /** 新潟県 */
  | 'NIIGATA'
  /** 大分県 */
  | 'OITA'
  /** 岡山県 */
  | 'OKAYAMA'
  /** 沖縄県 */
  | 'OKINAWA'
  /** 大阪府 */
  | 'OSAKA'
  /** 佐賀県 */
  | 'SAGA'
  /** 埼玉県 */
  | 'SAITAMA'
  /** 滋賀県 */
  | 'SHIGA'
  /** 島根県 */
  | 'SHIMANE'
  /** 静岡県 */
  | 'SHIZUOKA'
  /** 栃木県 */
  | 'TOCHIGI'
  /** 徳島県 */
  | 'TOKUSHIMA'
  /** 東京都 */
  | 'TOKYO'
  /** 鳥取県 */
  | 'TOTTORI'
  /** 富山県 */
  | 'TOYAMA'
  /** 和歌山県 */
  | 'WAKAYAMA'
  /** 山形県 */
  | 'YAMAGATA'
  /** 山口県 */
  | 'YAMAGUCHI'
  /** 山梨県 */
  | 'YAMANASHI';

/**
 * One part of an event's program, e.g. 第一部 表彰式. Errors about a part name it by its place in the
 * list, from 0: `input.programParts.1.endsAt`.
 */
export type ProgramPartInput = {
  /** When the part ends: after it begins, and not after the event ends. */
  endsAt: string;
  /** When the part begins: not before the event begins. */
  startsAt: string;
  /** The part's title in English, up to 200 characters. */
  titleEn?: string | null | undefined;
  /** The part's title in Japanese, 1 to 200 characters. */
  titleJa: string;
};

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

/** A role of a staff member in a ministry, to grant or revoke. */
export type RoleInput = {
  /** The staff member's email, at most 254 characters. */
  email: string;
  /** The ministry the role holds in; omit for `SECRETARIAT`. */
  ministryCode?: string | null | undefined;
  /** The role. */
  role: Role;
};

/** Where a staff account stands. */
export type StaffStatus =
  /** Has a password and may sign in. */
  | 'ACTIVE'
  /** Disabled: may not sign in. */
  | 'DISABLED'
  /** Invited: has not set a password with the invitation's link yet, so cannot sign in. */
  | 'INVITED';

/**
 * Changes to an event: omitted fields stay as they are. For the fields an event may lack (the English
 * title, the descriptions, the venue, the stream link, the capacity, the deadline), null clears the
 * field: no English title, online only, no limit, until full. Any other field given null stays as it is.
 */
export type UpdateEventInput = {
  /** When applications close, not after the start; null: when the event is full (定員になり次第). */
  applicationDeadline?: string | null | undefined;
  /** In-person seats: not fewer than the seats already taken; null: no limit. */
  capacity?: number | null | undefined;
  /** The co-hosting ministries' codes, replacing the current ones. */
  coHostMinistryCodes?: Array<string> | null | undefined;
  /** The description in English, up to 5,000 characters; line breaks allowed; null removes it. */
  descriptionEn?: string | null | undefined;
  /** The description in Japanese, up to 5,000 characters; line breaks allowed; null removes it. */
  descriptionJa?: string | null | undefined;
  /** When the event ends. */
  endsAt?: string | null | undefined;
  /** The fee in yen. */
  feeYen?: number | null | undefined;
  /** What kind of event it is. */
  kind?: EventKind | null | undefined;
  /** Whether the event is streamed online. */
  onlineStreaming?: boolean | null | undefined;
  /**
   * The parts of the program in order, replacing the current ones (an empty list removes them all):
   * at most 20, each within the event's times.
   */
  programParts?: Array<ProgramPartInput> | null | undefined;
  /** When the event begins. */
  startsAt?: string | null | undefined;
  /** The link to the online stream, an http or https address of at most 2,000 characters; null removes it. */
  streamingUrl?: string | null | undefined;
  /** Whether the times are still provisional (予定). */
  tentative?: boolean | null | undefined;
  /** The title in English, up to 200 characters; null removes it. */
  titleEn?: string | null | undefined;
  /** The title in Japanese, 1 to 200 characters. */
  titleJa?: string | null | undefined;
  /** The venue, replacing the current one; null: online only. */
  venue?: VenueInput | null | undefined;
};

/** A venue of an event. */
export type VenueInput = {
  /** The street address in English, up to 500 characters. */
  addressEn?: string | null | undefined;
  /** The street address in Japanese, up to 500 characters. */
  addressJa?: string | null | undefined;
  /** The venue's name in English, up to 200 characters. */
  nameEn?: string | null | undefined;
  /** The venue's name in Japanese, e.g. 御茶ノ水ソラシティ 2F ホール, 1 to 200 characters. */
  nameJa: string;
  /** The prefecture the venue is in. */
  prefecture?: Prefecture | null | undefined;
};

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

export type EventQueryVariables = Exact<{
  id: string | number;
}>;


export type EventQuery = { event: { id: string, version: number, status: EventStatus, kind: EventKind, startsAt: string, endsAt: string, tentative: boolean, onlineStreaming: boolean, streamingUrl: string | null, feeYen: number, capacity: number | null, seatsTaken: number, waitlistLength: number, applicationDeadline: string | null, title: { ja: string, en: string | null }, description: { ja: string, en: string | null } | null, programParts: Array<{ startsAt: string, endsAt: string, title: { ja: string, en: string | null } }>, venue: { prefecture: Prefecture | null, name: { ja: string, en: string | null }, address: { ja: string, en: string | null } | null } | null, host: { code: string, name: { ja: string, en: string | null } }, coHosts: Array<{ code: string }>, campaign: { fiscalYear: number, eraName: string } } | null, ministries: Array<{ code: string, name: { ja: string, en: string | null } }> };

export type EventRightsQueryVariables = Exact<{
  host: string;
}>;


export type EventRightsQuery = { viewer: { canEdit: boolean, canPublish: boolean, canCancel: boolean, canCheckIn: boolean, readsApplications: Array<{ code: string }> } };

export type UpdateEventMutationVariables = Exact<{
  id: string | number;
  input: UpdateEventInput;
  expectedVersion: number;
}>;


export type UpdateEventMutation = { updateEvent: { event: { id: string, version: number, status: EventStatus, kind: EventKind, startsAt: string, endsAt: string, tentative: boolean, onlineStreaming: boolean, streamingUrl: string | null, feeYen: number, capacity: number | null, seatsTaken: number, waitlistLength: number, applicationDeadline: string | null, title: { ja: string, en: string | null }, description: { ja: string, en: string | null } | null, programParts: Array<{ startsAt: string, endsAt: string, title: { ja: string, en: string | null } }>, venue: { prefecture: Prefecture | null, name: { ja: string, en: string | null }, address: { ja: string, en: string | null } | null } | null, host: { code: string, name: { ja: string, en: string | null } }, coHosts: Array<{ code: string }>, campaign: { fiscalYear: number, eraName: string } } } };

export type EventActionQueryVariables = Exact<{
  id: string | number;
}>;


export type EventActionQuery = { event: { id: string, version: number, status: EventStatus, startsAt: string, endsAt: string, tentative: boolean, capacity: number | null, applicationDeadline: string | null, title: { ja: string, en: string | null }, host: { code: string, name: { ja: string, en: string | null } }, confirmed: { totalCount: number } | null, waitlisted: { totalCount: number } | null } | null };

export type PublishEventMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishEventMutation = { publishEvent: { event: { id: string, status: EventStatus } } };

export type CancelEventMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelEventMutation = { cancelEvent: { event: { id: string, status: EventStatus } } };

export type EventFieldsFragment = { id: string, version: number, status: EventStatus, kind: EventKind, startsAt: string, endsAt: string, tentative: boolean, onlineStreaming: boolean, streamingUrl: string | null, feeYen: number, capacity: number | null, seatsTaken: number, waitlistLength: number, applicationDeadline: string | null, title: { ja: string, en: string | null }, description: { ja: string, en: string | null } | null, programParts: Array<{ startsAt: string, endsAt: string, title: { ja: string, en: string | null } }>, venue: { prefecture: Prefecture | null, name: { ja: string, en: string | null }, address: { ja: string, en: string | null } | null } | null, host: { code: string, name: { ja: string, en: string | null } }, coHosts: Array<{ code: string }>, campaign: { fiscalYear: number, eraName: string } };

export type EventFormChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type EventFormChoicesQuery = { campaigns: Array<{ fiscalYear: number, eraName: string }>, ministries: Array<{ code: string, name: { ja: string, en: string | null } }> };

export type CreateEventMutationVariables = Exact<{
  input: CreateEventInput;
}>;


export type CreateEventMutation = { createEvent: { event: { id: string } } };

export type EventListQueryVariables = Exact<{
  filter: EventFilter;
  first: number;
  after?: string | null | undefined;
}>;


export type EventListQuery = { campaigns: Array<{ fiscalYear: number, eraName: string }>, ministries: Array<{ code: string, name: { ja: string, en: string | null } }>, events: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, startsAt: string, endsAt: string, tentative: boolean, status: EventStatus, capacity: number | null, seatsTaken: number, waitlistLength: number, title: { ja: string, en: string | null }, venue: { prefecture: Prefecture | null } | null, host: { code: string, name: { ja: string, en: string | null } } } }> } };

export type AcceptInvitationMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { email: string } };

export type ResetPasswordMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type ResetPasswordMutation = { resetPassword: { email: string } };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { kind: string, email: string | null, displayName: string | null, roles: Array<{ role: Role, ministry: { code: string, name: { ja: string, en: string | null } } | null }>, eventReadMinistries: Array<{ code: string, name: { ja: string, en: string | null } }>, staffMinistries: Array<{ code: string, name: { ja: string, en: string | null } }>, eventCreateMinistries: Array<{ code: string, name: { ja: string, en: string | null } }> } };

export type StaffListQueryVariables = Exact<{
  ministryCode?: string | null | undefined;
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type StaffListQuery = { staff: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { email: string, displayName: string, status: StaffStatus, roles: Array<{ role: Role, ministry: { code: string, name: { ja: string, en: string | null } } | null }> } }> } };

export type StaffMemberQueryVariables = Exact<{
  search: string;
}>;


export type StaffMemberQuery = { staff: { edges: Array<{ node: { email: string, displayName: string, status: StaffStatus } }> } };

export type GrantRoleMutationVariables = Exact<{
  input: RoleInput;
}>;


export type GrantRoleMutation = { grantRole: { roles: Array<{ role: Role }> } };

export type RevokeRoleMutationVariables = Exact<{
  input: RoleInput;
}>;


export type RevokeRoleMutation = { revokeRole: { roles: Array<{ role: Role }> } };

export type ExplainAccessQueryVariables = Exact<{
  email: string;
  action: string;
  object: string;
  ministryCode?: string | null | undefined;
}>;


export type ExplainAccessQuery = { explainAccess: { allowed: boolean, matchedRule: string | null, roles: Array<{ role: Role, ministry: { code: string, name: { ja: string, en: string | null } } | null }> } };

export type InviteStaffMutationVariables = Exact<{
  input: InviteStaffInput;
}>;


export type InviteStaffMutation = { inviteStaff: { expiresAt: string, staffMember: { email: string, displayName: string } } };

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
export const EventFieldsFragmentDoc = new TypedDocumentString(`
    fragment EventFields on Event {
  id
  version
  status
  kind
  title {
    ja
    en
  }
  description {
    ja
    en
  }
  startsAt
  endsAt
  tentative
  programParts {
    title {
      ja
      en
    }
    startsAt
    endsAt
  }
  venue {
    name {
      ja
      en
    }
    address {
      ja
      en
    }
    prefecture
  }
  onlineStreaming
  streamingUrl
  feeYen
  capacity
  seatsTaken
  waitlistLength
  applicationDeadline
  host {
    code
    name {
      ja
      en
    }
  }
  coHosts {
    code
  }
  campaign {
    fiscalYear
    eraName
  }
}
    `, {"fragmentName":"EventFields"}) as unknown as TypedDocumentString<EventFieldsFragment, unknown>;
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
export const EventDocument = new TypedDocumentString(`
    query Event($id: ID!) {
  event(id: $id) {
    ...EventFields
  }
  ministries {
    code
    name {
      ja
      en
    }
  }
}
    fragment EventFields on Event {
  id
  version
  status
  kind
  title {
    ja
    en
  }
  description {
    ja
    en
  }
  startsAt
  endsAt
  tentative
  programParts {
    title {
      ja
      en
    }
    startsAt
    endsAt
  }
  venue {
    name {
      ja
      en
    }
    address {
      ja
      en
    }
    prefecture
  }
  onlineStreaming
  streamingUrl
  feeYen
  capacity
  seatsTaken
  waitlistLength
  applicationDeadline
  host {
    code
    name {
      ja
      en
    }
  }
  coHosts {
    code
  }
  campaign {
    fiscalYear
    eraName
  }
}`) as unknown as TypedDocumentString<EventQuery, EventQueryVariables>;
export const EventRightsDocument = new TypedDocumentString(`
    query EventRights($host: String!) {
  viewer {
    canEdit: can(action: "edit", object: "event", ministryCode: $host)
    canPublish: can(action: "publish", object: "event", ministryCode: $host)
    canCancel: can(action: "cancel", object: "event", ministryCode: $host)
    canCheckIn: can(action: "check_in", object: "application", ministryCode: $host)
    readsApplications: ministriesWhere(action: "read", object: "application") {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<EventRightsQuery, EventRightsQueryVariables>;
export const UpdateEventDocument = new TypedDocumentString(`
    mutation UpdateEvent($id: ID!, $input: UpdateEventInput!, $expectedVersion: Int!) {
  updateEvent(id: $id, input: $input, expectedVersion: $expectedVersion) {
    event {
      ...EventFields
    }
  }
}
    fragment EventFields on Event {
  id
  version
  status
  kind
  title {
    ja
    en
  }
  description {
    ja
    en
  }
  startsAt
  endsAt
  tentative
  programParts {
    title {
      ja
      en
    }
    startsAt
    endsAt
  }
  venue {
    name {
      ja
      en
    }
    address {
      ja
      en
    }
    prefecture
  }
  onlineStreaming
  streamingUrl
  feeYen
  capacity
  seatsTaken
  waitlistLength
  applicationDeadline
  host {
    code
    name {
      ja
      en
    }
  }
  coHosts {
    code
  }
  campaign {
    fiscalYear
    eraName
  }
}`) as unknown as TypedDocumentString<UpdateEventMutation, UpdateEventMutationVariables>;
export const EventActionDocument = new TypedDocumentString(`
    query EventAction($id: ID!) {
  event(id: $id) {
    id
    version
    status
    title {
      ja
      en
    }
    startsAt
    endsAt
    tentative
    capacity
    applicationDeadline
    host {
      code
      name {
        ja
        en
      }
    }
    confirmed: applications(status: CONFIRMED, first: 1) {
      totalCount
    }
    waitlisted: applications(status: WAITLISTED, first: 1) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<EventActionQuery, EventActionQueryVariables>;
export const PublishEventDocument = new TypedDocumentString(`
    mutation PublishEvent($id: ID!) {
  publishEvent(id: $id) {
    event {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<PublishEventMutation, PublishEventMutationVariables>;
export const CancelEventDocument = new TypedDocumentString(`
    mutation CancelEvent($id: ID!) {
  cancelEvent(id: $id) {
    event {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<CancelEventMutation, CancelEventMutationVariables>;
export const EventFormChoicesDocument = new TypedDocumentString(`
    query EventFormChoices {
  campaigns {
    fiscalYear
    eraName
  }
  ministries {
    code
    name {
      ja
      en
    }
  }
}
    `) as unknown as TypedDocumentString<EventFormChoicesQuery, EventFormChoicesQueryVariables>;
export const CreateEventDocument = new TypedDocumentString(`
    mutation CreateEvent($input: CreateEventInput!) {
  createEvent(input: $input) {
    event {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CreateEventMutation, CreateEventMutationVariables>;
export const EventListDocument = new TypedDocumentString(`
    query EventList($filter: EventFilter!, $first: Int!, $after: String) {
  campaigns {
    fiscalYear
    eraName
  }
  ministries {
    code
    name {
      ja
      en
    }
  }
  events(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        title {
          ja
          en
        }
        startsAt
        endsAt
        tentative
        status
        capacity
        seatsTaken
        waitlistLength
        venue {
          prefecture
        }
        host {
          code
          name {
            ja
            en
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EventListQuery, EventListQueryVariables>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($token: String!, $password: String!) {
  acceptInvitation(token: $token, password: $password) {
    email
  }
}
    `) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($token: String!, $password: String!) {
  resetPassword(token: $token, password: $password) {
    email
  }
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
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
    eventReadMinistries: ministriesWhere(action: "read_draft", object: "event") {
      code
      name {
        ja
        en
      }
    }
    staffMinistries: ministriesWhere(action: "read", object: "user") {
      code
      name {
        ja
        en
      }
    }
    eventCreateMinistries: ministriesWhere(action: "create", object: "event") {
      code
      name {
        ja
        en
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const StaffListDocument = new TypedDocumentString(`
    query StaffList($ministryCode: String, $search: String, $first: Int, $after: String) {
  staff(
    ministryCode: $ministryCode
    search: $search
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        email
        displayName
        status
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
  }
}
    `) as unknown as TypedDocumentString<StaffListQuery, StaffListQueryVariables>;
export const StaffMemberDocument = new TypedDocumentString(`
    query StaffMember($search: String!) {
  staff(search: $search, first: 5) {
    edges {
      node {
        email
        displayName
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StaffMemberQuery, StaffMemberQueryVariables>;
export const GrantRoleDocument = new TypedDocumentString(`
    mutation GrantRole($input: RoleInput!) {
  grantRole(input: $input) {
    roles {
      role
    }
  }
}
    `) as unknown as TypedDocumentString<GrantRoleMutation, GrantRoleMutationVariables>;
export const RevokeRoleDocument = new TypedDocumentString(`
    mutation RevokeRole($input: RoleInput!) {
  revokeRole(input: $input) {
    roles {
      role
    }
  }
}
    `) as unknown as TypedDocumentString<RevokeRoleMutation, RevokeRoleMutationVariables>;
export const ExplainAccessDocument = new TypedDocumentString(`
    query ExplainAccess($email: String!, $action: String!, $object: String!, $ministryCode: String) {
  explainAccess(
    email: $email
    action: $action
    object: $object
    ministryCode: $ministryCode
  ) {
    allowed
    matchedRule
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
    `) as unknown as TypedDocumentString<ExplainAccessQuery, ExplainAccessQueryVariables>;
export const InviteStaffDocument = new TypedDocumentString(`
    mutation InviteStaff($input: InviteStaffInput!) {
  inviteStaff(input: $input) {
    expiresAt
    staffMember {
      email
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<InviteStaffMutation, InviteStaffMutationVariables>;