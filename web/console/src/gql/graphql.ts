/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** How a registrant takes part in Telework Month, from the campaign's call for participation. */
export type ActivityCategory =
  /** 学ぶ・議論する: learning about or discussing telework. */
  | 'LEARNING'
  /** 試みる・実践する: trying or practising telework. */
  | 'PRACTICING'
  /** 応援する・協力する: encouraging or cooperating with telework. */
  | 'PROMOTING';

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

/** Which entries of the audit log to list: each field given narrows the list, and they hold together. */
export type AuditFilter = {
  /** Only the changes made by the staff account with this email (in any case), at most 254 characters. */
  actorEmail?: string | null | undefined;
  /**
   * Only the changes to records of this type: `ApiKey`, `AuditLog` (its exports), `AwardEntry`, `AwardProgram`, `Event`,
   * `EventApplication`, `Registrant`, `Session` or `User` (BAD_USER_INPUT naming `filter.objectType`
   * otherwise).
   */
  objectType?: string | null | undefined;
  /** Only the changes made at this time or later. */
  since?: string | null | undefined;
  /** Only the changes made before this time, which must be later than `since` (BAD_USER_INPUT naming `filter.until` otherwise). */
  until?: string | null | undefined;
};

/** A decision on an award entry. */
export type AwardDecision =
  /** Give the entry the minister's award: status AWARDED. */
  | 'AWARD'
  /** Do not select the entry: status NOT_AWARDED. */
  | 'NOT_AWARD'
  /** Select the entry (e.g. as a テレワークトップランナー): status SHORTLISTED. */
  | 'SHORTLIST';

/** Where an award entry stands. */
export type AwardEntryStatus =
  /** Given the minister's award. */
  | 'AWARDED'
  /** Not selected. */
  | 'NOT_AWARDED'
  /** Selected by the screening panel (e.g. a テレワークトップランナー). */
  | 'SHORTLISTED'
  /** Entered, not yet decided. */
  | 'SUBMITTED'
  /** Withdrawn by the registrant. */
  | 'WITHDRAWN';

/** A new partner API key. */
export type CreateApiKeyInput = {
  /**
   * The query cost the key may spend per minute, 1 to 100,000,000: each operation costs its
   * complexity (a field 1, a page of a connection its size times what each node costs). Omitted: the
   * server's default (60,000 unless configured otherwise), which the key then follows when it changes.
   */
  costPerMinute?: number | null | undefined;
  /** What the key is for, e.g. the partner portal's name, 1 to 100 characters. */
  name: string;
  /**
   * The requests the key may make per minute, 1 to 100,000. Omitted: the server's default (600
   * unless configured otherwise), which the key then follows when it changes.
   */
  requestsPerMinute?: number | null | undefined;
};

/** A new award program of a ministry. */
export type CreateAwardProgramInput = {
  /** The award ceremony event, of the same campaign. */
  ceremonyEventId?: string | number | null | undefined;
  /** What the program recognizes, in English, up to 5,000 characters; line breaks allowed. */
  descriptionEn?: string | null | undefined;
  /** What the program recognizes, in Japanese, up to 5,000 characters; line breaks allowed. */
  descriptionJa?: string | null | undefined;
  /** When entries close: after they open. */
  entryClosesAt?: string | null | undefined;
  /** When entries open. */
  entryOpensAt?: string | null | undefined;
  /** The fiscal year of the campaign the program belongs to. */
  fiscalYear: number;
  /** The ministry that runs the program. */
  ministryCode: string;
  /** The name in English, up to 200 characters. */
  nameEn?: string | null | undefined;
  /** The name in Japanese, e.g. 総務大臣賞, 1 to 200 characters. */
  nameJa: string;
};

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

/** Which registrants to list. Every field narrows the list; omitted fields do not. */
export type RegistrantFilter = {
  /** Registrants that take part in this activity category. */
  activity?: ActivityCategory | null | undefined;
  /** Registrants of this campaign's fiscal year. */
  fiscalYear?: number | null | undefined;
  /** Registrants of this kind. */
  kind?: RegistrantKind | null | undefined;
  /** Registrants with their head office in this prefecture. */
  prefecture?: Prefecture | null | undefined;
  /** Registrants whose name or its reading contains this text (1 to 100 characters). */
  search?: string | null | undefined;
  /** Registrants in this status. The public sees approved registrants only. */
  status?: RegistrantStatus | null | undefined;
};

/** What kind of participant a registrant is. */
export type RegistrantKind =
  /** A company (企業). */
  | 'COMPANY'
  /** A person (個人). */
  | 'INDIVIDUAL'
  /** A local government (地方公共団体). */
  | 'LOCAL_GOVERNMENT'
  /** Any other organization (団体): an association, a university, a non-profit. */
  | 'ORGANIZATION';

/** Where a registration stands. */
export type RegistrantStatus =
  /** Approved by the secretariat: listed publicly when it consented to be. */
  | 'APPROVED'
  /** Registered, waiting for the secretariat's review. */
  | 'REGISTERED'
  /** Rejected by the secretariat. */
  | 'REJECTED'
  /** Withdrawn by the registrant. */
  | 'WITHDRAWN';

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

/** Changes to an award program: omitted fields stay as they are. */
export type UpdateAwardProgramInput = {
  /** The award ceremony event, of the same campaign. */
  ceremonyEventId?: string | number | null | undefined;
  /** What the program recognizes, in English, up to 5,000 characters; line breaks allowed. */
  descriptionEn?: string | null | undefined;
  /** What the program recognizes, in Japanese, up to 5,000 characters; line breaks allowed. */
  descriptionJa?: string | null | undefined;
  /** When entries close. */
  entryClosesAt?: string | null | undefined;
  /** When entries open. */
  entryOpensAt?: string | null | undefined;
  /** The name in English, up to 200 characters. */
  nameEn?: string | null | undefined;
  /** The name in Japanese, 1 to 200 characters. */
  nameJa?: string | null | undefined;
};

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

export type ApiKeysQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ApiKeysQuery = { apiKeys: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, createdAt: string, expiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null, requestsPerMinute: number, costPerMinute: number, ownRequestsPerMinute: number | null, ownCostPerMinute: number | null } }> }, viewer: { canCreateApiKey: boolean, canRevokeApiKey: boolean } };

export type ApiKeyToRevokeQueryVariables = Exact<{
  id: string | number;
}>;


export type ApiKeyToRevokeQuery = { node:
    | { id: string, name: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }
    | Record<PropertyKey, never>
   | null };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey: { key: string, apiKey: { id: string, name: string, requestsPerMinute: number, costPerMinute: number } } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: boolean };

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

export type AuditLogQueryVariables = Exact<{
  ministryCode?: string | null | undefined;
  filter?: AuditFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, at: string, actor: string, actorEmail: string | null, action: string, objectType: string, objectId: string, before: string | null, after: string | null, ministry: { code: string, name: { ja: string, en: string | null } } | null } }> } };

export type AwardProgramFieldsFragment = { id: string, version: number, entryOpensAt: string | null, entryClosesAt: string | null, announcedAt: string | null, name: { ja: string, en: string | null }, description: { ja: string, en: string | null } | null, ministry: { code: string, name: { ja: string, en: string | null } }, campaign: { fiscalYear: number, eraName: string }, ceremony: { id: string, startsAt: string, title: { ja: string, en: string | null } } | null };

export type AwardProgramsQueryVariables = Exact<{
  fy: number;
  code: string;
  all: boolean;
}>;


export type AwardProgramsQuery = { campaigns: Array<{ fiscalYear: number, eraName: string }>, awardPrograms?: Array<{ id: string, version: number, entryOpensAt: string | null, entryClosesAt: string | null, announcedAt: string | null, entries: { totalCount: number } | null, undecided: { totalCount: number } | null, name: { ja: string, en: string | null }, description: { ja: string, en: string | null } | null, ministry: { code: string, name: { ja: string, en: string | null } }, campaign: { fiscalYear: number, eraName: string }, ceremony: { id: string, startsAt: string, title: { ja: string, en: string | null } } | null }>, ministry?: { awardPrograms: Array<{ id: string, version: number, entryOpensAt: string | null, entryClosesAt: string | null, announcedAt: string | null, entries: { totalCount: number } | null, undecided: { totalCount: number } | null, name: { ja: string, en: string | null }, description: { ja: string, en: string | null } | null, ministry: { code: string, name: { ja: string, en: string | null } }, campaign: { fiscalYear: number, eraName: string }, ceremony: { id: string, startsAt: string, title: { ja: string, en: string | null } } | null }> } | null };

export type AwardProgramEntriesQueryVariables = Exact<{
  id: string | number;
  status?: AwardEntryStatus | null | undefined;
  search?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type AwardProgramEntriesQuery = { awardProgram: { id: string, version: number, entryOpensAt: string | null, entryClosesAt: string | null, announcedAt: string | null, entries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: AwardEntryStatus, submittedAt: string, citation: string | null, contactEmail: string | null, registrant: { id: string, name: string | null } } }> } | null, name: { ja: string, en: string | null }, description: { ja: string, en: string | null } | null, ministry: { code: string, name: { ja: string, en: string | null } }, campaign: { fiscalYear: number, eraName: string }, ceremony: { id: string, startsAt: string, title: { ja: string, en: string | null } } | null } | null };

export type AwardPermissionsQueryVariables = Exact<{
  code: string;
}>;


export type AwardPermissionsQuery = { viewer: { canEditProgram: boolean, canAnnounce: boolean, canDecide: boolean } };

export type AwardProgramToEditQueryVariables = Exact<{
  id: string | number;
}>;


export type AwardProgramToEditQuery = { awardProgram: { id: string, version: number, entryOpensAt: string | null, entryClosesAt: string | null, announcedAt: string | null, name: { ja: string, en: string | null }, description: { ja: string, en: string | null } | null, ministry: { code: string, name: { ja: string, en: string | null } }, campaign: { fiscalYear: number, eraName: string }, ceremony: { id: string, startsAt: string, title: { ja: string, en: string | null } } | null } | null };

export type CeremonyChoicesQueryVariables = Exact<{
  fy: number;
  code: string;
}>;


export type CeremonyChoicesQuery = { campaigns: Array<{ fiscalYear: number, eraName: string }>, events: { edges: Array<{ node: { id: string, startsAt: string, title: { ja: string, en: string | null } } }> } };

export type CreateAwardProgramMutationVariables = Exact<{
  input: CreateAwardProgramInput;
}>;


export type CreateAwardProgramMutation = { createAwardProgram: { awardProgram: { id: string } } };

export type UpdateAwardProgramMutationVariables = Exact<{
  id: string | number;
  input: UpdateAwardProgramInput;
  expectedVersion: number;
}>;


export type UpdateAwardProgramMutation = { updateAwardProgram: { awardProgram: { id: string, version: number } } };

export type AwardEntryToDecideQueryVariables = Exact<{
  id: string | number;
}>;


export type AwardEntryToDecideQuery = { node:
    | { id: string, status: AwardEntryStatus, submittedAt: string, summary: string | null, contactEmail: string | null, citation: string | null, registrant: { name: string | null }, program: { id: string, announcedAt: string | null, name: { ja: string, en: string | null }, ministry: { code: string } } }
    | Record<PropertyKey, never>
   | null };

export type DecideAwardEntryMutationVariables = Exact<{
  id: string | number;
  decision: AwardDecision;
  citation?: string | null | undefined;
}>;


export type DecideAwardEntryMutation = { decideAwardEntry: { entry: { id: string, status: AwardEntryStatus } } };

export type AwardAnnouncementQueryVariables = Exact<{
  id: string | number;
}>;


export type AwardAnnouncementQuery = { awardProgram: { id: string, version: number, entryOpensAt: string | null, entryClosesAt: string | null, announcedAt: string | null, awarded: { totalCount: number, edges: Array<{ node: { id: string, citation: string | null, registrant: { name: string | null, publishName: boolean, kind: RegistrantKind } } }> } | null, shortlisted: { totalCount: number, edges: Array<{ node: { id: string, citation: string | null, registrant: { name: string | null, publishName: boolean, kind: RegistrantKind } } }> } | null, undecided: { totalCount: number } | null, name: { ja: string, en: string | null }, description: { ja: string, en: string | null } | null, ministry: { code: string, name: { ja: string, en: string | null } }, campaign: { fiscalYear: number, eraName: string }, ceremony: { id: string, startsAt: string, title: { ja: string, en: string | null } } | null } | null };

export type WinnerFieldsFragment = { id: string, citation: string | null, registrant: { name: string | null, publishName: boolean, kind: RegistrantKind } };

export type AnnounceAwardProgramMutationVariables = Exact<{
  id: string | number;
}>;


export type AnnounceAwardProgramMutation = { announceAwardProgram: { awardProgram: { id: string, announcedAt: string | null } } };

export type DashboardQueryVariables = Exact<{
  fy: number;
  ministry: string;
  withMinistry: boolean;
  secretariat: boolean;
}>;


export type DashboardQuery = { campaigns: Array<{ fiscalYear: number, eraName: string }>, drafts?: { totalCount: number }, closed?: { totalCount: number }, cancelled?: { totalCount: number }, published?: { totalCount: number, edges: Array<{ node: { id: string, startsAt: string, capacity: number | null, seatsTaken: number, waitlistLength: number, title: { ja: string, en: string | null } } }> }, applicationsPerDay?: Array<{ day: string, count: number }>, awardPrograms?: Array<{ id: string, name: { ja: string, en: string | null }, ministry: { code: string }, entries: { totalCount: number } | null }>, campaign?: { stats: { registrantCount: number, byActivity: Array<{ activity: ActivityCategory, count: number }>, byPrefecture: Array<{ prefecture: Prefecture, count: number }> } } | null, waiting?: { totalCount: number } };

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

export type RegistrantsQueryVariables = Exact<{
  filter?: RegistrantFilter | null | undefined;
  after?: string | null | undefined;
  full: boolean;
}>;


export type RegistrantsQuery = { registrants: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: RegistrantKind, name: string | null, industry: string | null, activities: Array<ActivityCategory>, status: RegistrantStatus, registeredAt: string, prefecture?: Prefecture | null } }> }, campaigns: Array<{ fiscalYear: number, eraName: string }> };

export type RegistrantQueryVariables = Exact<{
  id: string | number;
  full: boolean;
}>;


export type RegistrantQuery = { registrant: { id: string, kind: RegistrantKind, name: string | null, industry: string | null, activities: Array<ActivityCategory>, status: RegistrantStatus, registeredAt: string, publishName: boolean, nameKana?: string | null, prefecture?: Prefecture | null, employeeCount?: number | null, teleworkerCount?: number | null, teleworkIntroduced?: boolean | null, campaign: { fiscalYear: number, eraName: string }, contact?: { name: string, email: string, phone: string | null } | null } | null };

export type ApproveRegistrantMutationVariables = Exact<{
  id: string | number;
}>;


export type ApproveRegistrantMutation = { approveRegistrant: { registrant: { id: string, status: RegistrantStatus } } };

export type RejectRegistrantMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RejectRegistrantMutation = { rejectRegistrant: { registrant: { id: string, status: RegistrantStatus } } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { kind: string, email: string | null, displayName: string | null, apiKeysRead: boolean, registrantsApprove: boolean, registrantsPersonal: boolean, roles: Array<{ role: Role, ministry: { code: string, name: { ja: string, en: string | null } } | null }>, eventReadMinistries: Array<{ code: string, name: { ja: string, en: string | null } }>, staffMinistries: Array<{ code: string, name: { ja: string, en: string | null } }>, eventCreateMinistries: Array<{ code: string, name: { ja: string, en: string | null } }>, twoStep: { enabled: boolean, setupRequired: boolean, recoveryCodesLeft: number } | null, awardMinistries: Array<{ code: string, name: { ja: string, en: string | null } }>, auditLogMinistries: Array<{ code: string, name: { ja: string, en: string | null } }> } };

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

export type StartTwoStepSetupMutationVariables = Exact<{ [key: string]: never; }>;


export type StartTwoStepSetupMutation = { startTwoStepSetup: { secret: string, qrCode: string } };

export type ConfirmTwoStepSetupMutationVariables = Exact<{
  code: string;
}>;


export type ConfirmTwoStepSetupMutation = { confirmTwoStepSetup: { recoveryCodes: Array<string> } };

export type TurnOffTwoStepMutationVariables = Exact<{
  password: string;
}>;


export type TurnOffTwoStepMutation = { turnOffTwoStep: { viewer: { kind: string } } };

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
export const AwardProgramFieldsFragmentDoc = new TypedDocumentString(`
    fragment AwardProgramFields on AwardProgram {
  id
  version
  name {
    ja
    en
  }
  description {
    ja
    en
  }
  ministry {
    code
    name {
      ja
      en
    }
  }
  campaign {
    fiscalYear
    eraName
  }
  entryOpensAt
  entryClosesAt
  announcedAt
  ceremony {
    id
    title {
      ja
      en
    }
    startsAt
  }
}
    `, {"fragmentName":"AwardProgramFields"}) as unknown as TypedDocumentString<AwardProgramFieldsFragment, unknown>;
export const WinnerFieldsFragmentDoc = new TypedDocumentString(`
    fragment WinnerFields on AwardEntry {
  id
  citation
  registrant {
    name
    publishName
    kind
  }
}
    `, {"fragmentName":"WinnerFields"}) as unknown as TypedDocumentString<WinnerFieldsFragment, unknown>;
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
export const ChangePasswordDocument = {"__meta__":{"hash":"sha256:1fab0830d6c324abd07fb5cd49571785a69875ef8d2142fa03330552ae3ba962"}} as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const ApiKeysDocument = {"__meta__":{"hash":"sha256:da87939cf63c9dc5c8373d2398240d6fb2c26a5a2db120636984b397e7ec762b"}} as unknown as TypedDocumentString<ApiKeysQuery, ApiKeysQueryVariables>;
export const ApiKeyToRevokeDocument = {"__meta__":{"hash":"sha256:14463df4a3cceabb6fe83a1bfdd90c89fe2c9592455da2096b5fbb19406b1b38"}} as unknown as TypedDocumentString<ApiKeyToRevokeQuery, ApiKeyToRevokeQueryVariables>;
export const CreateApiKeyDocument = {"__meta__":{"hash":"sha256:e9c7361d2608f999d112601890552718437e95e033f76471ef02f00efc84265a"}} as unknown as TypedDocumentString<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"__meta__":{"hash":"sha256:94eae462670f9a7708b8dd4e86cd65b90c59302e32050edaa13ed09041fead63"}} as unknown as TypedDocumentString<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const EventApplicationsDocument = {"__meta__":{"hash":"sha256:74c67a539bb7107cca350dbc647e25541ba29035aa8417aa19eb2196de4ed08e"}} as unknown as TypedDocumentString<EventApplicationsQuery, EventApplicationsQueryVariables>;
export const CanCheckInDocument = {"__meta__":{"hash":"sha256:e0b7f4f3683f6a552cb6141576989659194c203df3113891f29bf0dbd190d154"}} as unknown as TypedDocumentString<CanCheckInQuery, CanCheckInQueryVariables>;
export const EventSeatsDocument = {"__meta__":{"hash":"sha256:93d9f8839c5f8c1e74c18931c916f60e0d3956c4e84db885e351bea621d9c126"}} as unknown as TypedDocumentString<EventSeatsSubscription, EventSeatsSubscriptionVariables>;
export const AuditLogDocument = {"__meta__":{"hash":"sha256:9269e765a0b8b8110de7b060403db412bf450e145c1efc49a8dd93874c077265"}} as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const AwardProgramsDocument = {"__meta__":{"hash":"sha256:ef921641a396cf5e4e9c82295011d92b041e43320812a9916b3b39cc52c73e13"}} as unknown as TypedDocumentString<AwardProgramsQuery, AwardProgramsQueryVariables>;
export const AwardProgramEntriesDocument = {"__meta__":{"hash":"sha256:b5896de4a3826f305fb210636c7f6692bc7a779b3477652573c6dc3c6db9dd1d"}} as unknown as TypedDocumentString<AwardProgramEntriesQuery, AwardProgramEntriesQueryVariables>;
export const AwardPermissionsDocument = {"__meta__":{"hash":"sha256:7ad65e213743964e7d6776150c5aa791d93b83331e4da209ca5332704b157fb1"}} as unknown as TypedDocumentString<AwardPermissionsQuery, AwardPermissionsQueryVariables>;
export const AwardProgramToEditDocument = {"__meta__":{"hash":"sha256:374508c5161b3c8197b95a40defd1aa148fa91ce34da7d980e76a6f93b4b2a8f"}} as unknown as TypedDocumentString<AwardProgramToEditQuery, AwardProgramToEditQueryVariables>;
export const CeremonyChoicesDocument = {"__meta__":{"hash":"sha256:f8fca495dc5ae48ad12be0897b7f1955fa928e5f243e34c4f63da7b96632fea3"}} as unknown as TypedDocumentString<CeremonyChoicesQuery, CeremonyChoicesQueryVariables>;
export const CreateAwardProgramDocument = {"__meta__":{"hash":"sha256:a24105eaec4dd92d55d9d7a7b5106d91b3cd0c8ca45d6819e3493c2aac7e3759"}} as unknown as TypedDocumentString<CreateAwardProgramMutation, CreateAwardProgramMutationVariables>;
export const UpdateAwardProgramDocument = {"__meta__":{"hash":"sha256:4a62febfb16ae062060ed5cc3e4e132e0ad3261839ab4c672863b69b000676a4"}} as unknown as TypedDocumentString<UpdateAwardProgramMutation, UpdateAwardProgramMutationVariables>;
export const AwardEntryToDecideDocument = {"__meta__":{"hash":"sha256:82ef1441c8688bea7421488e625e44f180f2cbca549f1f0e5106fe3b13339181"}} as unknown as TypedDocumentString<AwardEntryToDecideQuery, AwardEntryToDecideQueryVariables>;
export const DecideAwardEntryDocument = {"__meta__":{"hash":"sha256:924bd644afdf70f0afa8462cbef74edb14fa59a09c6186f39cf00a74706423be"}} as unknown as TypedDocumentString<DecideAwardEntryMutation, DecideAwardEntryMutationVariables>;
export const AwardAnnouncementDocument = {"__meta__":{"hash":"sha256:4862f08fb7f39277c08b6d13d6efcd1a926ef437c9c6c155f8c4f927932c2b62"}} as unknown as TypedDocumentString<AwardAnnouncementQuery, AwardAnnouncementQueryVariables>;
export const AnnounceAwardProgramDocument = {"__meta__":{"hash":"sha256:8fc86157444a7cf8f79972d10ebc22f9614277609dd11386b97f6442494aa849"}} as unknown as TypedDocumentString<AnnounceAwardProgramMutation, AnnounceAwardProgramMutationVariables>;
export const DashboardDocument = {"__meta__":{"hash":"sha256:0ff059249479b03ff050d6620640dd6aecded3dc9864caa7134616039a22869b"}} as unknown as TypedDocumentString<DashboardQuery, DashboardQueryVariables>;
export const DoorEventDocument = {"__meta__":{"hash":"sha256:dede98e1eecd5cb66805e145b92efdd53ad4bead373e1548c1103e4bb06095a0"}} as unknown as TypedDocumentString<DoorEventQuery, DoorEventQueryVariables>;
export const DoorSearchDocument = {"__meta__":{"hash":"sha256:c2c0c83126d799eaf740cf4e52f73a78cd09d110a78cca425a62139fe9f1a3d0"}} as unknown as TypedDocumentString<DoorSearchQuery, DoorSearchQueryVariables>;
export const CheckInDocument = {"__meta__":{"hash":"sha256:5eabec6ec47aebac4ae5fa59f8d1982aaebac362010fe8afab1a3b924e895d55"}} as unknown as TypedDocumentString<CheckInMutation, CheckInMutationVariables>;
export const UndoCheckInDocument = {"__meta__":{"hash":"sha256:71f5ce2358687459826212f4a1a40929092b511d7a65e31ee04a7805cff4a947"}} as unknown as TypedDocumentString<UndoCheckInMutation, UndoCheckInMutationVariables>;
export const EventDocument = {"__meta__":{"hash":"sha256:5104dfc852907662789739ddfd9bcb5f3c9ffcbc344cc52598398852761b0779"}} as unknown as TypedDocumentString<EventQuery, EventQueryVariables>;
export const EventRightsDocument = {"__meta__":{"hash":"sha256:f63b66025b8b8502597bc784f2dd1ad865ecf85291af0da686f8ee8fe2aa1902"}} as unknown as TypedDocumentString<EventRightsQuery, EventRightsQueryVariables>;
export const UpdateEventDocument = {"__meta__":{"hash":"sha256:a09dbbd7d2d06a8ca0c56db0725d9f21e94c73ea9d4ac072dbd94dceca8da54d"}} as unknown as TypedDocumentString<UpdateEventMutation, UpdateEventMutationVariables>;
export const EventActionDocument = {"__meta__":{"hash":"sha256:63e6fc56f41de6d481ca255554cb7630126864b7b34bb2d318298234f020bbc0"}} as unknown as TypedDocumentString<EventActionQuery, EventActionQueryVariables>;
export const PublishEventDocument = {"__meta__":{"hash":"sha256:e29fb2103cef7becdb9c03cadb0c0278b378e494c03d51aee71ef77c9447af2a"}} as unknown as TypedDocumentString<PublishEventMutation, PublishEventMutationVariables>;
export const CancelEventDocument = {"__meta__":{"hash":"sha256:a3ec4ce6ecd172805faf6351dd02c5b84a9702d01bf1a892fe68d8c8bad2e574"}} as unknown as TypedDocumentString<CancelEventMutation, CancelEventMutationVariables>;
export const EventFormChoicesDocument = {"__meta__":{"hash":"sha256:f1ca3c6623076e6f498651b96dc3d391d14a2a8dda67ada6cbdcadf067072b16"}} as unknown as TypedDocumentString<EventFormChoicesQuery, EventFormChoicesQueryVariables>;
export const CreateEventDocument = {"__meta__":{"hash":"sha256:91f8f5fc047f264748ec2ec65aa0962b0e50478c7bbcf171b8e01f83a150e8a8"}} as unknown as TypedDocumentString<CreateEventMutation, CreateEventMutationVariables>;
export const EventListDocument = {"__meta__":{"hash":"sha256:86714647ef3537caacce3706c0c2d0e3b4ccb45d786887a521530d7904475c58"}} as unknown as TypedDocumentString<EventListQuery, EventListQueryVariables>;
export const AcceptInvitationDocument = {"__meta__":{"hash":"sha256:dbfce7e489dd82d73078d6b8ab23daffd58add91529b06698b27353a837adcb0"}} as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const ResetPasswordDocument = {"__meta__":{"hash":"sha256:37ecdb0067815f74292419eccf74939ccb3675b48493e0950d34ae443cfbff2f"}} as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const RequestPasswordResetDocument = {"__meta__":{"hash":"sha256:5ac89982dc149995bab85b93caab9976bbc3fd5994fbf4173153f8686dba9d72"}} as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const RegistrantsDocument = {"__meta__":{"hash":"sha256:b917857cc639d75e977c42b73cb774e0fc1276957e2d0fcdd1cfd4c2168cc52b"}} as unknown as TypedDocumentString<RegistrantsQuery, RegistrantsQueryVariables>;
export const RegistrantDocument = {"__meta__":{"hash":"sha256:1656c89da773a66e2d16360fe4bb8cdf9222e2d76e437e2cfc32ba5880fed8b2"}} as unknown as TypedDocumentString<RegistrantQuery, RegistrantQueryVariables>;
export const ApproveRegistrantDocument = {"__meta__":{"hash":"sha256:fee784bcd3ae8eed88434b67339847100dde040807447f500da9e2d889f87b62"}} as unknown as TypedDocumentString<ApproveRegistrantMutation, ApproveRegistrantMutationVariables>;
export const RejectRegistrantDocument = {"__meta__":{"hash":"sha256:e735825f8b82f73562509195eaf28e32bb537552bab6bc21cd015e27bc745f91"}} as unknown as TypedDocumentString<RejectRegistrantMutation, RejectRegistrantMutationVariables>;
export const ViewerDocument = {"__meta__":{"hash":"sha256:1991a31310f0c88d08e9c7c10cad623d8ea0b46f7ab662681a32d9a5656d5ad1"}} as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const StaffListDocument = {"__meta__":{"hash":"sha256:3d61eb7e8c20734db4b08754ae6738956c1825108994b50381d744c58493b7ac"}} as unknown as TypedDocumentString<StaffListQuery, StaffListQueryVariables>;
export const StaffMemberDocument = {"__meta__":{"hash":"sha256:89a8772ccf8e37d6419adc2f3bded896c53be7068eb4d7e5b7592326d641f273"}} as unknown as TypedDocumentString<StaffMemberQuery, StaffMemberQueryVariables>;
export const GrantRoleDocument = {"__meta__":{"hash":"sha256:d8275a63a092f35d99699831e34aaeef53d959ccbca46a2f7e4e770e8cbf5a4b"}} as unknown as TypedDocumentString<GrantRoleMutation, GrantRoleMutationVariables>;
export const RevokeRoleDocument = {"__meta__":{"hash":"sha256:b2de46f98ee4149b934b0c4b4a5719bb8d840deb3d9fca2e75acfe54cb95bef1"}} as unknown as TypedDocumentString<RevokeRoleMutation, RevokeRoleMutationVariables>;
export const ExplainAccessDocument = {"__meta__":{"hash":"sha256:1b3d24d1b9bdbfed8186277338ecac8eb86382c0ef6c0045225a00b02cd58468"}} as unknown as TypedDocumentString<ExplainAccessQuery, ExplainAccessQueryVariables>;
export const InviteStaffDocument = {"__meta__":{"hash":"sha256:72f63538550147dfa3fff069072835b4e17a1fc28524c57f620075694c0b6e7f"}} as unknown as TypedDocumentString<InviteStaffMutation, InviteStaffMutationVariables>;
export const StartTwoStepSetupDocument = {"__meta__":{"hash":"sha256:f9e64ce403b860a3664c5378e47b4242f6eaa9e482827c5f47666e28a137a011"}} as unknown as TypedDocumentString<StartTwoStepSetupMutation, StartTwoStepSetupMutationVariables>;
export const ConfirmTwoStepSetupDocument = {"__meta__":{"hash":"sha256:30de22050c275af69f056afddc5fcc230fd61e4458a9c492f80c1169387351eb"}} as unknown as TypedDocumentString<ConfirmTwoStepSetupMutation, ConfirmTwoStepSetupMutationVariables>;
export const TurnOffTwoStepDocument = {"__meta__":{"hash":"sha256:03948df00284675fcd4c1591bf0a55c830aa7fb65c0014357d274d7638f11d94"}} as unknown as TypedDocumentString<TurnOffTwoStepMutation, TurnOffTwoStepMutationVariables>;