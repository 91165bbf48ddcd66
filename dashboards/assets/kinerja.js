/* kinerja dashboards: start every chart of the page from the JSON block. */
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
    charts.push(c);
  });
  function resize() { charts.forEach(function (c) { c.resize(); }); }
  window.addEventListener("resize", resize);
  window.addEventListener("beforeprint", resize);
  window.addEventListener("afterprint", resize);
})();
