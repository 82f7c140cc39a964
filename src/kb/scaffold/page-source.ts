// The MDX source of a new entity page: validated frontmatter and a short generated lead the editor may
// rewrite. Names come from untrusted article text, so the lead escapes everything MDX would interpret.
import { stringify as stringifyYaml } from 'yaml';
import { dateName } from '../extract/dates.ts';
import type { EntityData } from '../schemas/entity.ts';
import type { EntityType } from '../types.ts';

const KIND_LABEL: Record<string, string> = {
  state: 'state',
  organisation: 'organisation',
  person: 'person',
  group: 'group',
  media: 'media outlet',
  country: 'country',
  city: 'city',
  region: 'region',
  territory: 'territory',
  corridor: 'corridor',
  crossing: 'border crossing',
  site: 'site',
};

/** Backslash-escapes the ASCII punctuation MDX or Markdown could read as syntax. */
export function escapeMdxText(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|~&]/g, (char) => `\\${char}`);
}

/** What the articles said of the entity where they first named it: a party's role as written ("a representative
 * for Hamas"), an issue's first sentence. */
export interface LeadEvidence {
  role?: string;
  sentence?: string;
}

/** Longest quoted sentence in a lead; a longer one is cut at a word. */
const LEAD_QUOTE = 280;

export function leadFor(type: EntityType, data: EntityData, firstSeen: string, evidence: LeadEvidence = {}): string {
  const name = escapeMdxText(data.name);
  const when = dateName(firstSeen);
  switch (type) {
    case 'party':
    case 'place': {
      if (evidence.role) return `${name}, ${escapeMdxText(evidence.role)}, is first named in this dossier's articles on ${when}.`;
      const kind = 'kind' in data && data.kind !== 'other' ? KIND_LABEL[data.kind] : undefined;
      const article = kind && /^[aeiou]/.test(kind) ? 'an' : 'a';
      return kind
        ? `${name} is ${article} ${kind} first named in this dossier's articles on ${when}.`
        : `${name} is first named in this dossier's articles on ${when}.`;
    }
    case 'date':
      return `What the articles of this dossier report for ${name}.`;
    case 'issue': {
      if (!evidence.sentence) return `${name}: a matter in contention, first reported in this dossier's articles on ${when}.`;
      let quote = evidence.sentence.replace(/\s+/g, ' ').trim();
      if (quote.length > LEAD_QUOTE) quote = `${quote.slice(0, quote.lastIndexOf(' ', LEAD_QUOTE))} …`;
      return `${name}, as this dossier's articles first report it on ${when}: “${escapeMdxText(quote)}”`;
    }
  }
}

export function pageSource(type: EntityType, data: EntityData, firstSeen: string, evidence: LeadEvidence = {}): string {
  const frontmatter = stringifyYaml(data, { lineWidth: 0 }).trimEnd();
  return `---\n${frontmatter}\n---\n\n${leadFor(type, data, firstSeen, evidence)}\n`;
}
