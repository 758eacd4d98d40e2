/** Tiny DOM helpers: elements are built with textContent, never from HTML strings, so stored text cannot inject markup. */
type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;

/** Creates an element with attributes (on* keys become listeners) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(key.slice(2).toLowerCase(), value);
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : String(c));
  }
  return el;
}

/** An in-app link (handled by the router). */
export function link(href: string, ...children: Child[]): HTMLAnchorElement {
  return h('a', { href, 'data-link': true }, ...children);
}

/** A table with a caption, header and rows, in a scrolling wrapper for narrow screens. */
export function table(caption: string, headers: (string | Node)[], rows: Child[][], attrs: Attrs = {}): HTMLElement {
  return h('div', { class: 'table-wrap', role: 'region', 'aria-label': caption, tabindex: 0 },
    h('table', attrs,
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, headers.map((x) => h('th', { scope: 'col' }, x)))),
      h('tbody', {}, rows.map((r) => h('tr', {}, r.map((c) => h('td', {}, c)))))));
}

/** Replaces the main area's content and gives it the page title. */
export function page(title: string, ...children: Child[]): void {
  const main = document.getElementById('main')!;
  document.title = `${title} · multivector`;
  main.replaceChildren(h('h1', {}, title), ...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false).map((c) => (c instanceof Node ? c : document.createTextNode(String(c)))));
}

/** Text with «…» FTS markers turned into <mark> elements. */
export function snippet(text: string): HTMLElement {
  const out = h('span', { class: 'snippet' });
  text.split(/(«[^»]*»)/).forEach((part) => {
    if (part.startsWith('«') && part.endsWith('»')) out.append(h('mark', {}, part.slice(1, -1)));
    else if (part) out.append(part);
  });
  return out;
}

export const fmt = {
  number: (n: number) => n.toLocaleString('en', { maximumFractionDigits: 2 }),
  money: (v: number, unit: string) =>
    `${v >= 1e9 ? `${(v / 1e9).toLocaleString('en', { maximumFractionDigits: 1 })} bn` : v >= 1e6 ? `${(v / 1e6).toLocaleString('en', { maximumFractionDigits: 1 })} m` : v.toLocaleString('en')} ${unit}`,
  tier: (t: string | null | undefined) => (t ? t.replace(/_/g, ' ') : '—'),
  date: (d: { from: string; to: string } | null) => (d ? (d.from === d.to ? d.from : `${d.from} – ${d.to}`) : 'undated'),
};
