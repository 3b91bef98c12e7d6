/*
 * Pantau's page for journalists: incidents (reports of one event counted once, each figure with the reports it comes
 * from), or individual article records; facets, statistics (agencies' period totals, never summed), a province table.
 *
 * Every string that comes from the server (article titles, snippets, evidence sentences, names) is crawled,
 * untrusted text. It is only ever put on the page as text nodes (textContent, createTextNode); nothing here
 * assigns innerHTML. The one markup the server sends, the <em> tags around highlighted words in snippets, is
 * parsed by splitting on those two exact tags and building <mark> elements; the text between them arrives
 * HTML-escaped and is unescaped into text nodes, so any other tag stays text.
 */
"use strict";

(() => {
  const PAGE_SIZE = 20;
  const LANG_STORAGE_KEY = "pantau.lang";
  const API_KEY_STORAGE_KEY = "pantau.apiKey"; // a read key, kept for this browser tab only
  const LANGUAGES = ["id", "en"];
  const DEFAULT_LANGUAGE = "id";
  const FACET_FIELDS = ["province", "modus", "event_type", "agency_type", "month"];
  const FILTER_PARAMS = ["q", "province", "regency", "modus", "event_type", "agency_type", "date_from", "date_to",
    "relevant"];
  const VIEWS = ["incidents", "records"]; // the first is the default
  const VIEW_PARAMS = {
    incidents: ["q", "province", "regency", "modus", "date_from", "date_to"],
    records: FILTER_PARAMS,
  };
  const VIEW_FACETS = { incidents: ["province", "modus", "month"], records: FACET_FIELDS };
  const STATISTIC_PARAMS = ["q", "province", "regency", "date_from", "date_to"];
  const STATS_PARAMS = ["date_from", "date_to"];
  const FIGURE_ROLES = ["victims", "victims_rescued", "suspects", "victims_child", "victims_female", "victims_male"];
  const ENTITIES = { "&lt;": "<", "&gt;": ">", "&quot;": "\"", "&#x27;": "'", "&#39;": "'", "&amp;": "&" };
  const FACET_LABEL_GROUPS = { modus: "label_modus", event_type: "label_event_type", agency_type: "label_agency_type" };
  const HIGHLIGHT_TAG = /(<em>|<\/em>)/;
  const NO_PROVINCE = "unknown"; // the API's key for records that name no province; not a filter value
  const MAX_SNIPPETS = 2;

  const state = {
    strings: {},
    lang: DEFAULT_LANGUAGE,
    view: VIEWS[0], // "incidents" or "records"
    statistics: null, // the last /api/statistics response, or an Error
    statisticsController: null,
    filters: {}, // the current query: FILTER_PARAMS -> value
    response: null, // the last search response (facets, total)
    hits: [], // every hit shown, across loaded pages
    next: null,
    searchController: null,
    statsController: null,
    details: new Map(), // record id -> incident detail, or an Error
    expanded: new Set(), // record ids whose facts panel is open
    stats: null,
  };

  const $ = (id) => document.getElementById(id);

  // ---------- strings ----------

  /** The UI string `key` in the current language, with `{name}` placeholders filled from `values`. */
  function t(key, values = {}) {
    const table = state.strings[state.lang] || {};
    const fallback = state.strings[DEFAULT_LANGUAGE] || {};
    const template = typeof table[key] === "string" ? table[key] : (typeof fallback[key] === "string" ? fallback[key] : key);
    return template.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
  }

  /** A label for a coded value (modus, event type, agency type, role, level); the code itself if unknown. */
  function label(group, code) {
    const table = (state.strings[state.lang] || {})[group] || {};
    return Object.prototype.hasOwnProperty.call(table, code) ? table[code] : String(code);
  }

  function formatNumber(value) {
    return new Intl.NumberFormat(t("locale")).format(value);
  }

  /** "2025-10-16" or an ISO timestamp -> a readable date; unparseable text is shown as it is. */
  function formatDate(value) {
    if (!value) return "";
    const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(value));
    if (!match) return String(value);
    const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
    return new Intl.DateTimeFormat(t("locale"), { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" })
      .format(date);
  }

  /** A month facet key (e.g. "2025-10", "2025-10-01", or epoch milliseconds) -> "YYYY-MM", or null. */
  function monthKey(key) {
    if (typeof key === "number") {
      const date = new Date(key);
      return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;
    }
    const match = /^(\d{4})-(\d{2})/.exec(String(key));
    return match ? `${match[1]}-${match[2]}` : null;
  }

  function formatMonth(month) {
    const [year, monthNumber] = month.split("-").map(Number);
    return new Intl.DateTimeFormat(t("locale"), { month: "long", year: "numeric", timeZone: "UTC" })
      .format(new Date(Date.UTC(year, monthNumber - 1, 1)));
  }

  function monthRange(month) {
    const [year, monthNumber] = month.split("-").map(Number);
    const lastDay = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
    return { date_from: `${month}-01`, date_to: `${month}-${String(lastDay).padStart(2, "0")}` };
  }

  /** The month the date filters select exactly, or null. */
  function selectedMonth() {
    const { date_from: from, date_to: to } = state.filters;
    if (!from || !to) return null;
    const month = monthKey(from);
    if (!month) return null;
    const range = monthRange(month);
    return range.date_from === from && range.date_to === to ? month : null;
  }

  /** Fill every element marked data-i18n (text), data-i18n-placeholder and data-i18n-aria-label. */
  function applyStaticStrings() {
    document.documentElement.lang = state.lang;
    document.title = t("page_title");
    for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
    for (const node of document.querySelectorAll("[data-i18n-placeholder]")) {
      node.placeholder = t(node.dataset.i18nPlaceholder);
    }
    for (const node of document.querySelectorAll("[data-i18n-aria-label]")) {
      node.setAttribute("aria-label", t(node.dataset.i18nAriaLabel));
    }
    const other = state.lang === "id" ? "en" : "id";
    $("lang-switch").setAttribute("lang", other);
  }

  function storedLanguage() {
    try {
      const stored = window.localStorage.getItem(LANG_STORAGE_KEY);
      return LANGUAGES.includes(stored) ? stored : DEFAULT_LANGUAGE;
    } catch {
      return DEFAULT_LANGUAGE;
    }
  }

  function setLanguage(lang) {
    state.lang = lang;
    try {
      window.localStorage.setItem(LANG_STORAGE_KEY, lang);
    } catch {
      // storage may be disabled; the choice then lasts for this page only
    }
    applyStaticStrings();
    renderAll();
  }

  // ---------- DOM building (text only) ----------

  /**
   * Build an element. `props` may hold `className`, `text` (textContent), `attrs` (setAttribute; never event
   * handlers), `on` (event listeners). Children are nodes or strings (made text nodes).
   */
  function h(tag, props = {}, children = []) {
    const node = document.createElement(tag);
    if (props.className) node.className = props.className;
    if (props.text !== undefined && props.text !== null) node.textContent = String(props.text);
    for (const [name, value] of Object.entries(props.attrs || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (/^on/i.test(name)) throw new Error(`refusing to set event handler attribute ${name}`);
      node.setAttribute(name, value === true ? "" : String(value));
    }
    for (const [event, listener] of Object.entries(props.on || {})) node.addEventListener(event, listener);
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      node.append(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return node;
  }

  /** An http(s) URL from the server, or null: a crawled "javascript:" or "data:" link is never made a link. */
  function safeHttpUrl(raw) {
    if (typeof raw !== "string" || !raw) return null;
    try {
      const url = new URL(raw, window.location.href);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch {
      return null;
    }
  }

  function hostOf(url) {
    try {
      return new URL(url).hostname.replace(/^www\./, "");
    } catch {
      return "";
    }
  }

  /**
   * A highlight fragment -> a DocumentFragment of text nodes and <mark> elements. Only the exact tags <em> and
   * </em> are markup; everything else, including other tags, is text.
   */
  function highlightFragment(fragmentText) {
    const out = document.createDocumentFragment();
    let mark = null;
    for (const part of String(fragmentText).split(HIGHLIGHT_TAG)) {
      if (part === "<em>") {
        if (!mark) mark = document.createElement("mark");
      } else if (part === "</em>") {
        if (mark) out.append(mark);
        mark = null;
      } else if (part) {
        (mark || out).append(document.createTextNode(unescapeText(part)));
      }
    }
    if (mark) out.append(mark);
    return out;
  }

  /** Highlight text arrives HTML-escaped (&lt; &gt; &amp; &quot; &#x27;): back to the characters, as text. */
  function unescapeText(escaped) {
    return escaped.replace(/&(?:lt|gt|quot|amp|#x27|#39);/g, (entity) => ENTITIES[entity]);
  }

  /** A fragment's words without the highlight tags, for comparing fragments. */
  function plainWords(fragment) {
    return fragment.split(HIGHLIGHT_TAG).filter((part) => part !== "<em>" && part !== "</em>").join("")
      .replace(/\s+/g, " ").trim().toLowerCase();
  }

  /**
   * The snippets of a hit, from a list of fragments or a field -> fragments mapping: article text first, then
   * evidence sentences, leaving out the title (shown as the link) and fragments that repeat a chosen one.
   */
  function highlightFragments(highlight) {
    if (!highlight) return [];
    let candidates;
    if (typeof highlight === "string") candidates = [highlight];
    else if (Array.isArray(highlight)) candidates = highlight;
    else {
      const fields = Object.keys(highlight).filter((field) => field !== "title" && !field.startsWith("title."));
      fields.sort((a, b) => Number(b.startsWith("text")) - Number(a.startsWith("text")));
      candidates = fields.flatMap((field) => (Array.isArray(highlight[field]) ? highlight[field] : [highlight[field]]));
    }
    const chosen = [];
    const chosenWords = [];
    for (const fragment of candidates) {
      if (typeof fragment !== "string") continue;
      const words = plainWords(fragment);
      if (!words || chosenWords.some((seen) => seen.includes(words) || words.includes(seen))) continue;
      chosen.push(fragment.trim());
      chosenWords.push(words);
    }
    return chosen;
  }

  function titleHighlight(highlight) {
    if (!highlight || Array.isArray(highlight) || typeof highlight !== "object") return null;
    for (const [field, value] of Object.entries(highlight)) {
      if ((field === "title" || field.startsWith("title.")) && Array.isArray(value) && value.length) return value[0];
    }
    return null;
  }

  /** The evidence sentence of a fact, whatever name the API gives it; null when absent. */
  function evidenceText(fact) {
    if (!fact || typeof fact !== "object") return null;
    const evidence = fact.evidence;
    const candidates = [
      evidence && typeof evidence === "object" ? (evidence.text ?? evidence.sentence) : evidence,
      fact.evidence_text,
      fact.evidence_sentence,
      fact.sentence,
    ];
    for (const candidate of candidates) if (typeof candidate === "string" && candidate.trim()) return candidate;
    return null;
  }

  // ---------- URL state ----------

  function filtersFromLocation() {
    const params = new URLSearchParams(window.location.search);
    state.view = VIEWS.includes(params.get("view")) ? params.get("view") : VIEWS[0];
    const filters = {};
    for (const name of FILTER_PARAMS) {
      const value = params.get(name);
      if (value !== null && value !== "") filters[name] = value;
    }
    return filters;
  }

  /** The query string of `filters` (only the `names` given: each endpoint takes its own) and `extra`. */
  function queryString(filters, extra = {}, names = FILTER_PARAMS) {
    const params = new URLSearchParams();
    for (const name of names) if (filters[name]) params.set(name, filters[name]);
    for (const [name, value] of Object.entries(extra)) if (value !== null && value !== undefined) params.set(name, value);
    return params.toString();
  }

  /** Results per page: PAGE_SIZE, or the URL's "size" (the server enforces its cap and says so). */
  function pageSize() {
    const raw = new URLSearchParams(window.location.search).get("size");
    return raw && /^\d+$/.test(raw) ? raw : String(PAGE_SIZE);
  }

  function pushFilters(filters) {
    state.filters = filters;
    loadStats();
    loadStatistics();
    const size = new URLSearchParams(window.location.search).get("size");
    const query = queryString(filters, { view: state.view === VIEWS[0] ? null : state.view, size });
    const url = `${window.location.pathname}${query ? `?${query}` : ""}`;
    if (url !== `${window.location.pathname}${window.location.search}`) window.history.pushState(null, "", url);
    syncForm();
    search();
  }

  function setFilter(name, value) {
    const filters = { ...state.filters };
    if (value === null || value === undefined || value === "") delete filters[name];
    else filters[name] = value;
    pushFilters(filters);
  }

  function syncForm() {
    $("q").value = state.filters.q || "";
    $("date_from").value = state.filters.date_from || "";
    $("date_to").value = state.filters.date_to || "";
    $("include_irrelevant").checked = state.filters.relevant === "all";
    $("include_irrelevant").closest(".field").hidden = state.view !== "records"; // incidents are always relevant
    for (const button of document.querySelectorAll("#view-switch button[data-view]")) {
      button.setAttribute("aria-pressed", button.dataset.view === state.view ? "true" : "false");
    }
  }

  function setView(view) {
    if (view === state.view) return;
    state.view = view;
    state.response = null;
    state.hits = [];
    pushFilters(state.filters);
  }

  // ---------- API ----------

  function apiUrl(path, query = "") {
    const url = new URL(path, document.baseURI);
    url.search = query;
    return url.href;
  }

  /** A one-line message from an API error response (FastAPI's {"detail": ...} or plain text). */
  async function errorMessage(response) {
    if (response.status === 401) return t("error_unauthorized");
    if (response.status === 429) return t("error_rate_limited");
    let detail = `HTTP ${response.status}`;
    try {
      const body = await response.json();
      const raw = body && (body.detail ?? body.error ?? body.message);
      if (typeof raw === "string") detail = raw;
      else if (Array.isArray(raw)) {
        detail = raw.map((item) => (item && typeof item.msg === "string"
          ? `${(item.loc || []).filter((part) => part !== "query").join(".")}: ${item.msg}` : String(item))).join("; ");
      }
    } catch {
      // not JSON: keep the status
    }
    return detail;
  }

  function storedApiKey() {
    try {
      return window.sessionStorage.getItem(API_KEY_STORAGE_KEY) || "";
    } catch {
      return "";
    }
  }

  /** Request headers: JSON, and the read key when the server asked for one and the reader gave it. */
  function apiHeaders(accept = "application/json") {
    const headers = { Accept: accept };
    const key = storedApiKey();
    if (key) headers["X-API-Key"] = key;
    return headers;
  }

  async function apiFetch(url, signal, accept) {
    let response;
    try {
      response = await fetch(url, { signal, headers: apiHeaders(accept) });
    } catch (error) {
      if (error.name === "AbortError") throw error;
      throw new Error(t("error_network"));
    }
    if (response.status === 401) $("key-form").hidden = false;
    if (!response.ok) throw new Error(await errorMessage(response));
    return response;
  }

  async function fetchJson(url, signal) {
    return (await apiFetch(url, signal)).json();
  }

  function onKeySubmit(event) {
    event.preventDefault();
    const key = $("api-key").value.trim();
    try {
      if (key) window.sessionStorage.setItem(API_KEY_STORAGE_KEY, key);
      else window.sessionStorage.removeItem(API_KEY_STORAGE_KEY);
    } catch {
      return; // storage disabled: a key cannot be kept
    }
    $("api-key").value = "";
    $("key-form").hidden = true;
    state.details.clear();
    search();
    loadStats();
    loadStatistics();
  }

  /**
   * With a read key, an export link cannot send it as a plain link: fetch the file with the key and hand it to
   * the browser as a download instead.
   */
  async function onExportClick(event) {
    if (!storedApiKey()) return; // open access: the plain link downloads
    event.preventDefault();
    const link = event.currentTarget;
    try {
      const response = await apiFetch(link.href, undefined, "*/*");
      const disposition = response.headers.get("Content-Disposition") || "";
      const match = /filename="?([^";]+)"?/.exec(disposition);
      const objectUrl = URL.createObjectURL(await response.blob());
      const download = h("a", { attrs: { href: objectUrl, download: match ? match[1] : `pantau.${link.dataset.format}` } });
      document.body.append(download);
      download.click();
      download.remove();
      setTimeout(() => URL.revokeObjectURL(objectUrl), 60_000);
    } catch (error) {
      showError(error.message);
    }
  }

  function showError(message) {
    const box = $("error");
    box.textContent = message ? t("error_generic", { message }) : "";
    box.hidden = !message;
  }

  async function search({ append = false } = {}) {
    if (state.searchController) state.searchController.abort();
    const controller = new AbortController();
    state.searchController = controller;
    const extra = { size: pageSize(), after: append ? state.next : null };
    $("results").setAttribute("aria-busy", "true");
    if (!append) $("results-status").textContent = t("loading");
    try {
      const endpoint = state.view === "incidents" ? "api/incidents" : "api/records";
      const query = queryString(state.filters, extra, VIEW_PARAMS[state.view]);
      const data = await fetchJson(apiUrl(endpoint, query), controller.signal);
      showError(null);
      state.response = data;
      const firstNew = state.hits.length;
      state.hits = append ? state.hits.concat(data.hits || []) : (data.hits || []);
      state.next = data.next || null;
      if (!append) state.expanded.clear();
      renderAll();
      if (append) focusResult(firstNew);
    } catch (error) {
      if (error.name === "AbortError") return;
      showError(error.message);
      if (!append) {
        state.response = null;
        state.hits = [];
        state.next = null;
        renderAll();
      }
    } finally {
      if (state.searchController === controller) {
        state.searchController = null;
        $("results").removeAttribute("aria-busy");
      }
    }
  }

  /** Move keyboard focus to the n-th result's title (after "load more", so the reader continues there). */
  function focusResult(index) {
    const item = $("result-list").children[index];
    const target = item && item.querySelector(".result-title a, .result-title span");
    if (!target) return;
    if (target.tagName !== "A") target.setAttribute("tabindex", "-1");
    target.focus();
  }

  async function loadStats() {
    if (state.statsController) state.statsController.abort();
    const controller = new AbortController();
    state.statsController = controller;
    try {
      state.stats = await fetchJson(apiUrl("api/stats", queryString(state.filters, {}, STATS_PARAMS)),
        controller.signal);
    } catch (error) {
      if (error.name === "AbortError") return;
      state.stats = error;
    }
    if (state.statsController === controller) state.statsController = null;
    keepingFocus(renderStats);
  }

  /** Statistics (an agency's totals for a period) for the current query: listed apart, never summed. */
  async function loadStatistics() {
    if (state.statisticsController) state.statisticsController.abort();
    const controller = new AbortController();
    state.statisticsController = controller;
    try {
      const query = queryString(state.filters, { size: "20" }, STATISTIC_PARAMS);
      state.statistics = await fetchJson(apiUrl("api/statistics", query), controller.signal);
    } catch (error) {
      if (error.name === "AbortError") return;
      state.statistics = error;
    }
    if (state.statisticsController === controller) state.statisticsController = null;
    keepingFocus(renderStatistics);
  }

  async function loadDetail(id) {
    try {
      state.details.set(id, await fetchJson(apiUrl(`api/records/${encodeURIComponent(id)}`)));
    } catch (error) {
      state.details.set(id, error);
    }
    const panel = document.getElementById(panelId(id));
    if (panel && state.expanded.has(id)) fillFactsPanel(panel, id);
  }

  // ---------- rendering ----------

  function renderAll() {
    keepingFocus(() => {
      renderActiveFilters();
      renderFacets();
      renderResults();
      renderExportLinks();
      renderStats();
      renderStatistics();
    });
  }

  /**
   * Re-rendering replaces the controls a keyboard user may be on. Controls carry a data-focus-key; after
   * `render` the control with the same key gets focus back, or the results section when it is gone.
   */
  function keepingFocus(render) {
    const active = document.activeElement;
    const key = active && active.dataset ? active.dataset.focusKey : undefined;
    render();
    if (!key || (document.activeElement === active && active.isConnected)) return;
    const same = [...document.querySelectorAll("[data-focus-key]")].find((node) => node.dataset.focusKey === key);
    (same || $("results")).focus();
  }

  function filterDisplay(name, value) {
    if (name in FACET_LABEL_GROUPS) return label(FACET_LABEL_GROUPS[name], value);
    if (name === "date_from" || name === "date_to") return formatDate(value);
    if (name === "relevant" && (value === "all" || value === "false")) return t(`relevant_${value}`);
    return value;
  }

  function filterName(name) {
    const key = { q: "filter_q", regency: "filter_regency", date_from: "filter_date_from", date_to: "filter_date_to",
      relevant: "filter_relevant" }[name] || `facet_${name}`;
    return t(key);
  }

  function renderActiveFilters() {
    const list = $("active-filter-list");
    list.replaceChildren();
    const month = selectedMonth();
    const active = VIEW_PARAMS[state.view].filter((name) => name !== "q" && state.filters[name]);
    const items = [];
    if (month) {
      items.push({ text: `${t("facet_month")}: ${formatMonth(month)}`, remove: { date_from: null, date_to: null } });
    }
    for (const name of active) {
      if (month && (name === "date_from" || name === "date_to")) continue;
      items.push({ text: `${filterName(name)}: ${filterDisplay(name, state.filters[name])}`, remove: { [name]: null } });
    }
    for (const item of items) {
      const button = h("button", {
        className: "chip",
        attrs: { type: "button", "aria-label": t("remove_filter", { label: item.text }), "data-focus-key": "chip" },
        on: {
          click: () => {
            const filters = { ...state.filters };
            for (const name of Object.keys(item.remove)) delete filters[name];
            pushFilters(filters);
          },
        },
      }, [h("span", { text: item.text }), h("span", { className: "chip-x", text: "×", attrs: { "aria-hidden": "true" } })]);
      list.append(h("li", {}, [button]));
    }
    $("active-filters").hidden = items.length === 0;
  }

  function facetLabel(field, key) {
    if (field === "province" && key === NO_PROVINCE) return t("province_unknown");
    if (field === "month") return formatMonth(monthKey(key) || String(key));
    if (field in FACET_LABEL_GROUPS) return label(FACET_LABEL_GROUPS[field], key);
    return String(key);
  }

  function renderFacets() {
    const container = $("facet-groups");
    container.replaceChildren();
    const facets = (state.response && state.response.facets) || {};
    const month = selectedMonth();
    for (const field of VIEW_FACETS[state.view]) {
      const buckets = Array.isArray(facets[field]) ? facets[field].filter((bucket) => bucket && bucket.count > 0) : [];
      if (field === "month") buckets.sort((a, b) => String(monthKey(b.key)).localeCompare(String(monthKey(a.key))));
      const headingId = `facet-${field}-heading`;
      const list = h("ul", { className: "facet-list", attrs: { "aria-labelledby": headingId } });
      for (const bucket of buckets) {
        const key = field === "month" ? monthKey(bucket.key) : String(bucket.key);
        if (key === null) continue;
        const active = field === "month" ? key === month : state.filters[field] === key;
        const text = facetLabel(field, bucket.key);
        if (field === "province" && key === NO_PROVINCE) {
          list.append(h("li", { className: "facet-static" }, [h("span", { className: "facet-label", text }),
            h("span", { className: "count", text: formatNumber(bucket.count) })]));
          continue;
        }
        const button = h("button", {
          className: `facet-option${active ? " active" : ""}`,
          attrs: {
            type: "button", "aria-pressed": active ? "true" : "false", "data-facet": field, "data-key": key,
            "data-focus-key": `facet:${field}:${key}`,
            "aria-label": t("facet_option", { label: text, count: formatNumber(bucket.count) }),
          },
          on: { click: () => toggleFacet(field, key, active) },
        }, [h("span", { className: "facet-label", text }), h("span", { className: "count", text: formatNumber(bucket.count) })]);
        list.append(h("li", {}, [button]));
      }
      if (!list.childElementCount) list.append(h("li", { className: "hint", text: t("facet_empty") }));
      container.append(h("section", { className: "facet-group", attrs: { "data-facet-group": field } }, [
        h("h3", { text: t(`facet_${field}`), attrs: { id: headingId } }),
        list,
      ]));
    }
  }

  function toggleFacet(field, key, active) {
    if (field === "month") {
      const filters = { ...state.filters };
      if (active) {
        delete filters.date_from;
        delete filters.date_to;
      } else Object.assign(filters, monthRange(key));
      pushFilters(filters);
    } else setFilter(field, active ? null : key);
  }

  function renderResults() {
    const list = $("result-list");
    list.replaceChildren();
    const status = $("results-status");
    const total = state.response ? Number(state.response.total) || 0 : 0;
    if (!state.response) {
      status.textContent = "";
    } else if (total === 0) {
      status.textContent = t("no_results");
    } else {
      status.textContent = total === 1 ? t("results_count_one") : t("results_count", { count: formatNumber(total) });
    }
    for (const hit of state.hits) list.append(state.view === "incidents" ? renderIncident(hit) : renderHit(hit));
    $("load-more").hidden = !state.next;
    $("showing").textContent = state.hits.length && total > state.hits.length
      ? t("showing", { shown: formatNumber(state.hits.length), total: formatNumber(total) }) : "";
  }

  function panelId(id) {
    return `facts-${String(id).replace(/[^A-Za-z0-9_-]/g, "_")}`;
  }

  function uniqueNames(items) {
    const seen = new Set();
    const names = [];
    for (const item of items || []) {
      const name = typeof item === "string" ? item : item && item.name;
      if (name && !seen.has(name)) {
        seen.add(name);
        names.push(name);
      }
    }
    return names;
  }

  function renderHit(hit) {
    const id = String(hit.id);
    const url = safeHttpUrl(hit.url);
    const titleText = hit.title || hit.url || t("untitled");
    const titleNode = titleHighlight(hit.highlight);
    const titleContent = titleNode ? highlightFragment(titleNode) : document.createTextNode(titleText);
    const heading = url
      ? h("a", { attrs: { href: url, target: "_blank", rel: "noopener noreferrer", class: "result-link" } },
        [titleContent, h("span", { className: "visually-hidden", text: ` ${t("opens_new_tab")}` })])
      : h("span", {}, [titleContent]);

    const meta = h("p", { className: "result-meta" });
    const metaParts = [];
    if (url) metaParts.push(h("span", { className: "source", text: hostOf(url) }));
    if (hit.published) metaParts.push(h("span", { text: `${t("published")}: ${formatDate(hit.published)}` }));
    if (hit.event_date) metaParts.push(h("span", { text: `${t("event_date")}: ${formatDate(hit.event_date)}` }));
    if (hit.event_type) metaParts.push(h("span", { className: "badge", text: label("label_event_type", hit.event_type) }));
    if (hit.relevant === false) metaParts.push(h("span", { className: "badge muted", text: t("not_relevant") }));
    metaParts.forEach((part, index) => {
      if (index) meta.append(h("span", { className: "sep", text: "·", attrs: { "aria-hidden": "true" } }));
      meta.append(part);
    });

    const snippets = highlightFragments(hit.highlight).slice(0, MAX_SNIPPETS)
      .map((fragment) => h("p", { className: "snippet" }, [highlightFragment(fragment)]));

    const summary = h("ul", { className: "summary chips" });
    for (const name of uniqueNames(hit.locations).slice(0, 4)) summary.append(h("li", { className: "tag place", text: name }));
    for (const code of hit.modus || []) summary.append(h("li", { className: "tag modus", text: label("label_modus", code) }));
    for (const count of (hit.counts || []).filter((item) => item && item.about_tppo !== false && !item.scope).slice(0, 3)) {
      summary.append(h("li", { className: "tag count", text: `${label("label_role", count.role)}: ${formatNumber(count.value)}` }));
    }
    for (const name of uniqueNames(hit.destinations).slice(0, 3)) summary.append(h("li", { className: "tag destination", text: `→ ${name}` }));

    const expanded = state.expanded.has(id);
    const panel = h("div", { className: "facts", attrs: { id: panelId(id), hidden: !expanded } });
    const toggle = h("button", {
      className: "secondary facts-toggle",
      text: expanded ? t("hide_facts") : t("show_facts"),
      attrs: { type: "button", "aria-expanded": expanded ? "true" : "false", "aria-controls": panelId(id),
        "data-focus-key": `facts:${id}` },
      on: { click: () => toggleFacts(id, toggle, panel) },
    });
    if (expanded) fillFactsPanel(panel, id);

    return h("li", { className: "result", attrs: { "data-id": id } }, [
      h("article", {}, [
        h("h3", { className: "result-title" }, [heading]),
        meta,
        ...snippets,
        summary.childElementCount ? summary : null,
        toggle,
        panel,
      ]),
    ]);
  }

  /** "Kota Jambi, Jambi": an incident's place and its province. */
  function placeName(place) {
    if (!place || !place.name) return t("place_unknown");
    return place.province && place.province !== place.name ? `${place.name}, ${place.province}` : place.name;
  }

  /** Why an incident is listed for the region asked for: it happened there, or its victims come from there. */
  function reasonLine(incident) {
    if (incident.region_reason === "event") return h("p", { className: "reason", text: t("reason_event") });
    if (incident.region_reason !== "victims_origin") return null;
    const origins = uniqueNames((incident.locations || []).filter((loc) => loc && loc.role === "victims_origin"));
    return h("p", { className: "reason", text: t("reason_victims_origin", { places: origins.join(", ") }) });
  }

  /** One figure: the value Pantau stands behind, the rule that chose it, and every report's value on demand. */
  function figureItem(role, figure) {
    const reports = (figure.reports || []).map((report) => h("li", {}, [
      h("span", { className: "fact-main", text: `${report.outlet || hostOf(report.url) || "?"}: ${formatNumber(report.value)}` }),
      report.sentence ? h("blockquote", { text: report.sentence }) : null,
    ]));
    return h("li", { className: "figure", attrs: { "data-role": role } }, [
      h("span", { className: "fact-main", text: `${label("label_role", role)}: ${formatNumber(figure.value)}` }),
      figure.rule ? h("span", { className: "fact-detail", text: ` (${t("figure_rule", { rule: figure.rule })})` }) : null,
      reports.length ? h("details", { className: "figure-reports" }, [
        h("summary", { text: t("figure_reports", { count: formatNumber(reports.length) }) }),
        h("ul", {}, reports),
      ]) : null,
    ]);
  }

  /** An incident, its reports folded in. */
  function renderIncident(incident) {
    const id = String(incident.id);
    const reports = incident.reports || [];
    const meta = h("p", { className: "result-meta" });
    const metaParts = [];
    if (incident.event_date) metaParts.push(h("span", { text: `${t("event_date")}: ${formatDate(incident.event_date)}` }));
    if (incident.first_reported) {
      metaParts.push(h("span", { text: `${t("first_reported")}: ${formatDate(incident.first_reported)}` }));
    }
    metaParts.push(h("span", { className: "badge", text: reports.length === 1 ? t("reports_count_one")
      : t("reports_count", { count: formatNumber(reports.length) }) }));
    metaParts.forEach((part, index) => {
      if (index) meta.append(h("span", { className: "sep", text: "·", attrs: { "aria-hidden": "true" } }));
      meta.append(part);
    });
    const snippets = highlightFragments(incident.highlight).slice(0, MAX_SNIPPETS)
      .map((fragment) => h("p", { className: "snippet" }, [highlightFragment(fragment)]));
    const summary = h("ul", { className: "summary chips" });
    for (const code of incident.modus || []) summary.append(h("li", { className: "tag modus", text: label("label_modus", code) }));
    for (const name of uniqueNames(incident.destinations).slice(0, 3)) {
      summary.append(h("li", { className: "tag destination", text: `→ ${name}` }));
    }
    const figures = FIGURE_ROLES.filter((role) => incident.figures && incident.figures[role])
      .map((role) => figureItem(role, incident.figures[role]));
    const reportItems = reports.map((report) => {
      const url = safeHttpUrl(report.url);
      const title = report.title || report.url || t("untitled");
      const link = url ? h("a", { text: title, attrs: { href: url, target: "_blank", rel: "noopener noreferrer" } },
        [h("span", { className: "visually-hidden", text: ` ${t("opens_new_tab")}` })]) : h("span", { text: title });
      const details = [report.outlet || (url && hostOf(url)), report.published && formatDate(report.published)]
        .filter(Boolean).join(" · ");
      return h("li", { className: "report" }, [link, details ? h("span", { className: "fact-detail", text: ` ${details}` }) : null]);
    });
    return h("li", { className: "result incident", attrs: { "data-id": id } }, [
      h("article", {}, [
        h("h3", { className: "result-title" }, [h("span", { text: placeName(incident.place) })]),
        meta,
        reasonLine(incident),
        ...snippets,
        summary.childElementCount ? summary : null,
        figures.length ? h("ul", { className: "figures" }, figures) : null,
        h("details", { className: "reports" }, [
          h("summary", { text: t("reports_heading") }),
          h("ul", {}, reportItems),
        ]),
      ]),
    ]);
  }

  function renderStatistics() {
    const list = $("statistics-list");
    list.replaceChildren();
    if (state.statistics === null) return;
    if (state.statistics instanceof Error) {
      list.append(h("li", { className: "error-inline", text: t("error_generic", { message: state.statistics.message }) }));
      return;
    }
    const hits = state.statistics.hits || [];
    if (!hits.length) list.append(h("li", { className: "hint", text: t("statistics_empty") }));
    for (const statistic of hits) {
      const figures = Object.entries(statistic.figures || {})
        .map(([role, value]) => `${label("label_role", role)}: ${formatNumber(value)}`).join(" · ");
      const who = [statistic.agency, statistic.region && statistic.region.name, statistic.period && statistic.period.label]
        .filter(Boolean).join(" · ");
      const url = safeHttpUrl(statistic.url);
      list.append(h("li", { className: "statistic" }, [
        h("p", { className: "fact-main", text: figures }),
        who ? h("p", { className: "result-meta", text: who }) : null,
        statistic.sentence ? h("blockquote", { text: statistic.sentence }) : null,
        url ? h("a", { text: statistic.outlet || hostOf(url), attrs: { href: url, target: "_blank", rel: "noopener noreferrer" } },
          [h("span", { className: "visually-hidden", text: ` ${t("opens_new_tab")}` })]) : null,
      ]));
    }
  }

  function toggleFacts(id, toggle, panel) {
    const open = !state.expanded.has(id);
    if (open) state.expanded.add(id);
    else state.expanded.delete(id);
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
    toggle.textContent = open ? t("hide_facts") : t("show_facts");
    panel.hidden = !open;
    if (!open) return;
    if (!state.details.has(id) || state.details.get(id) instanceof Error) {
      state.details.delete(id);
      panel.replaceChildren(h("p", { className: "hint", text: t("facts_loading"), attrs: { role: "status" } }));
      loadDetail(id);
    } else fillFactsPanel(panel, id);
  }

  function evidenceBlock(fact) {
    const sentence = evidenceText(fact);
    if (!sentence) return null;
    return h("details", { className: "evidence" }, [
      h("summary", { text: t("evidence") }),
      h("blockquote", { text: sentence }),
    ]);
  }

  function factItem(mainText, detailText, fact) {
    return h("li", { className: "fact" }, [
      h("span", { className: "fact-main", text: mainText }),
      detailText ? h("span", { className: "fact-detail", text: ` ${detailText}` }) : null,
      evidenceBlock(fact),
    ]);
  }

  function factSection(titleKey, items) {
    if (!items.length) return null;
    return h("section", { className: "fact-section" }, [h("h4", { text: t(titleKey) }), h("ul", {}, items)]);
  }

  /** The record inside an incident detail response, whichever envelope the API uses. */
  function detailRecord(detail) {
    if (detail && typeof detail === "object" && detail.record && typeof detail.record === "object") {
      return { ...detail, ...detail.record };
    }
    return detail || {};
  }

  function fillFactsPanel(panel, id) {
    const detail = state.details.get(id);
    if (detail === undefined) {
      panel.replaceChildren(h("p", { className: "hint", text: t("facts_loading"), attrs: { role: "status" } }));
      return;
    }
    if (detail instanceof Error) {
      panel.replaceChildren(h("p", { className: "error-inline", text: t("facts_error", { message: detail.message }) }));
      return;
    }
    const record = detailRecord(detail);
    const places = (record.locations || []).map((place) => {
      const parts = [label("label_level", place.level)];
      if (place.province && place.province !== place.name) parts.push(t("in_province", { province: place.province }));
      return factItem(place.name, `(${parts.join(", ")})`, place);
    });
    const agencies = (record.agencies || []).map((agency) => factItem(agency.name,
      `(${label("label_agency_type", agency.type)})`, agency));
    const counts = (record.counts || []).map((count) => {
      const notes = [];
      if (count.scope) notes.push(t("count_scope", { scope: count.scope }));
      if (count.about_tppo === false) notes.push(t("count_not_tppo"));
      return factItem(`${label("label_role", count.role)}: ${formatNumber(count.value)}`,
        notes.length ? `(${notes.join("; ")})` : "", count);
    });
    const modus = (record.modus || []).map((code) => factItem(label("label_modus", code), "", null));
    const destinations = uniqueNames(record.destinations).map((name) => factItem(name, "", null));
    const sections = [
      factSection("facts_places", places),
      factSection("facts_agencies", agencies),
      factSection("facts_counts", counts),
      factSection("facts_modus", modus),
      factSection("facts_destinations", destinations),
    ].filter(Boolean);
    panel.replaceChildren(...(sections.length ? sections : [h("p", { className: "hint", text: t("facts_none") })]));
    const url = safeHttpUrl(record.url);
    if (url) {
      panel.append(h("p", { className: "source-link" }, [
        h("a", { text: t("source_link"), attrs: { href: url, target: "_blank", rel: "noopener noreferrer" } },
          [h("span", { className: "visually-hidden", text: ` ${t("opens_new_tab")}` })]),
      ]));
    }
  }

  function renderExportLinks() {
    const level = state.view === "incidents" ? "incident" : "record";
    for (const link of document.querySelectorAll(".export-links a[data-format]")) {
      link.href = apiUrl("api/export", queryString(state.filters, { level, format: link.dataset.format },
        VIEW_PARAMS[state.view]));
    }
  }

  /**
   * /api/stats -> [{province, incidents, victims, suspects}] summed over months. Accepts a list of rows or an
   * object holding one ("rows", "stats", "provinces"), rows per province-month or per province with "months".
   */
  function provinceTotals(stats) {
    let rows = stats;
    if (rows && !Array.isArray(rows) && typeof rows === "object") {
      rows = rows.provinces || rows.rows || rows.stats || rows.items || [];
    }
    if (rows && !Array.isArray(rows) && typeof rows === "object") { // {province: totals}: aggregate_by_province
      rows = Object.entries(rows).map(([province, totals]) => ({ ...totals, province }));
    }
    if (!Array.isArray(rows)) return [];
    const totals = new Map();
    const add = (province, row) => {
      if (!province) return;
      const total = totals.get(province) || { province, incidents: 0, victims: 0, suspects: 0 };
      total.incidents += Number(row.incidents) || 0;
      total.victims += Number(row.victims) || 0;
      total.suspects += Number(row.suspects) || 0;
      totals.set(province, total);
    };
    for (const row of rows) {
      if (!row || typeof row !== "object") continue;
      const province = row.province ?? row.key ?? row.name;
      if (Array.isArray(row.months)) for (const month of row.months) add(province, month || {});
      else add(province, row);
    }
    const last = (row) => (row.province === NO_PROVINCE ? 1 : 0);
    return [...totals.values()].sort((a, b) => last(a) - last(b) || b.incidents - a.incidents
      || b.victims - a.victims || a.province.localeCompare(b.province));
  }

  function renderStats() {
    const body = $("stats-body");
    const foot = $("stats-foot");
    body.replaceChildren();
    foot.replaceChildren();
    if (state.stats === null) return;
    if (state.stats instanceof Error) {
      body.append(h("tr", {}, [h("td", { text: t("error_generic", { message: state.stats.message }), attrs: { colspan: 4 } })]));
      return;
    }
    const totals = provinceTotals(state.stats);
    if (!totals.length) {
      body.append(h("tr", {}, [h("td", { text: t("stats_empty"), attrs: { colspan: 4 } })]));
      return;
    }
    const sum = { incidents: 0, victims: 0, suspects: 0 };
    for (const row of totals) {
      for (const key of Object.keys(sum)) sum[key] += row[key];
      const provinceCell = row.province === NO_PROVINCE ? t("province_unknown") : h("button", {
        className: "link-button", text: row.province,
        attrs: { type: "button", title: t("stats_filter", { province: row.province }),
          "data-focus-key": `stats:${row.province}` },
        on: { click: () => setFilter("province", row.province) },
      });
      body.append(h("tr", {}, [
        h("th", { attrs: { scope: "row" } }, [provinceCell]),
        h("td", { className: "num", text: formatNumber(row.incidents) }),
        h("td", { className: "num", text: formatNumber(row.victims) }),
        h("td", { className: "num", text: formatNumber(row.suspects) }),
      ]));
    }
    foot.append(h("tr", {}, [
      h("th", { text: t("stats_total"), attrs: { scope: "row" } }),
      h("td", { className: "num", text: formatNumber(sum.incidents) }),
      h("td", { className: "num", text: formatNumber(sum.victims) }),
      h("td", { className: "num", text: formatNumber(sum.suspects) }),
    ]));
  }

  // ---------- wiring ----------

  function onSubmit(event) {
    event.preventDefault();
    const filters = { ...state.filters };
    const fields = {
      q: $("q").value.trim(), date_from: $("date_from").value, date_to: $("date_to").value,
      relevant: $("include_irrelevant").checked ? "all" : "",
    };
    for (const [name, value] of Object.entries(fields)) {
      if (value) filters[name] = value;
      else delete filters[name];
    }
    pushFilters(filters);
  }

  async function loadStrings() {
    const response = await fetch(apiUrl("i18n.json"));
    if (!response.ok) throw new Error(`i18n.json: HTTP ${response.status}`);
    state.strings = await response.json();
  }

  async function start() {
    try {
      await loadStrings();
    } catch (error) {
      const box = $("error");
      box.textContent = String(error.message);
      box.hidden = false;
      return;
    }
    state.lang = storedLanguage();
    applyStaticStrings();
    state.filters = filtersFromLocation();
    syncForm();
    $("search-form").addEventListener("submit", onSubmit);
    for (const id of ["date_from", "date_to", "include_irrelevant"]) $(id).addEventListener("change", onSubmit);
    $("lang-switch").addEventListener("click", () => setLanguage(state.lang === "id" ? "en" : "id"));
    $("clear-filters").addEventListener("click", () => pushFilters(state.filters.q ? { q: state.filters.q } : {}));
    $("load-more").addEventListener("click", () => search({ append: true }));
    for (const button of document.querySelectorAll("#view-switch button[data-view]")) {
      button.addEventListener("click", () => setView(button.dataset.view));
    }
    $("key-form").addEventListener("submit", onKeySubmit);
    for (const link of document.querySelectorAll(".export-links a[data-format]")) {
      link.addEventListener("click", onExportClick);
    }
    window.addEventListener("popstate", () => {
      state.filters = filtersFromLocation();
      syncForm();
      search();
      loadStats();
      loadStatistics();
    });
    if (window.matchMedia("(max-width: 52rem)").matches) $("facets-details").open = false;
    renderAll();
    document.body.dataset.ready = "true";
    await Promise.all([search(), loadStats(), loadStatistics()]);
  }

  document.addEventListener("DOMContentLoaded", start);
})();
