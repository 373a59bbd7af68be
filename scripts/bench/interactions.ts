/**
 * Interaction timings through Playwright in one Chromium: the desktop layout unthrottled
 * (desktop.ts), then the phone layout with its CPU slowed (phone.ts).
 */
import { launch, load1 } from './browser';
import { runDesktop, type DesktopResult } from './desktop';
import { runPhone, type PhoneOptions, type PhoneResult } from './phone';

export interface InteractionResult {
  desktop: DesktopResult;
  phone: PhoneResult | null;
  filterLabel: string;
  pageErrors: string[];
}

export interface InteractionOptions {
  url: string;
  chromePath: string;
  tries: number;
  log: (line: string) => void;
  /** The phone's settings, or null to skip the phone. */
  phone: PhoneOptions | null;
}

export async function runInteractions(opts: InteractionOptions): Promise<InteractionResult> {
  const browser = await launch(opts.chromePath);
  const ctx = { url: opts.url, tries: opts.tries, log: opts.log, pageErrors: [] as string[] };
  try {
    opts.log(`  desktop 1440×900, no throttling (load ${load1().toFixed(1)}) …`);
    const { result: desktop, filterLabel } = await runDesktop(browser, ctx);
    let phone: PhoneResult | null = null;
    if (opts.phone) {
      opts.log(
        `  phone 390×844, touch, CPU ${opts.phone.cpuSlowdown}× slower (load ${load1().toFixed(1)}) …`,
      );
      phone = await runPhone(browser, ctx, opts.phone);
    }
    return { desktop, phone, filterLabel, pageErrors: ctx.pageErrors };
  } finally {
    await browser.close();
  }
}
