/* The endpoint index's filter: show only the endpoints of a method, server, resource or scope.
 *
 * Reads assets/endpoints.json (each endpoint's anchor on the page, method, server,
 * resources and scopes, written by scraper/render/site.py) and hides the other rows of
 * the per-server tables, the tables left empty with their headings, and the other
 * endpoints' sections. The choice is kept in the page's address (`?scope=read:customers`),
 * so a link to it filters the same way. Catalogue text reaches the page as text only,
 * never as markup, with each bidirectional control shown as its code point.
 */
(() => {
  "use strict";

  // Each control: what it filters by, its label, and the values an endpoint has for it.
  const FILTERS = [
    { name: "method", label: "Method", values: (e) => [e.method] },
    { name: "server", label: "Server", values: (e) => [e.server] },
    { name: "resource", label: "Resource", values: (e) => e.resources },
    { name: "scope", label: "Scope", values: (e) => e.scopes },
  ];

  // Unicode's bidirectional controls, as scraper/render/jinja.py's `inert` shows them.
  const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
  const codePoint = (c) => `<U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}>`;
  const inert = (text) => text.replace(BIDI_CONTROLS, codePoint);

  function element(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    // Strings become text nodes.
    node.append(...children.map((child) => (typeof child === "string" ? inert(child) : child)));
    return node;
  }

  /** A select of every value the endpoints have, sorted, after "any". */
  function control(filter, endpoints) {
    const values = [...new Set(endpoints.flatMap(filter.values))].sort();
    const any = element("option", { value: "" }, "any");
    const select = element("select", { id: `endpoint-filter-${filter.name}` }, any);
    for (const value of values) {
      const option = element("option", {}, value);
      option.value = value;
      select.append(option);
    }
    const label = element("label", { for: select.id }, filter.label);
    const box = element("span", { class: "endpoint-filter-control" }, label, " ", select);
    return { filter, select, box };
  }

  // Material's styles set `display` on tables, which would win over the `hidden` attribute.
  const hide = (node, hidden) => {
    node.style.display = hidden ? "none" : "";
  };

  /** The element of `node`'s that sits directly in the article, and so can be hidden whole. */
  function top(node, article) {
    while (node.parentElement !== article) node = node.parentElement;
    return node;
  }

  function setUp(endpoints, article, box) {
    const byAnchor = new Map(endpoints.map((e) => [e.anchor, e]));
    // A row's first link leads to its endpoint's section, on this page.
    const endpointOf = (link) =>
      link && link.pathname === location.pathname ? byAnchor.get(link.hash.slice(1)) : undefined;
    const tables = [...article.querySelectorAll("table")]
      .map((table) => ({
        table,
        rows: [...table.tBodies[0].rows]
          .map((row) => ({ row, endpoint: endpointOf(row.querySelector("a")) }))
          .filter((r) => r.endpoint !== undefined),
      }))
      .filter((t) => t.rows.length);
    // Each endpoint's section: its heading and what follows, up to the next heading.
    const sections = [...article.querySelectorAll("h3[id]")]
      .filter((heading) => byAnchor.has(heading.id))
      .map((heading) => {
        const parts = [heading];
        for (let next = heading.nextElementSibling; next && !/^H[1-3]$/.test(next.tagName); ) {
          parts.push(next);
          next = next.nextElementSibling;
        }
        return { endpoint: byAnchor.get(heading.id), parts };
      });
    const controls = FILTERS.map((filter) => control(filter, endpoints));
    const count = element("p", { id: "endpoint-filter-count", "aria-live": "polite" });

    function apply() {
      const chosen = controls.filter((c) => c.select.value !== "");
      const shows = (e) => chosen.every((c) => c.filter.values(e).includes(c.select.value));
      for (const { table, rows } of tables) {
        for (const { row, endpoint } of rows) hide(row, !shows(endpoint));
        const block = top(table, article);
        const heading = block.previousElementSibling;
        const empty = !rows.some(({ endpoint }) => shows(endpoint));
        hide(block, empty);
        if (heading && heading.tagName === "H2") hide(heading, empty);
      }
      for (const { endpoint, parts } of sections) {
        for (const part of parts) hide(part, !shows(endpoint));
      }
      const shown = endpoints.filter(shows).length;
      count.textContent = `Showing ${shown} of ${endpoints.length} endpoints.`;
    }

    /** The choice into the page's address, beside Material's own parameters and the anchor. */
    function remember() {
      const url = new URL(location.href);
      for (const { filter, select } of controls) {
        if (select.value) url.searchParams.set(filter.name, select.value);
        else url.searchParams.delete(filter.name);
      }
      history.replaceState(history.state, "", url);
    }

    /** The choice the address holds; what no endpoint has is named, not applied. */
    function restore() {
      const params = new URLSearchParams(location.search);
      const unknown = [];
      for (const { filter, select } of controls) {
        const value = params.get(filter.name);
        if (value === null || value === "") continue;
        if ([...select.options].some((option) => option.value === value)) select.value = value;
        else unknown.push(`${filter.label.toLowerCase()} ${value}`);
      }
      if (!unknown.length) return [];
      const text = `No endpoint has the ${unknown.join(" or the ")} this link asks for: not applied.`;
      return [element("p", { id: "endpoint-filter-unknown" }, text)];
    }

    const changed = () => {
      apply();
      remember();
    };
    for (const { select } of controls) select.addEventListener("change", changed);
    const attributes = { type: "button", id: "endpoint-filter-clear", class: "md-button" };
    const clear = element("button", attributes, "Show all");
    clear.addEventListener("click", () => {
      for (const { select } of controls) select.value = "";
      changed();
    });
    const unknown = restore();
    box.replaceChildren(element("p", {}, ...controls.map((c) => c.box), clear), ...unknown, count);
    apply();
  }

  const script = document.currentScript;
  const box = document.getElementById("endpoint-filter");
  fetch(script.dataset.index)
    .then((response) => {
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
      return response.json();
    })
    .then((endpoints) => setUp(endpoints, box.closest("article"), box))
    .catch((error) => {
      box.textContent = `The filter could not be loaded: ${error.message}`;
    });
})();
