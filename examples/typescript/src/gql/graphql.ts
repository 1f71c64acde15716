/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How a registrant takes part in Telework Month, from the campaign's call for participation. */
export type ActivityCategory =
  /** 学ぶ・議論する: learning about or discussing telework. */
  | 'LEARNING'
  /** 試みる・実践する: trying or practising telework. */
  | 'PRACTICING'
  /** 応援する・協力する: encouraging or cooperating with telework. */
  | 'PROMOTING';

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

export type CampaignQueryVariables = Exact<{
  fiscalYear: number;
}>;


export type CampaignQuery = { campaign: { fiscalYear: number, eraName: string, name: { text: string }, stats: { registrantCount: number, eventCount: number } } | null };

export type PublishedEventsQueryVariables = Exact<{
  fiscalYear: number;
  first: number;
  after?: string | null | undefined;
}>;


export type PublishedEventsQuery = { events: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, startsAt: string, endsAt: string, feeYen: number, capacity: number | null, seatsRemaining: number | null, onlineStreaming: boolean, title: { text: string }, venue: { prefecture: Prefecture | null, name: { text: string } } | null, host: { code: string, name: { text: string } }, coHosts: Array<{ code: string }> } }> } };

export type OpenEventCountQueryVariables = Exact<{
  fiscalYear: number;
}>;


export type OpenEventCountQuery = { events: { totalCount: number } };

export type EventNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type EventNodeQuery = { node:
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'AuditEntry', id: string }
    | { __typename: 'AwardEntry', id: string }
    | { __typename: 'AwardProgram', id: string }
    | { __typename: 'Campaign', id: string }
    | { __typename: 'Committee', id: string }
    | { __typename: 'Division', id: string }
    | { __typename: 'Event', status: EventStatus, id: string, title: { ja: string, en: string | null, text: string }, description: { text: string } | null, programParts: Array<{ startsAt: string, endsAt: string, title: { text: string } }> }
    | { __typename: 'EventApplication', id: string }
    | { __typename: 'Ministry', id: string }
    | { __typename: 'Registrant', id: string }
   | null };

export type RegistrantsQueryVariables = Exact<{
  fiscalYear: number;
  activity?: ActivityCategory | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type RegistrantsQuery = { registrants: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string | null, kind: RegistrantKind, industry: string | null, activities: Array<ActivityCategory> } }> } };


export const CampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Campaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"eraName"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrantCount"}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}}]}}]}}]}}]} as unknown as DocumentNode<CampaignQuery, CampaignQueryVariables>;
export const PublishedEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublishedEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PUBLISHED"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"feeYen"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"onlineStreaming"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"}}]}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coHosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublishedEventsQuery, PublishedEventsQueryVariables>;
export const OpenEventCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenEventCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"hasSeats"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<OpenEventCountQuery, OpenEventCountQueryVariables>;
export const EventNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ja"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"programParts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventNodeQuery, EventNodeQueryVariables>;
export const RegistrantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Registrants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activity"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityCategory"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"activity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activity"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"activities"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegistrantsQuery, RegistrantsQueryVariables>;