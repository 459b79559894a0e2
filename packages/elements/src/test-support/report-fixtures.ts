import type { MasterShellFixture } from './master-shell-fixtures.js';

/** A master account's reports (`/fixture/report-desk`); see test/report-fixtures.mjs for what happened today. */
export interface ReportDeskFixture extends MasterShellFixture {
  /** The host back-end's API-only user. */
  backend: { identityId: string; name: string };
  /** n1 and n2 in North, s1 in South. */
  tickets: { n1: number; n2: number; s1: number };
  /** How many comments Fran wrote on s1. */
  franComments: number;
}

export async function reportDeskFixture(): Promise<ReportDeskFixture> {
  const response = await fetch('/fixture/report-desk', { method: 'POST' });
  if (!response.ok) throw new Error(`fixture failed: ${response.status} ${await response.text()}`);
  return response.json();
}
