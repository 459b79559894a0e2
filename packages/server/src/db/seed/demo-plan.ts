import type { AccessScope } from '@foyer/schema';
import type { Motif } from './demo-pictures.js';

/**
 * What the demo holds, as data: a photographer's workspace whose galleries and accesses show
 * every rule of client access once (navigation into sub-galleries and back, a gallery
 * password, an access that opens only the galleries added by hand, disabled and expired
 * codes). The seed creates it through the server's own procedures; the demo page prints the
 * same facts so a visitor knows what each code should show.
 *
 * Gallery titles are unique in the plan: the facts and the tests name galleries by title.
 */

export const demoWorkspace = {
  handle: 'studio-lindqvist',
  name: 'Studio Lindqvist Photography',
} as const;

/** Demo credentials, printed on the demo's admin page. Never use them anywhere real. */
export const demoOwner = {
  email: 'owner@studio-lindqvist.example',
  password: 'lindqvist-demo-2026',
  name: 'Elin Lindqvist',
} as const;

export type GalleryKey =
  | 'weddings'
  | 'muellerSchmidt'
  | 'ceremony'
  | 'reception'
  | 'couplePortraits'
  | 'bergAhmadi'
  | 'gettingReady'
  | 'party'
  | 'portfolio'
  | 'landscapes'
  | 'people'
  | 'architecture'
  | 'corporate'
  | 'headshots'
  | 'summerParty';

export interface GalleryPlan {
  key: GalleryKey;
  title: string;
  parent: GalleryKey | null;
  /** "Allow navigation into sub-galleries and from them back into this gallery." */
  allowNavigation: boolean;
  /** Guards the direct link only; an access code opens the gallery without it. */
  password: string | null;
  /** Base hue of the gallery's pictures, so each gallery looks like itself. */
  hue: number;
  motif: Motif;
  captions: readonly string[];
  /** Which picture (by index) is the cover; leave out for the first. */
  cover?: number;
}

/** Parents come before their sub-galleries: the seed creates them in this order. */
export const galleryPlan: readonly GalleryPlan[] = [
  {
    key: 'weddings',
    title: 'Weddings 2026',
    parent: null,
    allowNavigation: false,
    password: null,
    hue: 340,
    motif: 'rings',
    captions: ['Save the date', 'Spring bookings', 'The studio at dusk'],
  },
  {
    key: 'muellerSchmidt',
    title: 'Müller & Schmidt wedding',
    parent: 'weddings',
    allowNavigation: true,
    password: 'rings-and-roses',
    hue: 350,
    motif: 'rings',
    captions: ['The couple', 'First look', 'Walking to the lake', 'Golden hour'],
    cover: 3,
  },
  {
    key: 'ceremony',
    title: 'Ceremony',
    parent: 'muellerSchmidt',
    allowNavigation: false,
    password: null,
    hue: 40,
    motif: 'flowers',
    captions: ['Arrival of the guests', 'The vows', 'Exchanging rings', 'Confetti on the steps'],
  },
  {
    key: 'reception',
    title: 'Reception',
    parent: 'muellerSchmidt',
    allowNavigation: false,
    password: 'first-dance-2026',
    hue: 270,
    motif: 'confetti',
    captions: ['The long table', 'Speeches', 'The first dance', 'Cutting the cake', 'Sparklers at midnight'],
  },
  {
    key: 'couplePortraits',
    title: 'Couple portraits',
    parent: 'muellerSchmidt',
    allowNavigation: false,
    password: null,
    hue: 15,
    motif: 'portrait',
    captions: ['By the old oak', 'In the meadow', 'Veil in the wind'],
  },
  {
    key: 'bergAhmadi',
    title: 'Berg & Ahmadi wedding',
    parent: 'weddings',
    allowNavigation: false,
    password: null,
    hue: 190,
    motif: 'rings',
    captions: ['The invitation', 'The venue', 'Table plan'],
  },
  {
    key: 'gettingReady',
    title: 'Getting ready',
    parent: 'bergAhmadi',
    allowNavigation: false,
    password: null,
    hue: 200,
    motif: 'flowers',
    captions: ['The dress', 'Cufflinks', 'Last touches'],
  },
  {
    key: 'party',
    title: 'Party',
    parent: 'bergAhmadi',
    allowNavigation: false,
    password: null,
    hue: 300,
    motif: 'confetti',
    captions: ['Dance floor', 'The band', 'Photo booth', 'Last song'],
  },
  {
    key: 'portfolio',
    title: 'Portfolio',
    parent: null,
    allowNavigation: true,
    password: null,
    hue: 210,
    motif: 'sun',
    captions: ['Selected work', 'Light and shadow', 'Behind the camera'],
  },
  {
    key: 'landscapes',
    title: 'Landscapes',
    parent: 'portfolio',
    allowNavigation: false,
    password: null,
    hue: 150,
    motif: 'mountains',
    captions: ['Fjord at dawn', 'Lofoten ridge', 'Birch forest', 'Northern lights'],
  },
  {
    key: 'people',
    title: 'People',
    parent: 'portfolio',
    allowNavigation: false,
    password: null,
    hue: 25,
    motif: 'portrait',
    captions: ['The fisherman', 'Street musician', 'Grandmother Ingrid'],
  },
  {
    key: 'architecture',
    title: 'Architecture',
    parent: 'portfolio',
    allowNavigation: false,
    password: null,
    hue: 230,
    motif: 'city',
    captions: ['Opera house', 'Old town roofs', 'Glass and steel'],
  },
  {
    key: 'corporate',
    title: 'Corporate',
    parent: null,
    allowNavigation: false,
    password: null,
    hue: 180,
    motif: 'city',
    captions: ['Office portraits', 'Events', 'Products'],
  },
  {
    key: 'headshots',
    title: 'Nordlicht GmbH headshots 2026',
    parent: 'corporate',
    allowNavigation: false,
    password: 'nordlicht-team',
    hue: 195,
    motif: 'portrait',
    captions: ['Managing director', 'Head of sales', 'Engineering lead', 'Front desk'],
  },
  {
    key: 'summerParty',
    title: 'Nordlicht GmbH summer party',
    parent: 'corporate',
    allowNavigation: false,
    password: null,
    hue: 55,
    motif: 'sun',
    captions: ['Barbecue', 'Team photo', 'Sunset on the roof'],
  },
];

export interface AccessPlan {
  name: string;
  code: string;
  email: string | null;
  /** The owner's internal note, which the client never sees. */
  note?: string;
  scope: AccessScope;
  /** The galleries added by hand. */
  galleries: readonly GalleryKey[];
  /** `expired` is made by an expiry date 30 days before seeding; `disabled` by disabling it. */
  state: 'active' | 'disabled' | 'expired';
  /** Days from seeding until an active access expires; leave out for no expiry. */
  expiresInDays?: number;
  /** Sent by email while seeding (to the outbox only), so the outbox has something to show. */
  sendInvitation?: boolean;
  /** What a visitor trying the code should see, in a sentence or two. */
  expect: string;
  /** The cards of the client's overview. */
  overview: readonly GalleryKey[];
  /** Every gallery the client can open (by the overview or by navigating). */
  opens: readonly GalleryKey[];
  /** Galleries nearby that the client cannot open. */
  refused: readonly GalleryKey[];
}

export const accessPlan: readonly AccessPlan[] = [
  {
    name: 'Anna Müller & Jonas Schmidt',
    code: 'mueller-wedding-2026',
    email: 'anna.mueller@example.com',
    note: 'Album upgrade booked; print order due in August.',
    scope: 'navigation',
    galleries: ['muellerSchmidt'],
    state: 'active',
    sendInvitation: true,
    expect:
      'One card, the wedding. It allows navigation, so Ceremony, Reception and Couple portraits open from it — Reception without its password. "Weddings 2026" above it has navigation off: no way up.',
    overview: ['muellerSchmidt'],
    opens: ['muellerSchmidt', 'ceremony', 'reception', 'couplePortraits'],
    refused: ['weddings', 'bergAhmadi', 'party'],
  },
  {
    name: 'Wedding guests (reception only)',
    code: 'mueller-reception-guests',
    email: 'guests@mueller-schmidt.example',
    scope: 'navigation',
    galleries: ['reception'],
    state: 'active',
    expiresInDays: 180,
    expect:
      'Only Reception was added, but its parent (the wedding) allows navigation: the guests can go up to the wedding and from there into Ceremony and Couple portraits — the effect the help page warns about.',
    overview: ['reception'],
    opens: ['reception', 'muellerSchmidt', 'ceremony', 'couplePortraits'],
    refused: ['weddings', 'bergAhmadi'],
  },
  {
    name: 'Berg & Ahmadi party guests',
    code: 'berg-party-2026',
    email: 'party@berg-ahmadi.example',
    scope: 'navigation',
    galleries: ['party'],
    state: 'active',
    expect: 'Only Party. Its parent "Berg & Ahmadi wedding" has navigation off, so there is no way up and no way into "Getting ready".',
    overview: ['party'],
    opens: ['party'],
    refused: ['bergAhmadi', 'gettingReady', 'weddings'],
  },
  {
    name: 'Portfolio for prospective clients',
    code: 'lindqvist-portfolio',
    email: null,
    scope: 'navigation',
    galleries: ['portfolio'],
    state: 'active',
    expect: 'The Portfolio, which allows navigation: Landscapes, People and Architecture open from it.',
    overview: ['portfolio'],
    opens: ['portfolio', 'landscapes', 'people', 'architecture'],
    refused: ['weddings', 'corporate'],
  },
  {
    name: 'Fjordbyrå licensing (landscapes)',
    code: 'licensing-landscapes',
    email: 'licensing@fjordbyra.example',
    note: 'Explicit only: they license landscapes, nothing else.',
    scope: 'explicit',
    galleries: ['portfolio', 'landscapes'],
    state: 'active',
    expect: 'Explicit only: Portfolio and Landscapes, the two galleries added by hand. Portfolio allows navigation, yet People and Architecture stay closed.',
    overview: ['portfolio', 'landscapes'],
    opens: ['portfolio', 'landscapes'],
    refused: ['people', 'architecture'],
  },
  {
    name: 'Nordlicht GmbH',
    code: 'nordlicht-2026',
    email: 'marketing@nordlicht.example',
    scope: 'navigation',
    galleries: ['headshots', 'summerParty'],
    state: 'active',
    expect: 'Two cards: the headshots (password-protected on their direct link, open here without it) and the summer party. "Corporate" above them stays closed.',
    overview: ['headshots', 'summerParty'],
    opens: ['headshots', 'summerParty'],
    refused: ['corporate'],
  },
  {
    name: 'Hansen family (2025, disabled)',
    code: 'hansen-family-2025',
    email: 'hansen@example.com',
    scope: 'navigation',
    galleries: ['people'],
    state: 'disabled',
    expect: 'Disabled by the owner: the code is refused with the same answer as a wrong code.',
    overview: [],
    opens: [],
    refused: [],
  },
  {
    name: 'Wedding magazine preview (expired)',
    code: 'wedding-magazine-preview',
    email: 'editor@wedding-magazine.example',
    scope: 'navigation',
    galleries: ['ceremony'],
    state: 'expired',
    expect: 'Expired a month ago: the code is refused with the same answer as a wrong code.',
    overview: [],
    opens: [],
    refused: [],
  },
];

export interface DirectLinkPlan {
  gallery: GalleryKey;
  expect: string;
}

/** Direct links worth trying without a code, on the demo's gallery page. */
export const directLinkPlan: readonly DirectLinkPlan[] = [
  {
    gallery: 'muellerSchmidt',
    expect: 'Asks for the wedding password. Unlocked, Ceremony and Couple portraits open from it; Reception asks for its own password.',
  },
  { gallery: 'reception', expect: 'Asks for the Reception password; from there one may go up to the wedding, which asks for its own.' },
  { gallery: 'headshots', expect: 'Asks for the headshots password.' },
  { gallery: 'portfolio', expect: 'No password: opens at once, with Landscapes, People and Architecture below it.' },
  { gallery: 'ceremony', expect: 'No password of its own: opens at once. Going up to the wedding asks for the wedding password.' },
];
