/* Material for MkDocs' search worker, run as it is, with one change: a search for a path
 * (`/accounts/{aid}/customers/users`, after a method or not) or for an endpoint's whole
 * URL puts the endpoints it names first, GET before the other methods.
 *
 * Lunr scores words, not paths: a scope named after the path's words, or a longer path
 * with the same words, would come first. assets/search.js starts this worker in place of
 * Material's and gives Material's address as `?material=`.
 */
"use strict";

// Material's message types (integrations/search/worker/message in its source).
const QUERY = 2;
const RESULT = 3;

const ENTITIES = { "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&amp;": "&" };

/** A result's title as text: Material gives it as HTML, with the matches marked. */
const text = (html) =>
  html.replace(/<[^>]*>/g, "").replace(/&(?:lt|gt|quot|#39|amp);/g, (entity) => ENTITIES[entity]);

/** A URL's host and path segments, or a path's segments. */
const segments = (address) => address.replace(/^[a-z]+:\/\//i, "").split("/").filter(Boolean);

/** The method (or null) and the URL or path a search is for; null if it is for words. */
function searched(query) {
  const words = query.trim().split(/\s+/);
  const target = words[words.length - 1].split(/[?#]/)[0];
  if (words.length > 2 || !/^(\/|https?:\/\/)/i.test(target)) return null;
  const method = words.length === 2 ? words[0].toUpperCase() : null;
  return { method, url: target.includes("://"), segments: segments(target) };
}

/** Whether an endpoint's address is the URL searched for, or ends with the path; a
 * `{parameter}` of the endpoint's stands for any segment. */
function names(address, search) {
  const own = segments(address);
  const tail = own.slice(own.length - search.segments.length);
  if (search.segments.length > own.length || (search.url && tail.length !== own.length)) {
    return false;
  }
  return tail.every((part, i) => part === search.segments[i] || /^\{.+\}$/.test(part));
}

/** Material's result groups (one per page, best first), the named endpoints first. */
function ranked(result, query) {
  const search = searched(query);
  if (search === null || !search.segments.length) return result;
  const method = (item) => {
    const heading = /^([A-Z]+) (\S+)$/.exec(text(item.title));
    const named = heading && (search.method ?? heading[1]) === heading[1];
    return named && names(heading[2], search) ? heading[1] : null;
  };
  const groups = result.items.map((items) => {
    const hits = items.filter((item) => method(item) !== null);
    if (!hits.length) return { items, hits: 0 };
    hits.sort((a, b) => Number(method(b) === "GET") - Number(method(a) === "GET"));
    // Material shows a group's first item and those that score as well, and folds the rest.
    const best = Math.max(...items.map((item) => item.score));
    const rest = items.filter((item) => !hits.includes(item));
    return { items: [...hits.map((item) => ({ ...item, score: best })), ...rest], hits: 1 };
  });
  groups.sort((a, b) => b.hits - a.hits);
  return { ...result, items: groups.map((group) => group.items) };
}

let query = "";
addEventListener("message", (event) => {
  if (event.data.type === QUERY) query = event.data.data;
});
const post = self.postMessage.bind(self);
self.postMessage = (message) =>
  post(message.type === RESULT ? { ...message, data: ranked(message.data, query) } : message);
importScripts(new URL(location.href).searchParams.get("material"));
