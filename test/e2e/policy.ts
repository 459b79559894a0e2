import type { Browser, Page } from 'playwright-core';

/**
 * Collects the Content-Security-Policy violations of the pages it opens, so a walk fails when
 * an element needs something the demo's strict policy refuses — the same policy a site owner
 * can copy. Two sources, because each misses something: the `securitypolicyviolation` events
 * (composed, so they reach the document from inside shadow roots; reported through a binding,
 * so they survive navigation and reloads), and Chromium's console lines about the policy
 * (which name the directive in words when an event's fields are terse).
 */
export class PolicyWatch {
  readonly violations: string[] = [];

  async newPage(browser: Browser): Promise<Page> {
    const page = await browser.newPage();
    await this.watch(page);
    return page;
  }

  async watch(page: Page): Promise<void> {
    await page.exposeBinding('foyerReportPolicyViolation', (_source, line: string) => void this.violations.push(line));
    await page.addInitScript(() => {
      document.addEventListener(
        'securitypolicyviolation',
        (event) => {
          const where = `${event.sourceFile || event.documentURI}:${event.lineNumber}`;
          const report = (window as unknown as { foyerReportPolicyViolation: (line: string) => void }).foyerReportPolicyViolation;
          report(`${event.effectiveDirective} refused ${event.blockedURI || 'an inline part'} at ${where} ${event.sample}`.trim());
        },
        true,
      );
    });
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) this.violations.push(message.text());
    });
  }
}

/** A Content-Security-Policy header as its directives, each with its sources in order. */
export function directives(header: string): Record<string, string[]> {
  const entries = header
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .filter(([name]) => name)
    .map(([name, ...sources]) => [name!.toLowerCase(), sources] as const);
  return Object.fromEntries(entries);
}
