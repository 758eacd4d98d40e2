/** The dashboard: a small history router over views, each a function that fills <main>. */
import { ApiError } from './api.js';
import { disposeCharts } from './charts.js';
import { h, page } from './dom.js';
import { documentView } from './views/document.js';
import { eventsView } from './views/events.js';
import { networkView } from './views/network.js';
import { overviewView } from './views/overview.js';
import { partnerView } from './views/partner.js';
import { searchView } from './views/search.js';

type View = (match: RegExpMatchArray, query: URLSearchParams) => Promise<void>;

const ROUTES: [RegExp, View][] = [
  [/^\/$/, overviewView],
  [/^\/partners\/([A-Za-z0-9]{2,10})$/, partnerView],
  [/^\/events$/, eventsView],
  [/^\/network$/, networkView],
  [/^\/documents\/([A-Za-z0-9._:-]{1,200})$/, documentView],
  [/^\/search$/, searchView],
];

let generation = 0;

async function render(): Promise<void> {
  const mine = ++generation;
  disposeCharts();
  const { pathname, search } = window.location;
  const query = new URLSearchParams(search);
  document.querySelectorAll('nav a').forEach((a) => {
    const here = a.getAttribute('href') === pathname;
    if (here) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  const route = ROUTES.map(([re, view]) => [pathname.match(re), view] as const).find(([m]) => m);
  try {
    if (!route) {
      page('Page not found', h('p', {}, 'There is no page at this address.'));
    } else {
      await route[1](route[0]!, query);
    }
  } catch (error) {
    if (mine !== generation) return;
    const message = error instanceof ApiError ? error.message : String(error);
    page(error instanceof ApiError && error.status === 404 ? 'Not found' : 'Something went wrong', h('p', { role: 'alert' }, message));
  }
  if (mine !== generation) return;
  // Move focus to the new page's heading so that keyboard and screen-reader users land on it.
  const target = window.location.hash ? document.getElementById(decodeURIComponent(window.location.hash.slice(1))) : null;
  if (target) target.scrollIntoView({ block: 'center' });
  (document.querySelector<HTMLElement>('main h1') ?? document.getElementById('main'))?.focus?.({ preventScroll: Boolean(target) });
  document.body.dataset['ready'] = String(generation);
}

/** Navigates within the app (pushState) and renders the new view. */
export function navigate(href: string): void {
  window.history.pushState(null, '', href);
  void render();
}

document.addEventListener('click', (e) => {
  const a = (e.target as Element | null)?.closest?.('a[data-link]') as HTMLAnchorElement | null;
  if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const url = new URL(a.href);
  if (url.origin !== window.location.origin) return;
  e.preventDefault();
  // A jump inside the same page (document spans and fact list) is the browser's own.
  if (url.pathname === window.location.pathname && url.search === window.location.search && url.hash) {
    window.location.hash = url.hash;
    return;
  }
  navigate(url.pathname + url.search + url.hash);
});

document.addEventListener('submit', (e) => {
  const form = e.target as HTMLFormElement;
  if (form.method.toLowerCase() !== 'get' || !form.getAttribute('action')?.startsWith('/')) return;
  e.preventDefault();
  const params = new URLSearchParams();
  new FormData(form).forEach((v, k) => {
    if (typeof v === 'string' && v !== '') params.set(k, v);
  });
  const qs = params.toString();
  navigate(form.getAttribute('action')! + (qs ? `?${qs}` : ''));
});

window.addEventListener('popstate', () => void render());
void render();
