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
      a.setAttribute("href", sel.selectedIndex === 0 ? h : h + "#periode=" + encodeURIComponent(sel.value));
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
