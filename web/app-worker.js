// Bilateral's service worker: the app offline, and nothing else.
//
// go-app serves this file as /app-worker.js (server/site/pwa.go hands it over as
// Handler.ServiceWorkerTemplate; the static export writes the same) after
// putting the build's version in place of {{.Version}} and the JSON list of
// the URLs to precache, every one already resolved (prefixed in an export),
// in place of {{.ResourcesToCache}}. app.js registers it.
//
// Rules (issue 11: a script planted on our origin once rewrote /app.js in
// the old worker's cache, and every later visit ran it):
// - It stores only the URLs of that list, by exact URL, into the one cache
//   of its version, and only while it installs; it never stores anything
//   else (no navigation, no script, no response to a request it answered).
//   Of the list's pages it stores those in the languages of the site's
//   pages open as it installs (the one installing it among them), all of
//   them when it finds none: a reader of one language does not download,
//   nor make the server draw, the two others' seven pages each, on every
//   install and update. Offline, a page of another language opens from
//   the same view's page in a language it holds (below).
// - It stores a response only if it is same-origin ("basic"), ok (2xx) and
//   not redirected; if any URL of the list fails that, the install fails
//   and the previous worker, with its cache, stays.
// - It answers only same-origin GETs: a precached URL (whatever its
//   fragment) from its cache, a navigation from the network, falling back
//   to the precached page of the path (query ignored; /trade, /trade/ and the export's /trade/ are one
//   page), or of the same view in another language, or else the shell at
//   the scope's root, whose Wasm renders the view the address names. The
//   navigation's request is the browser's navigation preload, sent while
//   this worker starts, and is used as it is: never stored, never asked
//   for twice. Everything else goes to the network untouched.
// - Activation deletes every other cache: all of them when the app owns
//   the origin (scope "/"), the app's own older ones under a path prefix,
//   where the origin may hold other sites (GitHub Pages).
//
// The Wasm is the one exception to "from its cache": while the browser's HTTP
// cache holds the same bytes (the same strong ETag), that copy answers, and
// the install keeps it rather than revalidating it. V8 keeps a module's
// optimised code beside the HTTP cache's entry it was compiled from (go-app
// patch 16), from the first visit on; a revalidation drops that code, and a
// copy from this cache starts without it. Stale copies cannot slip in: the
// ETag must be the one this version's cache holds, or at install the one
// the server answers a HEAD request with.
//
// Updates as app.js expects them: a changed version is a changed script;
// the new worker skips waiting, and it does not claim pages, so a first
// visit (no controller yet) gets no false "new version" notice. Between a
// deploy and the new worker's install, the network answers a reader's page
// in the new version while this worker still holds the old one's scripts,
// Wasm and dataset: the new page would be taken over by the old program and
// data (a figure corrected in the new page shown wrong again). Every page
// names its version in its head (server/site/page_version.go); a page of
// another version makes this worker drop its cache, so that page and every
// later request get the network's, and ask the browser for the new worker.
//
// Why not Workbox (7.4.1, measured with workbox-precaching, -routing and
// -strategies bundled by our esbuild, minified, production): 17.7 kB (6.0 kB
// gzip) against this file's 12.7 kB (4.7 kB gzip, half of it comments), and
// its defaults are the opposite of the rules above: its precache copies
// redirected responses and stores them, matches URL variants (utm_* and
// fbclid parameters dropped, index.html and .html appended), keeps one
// precache across versions keyed by a revision parameter, and its cleanup
// deletes only Workbox's own outdated precaches. Holding it to these rules
// takes as much code again as this worker, plus a bundling step and three
// npm packages to follow. Push notifications (go-app's template has them)
// are left out: the app sends none.

const version = "{{.Version}}";
const resourcesToCache = {{.ResourcesToCache}};
// The path's first segment of a page in a language other than the
// default, which has none ("ru" of /ru/trade).
const languages = {{.Languages}};

const scope = new URL(self.registration.scope);
const cachePrefix = "bilateral:" + scope.pathname + ":";
const cacheName = cachePrefix + version;
const navigationTimeout = 3000;

// The absolute URLs precached: the only keys the cache ever holds.
const precached = new Set(
  resourcesToCache
    .map((u) => new URL(u, scope))
    .filter((u) => u.origin === scope.origin)
    .map((u) => u.href),
);

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    await precache();
    await self.skipWaiting();
    console.log("app worker " + version + " installed");
  })());
});

async function precache() {
  const cache = await caches.open(cacheName);
  const read = await readersLanguages();
  const wanted = [...precached].filter(
    (url) => !read || !isLanguagePage(url) || read.has(languageOf(new URL(url))),
  );
  await Promise.all(wanted.map(async (url) => {
    const response = await download(url);
    const refused = unstorable(response);
    if (refused) {
      throw new Error("not caching " + url + ": " + refused);
    }
    await cache.put(url, response);
  }));
  // The cache of this version may exist from before (a failed install, or
  // a page's script): it keeps the precached URLs and nothing else.
  for (const request of await cache.keys()) {
    if (!precached.has(request.url)) {
      await cache.delete(request);
    }
  }
}

// readersLanguages are the languages of the site's pages open now, or null
// when there are none (an update checked with no page open).
async function readersLanguages() {
  const found = new Set();
  const open = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  for (const client of open) {
    const url = new URL(client.url);
    if (url.origin === scope.origin && url.pathname.startsWith(scope.pathname)) {
      found.add(languageOf(url));
    }
  }
  return found.size > 0 ? found : null;
}

// languageOf is the language of an address under the scope: its first
// segment when that is one of languages, else "" (the default).
function languageOf(url) {
  const first = url.pathname.slice(scope.pathname.length).split("/")[0];
  return languages.includes(first) ? first : "";
}

// isLanguagePage tells a view's page (a path with no file extension) from
// a file, and from the shell at the scope's root, which every install
// stores: offline, it opens any address the cache has no page of.
function isLanguagePage(href) {
  const url = new URL(href);
  return url.href !== scope.href && !/\.[^/]*$/.test(url.pathname);
}

// download is the server's current copy of url: the Wasm from the HTTP
// cache when the server's ETag says it is current, anything else with
// no-cache (revalidated with the server, never an old copy).
async function download(url) {
  if (isWasm(url)) {
    try {
      // no-store: neither read nor written in the HTTP cache.
      const head = await fetch(new Request(url, { method: "HEAD", cache: "no-store" }));
      const kept = head.ok && (await fromHTTPCache(url));
      if (kept && kept.headers.get("ETag") === head.headers.get("ETag")) {
        return kept;
      }
      discard(kept);
    } catch (err) {
      // fetched in full below
    }
  }
  return fetch(new Request(url, { cache: "no-cache" }));
}

function isWasm(href) {
  return new URL(href).pathname.endsWith(".wasm");
}

// fromHTTPCache is the HTTP cache's copy of href with a strong ETag, or
// null. It never asks the network.
async function fromHTTPCache(href) {
  try {
    const response = await fetch(
      new Request(href, { cache: "only-if-cached", mode: "same-origin" }),
    );
    const etag = response.headers.get("ETag");
    return response.ok && etag && !etag.startsWith("W/") ? response : null;
  } catch (err) {
    return null; // not in the HTTP cache
  }
}

// discard lets go of a response whose body is not read.
function discard(response) {
  if (response && response.body) {
    response.body.cancel().catch(() => {});
  }
}

// unstorable says why a response must not be stored, or "".
function unstorable(response) {
  if (response.type !== "basic") {
    return "a " + response.type + " response";
  }
  if (response.redirected) {
    return "redirected to " + response.url;
  }
  if (!response.ok) {
    return "HTTP " + response.status;
  }
  return "";
}

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    const ownsOrigin = scope.pathname === "/";
    for (const key of await caches.keys()) {
      if (key !== cacheName && (ownsOrigin || key.startsWith(cachePrefix))) {
        console.log("deleting cache " + key);
        await caches.delete(key);
      }
    }
    // A navigation's request starts as the browser starts this worker,
    // not once it runs: a returning reader's page otherwise waits for the
    // worker's start (~10-15 ms on our desktop, longer on a slow phone)
    // before it is even asked for. navigate answers with that same request.
    if (self.registration.navigationPreload) {
      await self.registration.navigationPreload.enable();
    }
    console.log("app worker " + version + " activated");
  })());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") {
    return;
  }
  const url = new URL(request.url);
  if (url.origin !== scope.origin) {
    return;
  }
  // A request's URL keeps its fragment, which no request sends: the
  // compile worker's script is asked for with its orders there (go-app
  // patch 17), and, not found in the list, went to the network: offline
  // the worker failed to start and the Wasm was compiled on the page's
  // main thread.
  url.hash = "";
  if (request.mode === "navigate") {
    event.respondWith(navigate(request, url, event.preloadResponse));
    return;
  }
  if (precached.has(url.href)) {
    event.respondWith(fromCache(request, url.href));
  }
});

async function fromCache(request, href) {
  await versionChecked;
  const cache = await caches.open(cacheName);
  const cached = cache.match(href, { ignoreVary: true });
  if (isWasm(href)) {
    // Both looked up at once: the Wasm is what the program waits for.
    const [hit, http] = await Promise.all([cached, fromHTTPCache(href)]);
    if (hit && http && http.headers.get("ETag") === hit.headers.get("ETag")) {
      return http;
    }
    discard(http);
  }
  const response = (await cached) || (await fetch(request));
  return request.url === href ? response : withoutURL(response);
}

// withoutURL is response with no URL of its own, so the browser gives it
// the request's, fragment included: a cached response's URL has none, and
// the compile worker reads its orders from self.location.hash.
function withoutURL(response) {
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

// navigate goes to the network first (the navigation preload's request,
// when the browser made one); when it fails, answers 5xx or takes longer
// than navigationTimeout, the precached page answers.
async function navigate(request, url, preloaded) {
  const network = Promise.resolve(preloaded).then((r) => r || fetch(request));
  const late = after(navigationTimeout);
  const response = await Promise.race([network.catch(() => null), late.expired]);
  late.clear();
  if (response && response.status < 500) {
    const checking = checkVersion(response.clone());
    versionChecked = Promise.all([versionChecked, checking]);
    return response;
  }
  const cached = await precachedPage(url);
  if (cached) {
    return cached;
  }
  return response || network;
}

// after is a wait of ms milliseconds: expired settles to null then, to
// race a slower answer against; clear ends the wait early.
function after(ms) {
  let timer;
  const settled = new Promise((resolve) => {
    timer = setTimeout(resolve, ms, null);
  });
  return { expired: settled, clear: () => clearTimeout(timer) };
}

// precachedPage is the cached page of url's path, whatever its query and
// trailing slash; else the same view's page in another language the cache
// holds (its pages are those of the languages its reader read), which the
// Wasm then renders in the address's language, its layout already in
// place; else the shell at the scope's root.
async function precachedPage(url) {
  const rest = url.pathname.slice(scope.pathname.length).replace(/\/+$/, "");
  const lang = languageOf(url);
  const view = lang ? rest.slice(lang.length).replace(/^\//, "") : rest;
  const candidates = [];
  for (const p of [rest, ...["", ...languages].map((l) => (l ? l + "/" + view : view))]) {
    const href = new URL(p, scope).href.replace(/\/+$/, "");
    candidates.push(href, href + "/");
  }
  candidates.push(scope.href);
  const cache = await caches.open(cacheName);
  for (const href of candidates) {
    if (precached.has(href)) {
      const response = await cache.match(href, { ignoreVary: true });
      if (response) {
        return response;
      }
    }
  }
  return null;
}

// versionChecked settles once every page the network answered so far has
// been checked (checkVersion); a precached URL is looked up only then, so
// the page's own scripts and Wasm never come from a cache it has dropped.
let versionChecked = Promise.resolve();

// The mark every page carries near the start of its head.
const versionMark = /<meta name="bilateral-version" content="([^"]*)">/;

// checkVersion reads the start of a page the network answered and, when it
// names another version than this worker's, drops this worker's cache and
// asks the browser to look for the new worker. It gives up (keeping the
// cache) on a page without the mark within its first 4 kB, after a second,
// or on any error: a page that says nothing is no reason to go without the
// offline copy.
async function checkVersion(response) {
  if (!/^text\/html/.test(response.headers.get("Content-Type") || "") || !response.body) {
    return;
  }
  const reader = response.body.getReader();
  const late = after(1000);
  try {
    const decoder = new TextDecoder();
    let head = "";
    while (head.length < 4096) {
      const chunk = await Promise.race([reader.read(), late.expired]);
      if (!chunk || chunk.done) {
        return;
      }
      head += decoder.decode(chunk.value, { stream: true });
      const m = versionMark.exec(head);
      if (m) {
        if (m[1] && m[1] !== version) {
          console.log("app worker " + version + ": a page of version " + m[1] + " came; its cache is dropped");
          await caches.delete(cacheName);
          self.registration.update().catch(() => {});
        }
        return;
      }
    }
  } catch {
    // Keep the cache: see above.
  } finally {
    late.clear();
    reader.cancel().catch(() => {});
  }
}
