// Site-wide settings that come from configuration, set once: where the content's repository lives, for
// "edit this page" links. DOSSIER_REPOSITORY (owner/name or a URL) wins, then GitHub Actions'
// GITHUB_REPOSITORY, then package.json's "repository"; with none, pages show no edit links.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

function repositoryUrl(): string | undefined {
  const fromEnv = process.env['DOSSIER_REPOSITORY'] || process.env['GITHUB_REPOSITORY'];
  if (fromEnv) return fromEnv.startsWith('http') ? fromEnv.replace(/\/+$/, '') : `https://github.com/${fromEnv}`;
  try {
    const pkg = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { repository?: string | { url?: string } };
    const url = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
    return url?.replace(/^git\+/, '').replace(/\.git$/, '');
  } catch {
    return undefined;
  }
}

export const REPOSITORY = repositoryUrl();
/** The branch edits are proposed against. */
export const BRANCH = process.env['DOSSIER_BRANCH'] || 'main';

/** GitHub's web editor for a file of the repository (relative path), or undefined without a repository. */
export function editUrl(file: string): string | undefined {
  return REPOSITORY ? `${REPOSITORY}/edit/${BRANCH}/${file}` : undefined;
}
