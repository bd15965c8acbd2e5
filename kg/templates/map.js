"use strict";
(function () {
  const data = JSON.parse(document.getElementById("map-data").textContent);
  const byId = new Map(data.nodes.map(n => [n.id, n]));
  const edgeById = new Map(data.edges.map(e => [e.id, e]));
  const eventIndex = new Map(data.events.map((e, i) => [e.iri, i]));
  const text = i => (i === null || i === undefined ? null : data.texts[i]);
  const neighbours = new Map(data.nodes.map(n => [n.id, []]));
  for (const e of data.edges) { neighbours.get(e.from).push(e.to); neighbours.get(e.to).push(e.from); }

  // Every piece of text goes in with textContent; links only to http(s) addresses.
  function el(tag, text, cls) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }
  function link(url, text) {
    if (typeof url !== "string" || !/^https?:\/\//i.test(url)) return null;
    const a = el("a", text);
    a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer";
    return a;
  }
  function name(n) { return n ? (n.th || n.en || n.id) : ""; }

  // ------------------------------------------------------------------ filters: date range, kind, country
  const state = { kinds: new Set(data.kinds.map(k => k.kind)), country: "", since: "", until: "" };
  const kindsBox = document.getElementById("kinds");
  for (const k of data.kinds) {
    const label = el("label");
    const box = el("input"); box.type = "checkbox"; box.checked = true; box.value = k.kind;
    box.addEventListener("change", () => { box.checked ? state.kinds.add(k.kind) : state.kinds.delete(k.kind); refresh(); });
    const swatch = el("span", null, "legend-swatch"); swatch.style.background = k.colour;
    label.append(box, swatch, document.createTextNode(k.label));
    kindsBox.append(label, document.createTextNode(" "));
  }
  const countries = [...new Set(data.nodes.flatMap(n => n.countries))].sort();
  const select = document.getElementById("country");
  for (const c of countries) { const o = el("option", c); o.value = c; select.append(o); }
  const allDates = data.nodes.flatMap(n => n.dates).sort();
  const since = document.getElementById("since"), until = document.getElementById("until");
  if (allDates.length) { since.min = until.min = allDates[0]; since.max = until.max = allDates[allDates.length - 1]; }

  function inRange(dates) {
    if (!state.since && !state.until) return true;
    return dates.some(d => (!state.since || d >= state.since) && (!state.until || d <= state.until));
  }
  function ownTest(n) {
    return state.kinds.has(n.kind) && (!state.country || n.countries.includes(state.country) || n.kind === "event")
      && inRange(n.dates);
  }
  let shownNodes = new Set(), shownEdges = new Set();
  function compute() {
    const first = new Set(data.nodes.filter(ownTest).map(n => n.id));
    shownNodes = new Set();
    for (const id of first) {
      const n = byId.get(id);
      // an event stays under a country filter when one of its participants of that country is drawn
      if (state.country && n.kind === "event" &&
          !neighbours.get(id).some(m => first.has(m) && byId.get(m).countries.includes(state.country))) continue;
      shownNodes.add(id);
    }
    shownEdges = new Set(data.edges.filter(e => shownNodes.has(e.from) && shownNodes.has(e.to) && inRange(e.dates))
      .map(e => e.id));
  }
  compute();
  const nodes = new vis.DataSet(data.nodes), edges = new vis.DataSet(data.edges);
  const nodeView = new vis.DataView(nodes, { filter: n => shownNodes.has(n.id) });
  const edgeView = new vis.DataView(edges, { filter: e => shownEdges.has(e.id) });
  const count = document.getElementById("count");
  function showCount() {
    count.textContent = `${shownNodes.size} of ${data.nodes.length} nodes, ${shownEdges.size} edges` +
      (data.total > data.nodes.length ? ` (the ${data.nodes.length} most central of ${data.total})` : "");
  }
  function refresh() { compute(); nodeView.refresh(); edgeView.refresh(); showCount(); }
  showCount();
  since.addEventListener("change", () => { state.since = since.value; refresh(); });
  until.addEventListener("change", () => { state.until = until.value; refresh(); });
  select.addEventListener("change", () => { state.country = select.value; refresh(); });
  document.getElementById("reset").addEventListener("click", () => {
    state.since = state.until = state.country = ""; since.value = until.value = ""; select.value = "";
    state.kinds = new Set(data.kinds.map(k => k.kind));
    for (const box of kindsBox.querySelectorAll("input")) box.checked = true;
    refresh(); network.fit();
  });

  // ------------------------------------------------------------------ the network
  const container = document.getElementById("network");
  const network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, data.options);
  window.network = network;
  network.once("afterDrawing", () => {
    window.mapReady = performance.now();
    document.documentElement.dataset.ready = "1";
  });

  // ------------------------------------------------------------------ the side panel
  const panel = document.getElementById("panel");
  function sources(list, event) {
    const out = document.createDocumentFragment();
    for (const s of event.sources || []) {
      if (s.sentence !== null) out.append(el("blockquote", text(s.sentence), "evidence"));
      const a = link(s.url, s.title !== null ? `source: ${text(s.title)}` : "source article");
      if (a) { const p = el("div", null, "meta"); p.append(a); out.append(p); }
    }
    list.append(out);
  }
  function eventItem(i, roles) {
    const ev = data.events[i] || { label: String(i), sources: [] };
    const li = el("li");
    const head = el("div");
    head.append(el("strong", ev.label || ev.iri));
    for (const r of roles || []) head.append(el("span", r, "role"));
    li.append(head, el("div", [ev.date || "undated", ev.type].filter(Boolean).join(" · "), "meta"));
    sources(li, ev);
    return li;
  }
  function section(title, items) {
    const frag = document.createDocumentFragment();
    frag.append(el("h3", title));
    const ul = el("ul"); for (const i of items) ul.append(i);
    frag.append(ul);
    return frag;
  }
  function showNode(id) {
    const n = byId.get(id); if (!n) return;
    panel.replaceChildren();
    panel.append(el("h2", name(n)));
    if (n.en && n.en !== n.th) panel.append(el("div", n.en));
    panel.append(el("div", [n.kind, n.countries.join(", "), n.type, n.date].filter(Boolean).join(" · "), "meta"));
    panel.append(el("div", `${n.degree} link${n.degree === 1 ? "" : "s"} drawn · PageRank ${n.centrality}`, "meta"));
    if (n.ministries.length) panel.append(el("div", `ministry: ${n.ministries.join("; ")}`, "meta"));
    const posts = data.posts[id] || [];
    if (posts.length) {
      panel.append(section(`Posts (${posts.length})`, posts.map(p => {
        const li = el("li");
        li.append(el("strong", p.title));
        if (p.org) li.append(document.createTextNode(` — ${p.org}`));
        const when = p.first && p.last && p.first !== p.last ? `${p.first} … ${p.last}` : (p.last || "undated");
        li.append(el("div", `${when} · seen ${p.count}×`, "meta"));
        if (p.sentence !== null) li.append(el("blockquote", text(p.sentence), "evidence"));
        const a = link(p.url, "source article");
        if (a) { const d = el("div", null, "meta"); d.append(a); li.append(d); }
        return li;
      })));
    }
    if (n.kind === "event") {
      const ev = data.events[eventIndex.get(id)];
      if (ev) { const ul = el("ul"); const li = el("li"); sources(li, ev); ul.append(li); panel.append(el("h3", "Evidence"), ul); }
    }
    if (n.participants.length) {
      panel.append(section(`Participants (${n.participants.length})`, n.participants.map(([p, roles]) => {
        const li = el("li"); li.append(el("strong", name(byId.get(p)) || p));
        for (const r of roles || []) li.append(el("span", r, "role"));
        return li;
      })));
    }
    if (n.events.length) {
      const more = n.event_total > n.events.length ? ` — the latest ${n.events.length}` : "";
      panel.append(section(`Events (${n.event_total}${more})`, n.events.map(([e, roles]) => eventItem(e, roles))));
    }
  }
  function showEdge(id) {
    const e = edgeById.get(id); if (!e) return;
    const a = byId.get(e.from), b = byId.get(e.to);
    panel.replaceChildren();
    panel.append(el("h2", `${name(a)} — ${name(b)}`));
    panel.append(el("div", `${e.relation} · ${e.weight} shared event${e.weight === 1 ? "" : "s"}`, "meta"));
    if (e.titles.length) panel.append(section("Posts", e.titles.map(t => el("li", t))));
    if (e.events.length) {
      panel.append(section(`Events (${e.events.length})`, e.events.map(ev => {
        const [rolesA, rolesB] = (e.roles && e.roles[ev]) || [[], []];
        const li = eventItem(ev, []);
        const who = el("div", null, "meta");
        if (rolesA.length) who.append(document.createTextNode(`${name(a)}: ${rolesA.join(", ")}  `));
        if (rolesB.length) who.append(document.createTextNode(`${name(b)}: ${rolesB.join(", ")}`));
        if (who.textContent) li.insertBefore(who, li.children[2] || null);
        return li;
      })));
    }
  }
  network.on("click", params => {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
  });
  window.showNode = showNode;
  window.showEdge = showEdge;

  document.getElementById("find").addEventListener("change", ev => {
    const q = ev.target.value.trim().toLowerCase(); if (!q) return;
    const hit = data.nodes.find(n => shownNodes.has(n.id) &&
      [n.th, n.en].some(s => s && s.toLowerCase().includes(q)));
    if (!hit) { count.textContent = `no drawn node is called “${ev.target.value}”`; return; }
    network.selectNodes([hit.id]);
    network.focus(hit.id, { scale: 1.2, animation: false });
    showNode(hit.id);
  });
  if (data.centre && byId.has(data.centre)) { network.selectNodes([data.centre]); showNode(data.centre); }
})();
