/* kinerja dashboards: start every chart of the page from the JSON block, and
   wire the period selector and the province filter (no fetch: every period's
   data is in the page, so it works from file://). */
(function () {
  "use strict";
  var data = document.getElementById("kj-charts");
  if (!data || typeof echarts === "undefined") { return; }
  var specs = JSON.parse(data.textContent || "[]");
  var charts = [];
  specs.forEach(function (s) {
    var el = document.getElementById(s.id);
    if (!el) { return; }
    var c = echarts.init(el, null, { renderer: "canvas" });
    c.setOption(s.option);
    charts.push({ chart: c, spec: s });
  });
  function resize() { charts.forEach(function (c) { c.chart.resize(); }); }
  window.addEventListener("resize", resize);
  window.addEventListener("beforeprint", resize);
  window.addEventListener("afterprint", resize);

  var sel = document.getElementById("kj-periode");
  function showPeriod(p) {
    charts.forEach(function (c) {
      var v = c.spec.variants;
      if (v && v[p]) { c.chart.setOption(v[p], true); }
    });
    Array.prototype.forEach.call(document.querySelectorAll("[data-periode]"), function (el) {
      el.hidden = el.getAttribute("data-periode") !== p;
    });
  }
  if (sel) {
    sel.addEventListener("change", function () { showPeriod(sel.value); });
    if (sel.value) { showPeriod(sel.value); }
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
