// The registrants screens, loaded on demand (ui/lazy.tsx): the list with the approval queue, a
// registrant, and the check before rejecting one.
import { addStrings } from '../i18n';
import * as strings from './strings';

addStrings(strings);

export { RegistrantScreen } from './detail';
export { RegistrantList } from './list';
export { RejectRegistrant } from './reject';
