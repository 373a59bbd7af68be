/**
 * The guard fixture checks itself: each kind of problem it watches for must fail a test
 * (`test.fail()` turns that expected failure into a pass), and the allow-list must work.
 */
import { expect, test } from './fixtures';

test.describe('the page guard', () => {
  test('fails a test on a console error', async ({ page }) => {
    test.fail();
    await page.setContent('<p>guard</p>');
    await page.evaluate(() => console.error('guard self-test: console error'));
  });

  test('fails a test on an uncaught exception', async ({ page }) => {
    test.fail();
    await page.setContent('<p>guard</p>');
    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error('guard self-test: uncaught');
      });
    });
    await page.waitForTimeout(100);
  });

  test('fails a test on a request to another origin', async ({ page }) => {
    test.fail();
    await page.route('http://elsewhere.invalid/**', (route) =>
      route.fulfill({ status: 204, body: '' }),
    );
    const request = page.waitForRequest('http://elsewhere.invalid/pixel.png');
    await page.setContent('<img src="http://elsewhere.invalid/pixel.png" alt="">');
    await request;
  });

  test.describe('with an allow-list', () => {
    test.use({ allowConsoleErrors: [/guard self-test: expected/] });

    test('lets an allowed console error and any warning through', async ({ page, guard }) => {
      await page.setContent('<p>guard</p>');
      await page.evaluate(() => console.error('guard self-test: expected'));
      await page.evaluate(() => console.warn('guard self-test: a warning is always allowed'));
      expect(guard.requests).toEqual([]);
    });

    test('still fails on a console error it does not match', async ({ page }) => {
      test.fail();
      await page.setContent('<p>guard</p>');
      await page.evaluate(() => console.error('guard self-test: unexpected'));
    });
  });

  test.describe('even when every console error is allowed', () => {
    test.use({ allowConsoleErrors: [/./] });

    test('fails a test on a Content-Security-Policy violation', async ({ page }) => {
      test.fail();
      await page.goto('/');
      // The app's policy allows no inline script: Chromium refuses it and says so.
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'void 0';
        document.head.append(script);
      });
      await page.waitForTimeout(100);
    });

    test('fails a test on a CSP violation report that logged nothing', async ({ page }) => {
      test.fail();
      await page.goto('/');
      // The event Chromium fires for a violation the page swallows (a library probing for
      // eval in a try/catch), made by hand: the guard listens for it, with no console line.
      await page.evaluate(() => {
        document.dispatchEvent(
          new SecurityPolicyViolationEvent('securitypolicyviolation', {
            violatedDirective: 'script-src',
            effectiveDirective: 'script-src',
            originalPolicy: "script-src 'self'",
            blockedURI: 'eval',
            disposition: 'enforce',
            statusCode: 200,
          }),
        );
      });
      await page.waitForTimeout(100);
    });
  });
});
