// The award screens, loaded on demand in a chunk of their own with their strings (the first load
// holds only what every person needs): the programs of a year, creating and editing one, a
// program's entries, deciding an entry, and announcing the results.
import './strings';

export { AwardPrograms } from './programs';
export { AwardProgramForm } from './programform';
export { AwardProgram } from './program';
export { DecideEntry } from './decide';
export { AnnounceAwards } from './announce';
