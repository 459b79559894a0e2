/**
 * The agency demo, as data: two email-marketing workspaces on a plan with agency
 * access, and an agency account with a second factor that both granted access with different
 * roles. The demo prints every credential below so a visitor can sign in as the agency:
 * never use them anywhere real.
 */

export const agencyDemoWorkspaces = [
  {
    handle: 'nordlicht-newsletter',
    name: 'Nordlicht Newsletter',
    owner: { email: 'owner@nordlicht-newsletter.example', password: 'nordlicht-demo-2026', name: 'Maja Nordlicht' },
    agencyRole: 'administrator',
  },
  {
    handle: 'kaffee-kontor',
    name: 'Kaffee Kontor Mailings',
    owner: { email: 'owner@kaffee-kontor.example', password: 'kaffee-demo-2026', name: 'Jonas Bohne' },
    agencyRole: 'copywriter',
  },
] as const;

/**
 * The agency account, with a known TOTP secret (base32, as an authenticator app takes it)
 * and known recovery codes, so the demo can print them. Each recovery code works once.
 */
export const demoAgency = {
  email: 'team@pixel-agentur.example',
  password: 'pixel-agency-2026',
  name: 'Pixel Agentur',
  secret: 'OBUXQZLMFVQWOZLOOR2XELLEMVWW6IJB',
  recoveryCodes: ['pixel-demoa', 'pixel-demob', 'pixel-democ', 'pixel-demod', 'pixel-demoe', 'pixel-demof', 'pixel-demog', 'pixel-demoh'],
} as const;

/** A second agency that has not turned its second factor on: its grant shows why it cannot be used. */
export const demoAgencyWithoutSecondFactor = {
  email: 'hello@langsam-agentur.example',
  password: 'langsam-agency-2026',
  name: 'Langsam Agentur',
  workspace: 'nordlicht-newsletter',
  role: 'customer-support',
} as const;
