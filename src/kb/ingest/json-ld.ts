// Reads a page's schema.org article from its JSON-LD: `@graph` lists, `@type` arrays and `@id` references included.

/** What ingest takes from a schema.org NewsArticle (or Article, BlogPosting, ReportageNewsArticle…). */
export interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  author?: string;
  publisher?: string;
  url?: string;
  /** false on a paywalled page that says so. */
  isAccessibleForFree?: boolean;
}

type Node = Record<string, unknown>;

/** schema.org types that are an article's own node. */
const ARTICLE_TYPE = /^(?:schema:)?(?:\w*NewsArticle|Article|\w*BlogPosting|Report)$/;

/** The first article node of the page's JSON-LD blocks; blocks that do not parse are skipped. */
export function jsonLdArticle(document: Document): JsonLdArticle {
  const nodes: Node[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json" i]')) {
    try {
      collect(JSON.parse(script.textContent ?? ''), nodes);
    } catch {
      // a broken block is the page's problem; the other sources still count
    }
  }
  const byId = new Map(nodes.filter((node) => typeof node['@id'] === 'string').map((node) => [node['@id'] as string, node]));
  const resolve = (value: unknown): unknown => {
    const id = isNode(value) ? value['@id'] : undefined;
    return typeof id === 'string' && Object.keys(value as Node).length === 1 ? (byId.get(id) ?? value) : value;
  };
  const article = nodes.find((node) => typesOf(node).some((type) => ARTICLE_TYPE.test(type)));
  if (!article) return {};
  const headline = text(article['headline']) ?? text(article['name']);
  const datePublished = text(article['datePublished']) ?? text(article['dateCreated']);
  const author = listOf(article['author']).map((person) => nameOf(resolve(person))).filter((name) => name !== undefined);
  const publisher = nameOf(resolve(article['publisher'])) ?? nameOf(resolve(article['sourceOrganization']));
  const url = text(article['url']) ?? idOf(resolve(article['mainEntityOfPage']));
  const free = article['isAccessibleForFree'];
  return {
    ...(headline ? { headline } : {}),
    ...(datePublished ? { datePublished } : {}),
    ...(author.length > 0 ? { author: author.join(', ') } : {}),
    ...(publisher ? { publisher } : {}),
    ...(url ? { url } : {}),
    ...(free === false || free === 'False' || free === 'false' ? { isAccessibleForFree: false } : {}),
  };
}

/** Every node of a JSON-LD value: arrays and `@graph` lists flattened, nested nodes not descended into. */
function collect(value: unknown, nodes: Node[]): void {
  if (Array.isArray(value)) for (const item of value) collect(item, nodes);
  else if (isNode(value)) {
    nodes.push(value);
    if (value['@graph'] !== undefined) collect(value['@graph'], nodes);
  }
}

function typesOf(node: Node): string[] {
  return listOf(node['@type']).filter((type): type is string => typeof type === 'string');
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return text(value);
  return isNode(value) ? text(value['name']) : undefined;
}

function idOf(value: unknown): string | undefined {
  if (typeof value === 'string') return text(value);
  return isNode(value) ? (text(value['@id']) ?? text(value['url'])) : undefined;
}

function listOf(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
