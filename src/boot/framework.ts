/**
 * React DOM, loaded by main.tsx before the app (start.tsx) so that its code, the larger part
 * of the app's first chunk, is compiled and run in a task of its own: one task for both was
 * the longest of a phone's start (35–70 ms on this machine, four times that on Lighthouse's
 * simulated phone).
 */
export { createRoot } from 'react-dom/client';
