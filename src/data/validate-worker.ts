/**
 * The report files' validator, on a thread of its own: zod and the schema are evaluated
 * here, and each file is decoded, parsed and checked here (with the CPU slowed 4×, about
 * 280 ms of building the schema and 150 ms of parsing, measured on the page's thread before),
 * while the page paints its first screen. Started by load-report.ts with the first fetch.
 */
import { answerRequest, type ValidateRequest } from './validate-file';

addEventListener('message', (event: MessageEvent<ValidateRequest>) => {
  postMessage(answerRequest(event.data));
});
