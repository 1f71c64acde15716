// The dashboard, loaded on demand (ui/lazy.tsx) with its strings.
import { addStrings } from '../i18n';
import * as strings from './strings';

addStrings(strings);

export { Dashboard } from './dashboard';
