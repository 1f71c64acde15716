// The values of the API's registrant enums, in the API's order, for filters and labels (their
// strings are 'registrantStatus.X', 'registrantKind.X', 'activity.X' and the core 'prefecture.X').
export const statuses = ['REGISTERED', 'APPROVED', 'REJECTED', 'WITHDRAWN'] as const;
export const kinds = ['COMPANY', 'LOCAL_GOVERNMENT', 'ORGANIZATION', 'INDIVIDUAL'] as const;
export const activities = ['PRACTICING', 'LEARNING', 'PROMOTING'] as const;
export const prefectures = [
  'HOKKAIDO', 'AOMORI', 'IWATE', 'MIYAGI', 'AKITA', 'YAMAGATA', 'FUKUSHIMA', 'IBARAKI', 'TOCHIGI',
  'GUNMA', 'SAITAMA', 'CHIBA', 'TOKYO', 'KANAGAWA', 'NIIGATA', 'TOYAMA', 'ISHIKAWA', 'FUKUI',
  'YAMANASHI', 'NAGANO', 'GIFU', 'SHIZUOKA', 'AICHI', 'MIE', 'SHIGA', 'KYOTO', 'OSAKA', 'HYOGO',
  'NARA', 'WAKAYAMA', 'TOTTORI', 'SHIMANE', 'OKAYAMA', 'HIROSHIMA', 'YAMAGUCHI', 'TOKUSHIMA',
  'KAGAWA', 'EHIME', 'KOCHI', 'FUKUOKA', 'SAGA', 'NAGASAKI', 'KUMAMOTO', 'OITA', 'MIYAZAKI',
  'KAGOSHIMA', 'OKINAWA',
] as const;
