/* Material for MkDocs' search, with two changes, set up before its bundle starts.
 *
 * - The index (every page's text) is fetched when the search box is first focused, or
 *   when the address holds a search (`?q=`), not as each page loads.
 * - The search runs in assets/search-worker.js, which runs Material's own worker and
 *   puts first the endpoints a searched path names.
 *
 * Material reads its settings from the #__config script as its bundle starts, and
 * fetches the index with XMLHttpRequest; this script runs before the bundle.
 */
(() => {
  "use strict";

  const script = document.currentScript;
  const config = document.getElementById("__config");
  const settings = JSON.parse(config.textContent);
  const worker = new URL(script.dataset.worker, location.href);
  worker.searchParams.set("material", new URL(settings.search, location.href).href);
  settings.search = worker.href;
  config.textContent = JSON.stringify(settings);

  // Requests for the index, held until the search is used.
  const index = new URL(script.dataset.index, location.href).href;
  const requests = new WeakSet();
  const held = [];
  let used = new URLSearchParams(location.search).has("q");
  const { open, send } = XMLHttpRequest.prototype;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    if (new URL(url, location.href).href === index) requests.add(this);
    return open.call(this, method, url, ...rest);
  };
  XMLHttpRequest.prototype.send = function (...body) {
    if (used || !requests.has(this)) return send.apply(this, body);
    held.push(() => send.apply(this, body));
  };
  document.addEventListener("focusin", (event) => {
    if (used || !event.target.matches("[data-md-component='search-query']")) return;
    used = true;
    for (const release of held.splice(0)) release();
  });
})();
