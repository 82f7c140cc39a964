// Progressive enhancement of type indexes: the headers of a table marked data-sortable become buttons that
// sort its rows by that column (numbers and dates descending first, names ascending), with aria-sort set.
// Without JavaScript the table keeps its default order.
export function attachSortTable(table: HTMLTableElement): void {
  const body = table.tBodies[0];
  if (!body) return;
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th[data-sort]')];
  for (const th of headers) {
    const column = th.cellIndex;
    const numeric = th.dataset['sort'] === 'number';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.textContent = th.textContent;
    th.replaceChildren(button);
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') === 'descending' || (th.getAttribute('aria-sort') !== 'ascending' && th.dataset['sort'] === 'text');
      const value = (row: HTMLTableRowElement) => row.cells[column]?.textContent?.trim() ?? '';
      const rows = [...body.rows].sort((a, b) => {
        const order = numeric ? Number(value(a)) - Number(value(b)) : value(a).localeCompare(value(b));
        return ascending ? order : -order;
      });
      body.append(...rows);
      for (const other of headers) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    });
  }
}
