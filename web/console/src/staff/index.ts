// The staff and roles screens, loaded on demand (ui/lazy.tsx): the list with "why can't this person
// do this?", the invitation, and granting and revoking a role.
import { addStrings } from '../i18n';
import * as strings from './strings';

addStrings(strings);

export { Invite } from './invite';
export { StaffList } from './list';
export { RoleChange } from './role';
