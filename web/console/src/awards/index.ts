// The award screens, loaded on demand (ui/lazy.tsx) in a chunk of their own with their strings:
// the programs of a year, creating and editing one, a program's entries, deciding an entry, and
// announcing the results.
import { addStrings } from '../i18n';
import * as strings from './strings';

addStrings(strings);

export { AnnounceAwards } from './announce';
export { DecideEntry } from './decide';
export { AwardProgramForm } from './programform';
export { AwardProgram } from './program';
export { AwardPrograms } from './programs';
