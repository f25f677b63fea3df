"use strict";
// Mechdock web control page: strings, DOM helpers, session, the control connection, routing.
// pages.js and settings.js add the pages to PAGES; everything starts on DOMContentLoaded.

let STR = {};
let LABELS = {}; // the settings' labels by path, in the page's language
let LOC = "en";
const S = { csrf: "", user: "", idleSec: 1800, snap: null, running: false };
const PAGES = {};
const PAGE_ORDER = ["containers", "settings", "scheduler", "mech", "audit", "performance"];
let current = "";

// ---- strings -------------------------------------------------------------------------------
function t(text) {
  const v = Object.prototype.hasOwnProperty.call(STR, text) ? STR[text] : "";
  return typeof v === "string" && v ? v : text;
}
function fmt(text, ...args) {
  return text.replace(/%(\d)/g, (m, n) => (args[n - 1] === undefined ? m : String(args[n - 1])));
}

// ---- DOM -----------------------------------------------------------------------------------
const $ = (id) => document.getElementById(id);
function h(tag, props, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "text") e.textContent = v;
    else if (k === "class") e.className = v;
    else if (k === "on") for (const [ev, fn] of Object.entries(v)) e.addEventListener(ev, fn);
    else if (k in e && !/^(list|form|aria-|data-)/.test(k)) e[k] = v;
    else e.setAttribute(k, v === true ? "" : v);
  }
  for (const c of kids.flat(3)) {
    if (c !== null && c !== undefined && c !== false) e.append(c instanceof Node ? c : String(c));
  }
  return e;
}
let uid = 0;
const nextId = (p) => p + "-" + ++uid;
function field(label, input, hint) {
  if (!input.id) input.id = nextId("i");
  return h("div", { class: "field" }, h("label", { for: input.id, text: label }), input,
    hint ? h("small", { class: "hint", text: hint }) : null);
}
function checkField(label, input) {
  if (!input.id) input.id = nextId("i");
  return h("div", { class: "field check" }, input, h("label", { for: input.id, text: label }));
}
function tableBox(labels, cards = true) {
  const body = h("tbody");
  const el = h("div", { class: "table-wrap" },
    h("table", { class: cards ? "cards" : "" }, h("thead", {}, h("tr", {}, labels.map((l) => h("th", { scope: "col", text: l })))), body));
  return { el, body, labels };
}
function cellsRow(labels, values, props) {
  return h("tr", props || {}, values.map((v, i) => h("td", { "data-label": labels[i] }, Array.isArray(v) ? h("div", {}, v) : v)));
}
function emptyRow(labels, text) {
  return h("tr", { class: "empty" }, h("td", { colSpan: labels.length, text }));
}

// ---- formatting ----------------------------------------------------------------------------
const nfCache = {};
function num(n, digits = 0) {
  if (typeof n !== "number" || !isFinite(n)) return "–";
  const f = nfCache[digits] || (nfCache[digits] = new Intl.NumberFormat(LOC, { minimumFractionDigits: digits, maximumFractionDigits: digits }));
  return f.format(n);
}
function pct(n, digits = 1) {
  return typeof n === "number" && n >= 0 ? num(n, digits) + " %" : "–";
}
function bytes(n) {
  if (typeof n !== "number" || n < 0 || !isFinite(n)) return "–";
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) { n /= 1024; i++; }
  return num(n, i === 0 ? 0 : n < 10 ? 2 : 1) + " " + units[i];
}
function money(cents) {
  return new Intl.NumberFormat(LOC, { style: "currency", currency: "USD" }).format((Number(cents) || 0) / 100);
}
function dur(ms) {
  const s = Math.max(0, Math.floor(ms / 1000));
  const d = Math.floor(s / 86400), hh = Math.floor((s % 86400) / 3600), m = Math.floor((s % 3600) / 60);
  if (d) return fmt(t("%1 d %2 h"), d, hh);
  if (hh) return fmt(t("%1 h %2 min"), hh, m);
  if (m) return fmt(t("%1 min"), m);
  return fmt(t("%1 s"), s);
}
function when(v, tz, seconds) {
  if (v === "" || v === null || v === undefined || v === 0) return "–";
  const d = new Date(v);
  if (isNaN(d.getTime())) return "–";
  const o = { dateStyle: "medium", timeStyle: seconds ? "medium" : "short" };
  try { return d.toLocaleString(LOC, tz ? { ...o, timeZone: tz } : o); } catch (e) { return d.toLocaleString(LOC, o); }
}
function actionLabel(a) {
  return { start: t("Start"), stop: t("Stop"), restart: t("Restart"), update: t("Update") }[a] || a;
}
function stateWord(s) {
  const w = { running: t("running"), exited: t("exited"), created: t("created"), restarting: t("restarting"), paused: t("paused"), dead: t("dead"), missing: t("missing"), unreachable: t("unreachable"), starting: t("starting"), stopped: t("stopped") };
  return w[s] || s || "–";
}

// ---- feedback: toasts, banner, dialogs -----------------------------------------------------
function toast(message, kind) {
  const el = h("div", { class: "toast " + (kind || "ok") }, h("span", { text: message }),
    h("button", { type: "button", class: "x", "aria-label": t("Dismiss"), text: "×", on: { click: () => el.remove() } }));
  $("toasts").append(el);
  setTimeout(() => el.remove(), kind === "error" ? 12000 : 6000);
}
function banner(text) {
  $("banner").textContent = text || "";
  $("banner").hidden = !text;
}
// A modal dialog; resolves with the chosen button's value, null on Escape or Close.
function modal(title, content, buttons, opts = {}) {
  return new Promise((resolve) => {
    const before = document.activeElement;
    const titleId = nextId("dlg");
    const d = h("dialog", { class: "modal" + (opts.wide ? " wide" : ""), "aria-labelledby": titleId });
    let result = null;
    const foot = h("div", { class: "actions" }, buttons.map((b) => h("button", {
      type: "button", id: b.id, class: b.primary ? "primary" : b.danger ? "danger" : "", text: b.label,
      on: { click: async () => {
        if (b.check && !(await b.check())) return;
        result = b.value === undefined ? null : b.value;
        d.close();
      } },
    })));
    d.append(h("h2", { id: titleId, text: title }), content, foot);
    d.addEventListener("close", () => {
      d.remove();
      if (opts.onClose) opts.onClose();
      if (before && before.isConnected && before.focus) before.focus();
      resolve(result);
    });
    document.body.append(d);
    d.showModal();
    const first = d.querySelector("input:not([disabled]),select,textarea,button:not([disabled])");
    if (first) first.focus();
  });
}
function confirmBox(message, okLabel, danger) {
  return modal(t("Please confirm"), h("p", { text: message }), [
    { label: t("Cancel"), value: false },
    { label: okLabel, id: "confirm-ok", primary: !danger, danger, value: true },
  ]).then((v) => v === true);
}

// ---- HTTP ----------------------------------------------------------------------------------
function netError() {
  return new Error(t("The server cannot be reached."));
}
async function getJson(url) {
  let r;
  try { r = await fetch(url, { credentials: "same-origin", cache: "no-store" }); } catch (e) { throw netError(); }
  if (!r.ok) throw new Error(fmt(t("The server answered %1."), r.status));
  return r.json();
}
async function post(url, body) {
  let r;
  try {
    r = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json", "X-CSRF-Token": S.csrf },
      body: JSON.stringify(body || {}), credentials: "same-origin" });
  } catch (e) { throw netError(); }
  let j = {};
  try { j = await r.json(); } catch (e) { j = {}; }
  if (!r.ok) {
    const err = new Error(j.error || fmt(t("The server answered %1."), r.status));
    err.field = j.field || "";
    err.status = r.status;
    err.retryAfter = Number(j.retryAfterSec) || 0;
    throw err;
  }
  return j;
}

// ---- control connection --------------------------------------------------------------------
const C = { ws: null, id: 0, pending: new Map(), ready: false, waiters: [], delay: 1000, timer: 0, everReady: false };

function connect() {
  clearTimeout(C.timer);
  const ws = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/api/ws?csrf=" + encodeURIComponent(S.csrf));
  C.ws = ws;
  C.ready = false;
  ws.addEventListener("open", () => ws.send(JSON.stringify({ type: "hello", protocol: 1, client: "mechdock-web" })));
  ws.addEventListener("message", (ev) => onMessage(ws, ev));
  ws.addEventListener("close", () => onClose(ws));
}
function apiError(e) {
  const err = new Error((e && e.message) || t("The engine refused the request."));
  err.code = (e && e.code) || "";
  return err;
}
function onMessage(ws, ev) {
  if (ws !== C.ws) return;
  let m;
  try { m = JSON.parse(ev.data); } catch (e) { return; }
  if (!m || typeof m !== "object") return;
  if (m.type === "authenticated") {
    C.ready = true;
    C.delay = 1000;
    banner("");
    for (const w of C.waiters.splice(0)) w.resolve();
    call("subscribe", { topics: ["snapshot"] }).catch((e) => toast(e.message, "error"));
    const again = C.everReady;
    C.everReady = true;
    if (again && PAGES[current] && PAGES[current].open) PAGES[current].open(true);
  } else if (m.type === "response") {
    const p = C.pending.get(m.id);
    if (!p) return;
    C.pending.delete(m.id);
    clearTimeout(p.timer);
    if (m.ok) p.resolve(m.result || {});
    else p.reject(apiError(m.error));
  } else if (m.type === "event") {
    if (m.topic === "snapshot" && m.data) onSnapshot(m.data);
  } else if (m.type === "error") {
    banner(m.message || m.code || t("The engine reported an error."));
  }
}
async function onClose(ws) {
  if (ws !== C.ws) return;
  C.ws = null;
  C.ready = false;
  for (const [, p] of C.pending) { clearTimeout(p.timer); p.reject(new Error(t("The connection to the engine was lost."))); }
  C.pending.clear();
  if (!S.running) return;
  banner(t("Connection lost; reconnecting…"));
  let s = null;
  try { s = await getJson("/api/session"); } catch (e) { s = null; }
  if (!S.running || C.ws) return;
  if (s && !s.authenticated) { sessionEnded(s); return; }
  if (s && s.csrf) S.csrf = s.csrf;
  const d = C.delay;
  C.delay = Math.min(d * 2, 15000);
  C.timer = setTimeout(() => { if (S.running) connect(); }, d);
}
function whenReady() {
  if (C.ready) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const w = { resolve, reject };
    C.waiters.push(w);
    setTimeout(() => {
      const i = C.waiters.indexOf(w);
      if (i >= 0) { C.waiters.splice(i, 1); reject(new Error(t("Not connected to the engine; please try again."))); }
    }, 20000);
  });
}
function call(method, params, timeoutMs) {
  return whenReady().then(() => new Promise((resolve, reject) => {
    const id = ++C.id;
    const timer = setTimeout(() => {
      C.pending.delete(id);
      reject(new Error(t("The engine did not answer in time.")));
    }, timeoutMs || 60000);
    C.pending.set(id, { resolve, reject, timer });
    C.ws.send(JSON.stringify({ type: "request", id, method, params: params || {} }));
  }));
}

// ---- snapshot, header ----------------------------------------------------------------------
function botWord(s) {
  return { online: t("online"), connecting: t("connecting"), offline: t("offline"), stopped: t("stopped") }[s] || s || "–";
}
function onSnapshot(snap) {
  const prev = S.snap;
  S.snap = snap;
  const b = $("bot-state");
  b.textContent = fmt(t("Bot: %1"), botWord(snap.botState));
  b.className = "badge bot-" + (snap.botState || "unknown");
  b.title = snap.botReason || snap.gatewayLastError || "";
  for (const id of PAGE_ORDER) {
    const p = PAGES[id];
    if (p && p.snap) {
      try { p.snap(snap, prev, id === current); } catch (e) { console.error(e); }
    }
  }
  $("app").setAttribute("data-ready", "1");
}

// ---- routing -------------------------------------------------------------------------------
function route() {
  if (!S.running) return;
  let id = location.hash.slice(1);
  if (!PAGES[id]) id = "containers";
  if (id === current) return;
  const old = PAGES[current];
  if (old) { old.el.hidden = true; if (old.close) old.close(); }
  current = id;
  const p = PAGES[id];
  p.el.hidden = false;
  for (const a of $("nav").querySelectorAll("a")) {
    if (a.getAttribute("href") === "#" + id) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  }
  document.title = p.title() + " – Mechdock";
  if (p.open) p.open(false);
  if (S.snap && p.snap) p.snap(S.snap, null, true);
}

// ---- session: setup, login, logout ---------------------------------------------------------
function showAuth(form) {
  stopApp();
  $("auth").replaceChildren(form);
  $("auth").hidden = false;
  document.title = "Mechdock";
  const first = form.querySelector("input");
  if (first) first.focus();
}
function sessionEnded(s) {
  if (s && s.csrf) S.csrf = s.csrf;
  showLogin(t("Your session ended; please log in again."));
}
function showLogin(note) {
  const user = h("input", { id: "login-user", name: "user", autocomplete: "username", value: S.user, autocapitalize: "none" });
  const pw = h("input", { id: "login-password", name: "password", type: "password", autocomplete: "current-password", required: true });
  const err = h("p", { id: "login-error", class: "form-error", role: "alert" });
  const btn = h("button", { id: "login-submit", type: "submit", class: "primary", text: t("Log in") });
  const form = h("form", { id: "login-form", class: "card auth", method: "post" },
    h("h1", { text: t("Log in to Mechdock") }),
    note ? h("p", { id: "login-note", class: "notice", role: "status", text: note }) : null,
    field(t("User name"), user, t("Optional when there is only one user.")),
    field(t("Password"), pw), err, h("div", { class: "actions" }, btn));
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    err.textContent = "";
    if (!pw.value) { err.textContent = t("Please enter the password."); pw.focus(); return; }
    btn.disabled = true;
    const body = { password: pw.value };
    if (user.value.trim()) body.user = user.value.trim();
    try {
      const r = await post("/api/login", body);
      S.csrf = r.csrf || S.csrf;
      S.user = r.user || body.user || "";
      pw.value = "";
      startApp();
    } catch (e) {
      err.textContent = e.message;
      pw.select();
      if (e.status === 429 && e.retryAfter > 0) {
        let left = Math.ceil(e.retryAfter);
        btn.textContent = fmt(t("Wait %1 s"), left);
        const iv = setInterval(() => {
          left -= 1;
          if (left > 0 && btn.isConnected) { btn.textContent = fmt(t("Wait %1 s"), left); return; }
          clearInterval(iv);
          btn.textContent = t("Log in");
          btn.disabled = false;
        }, 1000);
      } else {
        btn.disabled = false;
      }
    }
  });
  showAuth(form);
}
function showSetup() {
  const inputs = {
    code: h("input", { id: "setup-code", name: "code", autocomplete: "one-time-code", required: true }),
    user: h("input", { id: "setup-user", name: "user", autocomplete: "username", required: true, autocapitalize: "none" }),
    password: h("input", { id: "setup-password", name: "password", type: "password", autocomplete: "new-password", required: true }),
    password2: h("input", { id: "setup-password2", name: "password2", type: "password", autocomplete: "new-password", required: true }),
  };
  const errs = {};
  for (const k of Object.keys(inputs)) {
    errs[k] = h("p", { id: "setup-" + k + "-error", class: "form-error", role: "alert" });
    inputs[k].setAttribute("aria-describedby", errs[k].id);
  }
  const general = h("p", { id: "setup-error", class: "form-error", role: "alert" });
  const btn = h("button", { id: "setup-submit", type: "submit", class: "primary", text: t("Create user") });
  const wrap = (label, k, hint) => { const f = field(label, inputs[k], hint); f.append(errs[k]); return f; };
  const form = h("form", { id: "setup-form", class: "card auth", method: "post" },
    h("h1", { text: t("Set up Mechdock") }),
    h("p", { text: t("Create the user for this web page.") }),
    h("p", { class: "notice", text: t("The setup code is in the service's log (journalctl -u mechdock, or docker logs).") }),
    wrap(t("Setup code"), "code"), wrap(t("User name"), "user"),
    wrap(t("Password"), "password", t("At least 12 characters; not a common password.")),
    wrap(t("Repeat the password"), "password2"), general, h("div", { class: "actions" }, btn));
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    for (const k of Object.keys(errs)) { errs[k].textContent = ""; inputs[k].removeAttribute("aria-invalid"); }
    general.textContent = "";
    const bad = (k, msg) => { errs[k].textContent = msg; inputs[k].setAttribute("aria-invalid", "true"); inputs[k].focus(); };
    if (!inputs.code.value.trim()) return bad("code", t("Please enter the setup code."));
    if (!inputs.user.value.trim()) return bad("user", t("Please enter a user name."));
    if (!inputs.password.value) return bad("password", t("Please enter a password."));
    if (inputs.password.value !== inputs.password2.value) return bad("password2", t("The two passwords differ."));
    btn.disabled = true;
    try {
      const r = await post("/api/setup", { code: inputs.code.value.trim(), user: inputs.user.value.trim(), password: inputs.password.value });
      S.csrf = r.csrf || S.csrf;
      S.user = r.user || inputs.user.value.trim();
      startApp();
    } catch (e) {
      btn.disabled = false;
      if (errs[e.field]) bad(e.field, e.message);
      else general.textContent = e.message;
    }
  });
  showAuth(form);
}
async function logout() {
  const btn = $("logout");
  btn.disabled = true;
  try {
    const r = await post("/api/logout", {});
    if (r.csrf) S.csrf = r.csrf;
  } catch (e) {
    if (!e.status) { toast(e.message, "error"); btn.disabled = false; return; }
  }
  btn.disabled = false;
  showLogin("");
}

// ---- the app -------------------------------------------------------------------------------
function startApp() {
  $("auth").hidden = true;
  $("auth").replaceChildren();
  const app = $("app");
  app.removeAttribute("data-ready");
  app.replaceChildren();
  const nav = $("nav");
  nav.replaceChildren();
  current = "";
  for (const id of PAGE_ORDER) {
    const p = PAGES[id];
    if (!p) continue;
    p.el = p.build();
    p.el.hidden = true;
    p.el.classList.add("page");
    app.append(p.el);
    nav.append(h("a", { href: "#" + id, text: p.title() }));
  }
  $("user-name").textContent = S.user;
  $("top").hidden = false;
  app.hidden = false;
  S.running = true;
  S.snap = null;
  C.everReady = false;
  C.delay = 1000;
  lastInput = Date.now();
  if (!PAGES[location.hash.slice(1)]) history.replaceState(null, "", "#containers");
  route();
  connect();
}
function stopApp() {
  S.running = false;
  const old = PAGES[current];
  if (old && old.close) old.close();
  current = "";
  clearTimeout(C.timer);
  const ws = C.ws;
  C.ws = null;
  C.ready = false;
  if (ws) ws.close(1000);
  for (const [, p] of C.pending) { clearTimeout(p.timer); p.reject(new Error(t("Logged out."))); }
  C.pending.clear();
  for (const w of C.waiters.splice(0)) w.reject(new Error(t("Logged out.")));
  for (const d of document.querySelectorAll("dialog")) d.close();
  S.snap = null;
  banner("");
  $("top").hidden = true;
  $("app").hidden = true;
  $("app").removeAttribute("data-ready");
  $("app").replaceChildren();
}

// Idle: after idleTimeoutSec without a key or pointer, ask whether the session still stands.
let lastInput = Date.now();
for (const ev of ["pointerdown", "keydown"]) document.addEventListener(ev, () => { lastInput = Date.now(); }, { passive: true });
setInterval(async () => {
  if (!S.running || Date.now() - lastInput < S.idleSec * 1000) return;
  lastInput = Date.now();
  try {
    const s = await getJson("/api/session");
    if (S.running && !s.authenticated) sessionEnded(s);
  } catch (e) { /* the connection's own handling reports it */ }
}, 30000);

async function boot() {
  $("logout").addEventListener("click", logout);
  window.addEventListener("hashchange", route);
  let sess = null;
  try { sess = await getJson("/api/session"); } catch (e) { sess = null; }
  LOC = (sess && sess.language) || "en";
  try {
    const s = await getJson("/api/strings");
    if (s && s.strings && typeof s.strings === "object") STR = s.strings;
    if (s && s.labels && typeof s.labels === "object") LABELS = s.labels;
    if (s && s.language) LOC = s.language;
  } catch (e) { STR = {}; }
  document.documentElement.lang = LOC;
  try { new Intl.NumberFormat(LOC); } catch (e) { LOC = "en"; }
  $("logout").textContent = t("Log out");
  $("nav").setAttribute("aria-label", t("Pages"));
  if (!sess) {
    const retry = h("button", { type: "button", class: "primary", text: t("Try again"), on: { click: () => location.reload() } });
    showAuth(h("div", { class: "card auth" }, h("h1", { text: "Mechdock" }), h("p", { class: "form-error", text: t("The server cannot be reached.") }), retry));
    return;
  }
  S.csrf = sess.csrf || "";
  S.idleSec = Number(sess.idleTimeoutSec) > 0 ? Number(sess.idleTimeoutSec) : 1800;
  if (sess.setupRequired) showSetup();
  else if (!sess.authenticated) showLogin("");
  else { S.user = sess.user || ""; startApp(); }
}
document.addEventListener("DOMContentLoaded", boot);
