// The address an article is cited by: the canonical one, absolute, without tracking parameters or an AMP path.

/** Query parameters that only track the reader: utm_*, click ids, mailing-list ids. */
const TRACKING = /^(?:utm_\w+|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_ga|_gl|_hsenc|_hsmi|mkt_tok|ocid|cmpid|ref_src|smid|sr_share)$/i;

/**
 * `href` resolved against `base` (the address the page was saved from or fetched at), as an http(s) address
 * without fragment, tracking parameters or AMP markers (`/amp/…`, `…/amp`, `.amp.html`, `?amp=1`,
 * `outputType=amp`, an AMP cache address); undefined when it is not a web address.
 */
export function canonicalUrl(href: string, base?: string): string | undefined {
  if (!URL.canParse(href, base)) return undefined;
  let url = new URL(href, base);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const cached = /^\/[a-z]\/(s\/)?(.+)$/.exec(url.pathname);
  if (url.hostname.endsWith('.cdn.ampproject.org') && cached && URL.canParse(`https://${cached[2]}`)) {
    url = new URL(`${cached[1] ? 'https' : 'http'}://${cached[2]}${url.search}`);
  }
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) {
    const value = url.searchParams.get(key) ?? '';
    if (TRACKING.test(key) || key === 'amp' || (key === 'outputType' && value === 'amp')) url.searchParams.delete(key);
  }
  url.pathname = url.pathname
    .replace(/\.amp\.html$/, '.html')
    .replace(/\/amp\/?$/, '')
    .replace(/^\/amp\//, '/');
  return url.href;
}
