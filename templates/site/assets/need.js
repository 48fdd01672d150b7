/* "Which scope do I need?": the least-privilege scopes for pasted calls, in the browser.
 *
 * A port of scraper.advice.need, reading lines as scraper.advice.read_calls does, over
 * the model the site writes to assets/model.json: the router of
 * scraper/runtime/routing.py (with the parts of Python 3.11's urllib.parse.urlsplit and
 * ipaddress it relies on, so that odd URLs fail with the same message) and the exact
 * search of scraper/runtime/least_privilege.py. tests/test_site_need.py holds it to
 * their answers. Catalogue text reaches the page as text nodes only, never as markup.
 */
(() => {
  "use strict";

  const METHODS = new Set(["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"]);
  const DEFAULT_PORTS = new Map([["http", 80], ["https", 443]]);
  const NO_SCOPE = "the docs name no scope for this endpoint; see its page";

  // Python's white space (str.split, str.strip) and line ends (str.splitlines).
  const SPACE = "\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000";
  const WORD = new RegExp(`[^${SPACE}]+`, "gu");
  const OUTER_SPACE = new RegExp(`^[${SPACE}]+|[${SPACE}]+$`, "gu");
  // A comment starts at a "#" that begins the line or follows white space.
  const COMMENT = new RegExp(`(?:^|[${SPACE}])#`, "u");
  const LINE_END = /\r\n|[\n\v\f\r\x1c-\x1e\x85\u2028\u2029]/u;
  // What Python's str.isprintable() rejects beyond ASCII.
  const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

  class ValueError extends Error {}
  class UnknownEndpoint extends Error {}
  class AmbiguousEndpoint extends Error {}

  // Python's string helpers.

  function partition(text, separator) {
    const at = text.indexOf(separator);
    return at < 0 ? [text, "", ""] : [text.slice(0, at), separator, text.slice(at + separator.length)];
  }

  const hex = (code, width) => code.toString(16).padStart(width, "0");

  /** Python's repr() of a str: the reference quotes what it cannot read with it. */
  function repr(text) {
    const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
    let out = quote;
    for (const char of text) {
      const code = char.codePointAt(0);
      if (char === quote || char === "\\") out += `\\${char}`;
      else if (char === "\t") out += "\\t";
      else if (char === "\n") out += "\\n";
      else if (char === "\r") out += "\\r";
      else if (code < 0x20 || code === 0x7f) out += `\\x${hex(code, 2)}`;
      else if (code < 0x7f || !UNPRINTABLE.test(char)) out += char;
      else if (code <= 0xff) out += `\\x${hex(code, 2)}`;
      else if (code <= 0xffff) out += `\\u${hex(code, 4)}`;
      else out += `\\U${hex(code, 8)}`;
    }
    return out + quote;
  }

  // Surrogates stand for code points above every other UTF-16 unit: move them there.
  const unit = (u) => (u < 0xd800 ? u : u < 0xe000 ? u + 0x2000 : u - 0x800);

  /** Python's order of strings, by code point (JS compares UTF-16 units). */
  function compare(a, b) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const difference = unit(a.charCodeAt(i)) - unit(b.charCodeAt(i));
      if (difference) return difference;
    }
    return a.length - b.length;
  }

  /** Python's order of tuples of strings. */
  function compareNames(a, b) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const difference = compare(a[i], b[i]);
      if (difference) return difference;
    }
    return a.length - b.length;
  }

  // urllib.parse.urlsplit (Python 3.11): scheme, netloc and path, with its errors.

  function urlsplit(url) {
    let rest = url.replace(/^[\x00-\x20]+/, "").replace(/[\t\r\n]/g, "");
    let scheme = "";
    let netloc = "";
    const colon = rest.indexOf(":");
    if (colon > 0 && /^[A-Za-z][A-Za-z0-9+.-]*$/.test(rest.slice(0, colon))) {
      scheme = rest.slice(0, colon).toLowerCase();
      rest = rest.slice(colon + 1);
    }
    if (rest.startsWith("//")) {
      const ends = ["/", "?", "#"].map((c) => rest.indexOf(c, 2)).filter((at) => at >= 0);
      const end = Math.min(rest.length, ...ends);
      netloc = rest.slice(2, end);
      rest = rest.slice(end);
      if (netloc.includes("[") !== netloc.includes("]")) throw new ValueError("Invalid IPv6 URL");
      if (netloc.includes("[")) checkBracketedHost(partition(partition(netloc, "[")[2], "]")[0]);
    }
    checkNetloc(netloc);
    return { scheme, netloc, path: rest.split(/[?#]/)[0] };
  }

  function checkBracketedHost(host) {
    if (host.startsWith("v")) {
      if (!/^v[a-fA-F0-9]+\..+$/su.test(host)) throw new ValueError("IPvFuture address is invalid");
    } else if (isIPv4(host)) {
      throw new ValueError("An IPv4 address cannot be in brackets");
    } else if (!isIPv6(host)) {
      throw new ValueError(`${repr(host)} does not appear to be an IPv4 or IPv6 address`);
    }
  }

  /** ipaddress.IPv4Address's test: four decimal octets up to 255, no leading zeros. */
  function isIPv4(text) {
    const octets = text.split(".");
    return octets.length === 4 && octets.every((o) => /^(0|[1-9][0-9]{0,2})$/.test(o) && Number(o) <= 255);
  }

  /** ipaddress.IPv6Address's test, scope id and IPv4 suffix included. */
  function isIPv6(text) {
    const [address, percent, zone] = partition(text, "%");
    if ((percent && (!zone || zone.includes("%"))) || !address) return false;
    const parts = address.split(":");
    if (parts.length < 3) return false;
    if (parts[parts.length - 1].includes(".")) {
      if (!isIPv4(parts.pop())) return false;
      parts.push("0", "0"); // the two hextets it stands for
    }
    if (parts.length > 9) return false;
    const skips = parts.slice(1, -1).flatMap((part, i) => (part ? [] : [i + 1]));
    if (skips.length > 1) return false;
    let high = parts.length;
    let low = 0;
    if (skips.length) {
      high = skips[0];
      low = parts.length - high - 1;
      if (!parts[0] && --high) return false;
      if (!parts[parts.length - 1] && --low) return false;
      if (high + low > 7) return false;
    } else if (parts.length !== 8 || !parts[0] || !parts[7]) {
      return false;
    }
    const hextets = [...parts.slice(0, high), ...parts.slice(parts.length - low)];
    return hextets.every((part) => /^[0-9a-fA-F]{1,4}$/.test(part));
  }

  function checkNetloc(netloc) {
    if (/^[\x00-\x7f]*$/.test(netloc)) return;
    const bare = netloc.replace(/[@:#?]/g, "");
    const normal = bare.normalize("NFKC");
    if (bare !== normal && /[/?#@:]/.test(normal)) {
      throw new ValueError(`netloc '${netloc}' contains invalid characters under NFKC normalization`);
    }
  }

  // The router (scraper/runtime/routing.py).

  /** `scheme://host[:port]`, lowercased and without a default port. */
  function origin(parts) {
    const hostinfo = parts.netloc.slice(parts.netloc.lastIndexOf("@") + 1);
    const [, bracket, bracketed] = partition(hostinfo, "[");
    let [host, , port] = partition(hostinfo, ":");
    if (bracket) {
      let after;
      [host, , after] = partition(bracketed, "]");
      port = partition(after, ":")[2];
    }
    let number = null;
    if (port) {
      if (!/^[0-9]+$/.test(port)) {
        throw new ValueError(`Port could not be cast to integer value as ${repr(port)}`);
      }
      number = Number(port);
      if (number > 65535) throw new ValueError("Port out of range 0-65535");
    }
    const [name, percent, zone] = partition(host, "%"); // a zone keeps its case
    const shown = number !== null && number !== DEFAULT_PORTS.get(parts.scheme) ? `:${number}` : "";
    return `${parts.scheme}://${name.toLowerCase()}${percent}${zone}${shown}`;
  }

  /** The segments of a path, without the empty one a trailing slash leaves. */
  function segments(path) {
    const parts = path.split("/").slice(1);
    if (parts.length && !parts[parts.length - 1]) parts.pop();
    return parts;
  }

  /** The origin of a URL (null for a bare path) and its path segments. */
  function parse(url) {
    const parts = urlsplit(url);
    if (parts.scheme && parts.netloc) return [origin(parts), segments(parts.path)];
    if (!parts.scheme && !parts.netloc && parts.path.startsWith("/")) return [null, segments(parts.path)];
    throw new ValueError(`expected an absolute URL or a path that starts with '/', not ${repr(url)}`);
  }

  const trieNode = () => ({ endpoints: [], literals: new Map(), parameter: null });

  /** The most specific node where the segments end, trying literals first. */
  function find(node, path, position) {
    if (position === path.length) return node.endpoints.length ? node : null;
    const segment = path[position];
    const literal = node.literals.get(segment);
    const found = literal ? find(literal, path, position + 1) : null;
    if (found) return found;
    return node.parameter && segment ? find(node.parameter, path, position + 1) : null;
  }

  /** A route trie per method and origin; origin null holds every server's routes. */
  class Router {
    constructor(endpoints) {
      this.routes = new Map();
      this.origins = new Set();
      for (const endpoint of endpoints) {
        const server = urlsplit(endpoint.server);
        const path = segments(server.path + endpoint.path);
        const method = endpoint.method.toUpperCase();
        const home = origin(server);
        this.origins.add(home);
        if (!this.routes.has(method)) this.routes.set(method, new Map());
        const tries = this.routes.get(method);
        for (const key of [home, null]) {
          if (!tries.has(key)) tries.set(key, trieNode());
          let node = tries.get(key);
          for (const segment of path) {
            if (segment.startsWith("{") && segment.endsWith("}")) {
              node = node.parameter ??= trieNode();
            } else {
              if (!node.literals.has(segment)) node.literals.set(segment, trieNode());
              node = node.literals.get(segment);
            }
          }
          node.endpoints.push(endpoint);
        }
      }
    }

    match(method, url) {
      const upper = method.toUpperCase();
      const [where, path] = parse(url);
      const root = this.routes.get(upper)?.get(where);
      const node = root ? find(root, path, 0) : null;
      if (!node) {
        const unknown = `no documented endpoint matches ${upper} ${url}`;
        if (where !== null && !this.origins.has(where)) {
          throw new UnknownEndpoint(`${unknown}: no endpoint is documented on ${where}`);
        }
        throw new UnknownEndpoint(unknown);
      }
      if (node.endpoints.length > 1) {
        const all = node.endpoints.map((e) => `${e.method} ${e.server}${e.path}`).join("; ");
        throw new AmbiguousEndpoint(
          `${upper} ${url} matches ${node.endpoints.length} documented endpoints equally well: ${all}`,
        );
      }
      return node.endpoints[0];
    }
  }

  // The exact search (scraper/runtime/least_privilege.py).

  const isAdmin = (scope) => scope.split(":")[0] === "admin";

  /** The best set of scopes, sorted by name, that covers every call's choices. */
  function leastPrivilege(needs, grants) {
    const distinct = new Map();
    for (const accepted of needs) {
      const names = [...new Set(accepted)].sort(compare);
      distinct.set(JSON.stringify(names), names);
    }
    const all = [...distinct.values()];
    // A call whose choices include all of another call's is covered whenever that one is.
    const contains = (call, other) => other.length < call.length && other.every((s) => call.includes(s));
    const calls = all
      .filter((call) => !all.some((other) => contains(call, other)))
      .sort((a, b) => a.length - b.length || compareNames(a, b));
    const grantedBy = new Map(calls.flat().map((s) => [s, grants.get(s) ?? new Set()]));
    const rank = (s) => [Number(isAdmin(s)), grantedBy.get(s).size];
    const choices = calls.map((call) =>
      [...call].sort((a, b) => {
        const [x, y] = [rank(a), rank(b)];
        return x[0] - y[0] || x[1] - y[1] || compare(a, b);
      }),
    );
    let best = null;

    function search(chosen, granted, admins) {
      const uncovered = calls.findIndex((call) => !call.some((s) => chosen.has(s)));
      if (uncovered < 0) {
        const cost = [admins, granted.size, chosen.size, [...chosen].sort(compare)];
        if (best === null || compareCost(cost, best) < 0) best = cost;
        return;
      }
      // Covering the rest adds at least one scope, so an equal bound is already worse.
      if (best !== null && compareCounts([admins, granted.size, chosen.size], best) >= 0) return;
      for (const scope of choices[uncovered]) {
        const more = new Set(granted);
        for (const endpoint of grantedBy.get(scope)) more.add(endpoint);
        search(new Set([...chosen, scope]), more, admins + Number(isAdmin(scope)));
      }
    }

    search(new Set(), new Set(), 0);
    return best === null ? [] : best[3];
  }

  const compareCounts = (a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
  const compareCost = (a, b) => compareCounts(a, b) || compareNames(a[3], b[3]);

  // need: read the lines, match each call, choose the scopes.

  /** One line as read_calls reads it: a call, a problem, or null when there is nothing. */
  function readLine(line, number) {
    const words = line.split(COMMENT)[0].match(WORD) ?? [];
    const text = line.replace(OUTER_SPACE, "");
    const problem = (message) => ({
      line: number,
      text,
      method: null,
      url: null,
      problem: `line ${number}: ${message}`,
    });
    if (!words.length) return null;
    if (words.length !== 2 || !METHODS.has(words[0].toUpperCase())) {
      return problem(`expected 'METHOD URL' or a docs page URL, got ${repr(text)}`);
    }
    const [method, url] = words;
    if (!(url.startsWith("/") || url.startsWith("https://") || url.startsWith("http://"))) {
      return problem(`${repr(url)} is neither an absolute URL nor a path starting with '/'`);
    }
    return { line: number, text, method: method.toUpperCase(), url, problem: null };
  }

  function advisor(model) {
    const router = new Router(model.endpoints);
    const grants = new Map(model.scopes.map((s) => [s.name, new Set()]));
    for (const e of model.endpoints) {
      for (const name of e.scopes) grants.get(name)?.add(`${e.method} ${e.server}${e.path}`);
    }

    function answerCall(call) {
      const unmatched = (problem) => ({ ...call, endpoint: null, accepted: [], problem });
      let endpoint;
      try {
        endpoint = router.match(call.method, call.url);
      } catch (error) {
        if (error instanceof AmbiguousEndpoint) {
          return unmatched(`ambiguous: ${error.message}; give the absolute URL`);
        }
        if (error instanceof UnknownEndpoint) return unmatched(`unknown: ${error.message}`);
        if (error instanceof ValueError) {
          const { line, text } = call;
          const problem = `line ${line}: ${error.message}`;
          return { line, text, method: null, url: null, endpoint: null, accepted: [], problem };
        }
        throw error;
      }
      const { scopes, ...shown } = endpoint;
      const problem = scopes.length ? null : NO_SCOPE;
      return { ...call, endpoint: shown, accepted: [...scopes], problem };
    }

    /** The answer for pasted text: the scopes, and each non-blank line in order. */
    function answer(text) {
      const lines = text.split(LINE_END);
      if (lines[lines.length - 1] === "") lines.pop();
      const read = lines.map((line, i) => readLine(line, i + 1)).filter((r) => r !== null);
      const calls = read.map((r) => (r.problem ? { ...r, endpoint: null, accepted: [] } : answerCall(r)));
      const needs = calls.filter((c) => c.problem === null).map((c) => c.accepted);
      return { scopes: leastPrivilege(needs, grants), calls };
    }

    return { answer };
  }

  // The page.

  function element(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    node.append(...children); // strings become text nodes
    return node;
  }

  function webLink(url) {
    try {
      const parsed = new URL(url);
      return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
    } catch {
      return null;
    }
  }

  function summary(result) {
    const lines = result.calls.length;
    const problems = result.calls.filter((c) => c.problem !== null).length;
    const count = result.scopes.length;
    if (!lines) return "Paste at least one call: METHOD URL, one a line.";
    if (!count) return "No scope can be chosen: no call matched an endpoint whose docs name its scopes.";
    const grant = `Grant ${count === 1 ? "this scope" : `these ${count} scopes`}: the least privilege`;
    if (!problems) return `${grant} that allows every call.`;
    const unanswered = `${problems} of the ${lines} lines could not be answered; each says why.`;
    return `${grant} that allows the calls that matched. ${unanswered}`;
  }

  function show(result, box, root, pages) {
    const scopeLink = (name) => {
      const code = element("code", {}, name);
      const page = pages.get(name);
      return page === undefined ? code : element("a", { href: root + page }, code);
    };
    const endpointCell = (e) => {
      const cell = element("td", { class: "need-endpoint" });
      if (e === null) return cell;
      const address = element("code", { class: "need-address" }, e.server + e.path);
      cell.append(element("code", { class: "need-method" }, e.method), " ", address);
      const label = e.title ?? e.doc_url;
      const href = e.doc_url === null ? null : webLink(e.doc_url);
      if (label !== null) {
        const doc = href ? element("a", { href }, label) : element("span", {}, label);
        doc.className = "need-doc";
        cell.append(element("br", {}), doc);
      }
      return cell;
    };
    const acceptedCell = (c) => {
      const cell = element("td", { class: "need-accepted" });
      if (c.problem !== null) cell.append(element("span", { class: "need-problem" }, c.problem));
      else c.accepted.forEach((s, i) => cell.append(...(i ? [", "] : []), scopeLink(s)));
      return cell;
    };
    const children = [element("p", { class: "need-summary" }, summary(result))];
    if (result.scopes.length) {
      const items = result.scopes.map((s) => element("li", {}, scopeLink(s)));
      children.push(element("ul", { class: "need-scopes" }, ...items));
    }
    if (result.calls.length) {
      const rows = result.calls.map((c) =>
        element(
          "tr",
          { "data-line": String(c.line) },
          element("td", {}, String(c.line)),
          element("td", { class: "need-call" }, element("code", {}, c.text)),
          endpointCell(c.endpoint),
          acceptedCell(c),
        ),
      );
      const headings = ["Line", "Call", "Endpoint", "Scopes that accept it"];
      const head = element("tr", {}, ...headings.map((h) => element("th", {}, h)));
      children.push(element("table", {}, element("thead", {}, head), element("tbody", {}, ...rows)));
    }
    box.replaceChildren(...children);
    box.dataset.answered = String(Number(box.dataset.answered ?? 0) + 1);
  }

  const script = document.currentScript;
  const form = document.getElementById("need-form");
  const status = document.getElementById("need-status");
  fetch(script.dataset.model)
    .then((response) => {
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
      return response.json();
    })
    .then((model) => {
      const { answer } = advisor(model);
      const pages = new Map(model.scopes.map((s) => [s.name, s.page]));
      const box = document.getElementById("need-answer");
      form.addEventListener("submit", (event) => {
        event.preventDefault();
        show(answer(document.getElementById("need-calls").value), box, script.dataset.root, pages);
      });
      window.dinteroNeed = { answer }; // what the tests hold to the Python reference
      document.getElementById("need-submit").disabled = false;
      status.textContent = "";
    })
    .catch((error) => {
      status.textContent = `The catalogue could not be loaded: ${error.message}`;
    });
})();
