"use strict";
// Settings page: a form made from the settings JSON, validated while typing; the bot token box;
// channel and container pickers.

PAGES.settings = (() => {
  // Lists of objects, with the engine's defaults for a new row (also the columns of an empty list).
  const TEMPLATES = {
    containers: { endpoint: "local", kind: "container", name: "", displayName: "", allowedActions: ["status"], order: 0, active: true, detailedStatus: true, infoText: "", protectedInfo: "", protectedPasswordHash: "", queryProtocol: "none", queryHost: "", queryPort: 0, updateTag: "" },
    "discord.channels": { id: "", name: "", kind: "status", postOnStartup: true, autoRefresh: true, updateIntervalSec: 600, recreateOnInactivity: true, inactivityTimeoutSec: 600 },
    "docker.endpoints": { name: "local", uri: "", tlsVerify: false, certPath: "" },
    "autoActions.rules": { name: "", enabled: true, channelIds: [], keywords: [], matchMode: "any", requiredKeywords: [], ignoreKeywords: [], regex: "", caseSensitive: false, authorMode: "any", authorIds: [], authorBots: false, authorWebhooks: false, searchIn: ["content", "embedTitle", "embedDescription", "embedFields", "embedFooter"], action: "restart", containers: [], delaySec: 0, cooldownSec: 300, onlyIf: "any", notifyChannelId: "", silent: false },
  };
  const CHOICES = {
    "discord.channels.kind": ["status", "control"],
    "containers.kind": ["container", "service"],
    "containers.queryProtocol": ["none", "a2s", "minecraft"],
    "autoActions.rules.matchMode": ["any", "all"],
    "autoActions.rules.authorMode": ["any", "include", "exclude"],
    "autoActions.rules.action": ["start", "stop", "restart", "notify"],
    "autoActions.rules.onlyIf": ["any", "running", "stopped"],
  };
  let data, fields, tables, dirty, vseq, vtimer, box, topIssues, overrides, pathNote, dirtyNote, saveMsg, saveBtn, tokenState, tokenInput, tokenMsg;

  const fid = (p) => "f-" + p.replace(/\./g, "-");
  function changed() {
    dirty = true;
    dirtyNote.hidden = false;
    clearTimeout(vtimer);
    vtimer = setTimeout(validate, 400);
  }
  function blank(v) {
    return typeof v === "boolean" ? false : typeof v === "number" ? 0 : Array.isArray(v) ? [] : "";
  }
  function makeInput(p, obj, key, value, options) {
    const id = fid(p);
    const set = (v) => { obj[key] = v; changed(); };
    let el;
    if (options) {
      const cur = value === undefined || value === null ? "" : String(value);
      el = h("select", { id, name: p }, (options.includes(cur) ? options : [cur, ...options]).map((o) => h("option", { value: o, text: o })));
      el.value = cur;
      el.addEventListener("change", () => set(el.value));
    } else if (typeof value === "boolean") {
      el = h("input", { type: "checkbox", id, name: p, checked: value });
      el.addEventListener("change", () => set(el.checked));
    } else if (typeof value === "number") {
      el = h("input", { type: "number", id, name: p, value: String(value), step: "any", inputMode: "numeric" });
      el.addEventListener("input", () => { const s = el.value.trim(); set(s !== "" && isFinite(Number(s)) ? Number(s) : s); });
    } else if (Array.isArray(value)) {
      el = h("textarea", { id, name: p, rows: Math.min(6, Math.max(2, value.length + 1)), value: value.map(String).join("\n") });
      el.addEventListener("input", () => set(el.value.split("\n").map((s) => s.trim()).filter(Boolean)));
    } else if (value && typeof value === "object") {
      el = h("textarea", { id, name: p, rows: 3, value: JSON.stringify(value) });
      el.addEventListener("input", () => { try { set(JSON.parse(el.value)); } catch (e) { /* kept until it parses */ } });
    } else {
      el = h("input", { id, name: p, value: value === undefined || value === null ? "" : String(value), autocomplete: "off" });
      el.addEventListener("input", () => set(el.value));
    }
    return el;
  }
  function scalarField(p, obj, key) {
    const el = makeInput(p, obj, key, obj[key]);
    // The engine's label for the setting (as the panel shows it), else its key.
    const label = LABELS[p] || key;
    const wrap = typeof obj[key] === "boolean" ? checkField(label, el) : field(label, el);
    if (Array.isArray(obj[key])) wrap.firstChild.append(" ", h("small", { class: "hint", text: t("(one per line)") }));
    fields.set(p, { input: el, wrap });
    wrap.title = p;
    return wrap;
  }
  function tableField(p, obj, key, parent) {
    const tpl = TEMPLATES[p] || null;
    const fs = h("fieldset", { class: "table-field" }, h("legend", { text: key }));
    const wrap = h("div", { class: "table-wrap" });
    const extra = [];
    if (p === "containers") extra.push(h("button", { type: "button", text: t("Choose from Docker…"), on: { click: pickDocker } }));
    if (p === "discord.channels") extra.push(h("button", { type: "button", text: t("Choose from Discord…"), on: { click: pickDiscord } }));
    const add = h("button", { type: "button", text: t("Add row"), on: { click: () => {
      const rows = obj[key];
      let row = tpl ? JSON.parse(JSON.stringify(tpl)) : {};
      if (!tpl && rows.length) for (const [k, v] of Object.entries(rows[0])) row[k] = blank(v);
      rows.push(row);
      draw();
      changed();
      const first = wrap.querySelector("tbody tr:last-child input, tbody tr:last-child select");
      if (first) first.focus();
    } } });
    fs.append(h("div", { class: "toolbar" }, add, extra), wrap);
    function draw() {
      for (const k of [...fields.keys()]) if (k.startsWith(p + ".")) fields.delete(k);
      const rows = obj[key];
      const cols = Object.keys(tpl || {});
      for (const r of rows) for (const k of Object.keys(r || {})) if (!cols.includes(k)) cols.push(k);
      const sample = (c) => { if (tpl && c in tpl) return tpl[c]; const r = rows.find((x) => x && c in x); return r ? blank(r[c]) : ""; };
      const body = h("tbody");
      rows.forEach((row, i) => {
        const tr = h("tr");
        for (const c of cols) {
          const cp = p + "." + i + "." + c;
          const el = makeInput(cp, row, c, c in row ? row[c] : sample(c), CHOICES[p + "." + c]);
          el.setAttribute("aria-label", c + " " + (i + 1));
          const td = h("td", { "data-label": c }, el);
          fields.set(cp, { input: el, wrap: td });
          tr.append(td);
        }
        tr.append(h("td", {}, h("button", { type: "button", class: "ghost danger", text: t("Remove"), "aria-label": fmt(t("Remove row %1"), i + 1),
          on: { click: () => { rows.splice(i, 1); draw(); changed(); } } })));
        body.append(tr);
      });
      if (!rows.length) body.append(emptyRow(cols.concat([""]), t("No entries.")));
      wrap.replaceChildren(h("table", { class: "edit" }, h("thead", {}, h("tr", {}, cols.map((c) => h("th", { scope: "col", text: c })), h("th", {}))), body));
    }
    tables.set(p, draw);
    fields.set(p, { input: null, wrap: fs });
    draw();
    parent.append(fs);
  }
  function renderObject(obj, path, parent) {
    const grid = h("div", { class: "grid" });
    parent.append(grid);
    for (const key of Object.keys(obj)) {
      const p = path ? path + "." + key : key;
      if (p === "discord.token") continue;
      const v = obj[key];
      if (Array.isArray(v) && (TEMPLATES[p] || v.some((x) => x && typeof x === "object" && !Array.isArray(x)))) tableField(p, obj, key, parent);
      else if (v && typeof v === "object" && !Array.isArray(v)) {
        const fs = h("fieldset", {}, h("legend", { text: key }));
        renderObject(v, p, fs);
        parent.append(fs);
      } else grid.append(scalarField(p, obj, key));
    }
    if (!grid.childNodes.length) grid.remove();
  }
  function showIssues(issues) {
    for (const el of box.querySelectorAll(".field-issue")) el.remove();
    for (const el of box.querySelectorAll("[aria-invalid]")) el.removeAttribute("aria-invalid");
    topIssues.replaceChildren();
    for (const i of issues || []) {
      const sev = i.severity === "error" ? "error" : "warning";
      const raw = String(i.path || "");
      let p = raw.replace(/\[(\d+)\]/g, ".$1");
      const exact = fields.has(p);
      while (!fields.has(p) && /\.\d+$/.test(p)) p = p.replace(/\.\d+$/, "");
      const target = fields.get(p);
      if (target) {
        target.wrap.append(h("div", { class: "field-issue " + sev }, exact ? null : h("code", { text: raw }), exact ? null : " ", i.message));
        if (target.input && sev === "error") target.input.setAttribute("aria-invalid", "true");
      } else {
        topIssues.append(h("li", { class: "field-issue " + sev }, raw ? h("code", { text: raw }) : null, raw ? " " : null, i.message));
      }
    }
    topIssues.hidden = !topIssues.childNodes.length;
  }
  async function validate() {
    const mine = ++vseq;
    try {
      const r = await call("settings.validate", { settings: data });
      if (mine === vseq) showIssues(r.issues);
    } catch (e) {
      if (mine === vseq) saveMsg.textContent = e.message;
    }
  }
  function showOverrides(list) {
    overrides.hidden = !(list && list.length);
    overrides.replaceChildren(h("strong", { text: t("Set by the environment (these win over the file):") }), h("ul", {}, (list || []).map((o) => h("li", {}, h("code", { text: o })))));
  }
  function showToken(set) {
    tokenState.textContent = set ? t("A bot token is set.") : t("No bot token is set.");
    tokenState.className = "badge " + (set ? "good" : "bad");
  }
  async function load() {
    saveMsg.textContent = "";
    box.replaceChildren(h("p", { class: "muted", text: t("Loading…") }));
    try {
      const r = await call("settings.get", {});
      data = r.settings || {};
      fields = new Map();
      tables = new Map();
      dirty = false;
      dirtyNote.hidden = true;
      box.replaceChildren();
      renderObject(data, "", box);
      pathNote.textContent = r.path ? fmt(t("Settings file: %1"), r.path) : "";
      showOverrides(r.overrides);
      showToken(!!r.tokenSet);
      showIssues(r.issues);
    } catch (e) {
      box.replaceChildren(h("p", { class: "form-error", text: e.message }));
    }
  }
  async function save() {
    if (!data) return;
    clearTimeout(vtimer);
    saveBtn.disabled = true;
    saveMsg.textContent = "";
    try {
      const r = await call("settings.set", { settings: data });
      dirty = false;
      dirtyNote.hidden = true;
      vseq++;
      showIssues(r.issues);
      showOverrides(r.overrides);
      const warn = (r.issues || []).length;
      saveMsg.textContent = warn ? fmt(t("Saved, with %1 warnings."), warn) : t("Settings saved.");
      toast(t("Settings saved."));
    } catch (e) {
      saveMsg.textContent = e.message;
      validate();
    } finally {
      saveBtn.disabled = false;
    }
  }
  async function discard() {
    if (dirty && !(await confirmBox(t("Discard your changes and load the saved settings?"), t("Discard changes"), true))) return;
    load();
  }
  async function setToken(btn) {
    const token = tokenInput.value.trim();
    tokenMsg.className = "form-error";
    if (!token) { tokenMsg.textContent = t("Paste the token first."); tokenInput.focus(); return; }
    btn.disabled = true;
    tokenMsg.textContent = "";
    try {
      const r = await call("settings.setToken", { token });
      tokenInput.value = "";
      showToken(true);
      tokenMsg.className = "muted";
      tokenMsg.textContent = (r.stored === "keychain" ? t("The token is stored in the keychain.") : t("The token is stored in the settings file."))
        + (r.keychainError ? " " + fmt(t("The keychain was not used: %1"), r.keychainError) : "");
    } catch (e) { tokenMsg.textContent = e.message; } finally { btn.disabled = false; }
  }
  async function checkToken(ev) {
    const btn = ev.currentTarget;
    btn.disabled = true;
    tokenMsg.className = "muted";
    tokenMsg.textContent = t("Asking Discord…");
    try {
      const token = tokenInput.value.trim();
      const r = await call("settings.checkToken", token ? { token } : {});
      tokenMsg.textContent = fmt(t("Discord accepts the token: %1 (id %2)."), r.username || "?", r.id || "?");
    } catch (e) {
      tokenMsg.className = "form-error";
      tokenMsg.textContent = e.message;
    } finally { btn.disabled = false; }
  }
  // A checklist dialog; resolves with the ticked items.
  async function pickList(title, groups, errors) {
    const boxes = [];
    const content = h("div", { class: "picklist" });
    for (const e of errors || []) content.append(h("p", { class: "form-error", text: e }));
    for (const g of groups) {
      const fs = h("fieldset", {}, g.title ? h("legend", { text: g.title }) : null);
      for (const it of g.items) {
        const cb = h("input", { type: "checkbox", checked: it.have, disabled: it.have });
        boxes.push([cb, it]);
        fs.append(checkField(it.label, cb));
      }
      content.append(fs);
    }
    if (!boxes.length) content.append(h("p", { class: "muted", text: t("Nothing to choose from.") }));
    const ok = await modal(title, content, [{ label: t("Cancel"), value: false }, { label: t("Add"), id: "pick-ok", primary: true, value: true }]);
    return ok ? boxes.filter(([cb]) => cb.checked && !cb.disabled).map(([, it]) => it) : [];
  }
  async function pickDiscord(ev) {
    const btn = ev.currentTarget;
    btn.disabled = true;
    let r;
    try { r = await call("discord.channels", {}); } catch (e) { toast(e.message, "error"); return; } finally { btn.disabled = false; }
    if (!data.discord || typeof data.discord !== "object") data.discord = {};
    if (!Array.isArray(data.discord.channels)) data.discord.channels = [];
    const have = new Set(data.discord.channels.map((c) => String(c && c.id)));
    const items = (r.channels || []).map((c) => ({ c, have: have.has(String(c.id)),
      label: [c.guildName || c.guildId, c.category, "#" + c.name].filter(Boolean).join(" › ") + (c.announcement ? " (" + t("announcement") + ")" : "") }));
    const errors = (r.errors || []).map((e) => fmt(t("%1 could not be read: %2"), e.guildName || e.guildId, e.message));
    const chosen = await pickList(t("Choose channels from Discord"), [{ items }], errors);
    if (!chosen.length) return;
    for (const it of chosen) data.discord.channels.push({ id: it.c.id, name: it.c.name, kind: "status" });
    const draw = tables.get("discord.channels");
    if (draw) draw(); else load();
    changed();
  }
  async function pickDocker() {
    if (!Array.isArray(data.containers)) data.containers = [];
    const have = new Set(data.containers.map((c) => (c && (c.endpoint || "local")) + "/" + (c && c.name)));
    const byEp = new Map();
    for (const c of (S.snap && S.snap.containers) || []) {
      if (c.configured !== false) continue;
      if (!byEp.has(c.endpoint)) byEp.set(c.endpoint, []);
      byEp.get(c.endpoint).push({ c, have: have.has(c.endpoint + "/" + c.name), label: c.name + (c.kind === "service" ? " [" + t("Swarm service") + "]" : "") + (c.image ? " (" + c.image + ")" : "") });
    }
    const groups = [...byEp].map(([ep, items]) => ({ title: ep, items }));
    const chosen = await pickList(t("Choose containers from Docker"), groups);
    if (!chosen.length) return;
    for (const it of chosen) data.containers.push({ endpoint: it.c.endpoint, kind: it.c.kind === "service" ? "service" : "container", name: it.c.name, displayName: it.c.name, allowedActions: ["status"] });
    const draw = tables.get("containers");
    if (draw) draw(); else load();
    changed();
  }
  window.addEventListener("beforeunload", (ev) => { if (S.running && dirty) ev.preventDefault(); });
  return {
    title: () => t("Settings"),
    build() {
      data = null; fields = new Map(); tables = new Map(); dirty = false; vseq = 0;
      box = h("div", { id: "settings-form" });
      topIssues = h("ul", { class: "issues", hidden: true, "aria-live": "polite" });
      overrides = h("div", { class: "notice", hidden: true });
      pathNote = h("p", { class: "muted" });
      dirtyNote = h("span", { class: "badge warn", hidden: true, text: t("Unsaved changes") });
      saveMsg = h("span", { class: "muted", "aria-live": "polite" });
      saveBtn = h("button", { type: "button", id: "settings-save", class: "primary", text: t("Save"), on: { click: save } });
      tokenState = h("span", { class: "badge" });
      tokenInput = h("input", { type: "password", id: "bot-token", autocomplete: "off" });
      tokenMsg = h("p", { class: "muted", "aria-live": "polite" });
      const token = h("form", { class: "card", id: "token-form", method: "post" }, h("h2", {}, t("Bot token"), " ", tokenState),
        h("p", { class: "muted", text: t("The token is never shown. A new one replaces the stored one.") }),
        field(t("New token"), tokenInput),
        h("div", { class: "actions" }, h("button", { type: "submit", id: "token-set", class: "primary", text: t("Set token") }),
          h("button", { type: "button", id: "token-check", text: t("Check token"), on: { click: checkToken } })), tokenMsg);
      token.addEventListener("submit", (ev) => { ev.preventDefault(); setToken(ev.submitter || $("token-set")); });
      return h("section", {}, h("h1", { text: t("Settings") }), pathNote, overrides, token,
        h("div", { class: "savebar" }, saveBtn, h("button", { type: "button", id: "settings-discard", text: t("Discard changes"), on: { click: discard } }), dirtyNote, saveMsg),
        topIssues, box);
    },
    open() { if (!dirty) load(); },
  };
})();
