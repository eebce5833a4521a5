// The search page's first search, started as soon as this module arrives: the page's head loads it (async)
// beside pagefind.js, well before the page has been read and iop.js runs. iop.js imports this same module
// (one module per address, run once) and gives its `backend` to Pagefind's components in place of a Pagefind
// of their own: it searches with the Pagefind that answered first, then with the worker's (below).
//
// Why not let the components start Pagefind: they load every filter's values before the first search, and
// Pagefind counts each loaded value against each result one by one, so with all eight filters the first
// search at 10,000 reports took 300-400 ms longer (make bench). The search the address asks for loads only
// the filters it names; iop.js loads the rest once its results are drawn.
import * as pagefind from "../pagefind/pagefind.js";

// The site's root, wherever the site is served from: this file lies in its javascripts/ folder.
export const root = new URL("../", import.meta.url).pathname;
export const ONLY_REPORTS = { typ: ["Slutrapport"] };  // district and organisation pages are for the header box
// The filters a report carries (generator/site/templates/report.html.j2; tests/test_browser.py compares), in
// the order a reader looks for them: the filter pane shows them so (iop.js).
export const FILTERS = ["stadsdel", "år", "tema", "belopp", "måluppfyllelse", "nästa steg", "organisation"];

// What the address asks for: /sok/?q=läxhjälp&stadsdel=Järva&år=2023&sortera=belopp:desc. Other keys (a
// link's "utm_source", say) are no filter.
const params = new URLSearchParams(location.search);
export const words = (params.get("q") || "").trim();
export const order = params.get("sortera") || "";  // iop.js keeps it only if the page offers it
const wanted = new Map();
for (const [key, value] of params) {
  if (FILTERS.includes(key)) wanted.set(key, [...(wanted.get(key) || []), value]);
}
export const filters = { ...Object.fromEntries(wanted), ...ONLY_REPORTS };

export const sortOf = (value) => {  // "belopp:desc" -> { belopp: "desc" }; anything else, no order
  const [key, direction, more] = value.split(":");
  return key && (direction === "asc" || direction === "desc") && more === undefined ? { [key]: direction } : {};
};

// The first search runs on the page's own thread. Pagefind's web worker starts only once the page's other
// scripts have run (Material's among them): with it, the first result came 33-57 ms later (30 paired cold
// visits at 1,000 reports, twice; 42 ms at 10,000). The worker is started with the filters' loading, after
// the first results are drawn (loadEveryFilter). Once every filter has loaded there, the counting and every
// search run in the worker, so that typing does not hold up the page; till then (a second or so, or for good
// if the worker cannot start) searches stay on the page's thread, whose Pagefind is ready.
const onPage = pagefind.createInstance({ baseUrl: root, noWorker: true });
let inWorker = null;
const worker = () => (inWorker = inWorker || pagefind.createInstance({ baseUrl: root }));
const search = (term, options) => (complete ? inWorker : onPage).search(term, options);

// Only reports carry filters, so a search that names one of theirs needs no "typ": left out, its values are
// neither loaded first nor counted against every result.
const narrowed = (chosen = {}) => {
  const named = FILTERS.some((key) => typeof chosen[key] === "string"
    || (Array.isArray(chosen[key]) && chosen[key].some((value) => typeof value === "string")));
  if (!named) return chosen;
  const { typ, ...rest } = chosen;
  return rest;
};

// Until every filter's values have loaded, a search counts only some filters: its counts are kept from the
// components (marked `partial`), so that the filter pane is drawn once, whole, and not torn down and drawn
// again under a visitor's focus. iop.js counts again once everything has loaded.
// A search without words gets its totals from every report: Pagefind's own are all 0 then (they count the
// pages its words found), and the pane would show a chosen district as "Järva 0".
let complete = false;
let everyCount = null;
let loadingEvery = null;
export const loadEveryFilter = () => {
  loadingEvery = loadingEvery || worker().filters().then((counts) => {
    everyCount = counts;
    complete = true;
  }, (error) => {
    loadingEvery = null;  // tried again at the next count, in a worker started afresh
    inWorker = null;
    throw error;
  });
  return loadingEvery;
};
const kept = (found, whole, term) => {
  if (!found) return found;
  if (!whole) return { ...found, filters: {}, totalFilters: {}, partial: true };
  return term ? found : { ...found, totalFilters: everyCount };
};

export const firstSearch = search(words || null, { filters: narrowed(filters), sort: sortOf(order) });

// The components' own first search is this one (iop.js passes the same words, filters and order): it is
// answered with these results rather than searched again, if they came.
const asked = (term, options) => JSON.stringify([term, options.filters, options.sort]);
const first = asked(words || null, { filters, sort: sortOf(order) });
let answered = false;
const failures = [];
export const onFailure = (callback) => failures.push(callback);  // iop.js says so on the page
// What iop.js hands Pagefind's components, which call its search and filters only.
export const backend = {};
backend.filters = () => worker().filters();
backend.search = async (term, options = {}) => {
  const whole = complete;
  const again = () => search(term, { ...options, filters: narrowed(options.filters) });
  const firstCall = !answered;
  answered = true;
  try {
    const found = await (firstCall && asked(term, options) === first ? firstSearch.catch(again) : again());
    return kept(found, whole, term);
  } catch (error) {
    failures.forEach((callback) => callback(error));
    throw error;
  }
};

// The first results' texts load at once, while the components draw them: no more than a screen holds.
export const firstTexts = firstSearch.then((found) => Promise.all(found.results.slice(0, 5).map((result) => result.data())));
firstTexts.catch(() => {});
