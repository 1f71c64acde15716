// Adds the strings of the screens loaded on demand to the catalogue: imported by those screens, so
// that the strings arrive with their code.
import { addStrings } from '../i18n';
import { enOnDemand } from './ondemand-en';
import { jaOnDemand } from './ondemand-ja';

addStrings({ ja: jaOnDemand, en: enOnDemand });
