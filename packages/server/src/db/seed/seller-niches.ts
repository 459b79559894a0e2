import type { ProductKind } from '@foyer/schema';

/** A digital product as sellers of the marketplace offer them; `price` in US cents, before tax. */
export interface NicheProduct {
  sku: string;
  name: string;
  kind: ProductKind;
  price: number;
}

/**
 * What a seller account sells: one niche, its products (the first sells most), and the words
 * its generated nickname and name are made of. Every niche has a recurring product.
 */
export interface SellerNiche {
  /** The nickname's stem: `goldenketo17`. */
  stem: string;
  /** The account's name after an adjective: `Golden Keto Kitchen`. */
  title: string;
  products: readonly NicheProduct[];
}

const standard = (sku: string, name: string, price: number): NicheProduct => ({ sku, name, kind: 'standard', price });
const recurring = (sku: string, name: string, price: number): NicheProduct => ({ sku, name, kind: 'recurring', price });

export const sellerNiches = {
  cooking: {
    stem: 'keto',
    title: 'Keto Kitchen',
    products: [
      standard('KETO-RESET', 'The 30-Day Keto Reset', 3700),
      recurring('KETO-CLUB', 'Keto Kitchen Monthly', 1900),
      standard('MEAL-PREP', 'Meal Prep Made Simple', 1900),
      standard('SOURDOUGH', 'Sourdough at Home', 2400),
      standard('SPICE-GUIDE', 'Spice Pairing Handbook', 1200),
    ],
  },
  music: {
    stem: 'fret',
    title: 'Guitar Academy',
    products: [
      standard('GUITAR-101', 'Beginner Guitar Mastery', 4700),
      standard('BLUES-SOLO', 'Blues Soloing in 21 Days', 3900),
      recurring('CHORD-CLUB', 'Chord of the Week Club', 1500),
      standard('PIANO-EAR', 'Piano by Ear', 7900),
      recurring('BACKING-VAULT', 'Backing Tracks Vault', 900),
    ],
  },
  fitness: {
    stem: 'fit',
    title: 'Fitness Studio',
    products: [
      recurring('YOGA-FLOW', 'Yoga Flow Studio Pass', 2400),
      standard('HOME-HIIT', 'Home HIIT Blueprint', 2700),
      standard('KETTLEBELL', 'Kettlebell Strength Plan', 3300),
      recurring('COACHING', 'Online Coaching Membership', 4900),
      standard('DESK-STRETCH', 'Desk Stretch Routine', 1700),
    ],
  },
  languages: {
    stem: 'lingo',
    title: 'Language School',
    products: [
      standard('SPANISH-90', 'Spanish in 90 Days', 6700),
      recurring('LANG-LAB', 'Language Lab Monthly', 1500),
      standard('FRENCH-AUDIO', 'French Audio Course', 4900),
      standard('KANJI-CARDS', 'Kanji Flashcards', 1900),
    ],
  },
  finance: {
    stem: 'budget',
    title: 'Money Coach',
    products: [
      standard('BUDGET-KIT', 'Budget Planner Toolkit', 1700),
      recurring('STOCK-LETTER', 'Value Stock Letter', 4900),
      standard('DEBT-FREE', 'Debt-Free in 24 Months', 2700),
      standard('TAX-GUIDE', 'Freelancer Tax Guide', 2900),
    ],
  },
  photography: {
    stem: 'lens',
    title: 'Photo School',
    products: [
      standard('COMPOSITION', 'Photo Composition Course', 9700),
      standard('FILM-PRESETS', 'Film Look Presets', 2900),
      recurring('PRESET-CLUB', 'Preset Club', 900),
      standard('NIGHT-SKY', 'Night Sky Photography', 3900),
    ],
  },
  pets: {
    stem: 'paws',
    title: 'Pet Academy',
    products: [
      standard('CALM-DOG', 'Calm Dog Training', 3900),
      standard('PUPPY-PLAN', 'Puppy Starter Plan', 1900),
      recurring('ASK-A-VET', 'Ask-a-Vet Membership', 1200),
      standard('CAT-BEHAVIOUR', 'Understanding Your Cat', 1700),
    ],
  },
  crafts: {
    stem: 'craft',
    title: 'Craft Room',
    products: [
      standard('WATERCOLOUR', 'Watercolour for Beginners', 2900),
      standard('WOOD-PLANS', 'Woodworking Plans Bundle', 6700),
      recurring('KNIT-CLUB', 'Knitting Pattern Club', 1100),
      standard('CALLIGRAPHY', 'Modern Calligraphy', 2400),
    ],
  },
  wellbeing: {
    stem: 'calm',
    title: 'Calm Mind',
    products: [
      standard('SLEEP-BETTER', 'Sleep Better Program', 3300),
      recurring('MEDITATION', 'Daily Meditation Circle', 1300),
      standard('MINDFUL-AUDIO', 'Mindful Mornings Audio', 2200),
      standard('JOURNAL-KIT', 'Gratitude Journal Kit', 1200),
    ],
  },
  careers: {
    stem: 'career',
    title: 'Career Lab',
    products: [
      standard('RESUME-KIT', 'Resume Makeover Kit', 2900),
      standard('INTERVIEW', 'Interview Confidence Course', 4700),
      recurring('REMOTE-JOBS', 'Remote Jobs Digest', 1900),
      standard('WRITER-BOOK', 'The Freelance Writer’s Handbook', 2400),
    ],
  },
  garden: {
    stem: 'garden',
    title: 'Garden Guide',
    products: [
      standard('SMART-GARDEN', 'Smart Gardening Guide', 1900),
      standard('SOLAR-DIY', 'Solar Power DIY Manual', 4700),
      recurring('GARDEN-PLANNER', 'Garden Planner Pro', 700),
      standard('HYDROPONICS', 'Hydroponics at Home', 3700),
    ],
  },
  software: {
    stem: 'code',
    title: 'Code Skills',
    products: [
      standard('EXCEL-DASH', 'Excel Dashboards Pro', 4900),
      standard('PYTHON-ANALYST', 'Python for Analysts', 8900),
      recurring('CODE-REVIEW', 'Code Review Club', 2900),
      standard('NOTION-PACK', 'Notion Templates Pack', 1900),
    ],
  },
} as const satisfies Record<string, SellerNiche>;

export type NicheKey = keyof typeof sellerNiches;
export const nicheKeys = Object.keys(sellerNiches) as NicheKey[];

/** The adjectives of generated account names. */
export const nameAdjectives = ['Golden', 'Bright', 'Simple', 'Smart', 'Happy', 'True', 'Daily', 'Urban', 'Wild', 'Quiet', 'Bold', 'Pure', 'Clever', 'Sunny'] as const;

/**
 * A product's price in the other currencies the marketplace sells in: converted, then set to
 * the whole unit below, as shops price (`€33.99`, not `€34.41`).
 */
export function priceIn(currency: 'USD' | 'EUR' | 'GBP', usdCents: number): number {
  if (currency === 'USD') return usdCents;
  const converted = usdCents * (currency === 'EUR' ? 0.93 : 0.8);
  return Math.max(99, Math.round(converted / 100) * 100 - 1);
}
