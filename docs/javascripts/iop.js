// The site's own script: glue around Pagefind's search components, and scrolling tables.
// Loaded before Pagefind's script, so its settings are in place when the components start.
(() => {
  // Result addresses start at the site's root, wherever the site is served from: the feed link
  // in the head is written relative to each page, and the browser resolves it.
  const feed = document.querySelector('link[rel=alternate][href$="flode.xml"]');
  const root = feed ? new URL("./", feed.href).pathname : "/";
  document.querySelectorAll("pagefind-config").forEach((config) => config.setAttribute("base-url", root));

  // Pagefind's search box renders its input with a placeholder only: give it a name.
  customElements.whenDefined("pagefind-searchbox").then(() => requestAnimationFrame(() => {
    document.querySelectorAll("pagefind-searchbox input").forEach((input) => {
      input.setAttribute("aria-label", "Sök i rapporterna");
      input.setAttribute("name", "q");
    });
  }));

  // The index starts loading when the box gets focus, not at the first word: by the time a word is
  // typed, Pagefind's program and the index's first files are there.
  document.addEventListener("focusin", (event) => {
    if (!event.target.closest || !event.target.closest("header pagefind-searchbox")) return;
    customElements.whenDefined("pagefind-searchbox").then(() => {
      const header = PagefindComponents.getInstanceManager().getInstance("header");
      if (header) header.triggerLoad();
    });
  });

  // "Sök" in the header opens the search page with the words typed.
  document.addEventListener("submit", (event) => {
    const form = event.target.closest("form.iop-search-form");
    if (!form) return;
    event.preventDefault();
    const input = form.querySelector("pagefind-searchbox input");
    const words = ((input && input.value) || "").trim();
    location.href = form.action + (words ? "?q=" + encodeURIComponent(words) : "");
  });

  // The search page keeps its words and filters in the address, so a search can be linked:
  // /sok/?q=läxhjälp&stadsdel=Järva&år=2023
  const page = document.getElementById("iop-sok");
  if (!page) return;
  customElements.whenDefined("pagefind-results").then(async () => {
    const search = PagefindComponents.getInstanceManager().getInstance("default");
    const params = new URLSearchParams(location.search);
    const words = (params.get("q") || "").trim();
    const wanted = new Map();  // keys come from the address: "__proto__" is just a key
    for (const [key, value] of params) if (key !== "q") wanted.set(key, [...(wanted.get(key) || []), value]);
    const filters = Object.fromEntries(wanted);
    await search.triggerLoad();  // its own first (empty) search must not replace the one from the address
    search.on("search", (term, chosen) => {
      const out = new URLSearchParams();
      if (term) out.set("q", term);
      for (const [key, values] of Object.entries(chosen || {})) for (const value of [].concat(values)) out.append(key, value);
      const query = out.toString().replace(/\+/g, "%20");
      history.replaceState(null, "", location.pathname + (query ? "?" + query : ""));
    });
    search.triggerSearchWithFilters(words, filters);
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
