/* "Which scope do I need?": the least-privilege scopes for pasted calls, in the browser.
 *
 * A port of scraper.runtime's need, reading each line as runtime/calls.py's parse_lines
 * does (METHOD URL, or a docs page URL), over the model the site writes to
 * assets/model.json: the router of runtime/routing.py (with the parts of Python 3.11's
 * urllib.parse.urlsplit and ipaddress it relies on, so that odd URLs fail with the same
 * message), the answers and hints of runtime/answers.py and the ranking of
 * runtime/least_privilege.py. The answer has the shape of `dintero-scopes need --json`
 * (runtime/report.py's need_json); tests/test_site_need.py holds it to the runtime's,
 * field for field. Catalogue text reaches the page as text nodes only, never as markup,
 * with each bidirectional control shown as its code point.
 */
(() => {
  "use strict";

  // The runtime's constants, as model.json gives them (scraper/render/site.py's model_json):
  // the HTTP methods and default ports of runtime/routing.py, and the rules, name order
  // and tie limit of runtime/least_privilege.py.
  // and the length of input a message shows, of runtime/inputs.py.
  let METHODS, DEFAULT_PORTS, RULES, NAME_ORDER, MAX_TIES, MAX_SHOWN;

  function configure(constants) {
    MAX_SHOWN = constants.max_shown;
    METHODS = new Set(constants.methods);
    DEFAULT_PORTS = new Map(Object.entries(constants.default_ports));
    RULES = constants.rules;
    NAME_ORDER = constants.name_order;
    MAX_TIES = constants.max_ties;
  }

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
  class AmbiguousEndpoint extends Error {
    constructor(message, candidates) {
      super(message);
      this.candidates = candidates;
    }
  }

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

  /** inputs.cut: text as a message shows it, at most MAX_SHOWN code points. */
  function cut(text) {
    const points = Array.from(text);
    return points.length <= MAX_SHOWN ? text : `${points.slice(0, MAX_SHOWN - 3).join("")}...`;
  }

  /** inputs.shown: text quoted as in a message, cut. */
  const shown = (text) => repr(cut(text));

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
    let parts;
    let where = null;
    try {
      parts = urlsplit(url);
      if (parts.scheme && parts.netloc) where = origin(parts);
    } catch (error) {
      // An unclosed IPv6 host, a port that is no number...
      if (error instanceof ValueError) throw new ValueError(`${shown(url)} is not a URL: ${cut(error.message)}`);
      throw error;
    }
    if (where !== null) return [where, segments(parts.path)];
    if (!parts.scheme && !parts.netloc && parts.path.startsWith("/")) return [null, segments(parts.path)];
    throw new ValueError(`expected an absolute URL or a path that starts with '/', not ${shown(url)}`);
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
      const named = `${upper} ${cut(url)}`;
      if (!node) {
        const unknown = `no documented endpoint matches ${named}`;
        if (where !== null && !this.origins.has(where)) {
          throw new UnknownEndpoint(`${unknown}: no endpoint is documented on ${cut(where)}`);
        }
        throw new UnknownEndpoint(unknown);
      }
      if (node.endpoints.length > 1) {
        const all = node.endpoints.map((e) => `${e.method} ${e.server}${e.path}`).join("; ");
        throw new AmbiguousEndpoint(
          `${named} matches ${node.endpoints.length} documented endpoints equally well: ${all}`,
          node.endpoints,
        );
      }
      return node.endpoints[0];
    }
  }

  // The exact search (scraper/runtime/least_privilege.py).

  const isAdmin = (scope) => partition(scope, ":")[0] === "admin";
  const compareCounts = (a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3] - b[3];

  /** The best covering set, sorted by name, the other sets as small, and the rule that
   * put the best first (null when no other set covers the calls). */
  function rank(needs, grants, sensitive) {
    const distinct = new Map();
    for (const accepted of needs) {
      const names = [...new Set(accepted)].sort(compare);
      distinct.set(JSON.stringify(names), names);
    }
    const all = [...distinct.values()];
    // A call whose choices include all of another call's is covered whenever that one is.
    const within = (other, call) => other.length < call.length && other.every((s) => call.includes(s));
    const calls = all
      .filter((call) => !all.some((other) => within(other, call)))
      .sort((a, b) => a.length - b.length || compareNames(a, b));
    if (!calls.length) return { best: [], ties: [], rule: null };
    const grantedBy = new Map(calls.flat().map((s) => [s, grants.get(s) ?? new Set()]));
    const weight = (s) => [Number(sensitive.has(s)), Number(isAdmin(s)), grantedBy.get(s).size];
    const byWeight = (a, b) => {
      const [x, y] = [weight(a), weight(b)];
      return x[0] - y[0] || x[1] - y[1] || x[2] - y[2] || compare(a, b);
    };
    const choices = calls.map((call) => [...call].sort(byWeight));
    // Complete covering sets by counts: the best counts with their sets, and the next.
    const found = new Map();
    const ranked = () => [...found.values()].sort((a, b) => compareCounts(a.counts, b.counts));
    const bound = () => {
      const sorted = ranked();
      return sorted.length > 1 ? sorted[1].counts : null;
    };
    // Whether every chosen scope is the only one chosen for some call.
    const minimal = (chosen) => {
      const alone = new Set();
      for (const call of calls) {
        const mine = call.filter((s) => chosen.has(s));
        if (mine.length === 1) alone.add(mine[0]);
      }
      return alone.size === chosen.size;
    };

    function search(chosen, granted, marks) {
      const uncovered = calls.findIndex((call) => !call.some((s) => chosen.has(s)));
      const limit = bound();
      if (uncovered < 0) {
        if (minimal(chosen) && (limit === null || compareCounts(marks, limit) <= 0)) {
          const key = marks.join();
          if (!found.has(key)) found.set(key, { counts: marks, sets: new Map() });
          const names = [...chosen].sort(compare);
          found.get(key).sets.set(JSON.stringify(names), names);
          for (const worse of ranked().slice(2)) found.delete(worse.counts.join());
        }
        return;
      }
      // Covering the rest adds at least one scope, so an equal bound is already worse.
      if (limit !== null && compareCounts(marks, limit) >= 0) return;
      for (const scope of choices[uncovered]) {
        if (chosen.has(scope)) continue;
        const more = new Set(granted);
        for (const endpoint of grantedBy.get(scope)) more.add(endpoint);
        const counts = [
          marks[0] + Number(sensitive.has(scope)),
          marks[1] + Number(isAdmin(scope)),
          more.size,
          marks[3] + 1,
        ];
        search(new Set([...chosen, scope]), more, counts);
      }
    }

    search(new Set(), new Set(), [0, 0, 0, 0]);
    const [first, next] = ranked();
    const sets = [...first.sets.values()].sort(compareNames);
    const ties = sets.slice(1, MAX_TIES + 1);
    let rule = null;
    if (ties.length) rule = NAME_ORDER;
    else if (next) rule = RULES[first.counts.findIndex((count, i) => count !== next.counts[i])];
    return { best: sets[0], ties, rule };
  }

  // Reading calls (scraper/runtime/calls.py): METHOD URL, or a docs page URL, a line.

  /** Whether a word is a docs page's URL, which stands for the endpoint it documents. */
  function isPage(word, docsOrigin) {
    try {
      const parts = urlsplit(word);
      return `${parts.scheme}://${parts.netloc}`.toLowerCase() === docsOrigin;
    } catch (error) {
      if (error instanceof ValueError) return false;
      throw error;
    }
  }

  /** One line as parse_lines reads it: a call, why it is none, or null when it is blank. */
  function readLine(line, number, docsOrigin) {
    const words = line.split(COMMENT)[0].match(WORD) ?? [];
    const text = line.replace(OUTER_SPACE, "");
    if (!words.length) return null;
    if (words.length === 1 && isPage(words[0], docsOrigin)) {
      return { line: number, text, call: { kind: "page", method: null, target: words[0] } };
    }
    if (words.length === 2 && METHODS.has(words[0].toUpperCase())) {
      return { line: number, text, call: { kind: "url", method: words[0].toUpperCase(), target: words[1] } };
    }
    const message = `line ${number}: expected 'METHOD URL' or a docs page URL, got ${shown(text)}`;
    return { line: number, text, error: message };
  }

  /** A docs page URL as pages are looked up: no query, fragment, `.md` or final slash. */
  function pageKey(url) {
    const bare = url.split("#")[0].split("?")[0].replace(/\/+$/, "");
    return (bare.endsWith(".md") ? bare.slice(0, -3) : bare).toLowerCase();
  }

  // The answers (scraper/runtime/answers.py), shaped as report.need_json shapes them.

  /** `/v1` of `https://api.dintero.com/v1`. */
  function serverPrefix(server) {
    const rest = server.includes("://") ? partition(server, "://")[2] : server;
    return rest.includes("/") ? `/${partition(rest, "/")[2]}` : "";
  }

  function serverOrigin(server) {
    const [scheme, , rest] = partition(server, "://");
    return `${scheme}://${partition(rest, "/")[0]}`;
  }

  const endpointJson = (e) => ({
    method: e.method,
    server: e.server,
    path: e.path,
    title: e.title,
    doc_url: e.doc_url,
  });

  const problem = (kind, message, hint = null, candidates = []) => ({ kind, message, hint, candidates });
  const unanswered = (kind, message, hint = null, candidates = []) => ({
    endpoint: null,
    problem: problem(kind, message, hint, candidates),
  });

  function advisor(model) {
    configure(model.constants);
    const router = new Router(model.endpoints);
    const grants = new Map();
    const byPage = new Map();
    model.endpoints.forEach((e, position) => {
      for (const name of e.scopes) {
        if (!grants.has(name)) grants.set(name, new Set());
        grants.get(name).add(position);
      }
      for (const page of e.pages) {
        const key = pageKey(page);
        if (!byPage.has(key)) byPage.set(key, []);
        if (!byPage.get(key).includes(e)) byPage.get(key).push(e);
      }
    });
    const reasons = new Map(model.scopes.filter((s) => s.sensitive).map((s) => [s.name, s.sensitive]));
    const sensitive = new Set(reasons.keys());
    const prefixes = [...new Set(model.endpoints.map((e) => serverPrefix(e.server)))]
      .filter((prefix) => prefix)
      .sort(compare);

    /** The endpoints a bare path matches, under any server. */
    function matching(method, path) {
      try {
        return [router.match(method, path)];
      } catch (error) {
        if (error instanceof AmbiguousEndpoint) return error.candidates;
        if (error instanceof UnknownEndpoint || error instanceof ValueError) return [];
        throw error;
      }
    }

    /** Where an unknown call would match: under a server's path prefix, or on another host. */
    function hint(call) {
      const target = call.target;
      const absolute = !target.startsWith("/");
      const rest = target.includes("://") ? partition(target, "://")[2] : target;
      const path = absolute ? `/${partition(rest, "/")[2]}` : target;
      const candidates = [...(absolute ? [path] : []), ...prefixes.map((prefix) => prefix + path)];
      for (const candidate of candidates) {
        const found = matching(call.method ?? "", candidate);
        if (!found.length) continue;
        if (!absolute) return `paths start with the server's path prefix: try ${cut(candidate)}`;
        const urls = [...new Set(found.map((e) => serverOrigin(e.server) + candidate))];
        return `try ${urls.sort(compare).map(cut).join(" or ")}`;
      }
      return null;
    }

    function scoped(endpoint) {
      if (endpoint.scopes.length || endpoint.client_auth) return { endpoint, problem: null };
      const why = problem("no_scope", "the docs name no scope for this endpoint", "see its docs page");
      return { endpoint, problem: why };
    }

    /** The endpoint one call is for, or the problem that stops it having one. */
    function answerCall(call) {
      const url = ["/", "https://", "http://"].some((start) => call.target.startsWith(start));
      if (call.kind === "url" && !url) {
        const neither = "is neither an absolute URL nor a path starting with '/'";
        return unanswered("malformed", `${shown(call.target)} ${neither}`);
      }
      if (call.kind === "page") {
        const found = byPage.get(pageKey(call.target)) ?? [];
        if (!found.length) {
          return unanswered("unknown", `no documented endpoint has the docs page ${cut(call.target)}`);
        }
        if (found.length > 1) {
          const message = `${cut(call.target)} stands for ${found.length} endpoints; give one as METHOD URL`;
          return unanswered("ambiguous", message, null, found);
        }
        return scoped(found[0]);
      }
      try {
        return scoped(router.match(call.method, call.target));
      } catch (error) {
        if (error instanceof AmbiguousEndpoint) {
          const server = "give the absolute URL, with the server";
          return unanswered("ambiguous", error.message, server, error.candidates);
        }
        if (error instanceof UnknownEndpoint) return unanswered("unknown", error.message, hint(call));
        if (error instanceof ValueError) return unanswered("malformed", error.message);
        throw error;
      }
    }

    /** The runtime's need, as `dintero-scopes need --json` gives it. */
    function need(calls) {
      const answers = calls.map((call) => {
        const answered = { call, ...answerCall(call) };
        // A call to an endpoint that authenticates the client itself needs no scope.
        return { ...answered, clientAuth: answered.problem === null && answered.endpoint.client_auth };
      });
      const needs = answers
        .filter((a) => a.problem === null && !a.clientAuth)
        .map((a) => a.endpoint.scopes);
      const ranking = rank(needs, grants, sensitive);
      return {
        scopes: ranking.best,
        decided_by: ranking.rule,
        as_small: ranking.ties,
        sensitive: ranking.best
          .filter((s) => sensitive.has(s))
          .map((s) => ({ scope: s, why: reasons.get(s) })),
        calls: answers.map(({ call, endpoint, problem: why, clientAuth }) => ({
          given: call.method ? `${call.method} ${call.target}` : call.target,
          kind: call.kind,
          method: call.method,
          target: call.target,
          endpoint: endpoint && endpointJson(endpoint),
          accepted: endpoint && why === null && !clientAuth ? [...endpoint.scopes] : [],
          client_auth: clientAuth,
          bearer_scopes: clientAuth ? [...endpoint.scopes] : [],
          problem: why && { ...why, candidates: why.candidates.map(endpointJson) },
        })),
      };
    }

    /** The answer for pasted text: need's over the lines that are calls, each call with its
     * line and text, and the lines that are none, `unread`, with why. */
    function answer(text) {
      const lines = text.split(LINE_END);
      if (lines[lines.length - 1] === "") lines.pop();
      const read = lines.map((line, i) => readLine(line, i + 1, model.docs_origin)).filter((r) => r);
      const calls = read.filter((r) => r.call);
      const result = need(calls.map((r) => r.call));
      result.calls = result.calls.map((c, i) => ({ line: calls[i].line, text: calls[i].text, ...c }));
      const unread = read.filter((r) => r.error);
      result.unread = unread.map((r) => ({ line: r.line, text: r.text, message: r.error }));
      return result;
    }

    return { answer };
  }

  // The page.

  const AUDIENCE = "https://api.dintero.com/v1/accounts/";
  const EXAMPLE_ACCOUNT = "T12345678";
  // An account id as the client-grant schema takes it (T: test, P: production).
  const ACCOUNT = /\/accounts\/([PT][0-9]{8})(?=[/?#]|$)/;

  // Unicode's bidirectional controls, as scraper/render/jinja.py's `inert` shows them.
  const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
  const codePoint = (c) => `<U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}>`;
  const inert = (text) => text.replace(BIDI_CONTROLS, codePoint);

  function element(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    // Strings become text nodes, with their bidirectional controls shown, never obeyed.
    node.append(...children.map((child) => (typeof child === "string" ? inert(child) : child)));
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

  /** A button that puts `text` on the clipboard, and says whether it did. */
  function copyButton(id, label, text) {
    const button = element("button", { id, type: "button", class: "md-button need-copy" }, label);
    button.addEventListener("click", () => {
      navigator.clipboard.writeText(text).then(
        () => {
          button.textContent = "Copied";
        },
        () => {
          button.textContent = "Copy failed: select the text instead";
        },
      );
    });
    return button;
  }

  /** The question in a link: the pasted lines after `#q=`. Never sent to a server. */
  function shareable(text) {
    try {
      return `#q=${encodeURIComponent(text)}`;
    } catch {
      return null; // a lone surrogate has no URI form
    }
  }

  function question() {
    if (!location.hash.startsWith("#q=")) return null;
    try {
      return decodeURIComponent(location.hash.slice(3));
    } catch {
      return null;
    }
  }

  /** The client-grant payload for the scopes, for the account the calls name if they do. */
  function payload(result) {
    const urls = result.calls.filter((c) => c.kind === "url");
    const account = urls.map((c) => ACCOUNT.exec(c.target)).find((m) => m !== null);
    const grant = {
      client_id: "<your client id>",
      audience: AUDIENCE + (account ? account[1] : EXAMPLE_ACCOUNT),
      scope: result.scopes,
      type: "client_credentials",
    };
    const where = account
      ? `The audience is the account your calls name, ${account[1]}.`
      : `Put your account id for ${EXAMPLE_ACCOUNT} (T for test, P for production).`;
    return { text: JSON.stringify(grant, null, 2), note: `${where} Put your client's id for client_id.` };
  }

  function summary(result) {
    const lines = result.calls.length + result.unread.length;
    const problems = result.calls.filter((c) => c.problem !== null).length + result.unread.length;
    const count = result.scopes.length;
    if (!lines) return "Paste at least one call: METHOD URL or a docs page URL, one a line.";
    if (!count && !problems) return "No scope is needed: no call needs one with client credentials.";
    if (!count) return "No scope can be chosen: no call matched an endpoint whose docs name its scopes.";
    const grant = `Grant ${count === 1 ? "this scope" : `these ${count} scopes`}: the least privilege`;
    if (!problems) return `${grant} that allows every call.`;
    const unanswered = `${problems} of the ${lines} lines could not be answered; each says why.`;
    return `${grant} that allows the calls that matched. ${unanswered}`;
  }

  const scopeList = (names, link, separator) => names.flatMap((s, i) => [...(i ? [separator] : []), link(s)]);

  function endpointLine(e, container) {
    const address = element("code", { class: "need-address" }, e.server + e.path);
    container.append(element("code", { class: "need-method" }, e.method), " ", address);
    const label = e.title ?? e.doc_url;
    const href = e.doc_url === null ? null : webLink(e.doc_url);
    if (label !== null) {
      const doc = href ? element("a", { href }, label) : element("span", {}, label);
      doc.className = "need-doc";
      container.append(element("br", {}), doc);
    }
    return container;
  }

  function problemCell(why) {
    const cell = element("td", { class: "need-accepted" });
    const kind = element("strong", { class: "need-problem-kind" }, why.kind);
    cell.append(element("p", { class: "need-problem" }, kind, ": ", why.message));
    if (why.hint !== null) cell.append(element("p", { class: "need-hint" }, `Hint: ${why.hint}`));
    if (why.candidates.length) {
      const items = why.candidates.map((e) => endpointLine(e, element("li", {})));
      cell.append(element("ul", { class: "need-candidates" }, ...items));
    }
    return cell;
  }

  /** A call to an endpoint that authenticates the client itself: no scope, and why. */
  function clientAuthCell(call, link) {
    const cell = element("td", { class: "need-accepted" });
    const why = "No scope with client credentials: the endpoint authenticates the client itself (HTTP Basic, client id and secret).";
    cell.append(element("p", { class: "need-note" }, why));
    if (call.bearer_scopes.length) {
      const bearer = scopeList(call.bearer_scopes, link, ", ");
      cell.append(element("p", { class: "need-note" }, "Its scopes apply to the Bearer grant types: ", ...bearer));
    }
    return cell;
  }

  /** A row per line that is not blank, in order: its call's answer, or why it is none. */
  function table(result, link) {
    const row = (line, text, endpoint, accepted) => [
      line,
      element(
        "tr",
        { "data-line": String(line) },
        element("td", {}, String(line)),
        element("td", { class: "need-call" }, element("code", {}, text)),
        endpoint,
        accepted,
      ),
    ];
    const rows = [
      ...result.calls.map((c) => {
        const endpoint = element("td", { class: "need-endpoint" });
        if (c.endpoint !== null) endpointLine(c.endpoint, endpoint);
        let accepted;
        if (c.client_auth) accepted = clientAuthCell(c, link);
        else if (c.problem !== null) accepted = problemCell(c.problem);
        else accepted = element("td", { class: "need-accepted" }, ...scopeList(c.accepted, link, ", "));
        return row(c.line, c.text, endpoint, accepted);
      }),
      ...result.unread.map((u) => {
        const why = element("p", { class: "need-problem" }, u.message);
        return row(u.line, u.text, element("td", { class: "need-endpoint" }), element("td", {}, why));
      }),
    ].sort((a, b) => a[0] - b[0]);
    const headings = ["Line", "Call", "Endpoint", "Scopes that accept it"];
    const head = element("tr", {}, ...headings.map((h) => element("th", {}, h)));
    return element("table", {}, element("thead", {}, head), element("tbody", {}, ...rows.map((r) => r[1])));
  }

  /** The chosen scopes, why these, and a client grant with them. */
  function chosen(result, link) {
    const copy = copyButton("need-copy-scopes", "Copy the scopes", result.scopes.join(" "));
    const parts = [
      element("ul", { class: "need-scopes" }, ...result.scopes.map((s) => element("li", {}, link(s)))),
      element("p", {}, copy),
    ];
    const rule = (text) => element("p", { class: "need-rule" }, text);
    if (result.decided_by === NAME_ORDER) {
      const count = result.as_small.length + 1;
      const ties = result.as_small.map((tie) => element("li", {}, ...scopeList(tie, link, " ")));
      parts.push(
        rule(`${count} sets are as small; this one comes first by name. The others:`),
        element("ul", { class: "need-ties" }, ...ties),
      );
    } else if (result.decided_by !== null) {
      parts.push(rule(`Chosen over the next best set by: ${result.decided_by}.`));
    } else {
      parts.push(rule("No other set of scopes covers these calls."));
    }
    if (result.sensitive.length) {
      const notes = result.sensitive.map((s) =>
        element("li", {}, link(s.scope), ` is sensitive (${s.why}); no other scope covers its calls.`),
      );
      parts.push(element("ul", { class: "need-sensitive" }, ...notes));
    }
    const grant = payload(result);
    const endpoint = element("code", {}, "POST /v1/accounts/{aid}/auth/client-grants");
    parts.push(
      element("p", {}, "A client grant with these scopes, for ", endpoint, ":"),
      element("pre", { class: "need-payload" }, element("code", {}, grant.text)),
      element("p", {}, grant.note, " ", copyButton("need-copy-payload", "Copy the payload", grant.text)),
    );
    return parts;
  }

  /** The question put in the page's address, and a link to it to copy; no question, no link. */
  function share(text, result) {
    const hash = result.calls.length || result.unread.length ? shareable(text) : null;
    if (hash === null) {
      history.replaceState(null, "", location.pathname + location.search);
      return [];
    }
    history.replaceState(null, "", hash);
    const link = element("a", { class: "need-link", href: hash }, "this question");
    const copy = copyButton("need-copy-link", "Copy the link", location.href);
    const again = " answers it again when opened. ";
    return [element("p", { class: "need-share" }, "A link to ", link, again, copy)];
  }

  function show(text, result, box, root, pages) {
    const link = (name) => {
      const code = element("code", {}, name);
      const page = pages.get(name);
      return page === undefined ? code : element("a", { href: root + page }, code);
    };
    const parts = [element("p", { class: "need-summary" }, summary(result))];
    if (result.scopes.length) parts.push(...chosen(result, link));
    parts.push(...share(text, result));
    if (result.calls.length || result.unread.length) parts.push(table(result, link));
    box.replaceChildren(...parts);
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
      const calls = document.getElementById("need-calls");
      const ask = () => show(calls.value, answer(calls.value), box, script.dataset.root, pages);
      form.addEventListener("submit", (event) => {
        event.preventDefault();
        ask();
      });
      // A shared link holds its question: answer it on opening, or when the link changes.
      const restore = () => {
        const asked = question();
        if (asked === null) return;
        calls.value = asked;
        ask();
      };
      window.addEventListener("hashchange", restore);
      // What the tests hold to the Python reference, on this model or on others.
      window.dinteroNeed = { answer, advisor };
      document.getElementById("need-submit").disabled = false;
      status.textContent = "";
      restore();
    })
    .catch((error) => {
      status.textContent = `The catalogue could not be loaded: ${error.message}`;
    });
})();
