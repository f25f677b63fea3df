"use strict";
// Pages: containers, scheduler, mech, audit, performance (settings are in settings.js).

// ---- Containers ----------------------------------------------------------------------------
PAGES.containers = (() => {
  let rows, order, tb, empty, notice;
  function act(c, action, btn) {
    const name = c.displayName || c.name;
    const q = { start: t("Start %1?"), stop: t("Stop %1?"), restart: t("Restart %1?"),
      update: t("Update %1? Its image is pulled; if it changed, the container is made again from it with the same settings, and the old one comes back if the new one does not start.") }[action];
    confirmBox(fmt(q, name), actionLabel(action), action === "stop").then(async (ok) => {
      if (!ok) return;
      btn.disabled = true;
      try {
        // An update pulls an image and waits for the new container: up to 15 minutes.
        const r = await call("containers.action", { name: c.name, endpoint: c.endpoint, action },
          action === "update" ? 15 * 60000 : undefined);
        toast(r.message || t("Done."));
      } catch (e) {
        toast(e.message, "error");
      } finally {
        btn.disabled = false;
      }
    });
  }
  function openLogs(c) {
    const pre = h("pre", { class: "logs", tabindex: "0" });
    const status = h("p", { class: "muted", "aria-live": "polite" });
    const follow = h("input", { type: "checkbox", id: "logs-follow" });
    let busy = false, timer = 0;
    async function load() {
      if (busy) return;
      busy = true;
      try {
        const r = await call("containers.logs", { name: c.name, endpoint: c.endpoint, lines: 200 });
        let text = String(r.text || "");
        if (text.length > 524288) text = text.slice(-524288);
        const atEnd = pre.scrollTop + pre.clientHeight >= pre.scrollHeight - 8;
        pre.textContent = text || t("(no output)");
        if (atEnd || follow.checked) pre.scrollTop = pre.scrollHeight;
        status.textContent = (r.truncated ? t("Only the newest part is shown.") + " " : "") + fmt(t("Updated %1."), new Date().toLocaleTimeString(LOC));
      } catch (e) {
        status.textContent = e.message;
      } finally {
        busy = false;
      }
    }
    follow.addEventListener("change", () => {
      clearInterval(timer);
      if (follow.checked) { timer = setInterval(load, 3000); load(); }
    });
    const body = h("div", {},
      h("div", { class: "toolbar" }, h("button", { type: "button", text: t("Refresh"), on: { click: load } }), checkField(t("Follow"), follow)),
      status, pre);
    modal(fmt(t("Logs: %1"), c.displayName || c.name), body, [{ label: t("Close") }], { wide: true, onClose: () => clearInterval(timer) });
    load();
  }
  function makeRow(c) {
    const r = { c };
    r.title = h("strong");
    r.sub = h("small", { class: "muted" });
    r.state = h("span", { class: "state" });
    r.cpu = h("span");
    r.mem = h("span");
    r.up = h("span");
    r.players = h("span");
    r.acts = h("div", { class: "row-actions" });
    r.tr = cellsRow(tb.labels, [[r.title, " ", r.sub], c.endpoint, r.state, r.cpu, r.mem, r.up, r.players, r.acts], { "data-container": c.name, "data-endpoint": c.endpoint });
    return r;
  }
  function updateRow(r, c, now) {
    r.c = c;
    r.title.textContent = c.displayName || c.name;
    const service = c.kind === "service";
    r.sub.textContent = (c.displayName && c.displayName !== c.name ? c.name : "") + (service ? " " + t("Swarm service") + (c.tasksDesired >= 0 ? " " + c.tasksRunning + "/" + c.tasksDesired : "") : "") + (c.configured ? "" : " " + t("not configured"));
    r.tr.classList.toggle("unconfigured", !c.configured);
    r.state.textContent = stateWord(c.state);
    r.state.className = "state badge st-" + (c.state || "unknown");
    r.state.title = c.statusText || "";
    r.cpu.textContent = typeof c.cpuPercent === "number" && c.cpuPercent >= 0 ? pct(c.cpuPercent, 1) : "–";
    r.mem.textContent = c.memoryBytes > 0 ? bytes(c.memoryBytes) : "–";
    r.up.textContent = c.running && c.startedEpochMs > 0 ? dur(now - c.startedEpochMs) : "–";
    // Players of a queried game server: "3/16", "–" while unknown, nothing when not queried.
    r.players.textContent = !c.playersQueried || !c.running ? "" : c.playersOnline >= 0 ? c.playersOnline + "/" + c.playersMax : "–";
    r.players.title = (c.playerNames || []).join(", ");
    // What makes sense in the container's state: start when it is not running, stop and
    // restart when it is (as Discord's buttons do).
    // A service is on while Swarm wants tasks of it, running yet or not; Swarm updates its image.
    const on = service && c.tasksDesired >= 0 ? c.tasksDesired > 0 : c.running;
    const fitting = (on ? ["stop", "restart", "update"] : ["start", "update"]).filter((a) => !service || a !== "update");
    const acts = fitting.filter((a) => (c.allowedActions || []).includes(a));
    const key = acts.join();
    if (r.actsKey !== key) {
      r.actsKey = key;
      r.acts.replaceChildren(...acts.map((a) => h("button", { type: "button", "data-action": a, text: actionLabel(a),
        "aria-label": actionLabel(a) + " " + (c.displayName || c.name), on: { click: (ev) => act(r.c, a, ev.currentTarget) } })),
      h("button", { type: "button", class: "ghost", "data-action": "logs", text: t("Logs"), on: { click: () => openLogs(r.c) } }));
    }
  }
  return {
    title: () => t("Containers"),
    build() {
      rows = new Map();
      order = "";
      tb = tableBox([t("Container"), t("Endpoint"), t("State"), t("CPU"), t("Memory"), t("Uptime"), t("Players"), t("Actions")]);
      empty = h("p", { class: "muted", text: t("Waiting for the engine…") });
      notice = h("div", { class: "notice", hidden: true });
      return h("section", {}, h("h1", { text: t("Containers") }), notice, empty, tb.el);
    },
    snap(s) {
      const list = (s.containers || []).slice().sort((a, b) => (b.configured ? 1 : 0) - (a.configured ? 1 : 0));
      const down = (s.endpoints || []).filter((e) => !e.reachable);
      notice.hidden = !down.length;
      notice.replaceChildren(...down.map((e) => h("div", { text: fmt(t("Docker endpoint %1 cannot be reached: %2"), e.name, e.error || "–") })));
      empty.hidden = list.length > 0;
      empty.textContent = t("No containers.");
      const keys = [];
      for (const c of list) {
        const key = c.endpoint + "/" + c.name;
        keys.push(key);
        if (!rows.has(key)) rows.set(key, makeRow(c));
        updateRow(rows.get(key), c, s.epochMs || Date.now());
      }
      for (const [k, r] of rows) if (!keys.includes(k)) { r.tr.remove(); rows.delete(k); }
      const o = keys.join("\n");
      if (o !== order) { order = o; for (const k of keys) tb.body.append(rows.get(k).tr); }
    },
  };
})();

// ---- Scheduler -----------------------------------------------------------------------------
PAGES.scheduler = (() => {
  let tb, f, editing, choices, choicesKey, preview, formErr, formTitle, cancelBtn, runs, seq;
  const outcome = (o) => ({ succeeded: t("succeeded"), failed: t("failed"), "timed-out": t("timed out"), missed: t("missed"), skipped: t("skipped") }[o] || o);
  async function load() {
    try {
      const r = await call("scheduler.list", { upcoming: 3 });
      render(r.tasks || []);
    } catch (e) {
      tb.body.replaceChildren(emptyRow(tb.labels, e.message));
    }
  }
  function render(tasks) {
    const L = tb.labels;
    if (!tasks.length) { tb.body.replaceChildren(emptyRow(L, t("No scheduled tasks."))); return; }
    tb.body.replaceChildren(...tasks.map((k) => cellsRow(L, [
      (k.endpoint && k.endpoint !== "local" ? k.endpoint + "/" : "") + k.container,
      actionLabel(k.action),
      [h("code", { text: k.schedule }), k.description ? h("div", { class: "muted", text: k.description }) : null,
        k.problem ? h("div", { class: "issue-text", text: k.problem }) : null],
      k.timeZone || "–",
      k.enabled ? t("yes") : t("no"),
      (k.upcoming || []).length ? h("ul", { class: "plain" }, k.upcoming.map((u) => h("li", { text: when(u, k.timeZone) }))) : "–",
      k.lastOutcome ? [h("span", { class: "badge out-" + k.lastOutcome, text: outcome(k.lastOutcome) }), k.lastMessage ? h("div", { class: "muted", text: k.lastMessage }) : null] : t("never ran"),
      h("div", { class: "row-actions" },
        h("button", { type: "button", text: t("Edit"), on: { click: () => edit(k) } }),
        h("button", { type: "button", class: "danger", text: t("Delete"), on: { click: () => remove(k) } })),
    ], { "data-task": k.id })));
  }
  function fillChoices(force) {
    const list = ((S.snap && S.snap.containers) || []).filter((c) => c.configured);
    const key = list.map((c) => c.endpoint + "/" + c.name).join("\n");
    if (!force && key === choicesKey) return;
    choicesKey = key;
    const keep = f.container.value;
    choices = list.map((c) => ({ endpoint: c.endpoint, name: c.name, label: (c.displayName || c.name) + (c.endpoint !== "local" ? " (" + c.endpoint + ")" : "") }));
    if (editing && !choices.some((c) => c.endpoint === (editing.endpoint || "local") && c.name === editing.container)) {
      choices.push({ endpoint: editing.endpoint || "local", name: editing.container, label: editing.container });
    }
    f.container.replaceChildren(...choices.map((c) => h("option", { value: c.endpoint + "/" + c.name, text: c.label })));
    if (keep) f.container.value = keep;
  }
  function reset() {
    editing = null;
    formTitle.textContent = t("New task");
    cancelBtn.hidden = true;
    f.schedule.value = f.tz.value = f.desc.value = "";
    f.action.value = "restart";
    f.enabled.checked = true;
    formErr.textContent = "";
    runs.replaceChildren();
    preview.textContent = "";
    fillChoices(true);
  }
  function edit(k) {
    reset();
    editing = k;
    fillChoices(true);
    formTitle.textContent = t("Edit task");
    cancelBtn.hidden = false;
    f.container.value = (k.endpoint || "local") + "/" + k.container;
    f.action.value = k.action;
    f.schedule.value = k.schedule;
    f.tz.value = k.timeZone || "";
    f.enabled.checked = !!k.enabled;
    f.desc.value = k.description || "";
    doPreview();
    f.schedule.focus();
  }
  async function remove(k) {
    if (!(await confirmBox(fmt(t("Delete the task “%1” for %2?"), k.schedule, k.container), t("Delete"), true))) return;
    try {
      await call("scheduler.remove", { id: k.id });
      toast(t("Task deleted."));
      if (editing && editing.id === k.id) reset();
      load();
    } catch (e) { toast(e.message, "error"); }
  }
  let timer = 0;
  function schedulePreview() { clearTimeout(timer); timer = setTimeout(doPreview, 400); }
  async function doPreview() {
    const expression = f.schedule.value.trim();
    const mine = ++seq;
    runs.replaceChildren();
    if (!expression) { preview.textContent = ""; return; }
    preview.textContent = t("Checking…");
    preview.className = "muted";
    try {
      const r = await call("scheduler.preview", { expression, timeZone: f.tz.value.trim(), count: 5 });
      if (mine !== seq) return;
      preview.textContent = r.never ? t("This schedule never runs.") : fmt(t("Next runs (%1):"), r.timeZone || "");
      preview.className = r.never ? "issue-text" : "muted";
      runs.replaceChildren(...(r.runs || []).map((u) => h("li", { text: when(u, r.timeZone) })));
    } catch (e) {
      if (mine !== seq) return;
      preview.textContent = e.message;
      preview.className = "issue-text";
    }
  }
  async function save(ev) {
    ev.preventDefault();
    formErr.textContent = "";
    const c = choices.find((x) => x.endpoint + "/" + x.name === f.container.value);
    if (!c) { formErr.textContent = t("Please choose a container."); return; }
    if (!f.schedule.value.trim()) { formErr.textContent = t("Please enter a schedule."); f.schedule.focus(); return; }
    const task = { ...(editing || {}), container: c.name, endpoint: c.endpoint, action: f.action.value, schedule: f.schedule.value.trim(),
      timeZone: f.tz.value.trim(), enabled: f.enabled.checked, description: f.desc.value.trim() };
    for (const k of ["upcoming", "problem", "lastOutcome", "lastMessage"]) delete task[k];
    try {
      if (editing) await call("scheduler.update", { task });
      else await call("scheduler.add", { task });
      toast(editing ? t("Task saved.") : t("Task added."));
      reset();
      load();
    } catch (e) { formErr.textContent = e.message; }
  }
  return {
    title: () => t("Scheduler"),
    build() {
      editing = null; choices = []; choicesKey = null; seq = 0;
      tb = tableBox([t("Container"), t("Action"), t("Schedule"), t("Time zone"), t("Enabled"), t("Next runs"), t("Last outcome"), t("Actions")]);
      let zone = "";
      try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone || ""; } catch (e) { zone = ""; }
      f = {
        container: h("select", { id: "task-container" }),
        action: h("select", { id: "task-action" }, ["start", "stop", "restart", "update"].map((a) => h("option", { value: a, text: actionLabel(a) }))),
        schedule: h("input", { id: "task-schedule", autocomplete: "off", placeholder: "daily 07:30", on: { input: schedulePreview } }),
        tz: h("input", { id: "task-timezone", autocomplete: "off", placeholder: zone, on: { input: schedulePreview } }),
        enabled: h("input", { type: "checkbox", id: "task-enabled" }),
        desc: h("input", { id: "task-description", maxlength: "500", autocomplete: "off" }),
      };
      preview = h("p", { class: "muted" });
      runs = h("ul", { class: "plain" });
      formErr = h("p", { class: "form-error", role: "alert" });
      formTitle = h("h2");
      cancelBtn = h("button", { type: "button", text: t("Cancel"), on: { click: () => reset() } });
      const form = h("form", { class: "card", id: "task-form" }, formTitle,
        h("div", { class: "grid" },
          field(t("Container"), f.container), field(t("Action"), f.action),
          field(t("Schedule"), f.schedule, t("For example: daily 07:30, weekly mon-fri 18:00, monthly 1 02:00, once 2026-12-24T20:00, cron 30 2 * * 1-5")),
          field(t("Time zone"), f.tz, t("Empty: the settings' default time zone.")),
          field(t("Description"), f.desc), checkField(t("Enabled"), f.enabled)),
        h("div", { class: "preview", "aria-live": "polite" }, preview, runs), formErr,
        h("div", { class: "actions" }, cancelBtn, h("button", { type: "submit", class: "primary", text: t("Save task") })));
      form.addEventListener("submit", save);
      const el = h("section", {}, h("div", { class: "head" }, h("h1", { text: t("Scheduler") }),
        h("button", { type: "button", text: t("Refresh"), on: { click: load } })), tb.el, form);
      reset();
      return el;
    },
    open() { fillChoices(false); load(); },
    snap(s, prev, visible) {
      if (!visible) return;
      fillChoices(false);
      if (prev && (prev.schedulerRuns !== s.schedulerRuns || prev.schedulerFailures !== s.schedulerFailures)) load();
    },
  };
})();

// ---- Mech ----------------------------------------------------------------------------------
PAGES.mech = (() => {
  let v, img, animNote, animKey, animShown, hist, histStale, amount, donor, note, donErr, lastTotal;
  async function loadAnim(key) {
    animKey = key;
    try {
      const r = await call("mech.animation", { size: "small" });
      if (key !== animKey) return;
      img.src = "data:image/webp;base64," + r.webp;
      img.hidden = false;
      animShown = key;
      animNote.textContent = "";
    } catch (e) { animNote.textContent = e.message; }
  }
  async function loadHistory() {
    histStale = false;
    try {
      const r = await call("mech.history", { limit: 50 });
      const L = hist.labels, ev = r.events || [];
      hist.body.replaceChildren(...(ev.length ? ev.map((e) => cellsRow(L, [when(e.createdAtMs), e.kind === "adjustment" ? t("adjustment") : t("donation"), money(e.cents), e.donor || "–", e.note || ""])) : [emptyRow(L, t("No donations yet."))]));
    } catch (e) { hist.body.replaceChildren(emptyRow(hist.labels, e.message)); }
  }
  async function donate(ev) {
    ev.preventDefault();
    donErr.textContent = "";
    const cents = Math.round(Number(amount.value) * 100);
    if (!(cents > 0)) { donErr.textContent = t("Please enter an amount above 0."); amount.focus(); return; }
    const who = donor.value.trim();
    if (!(await confirmBox(fmt(t("Record a donation of %1 from %2?"), money(cents), who || t("anonymous")), t("Record donation")))) return;
    try {
      const r = await call("mech.donate", { cents, donor: who, note: note.value.trim() });
      toast(fmt(t("Donation recorded. The mech is at level %1."), r.level));
      amount.value = note.value = "";
      loadHistory();
    } catch (e) { donErr.textContent = e.message; }
  }
  function show(m, visible) {
    v.running.hidden = m.running !== false;
    v.level.textContent = fmt(t("Level %1: %2"), m.level, m.levelName || "");
    v.power.textContent = money(m.powerCents);
    v.total.textContent = money(m.totalCents);
    v.speed.textContent = m.resting ? t("resting") : pct(m.speedPercent, 0);
    const cost = Number(m.levelCostCents) || 0, prog = Math.max(0, Number(m.levelProgressCents) || 0);
    v.bar.max = cost > 0 ? cost : 1;
    v.bar.value = cost > 0 ? Math.min(prog, cost) : 1;
    v.barText.textContent = cost > 0 ? fmt(t("%1 of %2 to the next level"), money(prog), money(cost)) : t("Top level reached");
    const key = m.level + "/" + m.speedLevel + "/" + !!m.resting;
    if (visible && key !== animShown && key !== animKey) loadAnim(key);
    if (lastTotal !== undefined && lastTotal !== m.totalCents) histStale = true;
    lastTotal = m.totalCents;
    if (visible && histStale) loadHistory();
  }
  return {
    title: () => t("Mech"),
    build() {
      animKey = animShown = undefined; lastTotal = undefined; histStale = true;
      const val = () => h("dd");
      v = { level: h("p", { class: "big" }), power: val(), total: val(), speed: val(), bar: h("progress", { id: "mech-progress" }), barText: h("small", { class: "muted" }),
        running: h("p", { class: "notice", hidden: true, text: t("The mech is not running.") }) };
      img = h("img", { alt: t("Mech animation"), hidden: true, class: "mech-img" });
      animNote = h("p", { class: "muted" });
      hist = tableBox([t("Time"), t("Kind"), t("Amount"), t("Donor"), t("Note")]);
      amount = h("input", { id: "donate-amount", type: "number", min: "0.01", step: "0.01", inputMode: "decimal", required: true });
      donor = h("input", { id: "donate-donor", maxlength: "100", autocomplete: "off" });
      note = h("input", { id: "donate-note", maxlength: "500", autocomplete: "off" });
      donErr = h("p", { class: "form-error", role: "alert" });
      v.bar.setAttribute("aria-label", t("Progress to the next level"));
      const form = h("form", { class: "card", id: "donate-form" }, h("h2", { text: t("Record a donation") }),
        h("div", { class: "grid" }, field(t("Amount ($)"), amount), field(t("Donor"), donor), field(t("Note"), note)), donErr,
        h("div", { class: "actions" }, h("button", { type: "submit", class: "primary", text: t("Record donation") })));
      form.addEventListener("submit", donate);
      return h("section", {}, h("h1", { text: t("Mech") }), v.running,
        h("div", { class: "mech card" }, h("div", { class: "mech-anim" }, img, animNote),
          h("div", {}, v.level, h("dl", { class: "stats" }, h("dt", { text: t("Power") }), v.power, h("dt", { text: t("Donated in total") }), v.total, h("dt", { text: t("Speed") }), v.speed),
            v.bar, h("div", {}, v.barText))),
        form, h("h2", { text: t("History") }), hist.el);
    },
    open() { histStale = true; animShown = animKey = undefined; if (S.snap && S.snap.mech) show(S.snap.mech, true); else loadHistory(); },
    snap(s, prev, visible) { if (s.mech) show(s.mech, visible); },
  };
})();

// ---- Audit ---------------------------------------------------------------------------------
PAGES.audit = (() => {
  let tb, q, count;
  async function load(ev) {
    if (ev) ev.preventDefault();
    const p = { limit: 200 };
    for (const k of ["source", "actor", "action", "result"]) if (q[k].value.trim()) p[k] = q[k].value.trim();
    if (q.since.value) {
      const d = new Date(q.since.value + "T00:00:00");
      if (!isNaN(d.getTime())) p.sinceEpochMs = d.getTime();
    }
    count.textContent = t("Loading…");
    try {
      const r = await call("audit.query", p);
      const L = tb.labels, es = r.entries || [];
      count.textContent = fmt(t("%1 entries"), es.length);
      tb.body.replaceChildren(...(es.length ? es.map((e) => cellsRow(L, [when(e.epochMs, "", true), e.source, e.actor || e.actorId || "–", e.action, e.target || "–",
        h("span", { class: "badge res-" + e.result, text: e.result }), e.detail || ""])) : [emptyRow(L, t("No entries match."))]));
    } catch (e) { count.textContent = e.message; }
  }
  return {
    title: () => t("Audit"),
    build() {
      tb = tableBox([t("Time"), t("Source"), t("Actor"), t("Action"), t("Target"), t("Result"), t("Detail")]);
      q = {
        source: h("input", { id: "audit-source", list: "audit-sources", autocomplete: "off" }),
        actor: h("input", { id: "audit-actor", autocomplete: "off" }),
        action: h("input", { id: "audit-action", autocomplete: "off" }),
        result: h("select", { id: "audit-result" }, h("option", { value: "", text: t("any") }), h("option", { value: "ok", text: t("ok") }),
          h("option", { value: "denied", text: t("denied") }), h("option", { value: "failed", text: t("failed") })),
        since: h("input", { id: "audit-since", type: "date" }),
      };
      count = h("p", { class: "muted", "aria-live": "polite" });
      const form = h("form", { class: "card filters", id: "audit-form" },
        h("datalist", { id: "audit-sources" }, ["discord", "panel", "scheduler", "cli", "api"].map((s) => h("option", { value: s }))),
        h("div", { class: "grid" }, field(t("Source"), q.source), field(t("Actor"), q.actor), field(t("Action"), q.action), field(t("Result"), q.result), field(t("Since"), q.since)),
        h("div", { class: "actions" }, h("button", { type: "submit", class: "primary", text: t("Search") })));
      form.addEventListener("submit", load);
      return h("section", {}, h("h1", { text: t("Audit") }), form, count, tb.el);
    },
    open() { load(); },
  };
})();

// ---- Performance ---------------------------------------------------------------------------
PAGES.performance = (() => {
  let v, canvas, pts, loaded, caches, ops, alerts, frame, ro;
  const pressureWord = (p) => ({ Low: t("Low"), Medium: t("Medium"), High: t("High"), Critical: t("Critical") }[p] || p || "–");
  async function loadHistory() {
    try {
      const r = await call("memory.history", { limit: 600 });
      const old = pts;
      pts = (r.samples || []).map((s) => ({ x: s.epochMs, y: s.rssBytes, lim: s.effectiveLimitBytes }));
      const last = pts.length ? pts[pts.length - 1].x : 0;
      for (const p of old) if (p.x > last) pts.push(p);
      loaded = true;
      redraw();
    } catch (e) { toast(e.message, "error"); }
  }
  function redraw() {
    if (!frame) frame = requestAnimationFrame(() => { frame = 0; draw(); });
  }
  function niceMax(n) {
    if (n <= 0) return 1024 * 1024;
    const p = Math.pow(1024, Math.floor(Math.log(n) / Math.log(1024)));
    for (const m of [1, 1.5, 2, 3, 4, 5, 6, 8, 10, 15, 20, 30, 40, 50, 60, 80, 100, 150, 200, 300, 400, 500, 600, 800, 1024]) if (m * p >= n) return m * p;
    return n;
  }
  function draw() {
    const w = canvas.clientWidth, ht = canvas.clientHeight;
    if (!w || !ht) return;
    const dpr = window.devicePixelRatio || 1;
    canvas.width = Math.round(w * dpr);
    canvas.height = Math.round(ht * dpr);
    const g = canvas.getContext("2d");
    g.setTransform(dpr, 0, 0, dpr, 0, 0);
    g.clearRect(0, 0, w, ht);
    const cs = getComputedStyle(canvas);
    const col = (n, d) => cs.getPropertyValue(n).trim() || d;
    const fg = col("--muted", "#666"), line = col("--line", "#ccc"), accent = col("--accent", "#2563eb"), warn = col("--bad", "#b91c1c");
    g.font = "11px system-ui, sans-serif";
    g.fillStyle = fg;
    if (pts.length < 2) { g.fillText(loaded ? t("Not enough data yet.") : t("Loading…"), 12, 20); return; }
    const L = 70, R = 12, T = 10, B = 24, pw = w - L - R, ph = ht - T - B;
    const x0 = pts[0].x, x1 = Math.max(pts[pts.length - 1].x, x0 + 1);
    let ymax = 0;
    for (const p of pts) if (p.y > ymax) ymax = p.y;
    const lim = pts[pts.length - 1].lim;
    const showLim = lim > 0 && lim < ymax * 3;
    if (showLim && lim > ymax) ymax = lim;
    ymax = niceMax(ymax * 1.05);
    const X = (x) => L + ((x - x0) / (x1 - x0)) * pw, Y = (y) => T + ph - (y / ymax) * ph;
    g.strokeStyle = line;
    g.lineWidth = 1;
    g.textAlign = "right";
    g.textBaseline = "middle";
    for (let i = 0; i <= 4; i++) {
      const y = Math.round(Y((ymax * i) / 4)) + 0.5;
      g.beginPath(); g.moveTo(L, y); g.lineTo(L + pw, y); g.stroke();
      g.fillText(bytes((ymax * i) / 4), L - 6, y);
    }
    g.textAlign = "center";
    g.textBaseline = "top";
    const ticks = w < 500 ? 2 : 4;
    for (let i = 0; i <= ticks; i++) {
      const x = x0 + ((x1 - x0) * i) / ticks;
      g.textAlign = i === 0 ? "left" : i === ticks ? "right" : "center";
      g.fillText(new Date(x).toLocaleTimeString(LOC, { hour: "2-digit", minute: "2-digit" }), X(x), T + ph + 6);
    }
    if (showLim) {
      g.strokeStyle = warn;
      g.setLineDash([5, 4]);
      g.beginPath(); g.moveTo(L, Y(lim)); g.lineTo(L + pw, Y(lim)); g.stroke();
      g.setLineDash([]);
      g.fillStyle = warn;
      g.textAlign = "right";
      g.textBaseline = "bottom";
      g.fillText(t("limit"), L + pw, Y(lim) - 2);
    }
    g.beginPath();
    pts.forEach((p, i) => (i ? g.lineTo(X(p.x), Y(p.y)) : g.moveTo(X(p.x), Y(p.y))));
    g.strokeStyle = accent;
    g.lineWidth = 1.5;
    g.stroke();
    g.lineTo(X(pts[pts.length - 1].x), Y(0));
    g.lineTo(X(pts[0].x), Y(0));
    g.closePath();
    g.globalAlpha = 0.12;
    g.fillStyle = accent;
    g.fill();
    g.globalAlpha = 1;
  }
  function render(s) {
    v.rss.textContent = bytes(s.rssBytes);
    v.heap.textContent = bytes(s.heapBytes);
    v.limit.textContent = s.limitBytes > 0 ? bytes(s.limitBytes) : "–";
    v.pressure.textContent = pressureWord(s.pressure);
    v.pressure.className = "badge pr-" + String(s.pressure || "").toLowerCase();
    v.pcpu.textContent = pct(s.processCpuPercent);
    v.scpu.textContent = pct(s.systemCpuPercent);
    let L = caches.labels;
    const cs = s.caches || [];
    caches.body.replaceChildren(...(cs.length ? cs.map((c) => cellsRow(L, [c.name, c.kind, num(c.entries) + (c.maxEntries > 0 ? " / " + num(c.maxEntries) : ""),
      bytes(c.bytes), num(c.hits), num(c.misses), num(c.evictions)])) : [emptyRow(L, "–")]));
    L = ops.labels;
    const os = s.operations || [];
    const ms = (n) => (typeof n === "number" && n >= 0 ? num(n, 1) : "–");
    ops.body.replaceChildren(...(os.length ? os.map((o) => cellsRow(L, [o.name, num(o.windowCount), ms(o.p50Ms), ms(o.p95Ms), ms(o.p99Ms),
      typeof o.successRate === "number" ? pct(o.successRate * 100, 1) : "–"])) : [emptyRow(L, "–")]));
    const al = s.recentAlerts || [];
    alerts.replaceChildren(...(al.length ? al.slice().reverse().map((a) => h("li", { text: a })) : [h("li", { class: "muted", text: t("No recent alerts.") })]));
  }
  async function cleanup(ev) {
    const btn = ev.currentTarget;
    if (!(await confirmBox(t("Free memory now? Caches are emptied and unused memory is returned to the system."), t("Free memory now")))) return;
    btn.disabled = true;
    try {
      const r = await call("cleanup.force", {});
      toast(fmt(t("Freed %1 entries (%2). Memory: %3 → %4."), num(r.entriesFreed), bytes(r.bytesFreed), bytes(r.rssBefore), bytes(r.rssAfter)));
    } catch (e) { toast(e.message, "error"); } finally { btn.disabled = false; }
  }
  return {
    title: () => t("Performance"),
    build() {
      pts = []; loaded = false; frame = 0;
      if (ro) ro.disconnect();
      const stat = (label, el) => h("div", { class: "stat card" }, h("small", { class: "muted", text: label }), el);
      v = { rss: h("strong"), heap: h("strong"), limit: h("strong"), pressure: h("span", { class: "badge" }), pcpu: h("strong"), scpu: h("strong") };
      canvas = h("canvas", { id: "mem-chart", role: "img", "aria-label": t("Memory use over time") });
      caches = tableBox([t("Name"), t("Kind"), t("Entries"), t("Size"), t("Hits"), t("Misses"), t("Evictions")]);
      ops = tableBox([t("Operation"), t("Count"), t("p50 (ms)"), t("p95 (ms)"), t("p99 (ms)"), t("Success")]);
      alerts = h("ul", { class: "alerts" });
      if (window.ResizeObserver) { ro = new ResizeObserver(redraw); ro.observe(canvas); }
      return h("section", {},
        h("div", { class: "head" }, h("h1", { text: t("Performance") }), h("button", { type: "button", id: "cleanup", class: "danger", text: t("Free memory now"), on: { click: cleanup } })),
        h("div", { class: "stats-grid" }, stat(t("Memory (RSS)"), v.rss), stat(t("Heap"), v.heap), stat(t("Limit"), v.limit), stat(t("Pressure"), v.pressure),
          stat(t("Process CPU"), v.pcpu), stat(t("System CPU"), v.scpu)),
        h("div", { class: "card chart" }, h("h2", { text: t("Memory") }), canvas),
        h("h2", { text: t("Recent alerts") }), alerts,
        h("h2", { text: t("Caches") }), caches.el, h("h2", { text: t("Operations") }), ops.el);
    },
    open() { loadHistory(); },
    snap(s, prev, visible) {
      if (loaded && s.rssBytes > 0 && (!pts.length || s.epochMs > pts[pts.length - 1].x)) {
        pts.push({ x: s.epochMs, y: s.rssBytes, lim: s.limitBytes });
        if (pts.length > 3600) pts.splice(0, pts.length - 3600);
      }
      if (!visible) return;
      render(s);
      redraw();
    },
  };
})();
