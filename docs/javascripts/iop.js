// The site's own script: the header's search box, glue around Pagefind's components on the search page,
// tables that sort, and whole feed addresses. Everything here adds to pages that work without it. Loaded
// before Pagefind's component script (on the search page), so its settings are in place when they start.
(() => {
  // Result addresses start at the site's root, wherever the site is served from: the feed link
  // in the head is written relative to each page, and the browser resolves it.
  const feed = document.querySelector('link[rel=alternate][href$="flode.xml"]');
  const root = feed ? new URL("./", feed.href).pathname : "/";
  document.querySelectorAll("pagefind-config").forEach((config) => config.setAttribute("base-url", root));

  // A feed's address as a feed reader needs it: whole, with this site's host.
  document.querySelectorAll(".iop-feed-address[data-href]").forEach((code) => {
    if (code.textContent.startsWith("/")) code.textContent = new URL(code.dataset.href, location.href).href;
  });

  const instance = (name) => PagefindComponents.getInstanceManager().getInstance(name);
  const SWEDISH = {  // what the search page says, counting reports
    zero_results: "Ingen slutrapport matchar ”[SEARCH_TERM]”",
    one_result: "1 slutrapport matchar ”[SEARCH_TERM]”",
    many_results: "[COUNT] slutrapporter matchar ”[SEARCH_TERM]”",
    total_zero_results: "Ingen slutrapport",
    total_one_result: "1 slutrapport",
    total_many_results: "[COUNT] slutrapporter",
    searching: "Söker efter ”[SEARCH_TERM]” …",
  };

  // The header's search box (overrides/partials/iop-search.html): a combobox over pagefind.js that asks
  // for words only, so no filter data loads (Pagefind's components load every filter's values first).
  const box = document.querySelector(".iop-box");
  if (box) headerBox(box);

  function headerBox(box) {
    const SHOWN = 8;  // the best eight; "Visa alla slutrapporter som matchar" opens the search page
    const input = box.querySelector(".iop-box-input");
    const dropdown = box.querySelector(".iop-box-dropdown");
    const listbox = box.querySelector(".iop-box-results");
    const more = box.querySelector(".iop-search-all");
    const status = box.querySelector("[role=status]");
    const empty = document.createElement("p");
    empty.className = "iop-box-empty";
    dropdown.prepend(empty);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listbox.id);
    let pagefind = null;
    let latest = 0;  // each search's number: a slower, older search never replaces a newer one's results
    let active = -1;
    let timer = 0;

    const load = () => {
      pagefind = pagefind || import(root + "pagefind/pagefind.js").then(async (module) => {
        await module.options({ baseUrl: root });
        await module.init();
        return module;
      }).catch((error) => {
        pagefind = null;
        throw error;
      });
      return pagefind;
    };
    const options = () => [...listbox.querySelectorAll("[role=option]")];
    const choose = (index) => {
      active = index;
      options().forEach((option, i) => option.setAttribute("aria-selected", String(i === index)));
      const option = options()[index];
      if (option) {
        input.setAttribute("aria-activedescendant", option.id);
        option.scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    };
    const show = (open) => {
      dropdown.hidden = !open;
      input.setAttribute("aria-expanded", String(open && options().length > 0));
      if (!open) choose(-1);
    };
    const local = (address) => {  // a result leads within this site, or nowhere
      try {
        const url = new URL(address, location.href);
        return url.origin === location.origin && /^https?:$/.test(url.protocol) ? url.href : null;
      } catch (error) {
        return null;
      }
    };
    const option = (data, index) => {
      const meta = data.meta || {};
      const link = document.createElement("a");
      link.className = "iop-box-option";
      link.id = "iop-box-option-" + index;
      link.setAttribute("role", "option");
      link.setAttribute("aria-selected", "false");
      link.tabIndex = -1;
      link.href = local(meta.url || data.url) || root;
      const title = document.createElement("span");
      title.className = "iop-box-title";
      title.textContent = meta.title || data.url;
      const facts = document.createElement("span");
      facts.className = "iop-result-meta";
      facts.textContent = [meta.kind, meta.district, meta.organisation, meta.period, meta.outcome].filter(Boolean).join(" · ");
      link.append(title, facts);
      return link;
    };

    const search = async () => {
      const words = input.value.trim();
      const number = ++latest;
      choose(-1);  // a choice made among the last results is no choice among the next
      if (!words) {
        listbox.replaceChildren();
        status.textContent = "";
        show(false);
        return;
      }
      // 50 ms after the last key, and no earlier: Pagefind's own debouncedSearch fetches the index for every
      // prefix typed on the way (in make bench, 630 KiB instead of 383 at 10,000 reports).
      await new Promise((resolve) => {
        clearTimeout(timer);
        timer = setTimeout(resolve, 50);
      });
      if (number !== latest) return;
      const focused = () => document.activeElement === input || box.contains(document.activeElement);
      let found;
      let data;
      try {
        found = await (await load()).search(words);
        if (!found || number !== latest) return;
        data = await Promise.all(found.results.slice(0, SHOWN).map((result) => result.data()));
      } catch (error) {
        if (number !== latest) return;
        choose(-1);
        listbox.replaceChildren();
        empty.textContent = "Sökningen kunde inte laddas. Välj Sök för att söka på sök-sidan.";
        empty.hidden = false;
        status.textContent = empty.textContent;
        more.hidden = true;
        show(focused());
        return;
      }
      if (number !== latest) return;
      const count = found.results.length;
      choose(-1);
      listbox.replaceChildren(...data.map(option));
      empty.textContent = count ? "" : `Inga träffar för ”${words}”.`;
      empty.hidden = count > 0;
      more.hidden = count === 0;
      more.href = root + "sok/?q=" + encodeURIComponent(words);
      status.textContent = count === 0 ? "Inga träffar." : count === 1 ? "1 träff." : `${count} träffar.`;
      show(focused());
    };

    input.addEventListener("focus", () => {
      load().catch(() => {});  // the index loads while the visitor types
      if (input.value.trim() && (options().length || !empty.hidden)) show(true);
    });
    input.addEventListener("input", search);
    input.addEventListener("keydown", (event) => {
      const count = options().length;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        if (!count) return;
        if (dropdown.hidden) show(true);
        const step = event.key === "ArrowDown" ? 1 : -1;
        choose(active < 0 ? (step > 0 ? 0 : count - 1) : (active + step + count) % count);
      } else if (event.key === "Enter" && active >= 0 && !dropdown.hidden) {
        event.preventDefault();
        options()[active].click();
      } else if (event.key === "Escape") {
        latest += 1;  // a search still on its way stays closed
        clearTimeout(timer);
        if (dropdown.hidden) return;  // the next Escape empties the box (the browser's own)
        event.preventDefault();
        show(false);
      }
    });
    // A click in the list keeps the focus in the box (Safari does not focus a link that is clicked, so the
    // list would close before the click lands); the link is followed as usual.
    dropdown.addEventListener("mousedown", (event) => event.preventDefault());
    box.addEventListener("focusout", (event) => {
      if (!box.contains(event.relatedTarget)) show(false);
    });
  }

  // "Sök" in the header opens the search page with the words typed.
  document.addEventListener("submit", (event) => {
    const form = event.target.closest("form.iop-search-form");
    if (!form) return;
    event.preventDefault();
    const input = form.querySelector(".iop-box-input");
    const words = ((input && input.value) || "").trim();
    location.href = form.action + (words ? "?q=" + encodeURIComponent(words) : "");
  });

  // The search page keeps its words, filters and order in the address, so a search can be linked:
  // /sok/?q=läxhjälp&stadsdel=Järva&år=2023&sortera=belopp:desc
  const page = document.getElementById("iop-sok");
  if (!page) return;
  page.classList.add("iop-sok--js");
  const sort = document.getElementById("iop-sok-sort");
  // The search the address asks for, started by javascripts/sok.js (this import waits for it, or loads it).
  const started = import(root + "javascripts/sok.js");
  const failed = "Sökningen kunde inte laddas. Ladda om sidan, eller hitta rapporterna i listorna över alla rapporter, stadsdelar, organisationer och år.";
  // The filters are counted once every filter's values have loaded, after the first results: till then the
  // pane is hidden and a line in its place says so (announced when it changes).
  const pane = page.querySelector("pagefind-filter-pane");
  const loading = document.createElement("p");
  loading.className = "iop-hint iop-sok-filters-loading";
  loading.setAttribute("role", "status");
  loading.textContent = "Filtren laddas …";
  pane.before(loading);
  pane.setAttribute("aria-busy", "true");
  // Drawn: the first result's link is on the page, or a second after the first results' texts have loaded (a
  // result below the screen's edge is drawn only when it comes into view), or the search found nothing or
  // failed, or (the last resort) ten seconds have passed.
  const firstDrawn = new Promise((resolve) => {
    const drawn = () => page.querySelector("pagefind-results .iop-result-title a");
    const watch = new MutationObserver(() => drawn() && done());
    const done = () => {
      watch.disconnect();
      resolve();
    };
    watch.observe(page, { childList: true, subtree: true });
    started.then((start) => start.firstTexts).then((texts) => setTimeout(done, texts.length ? 1000 : 0), done);
    setTimeout(done, 10000);
  });
  const toggle = document.getElementById("iop-sok-avgransa");
  toggle.hidden = false;
  toggle.addEventListener("click", () => {
    const open = toggle.getAttribute("aria-expanded") !== "true";
    toggle.setAttribute("aria-expanded", String(open));
    page.classList.toggle("iop-sok--filters-open", open);
  });
  // Filter groups in the order a reader looks for them (sok.js's list of filters), and the amount ranges from
  // small to large (Pagefind lists both alphabetically). Only the order changes: the same elements, so focus
  // stays. The pane is drawn only after sok.js has arrived.
  let groupOrder = [];
  started.then((start) => {
    groupOrder = start.FILTERS;
  }, () => {});
  const valueOrder = page.dataset.valueOrder.split("|");
  const rank = (order, name) => (order.indexOf(name) + 1 || order.length + 1);
  const arrange = (parent, children, key, order) => {
    const sorted = children.slice().sort((a, b) => rank(order, key(a)) - rank(order, key(b)));
    if (sorted.some((child, index) => child !== children[index])) sorted.forEach((child) => parent.appendChild(child));
  };
  new MutationObserver(() => {
    const pane = page.querySelector(".pf-filter-pane");
    if (!pane) return;
    const groups = [...pane.children].filter((child) => child.dataset && child.dataset.filterName);
    if (groups.length) arrange(groups[0].parentNode, groups, (group) => group.dataset.filterName, groupOrder);
    for (const name of ["belopp", "måluppfyllelse"]) {
      const values = page.querySelector(`[data-filter-name="${name}"] .pf-filter-options`);
      if (values) arrange(values, [...values.children], (label) => (label.querySelector("input") || {}).value, valueOrder);
    }
  }).observe(page.querySelector("pagefind-filter-pane"), { childList: true, subtree: true });
  const actions = page.querySelector(".iop-sok-actions");
  const status = page.querySelector(".iop-sok-status");

  customElements.whenDefined("pagefind-results").then(async () => {
    const search = instance("default");
    search.setTranslations(SWEDISH);
    // The components take the search sok.js started (its `backend`): an instance with its Pagefind set loads
    // nothing more, and so neither loads every filter first nor, searching without words ("faceted"), first
    // searches every page (which at 10,000 reports took a second before the search the address asks for).
    // Until it is there, a load the components start (a focused box) waits for it rather than starting another.
    // __pagefind__, __loadPromise__ and __dispatch__ (below) are the components' own fields (Pagefind 1.6,
    // locked in package-lock.json); tests/test_browser.py fails if a new version works otherwise.
    search.__loadPromise__ = started.then((start) => {
      search.__pagefind__ = start.backend;
    }, () => {});
    let start;
    try {
      start = await started;
    } catch (error) {
      status.textContent = failed;
      loading.remove();
      return;
    }
    // A search that fails (here the first, which the components then try once more) says so: Pagefind's
    // components would go on saying "Söker …".
    start.onFailure(() => {
      status.textContent = failed;
    });
    await start.firstSearch.catch(() => {});
    const { words, filters, order, sortOf, ONLY_REPORTS } = start;
    if ([...sort.options].some((option) => option.value === order)) sort.value = order;
    const sortBy = (value) => {
      search.searchSort = sortOf(value);
    };
    sortBy(sort.value);
    search.faceted = true;
    document.querySelectorAll("pagefind-input input").forEach((input) => input.setAttribute("aria-label", "Sök bland slutrapporterna"));

    const address = (term, chosen) => {
      const out = new URLSearchParams();
      if (term) out.set("q", term);
      for (const [key, values] of Object.entries(chosen || {})) {
        if (key !== "typ") for (const value of [].concat(values)) out.append(key, value);
      }
      if (sort.value) out.set("sortera", sort.value);
      const query = out.toString().replace(/\+/g, "%20");
      history.replaceState(null, "", location.pathname + (query ? "?" + query : ""));
    };
    search.on("search", (term, chosen) => {
      address(term, chosen);
      const count = Object.entries(chosen || {}).filter(([key]) => key !== "typ").reduce((n, [, v]) => n + [].concat(v).length, 0);
      toggle.querySelector(".iop-sok-chosen").textContent = count ? ` (${count} valda)` : "";
    });
    // Results come 25 at a time: "Visa fler träffar" shows as many again, and focus moves to the first new one.
    const list = page.querySelector("pagefind-results");
    const step = Number(list.getAttribute("max-results")) || 25;
    const more = page.querySelector(".iop-sok-more");
    let focusFrom = -1;
    document.getElementById("iop-sok-fler").addEventListener("click", () => {
      focusFrom = Number(list.getAttribute("max-results"));
      list.setAttribute("max-results", String(focusFrom + step));
      search.triggerSearchWithFilters(search.searchTerm, { ...search.searchFilters, ...ONLY_REPORTS });
    });
    search.on("search", () => {
      if (focusFrom < 0) list.setAttribute("max-results", String(step));  // a new search starts again from the top
    });
    search.on("results", (result) => {
      const total = ((result && result.results) || []).length;
      const shown = Math.min(total, Number(list.getAttribute("max-results")));
      more.hidden = total <= shown;
      page.querySelector("#iop-sok-visas").textContent = `Visar ${shown} av ${total}.`;
      if (focusFrom >= 0) {
        // Each result loads when it comes into view: wait (a little) for the first new one's link.
        const from = focusFrom;
        focusFrom = -1;
        const started = performance.now();
        const item = page.querySelectorAll("pagefind-results li")[from];
        if (item) item.scrollIntoView({ block: "center" });
        const focusFirstNew = () => {
          const link = (page.querySelectorAll("pagefind-results li")[from] || document).querySelector(".iop-result-title a");
          if (link) link.focus();
          else if (performance.now() - started < 3000) requestAnimationFrame(focusFirstNew);
        };
        requestAnimationFrame(focusFirstNew);
      }
    });
    search.on("results", (result) => {
      actions.hidden = !((result && result.results) || []).length;
      status.textContent = "";
      if (sort.value.startsWith("belopp") || sort.value.startsWith("per år")) {
        status.textContent = "Sorterat efter belopp: bara rapporter som anger ett belopp visas.";
      }
    });
    sort.addEventListener("change", () => {
      sortBy(sort.value);
      search.triggerSearchWithFilters(search.searchTerm, { ...search.searchFilters, ...ONLY_REPORTS });
    });
    document.getElementById("iop-sok-ladda-ner").addEventListener("click", () => download(search));

    // Once the first results are drawn, every filter's values load, and the filters are counted for the
    // search shown; again for any search that was made before all had loaded (its counts were kept back).
    // The pane shows from the first whole counts on, whoever made them (a search of the visitor's may).
    search.on("filters", () => {
      loading.remove();
      pane.removeAttribute("aria-busy");
    });
    let counting = false;
    let again = false;
    const state = () => JSON.stringify([search.searchTerm, search.searchFilters, search.searchSort]);
    const countAll = async () => {
      if (counting) {
        again = true;
        return;
      }
      counting = true;
      try {
        await start.loadEveryFilter();
        const asked = state();
        const found = await search.__pagefind__.search(search.searchTerm || null,
          { filters: search.searchFilters, sort: search.searchSort });
        // Else a newer search counts everything (or words Pagefind reads as none, which count nothing).
        if (found && !found.partial && asked === state() && Object.keys(found.filters || {}).length) {
          search.availableFilters = found.filters;
          search.totalFilters = found.totalFilters ?? null;
          search.__dispatch__("filters", { available: search.availableFilters, total: search.totalFilters });
        }
      } catch (error) {
        console.error(error);  // the pane keeps the filters it has
        loading.textContent = "Filtren kunde inte laddas. Ladda om sidan för att avgränsa sökningen.";
      } finally {
        counting = false;
        if (again) {
          again = false;
          countAll();
        }
      }
    };
    // Not before the first results are drawn (their texts would wait behind the counting); asked for more than
    // once before then, counted once.
    let countAsked = false;
    const askCount = () => {
      if (countAsked) return;
      countAsked = true;
      firstDrawn.then(() => setTimeout(() => {
        countAsked = false;
        countAll();
      }));
    };
    search.on("results", (result) => {
      if (result && result.partial) askCount();
    });
    search.triggerSearchWithFilters(words, filters);
    askCount();  // also if the first search brings no results event at all (it failed)
  });

  // The reports a search shows, as a CSV file of their rows: their addresses come from the search, the
  // rows from the site's own data/rapporter.csv. No server is asked anything.
  async function download(search) {
    const results = (search.searchResult && search.searchResult.results) || [];
    if (!results.length) return;
    status.textContent = `Hämtar ${results.length} rapporter …`;
    try {
      const ids = new Set();
      for (let start = 0; start < results.length; start += 50) {
        const batch = await Promise.all(results.slice(start, start + 50).map((result) => result.data()));
        for (const data of batch) {
          const found = /rapporter\/([^/]+)\/?$/.exec(data.url || "");
          if (found) ids.add(decodeURIComponent(found[1]));
        }
        status.textContent = `Hämtar ${results.length} rapporter … ${Math.min(start + 50, results.length)} klara`;
      }
      const response = await fetch(root + "data/rapporter.csv");
      if (!response.ok) throw new Error(response.status);
      const lines = (await response.text()).replace(/^\ufeff/, "").split("\r\n");
      // Every value is on one line (the content allows no line breaks in these fields), and the id comes first.
      const rows = lines.slice(1).filter((line) => ids.has(line.split(",", 1)[0]));
      const blob = new Blob(["\ufeff" + lines[0] + "\r\n" + rows.map((row) => row + "\r\n").join("")], { type: "text/csv" });
      const link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = "slutrapporter-sokning.csv";
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10000);
      status.textContent = `${rows.length} rapporter sparade i slutrapporter-sokning.csv.`;
    } catch (error) {
      status.textContent = "Träffarna kunde inte laddas ner. Försök igen, eller ladda ner alla rapporter från sidan Öppna data.";
    }
  }
})();

// Pages kept out of the navigation (a report, a district, a year …) light up the tab of their section.
(() => {
  if (document.querySelector(".md-tabs__item--active")) return;
  const feed = document.querySelector('link[rel=alternate][href$="flode.xml"]');
  const root = feed ? new URL("./", feed.href).pathname : "/";
  const section = [...document.querySelectorAll(".md-tabs__link")]
    .map((link) => ({ link, path: new URL(link.href).pathname }))
    .filter(({ path }) => path !== root && location.pathname.startsWith(path))
    .sort((a, b) => b.path.length - a.path.length)[0];
  if (section) section.link.closest(".md-tabs__item").classList.add("md-tabs__item--active");
})();

// Tables whose columns sort: a button in each column heading (and, on a phone, where the headings are
// hidden, one list to choose from). Without the script the order is the page's own: newest first.
(() => {
  const compare = (type) => (a, b) => {
    if (a === "" || b === "") return a === b ? 0 : a === "" ? 1 : -1;  // what a report does not give comes last
    return type === "number" ? Number(a) - Number(b) : a.localeCompare(b, "sv");
  };
  document.querySelectorAll("table[data-iop-sortable]").forEach((table, tableIndex) => {
    const headings = [...table.tHead.rows[0].cells];
    const body = table.tBodies[0];
    const original = [...body.rows];
    const cellValue = (row, column) => {
      const cell = row.cells[column];
      return cell.dataset.sort !== undefined ? cell.dataset.sort : cell.textContent.trim();
    };
    const apply = (column, direction) => {
      headings.forEach((heading) => heading.removeAttribute("aria-sort"));
      let rows = original.slice();
      if (column !== null) {
        const by = compare(headings[column].dataset.sortType);
        rows.sort((a, b) => {
          const order = by(cellValue(a, column), cellValue(b, column));
          const empty = cellValue(a, column) === "" || cellValue(b, column) === "";
          return empty ? order : direction === "descending" ? -order : order;
        });
        headings[column].setAttribute("aria-sort", direction);
      }
      rows.forEach((row) => body.appendChild(row));
      select.value = column === null ? "" : `${column}:${direction}`;
    };
    const select = document.createElement("select");
    select.id = `iop-sortera-${tableIndex}`;
    const wrapper = document.createElement("div");
    wrapper.className = "iop-sort-select";
    const label = document.createElement("label");
    label.htmlFor = select.id;
    label.textContent = "Sortera";
    select.add(new Option("Sidans egen ordning", ""));
    headings.forEach((heading, column) => {
      const name = heading.textContent.trim();
      const numeric = heading.dataset.sortType === "number";
      select.add(new Option(`${name}: ${numeric ? "högst först" : "A–Ö"}`, `${column}:${numeric ? "descending" : "ascending"}`));
      select.add(new Option(`${name}: ${numeric ? "lägst först" : "Ö–A"}`, `${column}:${numeric ? "ascending" : "descending"}`));
      const button = document.createElement("button");
      button.type = "button";
      button.className = "iop-sort";
      button.textContent = name;
      button.addEventListener("click", () => {
        const current = heading.getAttribute("aria-sort");
        const first = numeric ? "descending" : "ascending";
        apply(column, current === first ? (first === "ascending" ? "descending" : "ascending") : first);
      });
      heading.textContent = "";
      heading.appendChild(button);
    });
    select.addEventListener("change", () => {
      if (!select.value) return apply(null);
      const [column, direction] = select.value.split(":");
      apply(Number(column), direction);
    });
    wrapper.append(label, select);
    (table.closest(".iop-table") || table).before(wrapper);
  });
})();

// A table wider than the screen scrolls sideways: make that region reachable by keyboard
// and named (WCAG 2.1.1), and only where it really scrolls.
(() => {
  function mark() {
    document.querySelectorAll(".md-typeset__scrollwrap, .iop-table").forEach((region) => {
      const scrolls = region.scrollWidth > region.clientWidth + 1;
      if (scrolls && !region.hasAttribute("tabindex")) {
        const caption = region.querySelector("caption");
        region.setAttribute("tabindex", "0");
        region.setAttribute("role", "region");
        region.setAttribute("aria-label", caption ? caption.textContent.trim() : "Tabell");
      } else if (!scrolls && region.getAttribute("tabindex") === "0") {
        ["tabindex", "role", "aria-label"].forEach((name) => region.removeAttribute(name));
      }
    });
  }
  // Material wraps Markdown tables once its own script has run, so look after the page has loaded.
  window.addEventListener("load", mark);
  window.addEventListener("resize", mark);
})();
