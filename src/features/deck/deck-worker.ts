/**
 * The deck writer in a worker: pptxgenjs and JSZip load only when a deck is made, as a
 * separate bundle that shares nothing with the page's chunks, and the page stays responsive
 * while the package is written. Receives a `Deck`; answers with the .pptx bytes.
 */
import type { Deck } from '../../deck/model';
import { PPTX_MIME, writeDeck } from '../../deck/write-deck';

/** The worker's answer to one deck. */
export type WorkerAnswer =
  { ok: true; bytes: Uint8Array; type: string } | { ok: false; message: string };

addEventListener('message', (event: MessageEvent<Deck>) => {
  writeDeck(event.data).then(
    (bytes) => {
      const answer: WorkerAnswer = { ok: true, bytes, type: PPTX_MIME };
      postMessage(answer, { transfer: [bytes.buffer] });
    },
    (error: unknown) => {
      const answer: WorkerAnswer = {
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      };
      postMessage(answer);
    },
  );
});
