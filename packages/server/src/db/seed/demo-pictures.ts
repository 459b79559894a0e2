/**
 * Demo pictures drawn in code: small SVG files, one colour scheme per gallery and one caption
 * per picture, so galleries are told apart at a glance and no photo files live in the repository.
 */

export type Motif = 'rings' | 'flowers' | 'confetti' | 'portrait' | 'mountains' | 'sun' | 'city';

export interface PictureSpec {
  galleryTitle: string;
  caption: string;
  /** The picture's place in its gallery; shifts the colours and the shapes. */
  index: number;
  hue: number;
  motif: Motif;
}

const width = 800;
const height = 600;

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A small deterministic generator: the same picture every time the demo is seeded. */
function randomFrom(seed: string): () => number {
  let state = 2166136261;
  for (const char of seed) state = Math.imul(state ^ char.charCodeAt(0), 16777619);
  return () => {
    state = Math.imul(state ^ (state >>> 15), 2246822507);
    state = Math.imul(state ^ (state >>> 13), 3266489909);
    state ^= state >>> 16;
    return (state >>> 0) / 4294967296;
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

function motifShapes(motif: Motif, random: () => number, hue: number): string {
  const light = `hsl(${hue} 90% 92% / 0.85)`;
  const dark = `hsl(${hue} 60% 18% / 0.55)`;
  switch (motif) {
    case 'rings': {
      const x = 300 + random() * 120;
      const y = 220 + random() * 60;
      const r = 90 + random() * 30;
      return `<circle cx="${round(x)}" cy="${round(y)}" r="${round(r)}" fill="none" stroke="${light}" stroke-width="18"/>
  <circle cx="${round(x + r * 0.9)}" cy="${round(y + 10)}" r="${round(r)}" fill="none" stroke="${light}" stroke-width="18"/>`;
    }
    case 'flowers': {
      const flowers: string[] = [];
      for (let f = 0; f < 5; f++) {
        const cx = 100 + random() * 600;
        const cy = 100 + random() * 280;
        const r = 20 + random() * 30;
        for (let p = 0; p < 6; p++) {
          const a = (p / 6) * Math.PI * 2;
          flowers.push(`<circle cx="${round(cx + Math.cos(a) * r)}" cy="${round(cy + Math.sin(a) * r)}" r="${round(r * 0.7)}" fill="${light}"/>`);
        }
        flowers.push(`<circle cx="${round(cx)}" cy="${round(cy)}" r="${round(r * 0.6)}" fill="hsl(${(hue + 40) % 360} 90% 60%)"/>`);
      }
      return flowers.join('\n  ');
    }
    case 'confetti': {
      const dots: string[] = [];
      for (let d = 0; d < 60; d++) {
        const h = (hue + Math.floor(random() * 180)) % 360;
        dots.push(
          `<rect x="${round(random() * width)}" y="${round(random() * 440)}" width="${round(8 + random() * 14)}" height="${round(4 + random() * 8)}" transform="rotate(${Math.floor(random() * 180)} ${round(random() * width)} ${round(random() * 440)})" fill="hsl(${h} 85% 65%)"/>`,
        );
      }
      return dots.join('\n  ');
    }
    case 'portrait': {
      const x = 260 + random() * 280;
      return `<circle cx="${round(x)}" cy="200" r="${round(70 + random() * 20)}" fill="${dark}"/>
  <ellipse cx="${round(x)}" cy="470" rx="${round(170 + random() * 30)}" ry="150" fill="${dark}"/>`;
    }
    case 'mountains': {
      const peaks: string[] = [];
      for (let layer = 0; layer < 3; layer++) {
        const base = 330 + layer * 50;
        let points = `0,${base + 120}`;
        for (let x = 0; x <= width; x += 100) points += ` ${x},${round(base - random() * (160 - layer * 40))}`;
        points += ` ${width},${base + 120}`;
        peaks.push(`<polygon points="${points}" fill="hsl(${hue} 40% ${20 + layer * 12}% / 0.8)"/>`);
      }
      return peaks.join('\n  ');
    }
    case 'sun': {
      const x = 150 + random() * 500;
      const y = 140 + random() * 120;
      return `<circle cx="${round(x)}" cy="${round(y)}" r="${round(60 + random() * 40)}" fill="hsl(${(hue + 30) % 360} 95% 70%)"/>
  <rect x="0" y="${round(330 + random() * 40)}" width="${width}" height="200" fill="${dark}"/>`;
    }
    case 'city': {
      const blocks: string[] = [];
      for (let x = 0; x < width; x += 60 + Math.floor(random() * 40)) {
        const h = 120 + random() * 260;
        blocks.push(`<rect x="${x}" y="${round(480 - h)}" width="${round(50 + random() * 20)}" height="${round(h)}" fill="${dark}"/>`);
      }
      return blocks.join('\n  ');
    }
  }
}

/** One picture as SVG text: a gradient in the gallery's colours, a motif, the caption below. */
export function demoPicture(spec: PictureSpec): string {
  const random = randomFrom(`${spec.galleryTitle}/${spec.index}/${spec.caption}`);
  const hue = (spec.hue + spec.index * 17) % 360;
  const caption = escapeXml(spec.caption);
  const gallery = escapeXml(spec.galleryTitle);
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${caption}">
  <defs>
    <linearGradient id="sky" x1="0" y1="0" x2="${round(random())}" y2="1">
      <stop offset="0" stop-color="hsl(${hue} 70% 32%)"/>
      <stop offset="1" stop-color="hsl(${(hue + 35) % 360} 75% 62%)"/>
    </linearGradient>
  </defs>
  <rect width="${width}" height="${height}" fill="url(#sky)"/>
  ${motifShapes(spec.motif, random, hue)}
  <rect x="0" y="${height - 110}" width="${width}" height="110" fill="hsl(${hue} 40% 10% / 0.65)"/>
  <text x="32" y="${height - 58}" font-family="Georgia, serif" font-size="38" fill="#fff">${caption}</text>
  <text x="32" y="${height - 24}" font-family="system-ui, sans-serif" font-size="20" fill="hsl(${hue} 60% 85%)">${gallery} · No. ${spec.index + 1}</text>
</svg>
`;
}

/** A file name like `03-the-first-dance.svg`. */
export function demoPictureName(caption: string, index: number): string {
  const slug = caption
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${String(index + 1).padStart(2, '0')}-${slug}.svg`;
}
