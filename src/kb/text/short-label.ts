// Labels that fit a drawing: a name cut at a word boundary with an ellipsis when longer than `max`.
export function shortLabel(name: string, max = 22): string {
  if (name.length <= max) return name;
  const cut = name.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}
