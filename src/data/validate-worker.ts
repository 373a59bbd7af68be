/**
 * The report files' validator, on a thread of its own: zod and the schema are evaluated
 * here, and each file is decoded, parsed and checked here (with the CPU slowed 4×, about
 * 280 ms of building the schema and 150 ms of parsing, measured on the page's thread before),
 * while the page paints its first screen. Started by load-report.ts with the first fetch.
 */
import { languages } from '../i18n/languages';
import { answerRequest, type ValidateRequest } from './validate-file';

// The first Intl formatter a browser process makes loads ICU's data: 40–60 ms, measured, in
// one long task of whichever thread asks first. Asked here first, while the files download,
// the page's own first number and date find ICU ready (under 1 ms).
for (const { intl } of languages()) {
  new Intl.NumberFormat(intl, { notation: 'compact' }).format(1);
  new Intl.DateTimeFormat(intl, { month: 'long', timeZone: 'UTC' }).format(0);
}

addEventListener('message', (event: MessageEvent<ValidateRequest>) => {
  postMessage(answerRequest(event.data));
});
