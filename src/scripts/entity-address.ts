// Addresses in the browser: the site's base path, which Vite writes into the bundle, so pages need not carry it.
export const SITE_BASE = `${import.meta.env.BASE_URL.replace(/\/+$/, '')}/`;
