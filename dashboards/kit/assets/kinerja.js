/* kinerja dashboards: start every chart of the page from the JSON block, and
   wire the period selector and the province filter (no fetch: every period's
   data is in the page, so it works from file://).

   The JSON block is either the list of chart specs {id, option, variants,
   pick, patch} or {charts, figures, tables, links, nodata}:
   - an option is what go-echarts wrote (dashboards/kit/chart.go), with
     kjMask when it draws a withheld figure (masked below);
   - a chart's variants are options per period; with "patch" a variant holds
     only what differs from option (null: remove; "series": per series);
     "pick" maps a selector period to its variant when that is not the
     period itself (the quarters of a year sharing a yearly chart);
   - figures[period] are the headline figures of the periods other than the
     one in the HTML (data-figures): {a: label, f: [[label, value, delta,
     trend, note, delta2, trend2, note2], ...]};
   - tables[id] are the other periods of the table with data-switch="id":
     {cls: class per column, def: the variant in the HTML, pick, hide: hide
     the table when a period has no rows, v: {variant: {c: caption, r: rows}}};
     a cell is its text, for a link the index of [text, href] in links, or
     {t: text, cls: class} when its class is not its column's (good, bad).
   Everything from the JSON is put in the page with textContent and
   setAttribute, never as HTML. */
(function () {
  "use strict";
  // The footer's data date and batch count, the same on every page of a
  // build: from assets/site-meta.js, so a page whose figures did not
  // change is not written again (dashboards/publish.go).
  if (window.KJ_META) {
    var per = document.getElementById("kj-data-per"), nb = document.getElementById("kj-batches");
    if (per) { per.textContent = window.KJ_META.data_per || "\u2013"; }
    if (nb) { nb.textContent = String(window.KJ_META.batches); }
  }
  // The "Cetak / PDF" button: the browser's print dialog (A4, the print
  // layout of style.css; "Save as PDF" there gives the report as a file).
  Array.prototype.forEach.call(document.querySelectorAll(".kj-print"), function (b) {
    b.addEventListener("click", function () { window.print(); });
  });
  var data = document.getElementById("kj-charts");
  if (!data || typeof echarts === "undefined") { return; }
  var cfg = JSON.parse(data.textContent || "[]");
  if (Array.isArray(cfg)) { cfg = { charts: cfg }; }
  var specs = cfg.charts || [], tables = cfg.tables || {}, links = cfg.links || [], nodata = cfg.nodata || "";
  var figures = cfg.figures || {};
  // Opened to be printed (kinerja laporan lays the page out in print
  // media): charts as SVG, sharp and small in the PDF; on screen, canvas.
  var renderer = window.matchMedia && window.matchMedia("print").matches ? "svg" : "canvas";
  function own(o, k) { return Object.prototype.hasOwnProperty.call(o, k); }
  // A chart that draws a withheld figure (an item labelled "<5" or "×":
  // a bar without a bar, a grey heatmap cell, a line's gap) carries kjMask,
  // the reason in the page's language; its tooltip then shows "<5" and the
  // reason for such an item, never a number (see kit/chart_masked.go).
  function esc(s) {
    return String(s === undefined || s === null ? "" : s).replace(/[&<>"]/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;" }[c];
    });
  }
  function maskOf(d) {
    var f = d && typeof d === "object" && d.label ? d.label.formatter : null;
    return f === "<5" || f === "\u00d7" ? f : null;
  }
  function masked(o) {
    if (!o || !o.kjMask) { return o; }
    var note = o.kjMask, r = {}, k, tt = Array.isArray(o.tooltip) ? o.tooltip[0] : o.tooltip;
    for (k in o) { if (own(o, k) && k !== "kjMask") { r[k] = o[k]; } }
    var t = {};
    for (k in (tt || { show: true, trigger: "axis" })) { if (own(tt || {}, k)) { t[k] = tt[k]; } }
    if (!tt) { t.show = true; t.trigger = "axis"; }
    var cat = function (ax, i) {
      var a = Array.isArray(ax) ? ax[0] : ax;
      return a && a.data && a.data[i] !== undefined ? (typeof a.data[i] === "object" ? a.data[i].value : a.data[i]) : "";
    };
    t.formatter = function (ps) {
      var axis = Array.isArray(ps), a = axis ? ps : [ps], out = [];
      if (axis && a.length) { out.push(esc(a[0].axisValueLabel)); }
      a.forEach(function (p) {
        var v = p.value, m = maskOf(p.data), name = axis ? p.seriesName : p.name;
        if (Array.isArray(v) && p.seriesType === "heatmap") {
          name = cat(r.yAxis, v[1]) + " \u00b7 " + cat(r.xAxis, v[0]);
          v = v[2];
        } else if (Array.isArray(v)) {
          v = v.join(", ");
        }
        if (!axis && !name) { name = p.seriesName; }
        var shown = m ? m + " \u2014 " + note : (v === "-" || v === undefined || v === null || (typeof v === "number" && isNaN(v)) ? "\u2013" : v);
        out.push((p.marker || "") + esc(name) + ": " + esc(shown));
      });
      return out.join("<br/>");
    };
    r.tooltip = t;
    return r;
  }
  var charts = [];
  specs.forEach(function (s) {
    var el = document.getElementById(s.id);
    if (!el) { return; }
    var c = echarts.init(el, null, { renderer: renderer });
    c.setOption(masked(s.option));
    charts.push({ chart: c, spec: s });
  });
  function resize() { charts.forEach(function (c) { c.chart.resize(); }); }
  window.addEventListener("resize", resize);
  window.addEventListener("beforeprint", resize);
  window.addEventListener("afterprint", resize);

  function assign(base, patch) {
    var o = {}, k;
    for (k in base) { if (own(base, k)) { o[k] = base[k]; } }
    for (k in patch) {
      if (!own(patch, k)) { continue; }
      if (patch[k] === null) { delete o[k]; } else { o[k] = patch[k]; }
    }
    return o;
  }
  // applyPatch rebuilds a period's option from the default one.
  function applyPatch(base, patch) {
    var o = assign(base, patch);
    if (Array.isArray(patch.series)) {
      var bs = Array.isArray(base.series) ? base.series : [];
      o.series = patch.series.map(function (ps, i) { return i < bs.length ? assign(bs[i], ps) : ps; });
    }
    return JSON.parse(JSON.stringify(o));
  }
  function variantKey(spec, p) {
    if (spec.pick) { return own(spec.pick, p) ? spec.pick[p] : null; }
    return p;
  }

  // Switch tables: the default period's rows are in the HTML (kept), the
  // others are built from the JSON with textContent only.
  var switches = [];
  Array.prototype.forEach.call(document.querySelectorAll("[data-switch]"), function (el) {
    var spec = tables[el.getAttribute("data-switch")];
    var tbody = el.querySelector("tbody"), cap = el.querySelector("caption");
    if (!spec || !tbody) { return; }
    switches.push({
      el: el, spec: spec, tbody: tbody, cap: cap, def: tbody.cloneNode(true), defCap: cap ? cap.textContent : "",
      defEmpty: !!tbody.querySelector("td.empty"), ncol: el.querySelectorAll("thead th").length || 1
    });
  });
  function buildRows(w, rows) {
    var tb = document.createElement("tbody");
    if (!rows.length) {
      var tr0 = document.createElement("tr"), td0 = document.createElement("td");
      td0.className = "empty";
      td0.colSpan = w.ncol;
      td0.textContent = nodata;
      tr0.appendChild(td0);
      tb.appendChild(tr0);
      return tb;
    }
    rows.forEach(function (r) {
      var tr = document.createElement("tr");
      r.forEach(function (c, i) {
        var td = document.createElement("td");
        if (w.spec.cls && w.spec.cls[i]) { td.className = w.spec.cls[i]; }
        if (typeof c === "number" && links[c] && !/^[a-z][a-z0-9+.-]*:/i.test(links[c][1])) {
          var a = document.createElement("a");
          a.setAttribute("href", links[c][1]);
          a.textContent = links[c][0];
          td.appendChild(a);
        } else if (c && typeof c === "object") {
          // A cell with a class of its own (a good or bad change).
          td.className = c.cls || "";
          td.textContent = c.t;
        } else {
          td.textContent = typeof c === "number" ? (links[c] ? links[c][0] : "") : c;
          if (c === "<5" || c === "\u00d7") {
            // A withheld figure: hatched, with the reason as its tooltip.
            td.className = (td.className ? td.className + " " : "") + "masked";
            td.setAttribute("title", w.el.getAttribute("data-masked") || "");
          }
        }
        tr.appendChild(td);
      });
      tb.appendChild(tr);
    });
    return tb;
  }
  function showTable(w, p) {
    var k = variantKey(w.spec, p), tb, caption, empty;
    if (k === w.spec.def) {
      tb = w.def.cloneNode(true);
      caption = w.defCap;
      empty = w.defEmpty;
    } else {
      var v = (k !== null && w.spec.v && own(w.spec.v, k)) ? w.spec.v[k] : { c: w.defCap, r: [] };
      tb = buildRows(w, v.r || []);
      caption = v.c;
      empty = !(v.r && v.r.length);
    }
    w.tbody.parentNode.replaceChild(tb, w.tbody);
    w.tbody = tb;
    if (w.cap) { w.cap.textContent = caption; }
    if (w.spec.hide) { w.el.hidden = empty; }
  }

  // Headline figures: the default period's are in the HTML, the others
  // in the JSON ([label, value, delta, trend, note, delta2, trend2, note2];
  // a trend is the delta's classes: up/down good/bad, or same).
  var figs = document.querySelector("[data-figures]");
  var figDef = figs ? { p: figs.getAttribute("data-figures"), nodes: figs.cloneNode(true), a: figs.getAttribute("aria-label") } : null;
  function div(cls, text) {
    var d = document.createElement("div");
    d.className = cls;
    d.textContent = text;
    return d;
  }
  function showFigures(p) {
    var box = figDef.nodes.cloneNode(true), label = figDef.a;
    if (p !== figDef.p) {
      var set = own(figures, p) ? figures[p] : { a: figDef.a, f: [] };
      box = document.createElement("section");
      set.f.forEach(function (f) {
        var d = div("figure", "");
        d.appendChild(div("fig-label", f[0]));
        d.appendChild(div("fig-value", f[1]));
        if (f[2]) { d.appendChild(div("fig-delta " + f[3], f[2])); }
        if (f[4]) { d.appendChild(div("fig-note", f[4])); }
        if (f[5]) { d.appendChild(div("fig-delta " + f[6], f[5])); }
        if (f[7]) { d.appendChild(div("fig-note", f[7])); }
        box.appendChild(d);
      });
      label = set.a;
    }
    while (figs.firstChild) { figs.removeChild(figs.firstChild); }
    while (box.firstChild) { figs.appendChild(box.firstChild); }
    figs.setAttribute("aria-label", label);
  }

  var sel = document.getElementById("kj-periode");
  function showPeriod(p) {
    charts.forEach(function (c) {
      var v = c.spec.variants;
      if (!v) { return; }
      var k = variantKey(c.spec, p);
      if (k === null || !own(v, k)) { return; }
      c.chart.setOption(masked(c.spec.patch ? applyPatch(c.spec.option, v[k]) : v[k]), true);
    });
    switches.forEach(function (w) { showTable(w, p); });
    if (figs) { showFigures(p); }
    Array.prototype.forEach.call(document.querySelectorAll("[data-periode]"), function (el) {
      el.hidden = el.getAttribute("data-periode") !== p;
    });
  }
  if (sel) {
    // #periode=2025-Q2 in the address selects that period (a bookmark, or
    // a link from a region page to one of its units).
    var m = /(?:^#|&)periode=([^&]+)/.exec(window.location.hash || "");
    if (m) {
      var want = decodeURIComponent(m[1]);
      Array.prototype.forEach.call(sel.options, function (o) { if (o.value === want) { sel.value = want; } });
    }
    sel.addEventListener("change", function () {
      showPeriod(sel.value);
      if (window.history && window.history.replaceState) {
        try { window.history.replaceState(null, "", "#periode=" + encodeURIComponent(sel.value)); } catch (e) { /* file:// in some browsers */ }
      }
    });
    if (sel.value) { showPeriod(sel.value); }
    // Links to other pages carry the chosen period along.
    document.addEventListener("click", function (ev) {
      var a = ev.target && ev.target.closest ? ev.target.closest("a[href]") : null;
      if (!a) { return; }
      var h = a.getAttribute("href").replace(/#periode=[^#&]*$/, "");
      if (!/\.html$/.test(h)) { return; }
      a.setAttribute("href", sel.options[sel.selectedIndex].defaultSelected ? h : h + "#periode=" + encodeURIComponent(sel.value));
    });
  }
  var prov = document.getElementById("kj-provinsi");
  if (prov) {
    prov.addEventListener("change", function () {
      var v = prov.value;
      Array.prototype.forEach.call(document.querySelectorAll("tr[data-prov]"), function (tr) {
        tr.hidden = v !== "" && tr.getAttribute("data-prov") !== v;
      });
    });
  }
})();

/* Finding and sorting (site and rapor): every table sorts by any column
   (a button in each column head; click or Enter; aria-sort on the sorted
   head); a glossary term (dfn.gloss, kit/glossary.go) shows its definition
   as a tooltip when it has the focus; and the search box of a site page
   finds regions and units in the site's index, assets/search-index.js,
   loaded by a <script> element on first use (no fetch: file:// works). */
(function () {
  "use strict";
  var lang = (document.documentElement.getAttribute("lang") || "id").slice(0, 2);
  function each(list, f) { Array.prototype.forEach.call(list, f); }
  function own(o, k) { return Object.prototype.hasOwnProperty.call(o, k); }

  // ---- sorting ----
  var collator = window.Intl && Intl.Collator ? new Intl.Collator(lang, { numeric: true, sensitivity: "base" }) : null;
  function cmpText(a, b) { return collator ? collator.compare(a, b) : (a < b ? -1 : a > b ? 1 : 0); }
  // A figure as the page writes it: "1.234,5" (id) or "1,234.5" (en),
  // with a sign, maybe followed by a unit or a grade ("80,56 (B)", "12 %").
  function figure(s, raw) {
    var m = /^[+\-\u2212]?\d[\d.,]*/.exec(s.replace(/\s+/g, ""));
    if (!m) { return null; }
    var t = m[0].replace("\u2212", "-");
    if (raw || lang === "en") { t = t.replace(/,/g, ""); } else { t = t.replace(/\./g, "").replace(",", "."); }
    var v = parseFloat(t);
    return isNaN(v) ? null : v;
  }
  // A cell's sort key: r 0 a value (v), 1 a withheld figure ("<5", "×"),
  // 2 nothing ("–" or empty). Withheld and empty cells sort last either way.
  function cellKey(td, num) {
    if (!td) { return { r: 2 }; }
    var text = td.textContent.replace(/\s+/g, " ").trim();
    if (td.classList.contains("masked") || text === "<5" || text === "\u00d7") { return { r: 1 }; }
    var spark = td.querySelector("svg[aria-label]");
    if (spark && !text) {
      // A sparkline: its last value (raw numbers, "a → b → c").
      var vals = spark.getAttribute("aria-label").split("\u2192");
      for (var i = vals.length - 1; i >= 0; i--) {
        var sv = figure(vals[i].trim(), true);
        if (sv !== null) { return { r: 0, v: sv }; }
      }
      return { r: 2 };
    }
    if (text === "" || text === "\u2013" || text === "-") { return { r: 2 }; }
    if (num) {
      var v = figure(text, false);
      return v === null ? { r: 2 } : { r: 0, v: v };
    }
    return { r: 0, t: text };
  }
  function heads(table) {
    var h = table.tHead;
    return h && h.rows.length ? h.rows[h.rows.length - 1].cells : [];
  }
  // A column of figures: one of its cells has the class num.
  function numeric(table, col) {
    var tb = table.tBodies[0];
    if (!tb) { return false; }
    for (var i = 0; i < tb.rows.length; i++) {
      var td = tb.rows[i].cells[col];
      if (td && td.classList.contains("num")) { return true; }
    }
    return false;
  }
  function sortRows(table, col, dir) {
    var tb = table.tBodies[0];
    if (!tb || tb.rows.length < 2) { return; }
    var num = numeric(table, col), rows = [];
    each(tb.rows, function (tr, i) {
      if (tr._kjI === undefined) { tr._kjI = i; } // the order as built
      rows.push({ tr: tr, i: tr._kjI, k: cellKey(tr.cells[col], num) });
    });
    rows.sort(function (a, b) {
      if (a.k.r !== b.k.r) { return a.k.r - b.k.r; }
      var c = 0;
      if (a.k.r === 0) { c = a.k.v !== undefined && b.k.v !== undefined ? a.k.v - b.k.v : cmpText(a.k.t || "", b.k.t || ""); }
      return c !== 0 ? c * dir : a.i - b.i;
    });
    var frag = document.createDocumentFragment();
    rows.forEach(function (r) { frag.appendChild(r.tr); });
    tb.appendChild(frag);
  }
  var sorted = [];
  function applySort(table, col, dir) {
    if (!table._kjSort) { sorted.push(table); }
    table._kjSort = { col: col, dir: dir };
    each(heads(table), function (th, i) {
      if (i === col) { th.setAttribute("aria-sort", dir > 0 ? "ascending" : "descending"); } else { th.removeAttribute("aria-sort"); }
    });
    sortRows(table, col, dir);
  }
  function toggleSort(table, col) {
    var st = table._kjSort;
    var dir = st && st.col === col ? -st.dir : 1;
    applySort(table, col, dir);
    // One table per period (data-periode): the others of the block follow.
    var wrap = table.closest(".table-wrap");
    if (wrap && wrap.hasAttribute("data-periode") && wrap.parentNode) {
      each(wrap.parentNode.querySelectorAll(".table-wrap[data-periode] table"), function (t) {
        if (t !== table && heads(t).length === heads(table).length) { applySort(t, col, dir); }
      });
    }
  }
  each(document.querySelectorAll(".table-wrap table"), function (table) {
    each(heads(table), function (th, col) {
      var b = document.createElement("button");
      b.type = "button";
      b.className = "kj-sort";
      b.setAttribute("aria-label", th.textContent.replace(/\s+/g, " ").trim());
      th.appendChild(b);
      th.classList.add("sortable");
      th.addEventListener("click", function (ev) {
        var t = ev.target;
        if (t !== b && t.closest && t.closest("a, .gloss, button")) { return; }
        toggleSort(table, col);
      });
    });
  });
  // The period selector rebuilds a switch table's rows (above): sort them
  // again as the reader had them.
  var sel = document.getElementById("kj-periode");
  if (sel) {
    sel.addEventListener("change", function () {
      sorted.forEach(function (t) { sortRows(t, t._kjSort.col, t._kjSort.dir); });
    });
  }

  // ---- glossary tooltips ----
  var tip = null;
  function hideTip() {
    if (!tip || tip.hidden) { return; }
    tip.hidden = true;
    var el = tip._kjFor;
    if (el && el.getAttribute("data-title") !== null) {
      el.setAttribute("title", el.getAttribute("data-title"));
      el.removeAttribute("data-title");
      el.removeAttribute("aria-describedby");
    }
  }
  function showTip(el) {
    hideTip();
    if (!tip) {
      tip = document.createElement("div");
      tip.id = "kj-tip";
      tip.className = "kj-tip";
      tip.setAttribute("role", "tooltip");
      document.body.appendChild(tip);
    }
    var text = el.getAttribute("title");
    if (!text) { return; }
    // The title moves to the tooltip while it shows (no second, native one).
    el.setAttribute("data-title", text);
    el.removeAttribute("title");
    el.setAttribute("aria-describedby", "kj-tip");
    tip._kjFor = el;
    tip.textContent = text;
    tip.hidden = false;
    var r = el.getBoundingClientRect(), de = document.documentElement;
    var x = Math.max(8, Math.min(r.left, de.clientWidth - tip.offsetWidth - 8));
    tip.style.left = (window.pageXOffset + x) + "px";
    tip.style.top = (window.pageYOffset + r.bottom + 6) + "px";
  }
  document.addEventListener("focusin", function (ev) {
    if (ev.target.classList && ev.target.classList.contains("gloss")) { showTip(ev.target); }
  });
  document.addEventListener("focusout", function (ev) {
    if (ev.target.classList && ev.target.classList.contains("gloss")) { hideTip(); }
  });
  document.addEventListener("click", function (ev) {
    var g = ev.target.closest ? ev.target.closest(".gloss") : null;
    if (g && document.activeElement !== g) { g.focus(); } // a tap (Safari does not focus on tap)
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape" && tip && !tip.hidden) { hideTip(); }
  });

  // ---- search ----
  var form = document.querySelector("form.kj-search");
  if (!form) { return; }
  var input = form.querySelector("input"), list = form.querySelector("[role=listbox]"), status = form.querySelector("[role=status]");
  var up = form.getAttribute("data-up") || "", LIMIT = 20;
  var entries = null, loading = false, results = [], active = -1, timer = null;
  form.hidden = false;
  function text(key, n, k) {
    return (form.getAttribute("data-" + key) || "").replace("{n}", String(n)).replace("{k}", String(k));
  }
  function norm(s) {
    s = String(s).toLowerCase();
    return s.normalize ? s.normalize("NFD").replace(/[\u0300-\u036f]/g, "") : s;
  }
  // The entries of the index (see dashboards/search_index.go).
  function expand(ix) {
    var out = [], files = ix.f || {};
    function file(code) { return own(files, code) ? files[code] : code; }
    function add(kind, code, name, ctx, href) {
      out.push({ kind: kind, code: code, name: name, ctx: ctx, href: href, name0: norm(name), code0: norm(code), hay: norm(name + " " + code + " " + ctx) });
    }
    (ix.r || []).forEach(function (r, i) {
      add(0, r[0], r[1], (ix.p || [])[r[2]] || "", "wilayah/" + file(r[0]) + ".html");
      var u = (ix.u || [])[i] || [];
      for (var j = 0; j + 1 < u.length; j += 2) {
        var c = String(u[j]), code = c.charAt(0) === "=" ? c.slice(1) : r[0] + "." + c;
        var name = typeof u[j + 1] === "number" ? ix.s[u[j + 1]] + " " + r[1] : u[j + 1];
        add(1, code, name, r[1], "unit/" + file(code) + ".html");
      }
    });
    (ix.o || []).forEach(function (o) { add(1, o[0], o[1], "", "unit/" + file(o[0]) + ".html"); });
    return out;
  }
  function load() {
    if (entries || loading) { return; }
    if (window.KJ_SEARCH) { entries = expand(window.KJ_SEARCH); return; }
    loading = true;
    var s = document.createElement("script");
    s.src = form.getAttribute("data-index");
    s.onload = function () {
      loading = false;
      entries = window.KJ_SEARCH ? expand(window.KJ_SEARCH) : [];
      if (!window.KJ_SEARCH) { status.textContent = text("unavailable"); } else if (input.value.trim()) { run(); }
    };
    s.onerror = function () { loading = false; entries = []; status.textContent = text("unavailable"); };
    document.head.appendChild(s);
  }
  // Every word of the query is in the entry's name, code or place; the
  // best first: the code itself, a code that starts so, a name that starts
  // with the first word, a name that holds every word; regions before units.
  function find(q) {
    var words = norm(q).split(/\s+/).filter(Boolean), qq = norm(q).trim(), found = [];
    if (!words.length) { return found; }
    entries.forEach(function (e, i) {
      for (var w = 0; w < words.length; w++) { if (e.hay.indexOf(words[w]) < 0) { return; } }
      var score = 4;
      if (e.code0 === qq) { score = 0; } else if (e.code0.indexOf(qq) === 0) { score = 1; } else if (e.name0.indexOf(words[0]) === 0) { score = 2; } else {
        score = 3;
        for (var v = 0; v < words.length; v++) { if (e.name0.indexOf(words[v]) < 0) { score = 4; break; } }
      }
      found.push({ e: e, s: score, i: i });
    });
    found.sort(function (a, b) { return a.s - b.s || a.e.kind - b.e.kind || a.i - b.i; });
    return found;
  }
  function setActive(i) {
    each(list.children, function (li, j) { li.classList.toggle("active", j === i); li.setAttribute("aria-selected", j === i ? "true" : "false"); });
    active = i;
    if (i >= 0 && list.children[i]) {
      input.setAttribute("aria-activedescendant", list.children[i].id);
      if (list.children[i].scrollIntoView) { list.children[i].scrollIntoView({ block: "nearest" }); }
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }
  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    setActive(-1);
  }
  function run() {
    var q = input.value.trim();
    if (!q) { close(); status.textContent = ""; return; }
    if (!entries) { load(); return; }
    // The list already answers q (a timer of the last keystroke firing after
    // the index loaded and listed it): keep it and the option chosen.
    if (!list.hidden && list.getAttribute("data-q") === q) { return; }
    var found = find(q);
    results = found.slice(0, LIMIT);
    while (list.firstChild) { list.removeChild(list.firstChild); }
    results.forEach(function (f, i) {
      var li = document.createElement("li"), a = document.createElement("a"), meta = document.createElement("span");
      li.id = "kj-hasil-" + i;
      li.setAttribute("role", "option");
      a.setAttribute("href", up + f.e.href);
      a.setAttribute("tabindex", "-1");
      a.textContent = f.e.name;
      meta.className = "kj-meta";
      meta.textContent = text(f.e.kind ? "unit" : "wilayah") + " \u00b7 " + f.e.code + (f.e.ctx ? " \u00b7 " + f.e.ctx : "");
      li.appendChild(a);
      li.appendChild(meta);
      li.addEventListener("click", function (ev) { if (ev.target !== a) { a.click(); } });
      list.appendChild(li);
    });
    list.hidden = !results.length;
    input.setAttribute("aria-expanded", results.length ? "true" : "false");
    setActive(-1);
    status.textContent = !found.length ? text("none") : found.length > LIMIT ? text("more", found.length, LIMIT) : text("count", found.length);
    list.setAttribute("data-q", q); // what the list answers
  }
  input.addEventListener("focus", load);
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(run, 60);
  });
  input.addEventListener("keydown", function (ev) {
    var n = list.children.length;
    switch (ev.key) {
      case "ArrowDown":
        ev.preventDefault();
        if (list.hidden) { run(); n = list.children.length; }
        if (n) { setActive((active + 1) % n); }
        break;
      case "ArrowUp":
        ev.preventDefault();
        if (n) { setActive(active <= 0 ? n - 1 : active - 1); }
        break;
      case "Enter":
        ev.preventDefault();
        clearTimeout(timer);
        if (list.hidden) { run(); }
        var li = list.children[active >= 0 ? active : 0];
        if (li && !list.hidden) { li.querySelector("a").click(); }
        break;
      case "Escape":
        if (!list.hidden) { ev.preventDefault(); close(); } else if (input.value) { ev.preventDefault(); input.value = ""; status.textContent = ""; }
        break;
    }
  });
  // A click in the list keeps the focus in the box (so the list stays
  // open until the link is followed).
  list.addEventListener("mousedown", function (ev) { ev.preventDefault(); });
  form.addEventListener("focusout", function (ev) {
    if (!ev.relatedTarget || !form.contains(ev.relatedTarget)) { close(); }
  });
})();
