/** What every part of the interaction benchmark is given. */
export interface RunContext {
  /** The served app's base URL, without a trailing slash. */
  url: string;
  /** Timed trials per interaction. */
  tries: number;
  /** A progress line. */
  log: (line: string) => void;
  /** Page errors and console errors of every page, collected. */
  pageErrors: string[];
}
