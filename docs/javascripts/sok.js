// The site's own glue around Pagefind's search components (the rest is Pagefind's).
(() => {
  // Pagefind's search box renders its input with a placeholder only: give it a name.
  customElements.whenDefined("pagefind-searchbox").then(() => requestAnimationFrame(() => {
    document.querySelectorAll("pagefind-searchbox input").forEach((input) => {
      input.setAttribute("aria-label", "Sök i rapporterna");
      input.setAttribute("name", "q");
    });
  }));

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
    const filters = {};
    for (const [key, value] of params) if (key !== "q") (filters[key] ||= []).push(value);
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
