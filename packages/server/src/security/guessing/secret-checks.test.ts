import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { GuessKind } from './rules.js';

/*
 * Every place the server checks a secret someone presents — a password, an access code, a
 * gallery password, a second-factor or recovery code, a one-time link's token — must count the
 * attempt first, through verifyGuess. This test reads the server's source and finds each use of
 * what can compare or look up such a secret; each must stand in the reviewed table below,
 * either inside verifyGuess with the kind named there, or exempt for the reason given.
 */

const srcDir = fileURLToPath(new URL('../../', import.meta.url));

/** What can compare a secret, or look one up by its digest; matched as whole words. */
const primitives = {
  verifyPassword: /\bverifyPassword\b/g,
  // The password hashing library itself: verifyPassword is the one way in to its verify.
  argon2: /^\s*import\b[^;]*?from\s*'@node-rs\/argon2'/gm,
  matchingStep: /\bmatchingStep\b/g,
  // What computes a code an authenticator app shows: comparing one is a second-factor check.
  // Calls only: "totp" is also a word in strings (otpauth://totp/…).
  'totp code': /\b(?:hotp|totp|totpCode)\s*\(/g,
  useRecoveryCode: /\buseRecoveryCode\b/g,
  recoveryCodeHash: /\brecoveryCodeHash\b/g,
  sameBytes: /\bsameBytes\b/g,
  timingSafeEqual: /\btimingSafeEqual\b/g,
  hashToken: /\bhashToken\b/g,
  accessCodeDigest: /\baccessCodeDigest\b/g,
  keyedDigest: /\bkeyedDigest\b/g,
  'node:crypto digest': /\bcreate(?:Hash|Hmac)\b/g,
  findOneTimeLink: /\bfindOneTimeLink\b/g,
} satisfies Record<string, RegExp>;
type Primitive = keyof typeof primitives;

/** The names the primitives are imported by; importing one under another name would hide its uses. */
const importedNames: Record<string, Primitive> = {
  verifyPassword: 'verifyPassword',
  matchingStep: 'matchingStep',
  hotp: 'totp code',
  totp: 'totp code',
  totpCode: 'totp code',
  useRecoveryCode: 'useRecoveryCode',
  recoveryCodeHash: 'recoveryCodeHash',
  sameBytes: 'sameBytes',
  timingSafeEqual: 'timingSafeEqual',
  hashToken: 'hashToken',
  accessCodeDigest: 'accessCodeDigest',
  keyedDigest: 'keyedDigest',
  createHash: 'node:crypto digest',
  createHmac: 'node:crypto digest',
  findOneTimeLink: 'findOneTimeLink',
};

/** Helpers that run verifyGuess themselves: a use of one is a check of that kind. */
const routedThrough: Partial<Record<Primitive, { file: string; kind: GuessKind }>> = {
  findOneTimeLink: { file: 'security/one-time-links.ts', kind: 'one-time-link' },
};

const creating = 'hashes a new secret to store it: nothing anyone presents is checked here';
const bearer = 'looks up a bearer token by its hash: sessions and API keys are 256 random bits (newToken), which no one guesses, and no person types them';
const definesIt = (what: string) => `the body of ${what}; the uses of ${what} are listed on their own`;

type Entry = { file: string; primitive: Primitive; uses: number } & ({ kind: GuessKind } | { exempt: string });

/** The reviewed table: every use, by file (under src) and primitive. Change it only with a review. */
const reviewed: Entry[] = [
  // Sign-in: the password, then the second-factor step's challenge token.
  { file: 'areas/identity/service.ts', primitive: 'verifyPassword', kind: 'password', uses: 1 },
  { file: 'areas/identity/service.ts', primitive: 'findOneTimeLink', kind: 'one-time-link', uses: 1 },
  // A seller account's sign-in, proving control of it when a master account links it: counted as a sign-in.
  { file: 'areas/master-accounts/seller-proof.ts', primitive: 'verifyPassword', kind: 'password', uses: 1 },
  // The second factor: the password asked again, authenticator codes, recovery codes.
  { file: 'areas/second-factor/service.ts', primitive: 'verifyPassword', kind: 'password', uses: 1 },
  { file: 'areas/second-factor/service.ts', primitive: 'matchingStep', kind: 'second-factor', uses: 2 },
  { file: 'areas/second-factor/service.ts', primitive: 'useRecoveryCode', kind: 'second-factor', uses: 1 },
  { file: 'areas/second-factor/service.ts', primitive: 'recoveryCodeHash', kind: 'second-factor', uses: 1 },
  { file: 'areas/second-factor/service.ts', primitive: 'recoveryCodeHash', exempt: creating, uses: 1 },
  { file: 'areas/second-factor/service.ts', primitive: 'keyedDigest', exempt: definesIt('recoveryCodeHash'), uses: 1 },
  { file: 'db/seed/demo-agency.ts', primitive: 'recoveryCodeHash', exempt: creating, uses: 1 },
  // A gallery's password on its direct link.
  { file: 'areas/public-gallery/service.ts', primitive: 'verifyPassword', kind: 'gallery-password', uses: 1 },
  // Access codes: a client's code entry, and a member proving the current code before sending it.
  { file: 'areas/client/service.ts', primitive: 'accessCodeDigest', kind: 'access-code', uses: 1 },
  { file: 'areas/accesses/service.ts', primitive: 'accessCodeDigest', kind: 'access-code-check', uses: 1 },
  { file: 'areas/accesses/service.ts', primitive: 'sameBytes', kind: 'access-code-check', uses: 1 },
  { file: 'areas/accesses/service.ts', primitive: 'accessCodeDigest', exempt: creating, uses: 2 },
  // One-time links, each looked up through findOneTimeLink; made with hashToken.
  { file: 'security/one-time-links.ts', primitive: 'hashToken', kind: 'one-time-link', uses: 1 },
  { file: 'areas/contacts/activation.ts', primitive: 'findOneTimeLink', kind: 'one-time-link', uses: 1 },
  { file: 'areas/contacts/activation.ts', primitive: 'hashToken', exempt: creating, uses: 1 },
  { file: 'areas/members/invitations.ts', primitive: 'findOneTimeLink', kind: 'one-time-link', uses: 1 },
  { file: 'areas/members/invitations.ts', primitive: 'hashToken', exempt: creating, uses: 2 },
  { file: 'areas/members/password-resets.ts', primitive: 'findOneTimeLink', kind: 'one-time-link', uses: 1 },
  { file: 'areas/identity/own-password.ts', primitive: 'hashToken', exempt: creating, uses: 1 },
  { file: 'areas/identity/account-links.ts', primitive: 'hashToken', exempt: creating, uses: 1 },
  { file: 'areas/identity/account-links.ts', primitive: 'findOneTimeLink', kind: 'one-time-link', uses: 1 },
  { file: 'areas/master-accounts/link-requests.ts', primitive: 'hashToken', exempt: creating, uses: 1 },
  { file: 'areas/master-accounts/link-requests.ts', primitive: 'findOneTimeLink', kind: 'one-time-link', uses: 1 },
  // Bearer tokens: sessions and API keys.
  { file: 'security/sessions.ts', primitive: 'hashToken', exempt: creating, uses: 1 },
  { file: 'security/sessions.ts', primitive: 'hashToken', exempt: bearer, uses: 1 },
  { file: 'security/member-session.ts', primitive: 'hashToken', exempt: bearer, uses: 1 },
  { file: 'callers/client-call.ts', primitive: 'hashToken', exempt: bearer, uses: 1 },
  { file: 'security/api-keys.ts', primitive: 'hashToken', exempt: bearer, uses: 1 },
  { file: 'security/api-keys.ts', primitive: 'hashToken', exempt: creating, uses: 1 },
  // Signed file links: the server's own HMAC, not a secret a person holds.
  {
    file: 'security/signed-links.ts',
    primitive: 'sameBytes',
    exempt: 'checks the HMAC of a signed file link, which the server made: no person holds it, and a wrong one tells nothing about a right one',
    uses: 1,
  },
  { file: 'security/signed-links.ts', primitive: 'keyedDigest', exempt: 'signs and checks file links (see sameBytes in this file)', uses: 1 },
  // A kept answer's entity tag (the overview's, the dashboard's): a digest of the versions it was made from, compared with the copy a client holds; nothing secret is in it.
  {
    file: 'cache/entity-tags.ts',
    primitive: 'node:crypto digest',
    exempt: 'names a version of a kept answer (its ETag) from facts the caller is shown anyway; it opens nothing, the session is checked first',
    uses: 1,
  },
  // The building blocks themselves.
  { file: 'security/passwords.ts', primitive: 'argon2', exempt: definesIt('verifyPassword'), uses: 1 },
  { file: 'security/totp.ts', primitive: 'totp code', exempt: 'the TOTP module itself: matchingStep is its comparison, listed where it is used', uses: 3 },
  { file: 'security/totp.ts', primitive: 'node:crypto digest', exempt: 'HOTP: the HMAC an authenticator code is cut from', uses: 1 },
  { file: 'security/tokens.ts', primitive: 'timingSafeEqual', exempt: definesIt('sameBytes'), uses: 1 },
  { file: 'security/tokens.ts', primitive: 'node:crypto digest', exempt: 'the bodies of hashToken and keyedDigest, listed where they are used', uses: 2 },
  { file: 'security/access-codes.ts', primitive: 'keyedDigest', exempt: definesIt('accessCodeDigest'), uses: 1 },
  {
    file: 'security/guessing/verifier.ts',
    primitive: 'keyedDigest',
    exempt: 'names the guessing counters by a digest of their target and source, so the counters name no one: nothing is checked',
    uses: 1,
  },
  {
    file: 'security/instance-secret.ts',
    primitive: 'timingSafeEqual',
    exempt: 'compares the instance key with its fingerprint at start-up: the key is configuration, which no one presents to a request',
    uses: 1,
  },
  { file: 'security/instance-secret.ts', primitive: 'node:crypto digest', exempt: 'the instance key fingerprint (see timingSafeEqual in this file)', uses: 1 },
];

// --- reading the source ------------------------------------------------------------------

/** The text with comments, import statements and re-exports blanked out, lines kept in place. */
function code(text: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  return text.replace(/\/\*[\s\S]*?\*\//g, blank).replace(/(^|[^:\\'"`])(\/\/[^\n]*)/gm, (_m, before: string, comment: string) => before + blank(comment));
}

function withoutImports(text: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  return text.replace(/^\s*(?:import|export)\b[^;]*?\bfrom\s*'[^']*';?/gm, blank);
}

/** Where the call whose opening parenthesis is at `open` closes; strings and templates are skipped. */
function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'" || c === '"' || c === '`') {
      for (i++; i < text.length && text[i] !== c; i++) if (text[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return text.length;
}

interface GuessCall {
  start: number;
  end: number;
  /** The kind written in the call, or null when it is not a literal the test can read. */
  kind: string | null;
}

function guessCalls(text: string): GuessCall[] {
  const calls: GuessCall[] = [];
  for (const match of text.matchAll(/(?<!function\s+)\bverifyGuess\s*(?:<[^>()]*>)?\s*\(/g)) {
    const open = match.index + match[0].length - 1;
    const end = closingParen(text, open);
    const kind = /^\(\s*[\w.]+\s*,\s*\{\s*kind:\s*'([\w-]+)'/.exec(text.slice(open, end))?.[1] ?? null;
    calls.push({ start: open, end, kind });
  }
  return calls;
}

interface Use {
  file: string;
  primitive: Primitive;
  line: number;
  /** `kind:<kind>` inside verifyGuess or through a helper, `unguarded`, or `renamed` on import. */
  guard: string;
}

function usesIn(file: string, text: string): Use[] {
  const source = code(text);
  const body = withoutImports(source);
  const calls = guessCalls(body);
  const uses: Use[] = [];
  for (const [primitive, pattern] of Object.entries(primitives) as Array<[Primitive, RegExp]>) {
    const haystack = primitive === 'argon2' ? source : body;
    for (const match of haystack.matchAll(pattern)) {
      // A declaration is not a use: `function hashToken(…)`.
      if (/function\s+$/.test(haystack.slice(Math.max(0, match.index - 20), match.index))) continue;
      const around = calls.find((call) => call.start < match.index && match.index < call.end);
      const routed = routedThrough[primitive];
      const guard = around ? `kind:${around.kind ?? '(not a literal)'}` : routed ? `kind:${routed.kind}` : 'unguarded';
      uses.push({ file, primitive, line: haystack.slice(0, match.index).split('\n').length, guard });
    }
  }
  for (const statement of source.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s*'[^']*'/gm)) {
    for (const renamed of statement[0].matchAll(/\b(\w+)\s+as\s+\w+/g)) {
      const primitive = importedNames[renamed[1]!];
      const line = source.slice(0, statement.index + renamed.index).split('\n').length;
      if (primitive) uses.push({ file, primitive, line, guard: 'renamed' });
    }
  }
  return uses;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function readUses(): Use[] {
  return sourceFiles(srcDir).flatMap((path) => usesIn(relative(srcDir, path).split(sep).join('/'), readFileSync(path, 'utf8')));
}

// --- comparing with the table ------------------------------------------------------------

const entryGuard = (entry: Entry) => ('kind' in entry ? `kind:${entry.kind}` : 'unguarded');
const describeGuard = (guard: string) =>
  guard === 'unguarded' ? 'outside verifyGuess' : guard === 'renamed' ? 'imported under another name' : `guarded by verifyGuess (${guard.replace(':', ' ')})`;

/** Sentences naming each difference between the source and the reviewed table. */
function differences(uses: Use[], table: Entry[]): string[] {
  const key = (file: string, primitive: string, guard: string) => `${file}\u0000${primitive}\u0000${guard}`;
  const found = new Map<string, Use[]>();
  for (const use of uses) found.set(key(use.file, use.primitive, use.guard), [...(found.get(key(use.file, use.primitive, use.guard)) ?? []), use]);
  const listed = new Map<string, number>();
  for (const entry of table) {
    const k = key(entry.file, entry.primitive, entryGuard(entry));
    listed.set(k, (listed.get(k) ?? 0) + entry.uses);
  }
  const problems: string[] = [];
  for (const [k, seen] of found) {
    const expected = listed.get(k) ?? 0;
    if (seen.length <= expected) continue;
    const { file, primitive, guard } = seen[0]!;
    const lines = seen.map((u) => u.line).join(', ');
    const todo =
      guard === 'unguarded'
        ? 'route the check through verifyGuess(ctx, { kind, target }, check), or, where it checks nothing a person could guess, add a reviewed exemption with its reason to the table'
        : guard === 'renamed'
          ? 'import it by its own name, so its uses can be found'
          : `add the use, with its ${guard.replace(':', ' ')}, to the table`;
    problems.push(
      `${file} (lines ${lines}) uses ${primitive} ${describeGuard(guard)} ${seen.length} time(s), the table lists ${expected}: ${todo} in security/guessing/secret-checks.test.ts.`,
    );
  }
  for (const [k, expected] of listed) {
    const seen = found.get(k)?.length ?? 0;
    if (seen >= expected) continue;
    const [file, primitive, guard] = k.split('\u0000') as [string, string, string];
    problems.push(`the table lists ${expected} use(s) of ${primitive} ${describeGuard(guard)} in ${file}, the source has ${seen}: correct the entry, so the table says what is there.`);
  }
  return problems;
}

describe('every check of a secret goes through verifyGuess', () => {
  it('finds each use of what compares a secret where the reviewed table says, and nowhere else', () => {
    expect(differences(readUses(), reviewed)).toEqual([]);
  });

  it('counts a look-up through findOneTimeLink as a one-time-link guess, because the helper runs verifyGuess itself', () => {
    for (const [primitive, helper] of Object.entries(routedThrough)) {
      const source = withoutImports(code(readFileSync(join(srcDir, helper.file), 'utf8')));
      const start = source.search(new RegExp(`function\\s+${primitive}\\b`));
      expect(start, `${helper.file} defines ${primitive}`).toBeGreaterThanOrEqual(0);
      const next = source.slice(start + 1).search(/\n(?:export\s+)?(?:async\s+)?function\s/);
      const body = source.slice(start, next < 0 ? undefined : start + 1 + next);
      expect(guessCalls(body).map((call) => call.kind)).toEqual([helper.kind]);
    }
  });

  it('tells a use outside verifyGuess from one inside it, and names what to do', () => {
    const bypass = [
      "import { verifyPassword } from '../security/passwords.js';",
      "import { verifyGuess } from '../security/guessing/verifier.js';",
      'export async function signIn(ctx, hash, password) {',
      "  const ok = await verifyGuess(ctx, { kind: 'password', target: 'a@example.com' }, async () => ((await verifyPassword(hash, password)) ? true : null));",
      '  // verifyPassword(hash, password) in a comment is not a use.',
      '  return ok ?? (await verifyPassword(hash, password));',
      '}',
    ].join('\n');
    const uses = usesIn('areas/example/service.ts', bypass);
    expect(uses.map((u) => [u.line, u.guard])).toEqual([
      [4, 'kind:password'],
      [6, 'unguarded'],
    ]);
    const table: Entry[] = [{ file: 'areas/example/service.ts', primitive: 'verifyPassword', kind: 'password', uses: 1 }];
    expect(differences(uses, table)).toEqual([
      expect.stringMatching(/^areas\/example\/service\.ts \(lines 6\) uses verifyPassword outside verifyGuess .*route the check through verifyGuess/),
    ]);
  });

  it('does not lose a use to an import under another name', () => {
    const renamed = "import { hashToken as digestOf } from '../security/tokens.js';\nexport const find = (db, token) => db('sessions').where({ token_hash: digestOf(token) });";
    expect(usesIn('areas/example/queries.ts', renamed).map((u) => [u.primitive, u.guard])).toEqual([['hashToken', 'renamed']]);
  });
});
