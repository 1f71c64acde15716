// Adds the award screens' strings to the catalogue when their code arrives.
import { enAwards } from '../catalogue/awards-en';
import { jaAwards } from '../catalogue/awards-ja';
import { addStrings } from '../i18n';

addStrings({ ja: jaAwards, en: enAwards });
