// Compass dashboard: bar charts (uPlot, served from the jar), the statement's drill-down, and
// reloading when the plan or data change on disk (server-sent events). No data is in this file:
// each chart reads its figures from its element's data-chart attribute.
(function () {
  "use strict";

  // an axis label fits its bar: long component names are cut (the table below has them whole)
  function short(label) {
    return label.length > 12 ? label.slice(0, 11) + "\u2026" : label;
  }

  function barChart(el) {
    var d = JSON.parse(el.getAttribute("data-chart"));
    if (!d.labels.length) return;
    var xs = d.labels.map(function (_, i) { return i; });
    var width = Math.max(280, el.clientWidth || 480);
    var crowded = xs.length * 48 > width;
    new uPlot({
      width: width,
      height: 200,
      legend: { show: false },
      cursor: { show: false },
      scales: {
        x: { time: false, range: [-0.6, xs.length - 0.4] },
        // bars start at 0 (or below it for a negative change), never at the smallest bar
        y: { range: function (u, min, max) { return [Math.min(0, min), Math.max(0, max) * 1.1 || 1]; } }
      },
      axes: [
        { splits: function () { return xs; }, size: 40,
          // many bars in a narrow panel: every other label, so none runs into the next
          values: function (u, ticks) { return ticks.map(function (i) { return crowded && i % 2 ? "" : short(d.labels[i] || ""); }); } },
        d.counts ? { size: 50, incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000] } : { size: 85 }
      ],
      series: [{}, { label: d.name, fill: "rgba(37, 99, 170, 0.55)", stroke: "#2563aa", width: 1,
                     paths: uPlot.paths.bars({ size: [0.6, 80] }), points: { show: false } }]
    }, [xs, d.values], el);
  }

  // the forecast's fan: P10-P90 as a band, P50 as a line, stage-weighted dashed, earned dotted
  function fanChart(el) {
    var d = JSON.parse(el.getAttribute("data-fan"));
    if (!d.labels.length) return;
    var xs = d.labels.map(function (_, i) { return i; });
    var width = Math.max(280, el.clientWidth || 640);
    new uPlot({
      width: width,
      height: 260,
      cursor: { show: false },
      legend: { live: false }, // a key of the lines; the figures are in the table below
      scales: {
        x: { time: false, range: [-0.3, Math.max(0.3, xs.length - 0.7)] },
        y: { range: function (u, min, max) { return [Math.min(0, min), Math.max(0, max) * 1.1 || 1]; } }
      },
      axes: [
        { splits: function () { return xs; }, size: 40,
          values: function (u, ticks) { return ticks.map(function (i) { return short(d.labels[i] || ""); }); } },
        { size: 85 }
      ],
      // the band fills between series 3 (P90) and series 1 (P10)
      bands: [{ series: [3, 1], fill: "rgba(37, 99, 170, 0.18)" }],
      series: [{},
        { label: "P10", stroke: "rgba(37, 99, 170, 0.5)", width: 1 },
        { label: "P50", stroke: "#2563aa", width: 2 },
        { label: "P90", stroke: "rgba(37, 99, 170, 0.5)", width: 1 },
        { label: "stage-weighted", stroke: "#b45309", width: 1.5, dash: [6, 4] },
        { label: "earned so far", stroke: "#555", width: 1.5, dash: [2, 3] }]
    }, [xs, d.p10, d.p50, d.p90, d.weighted, d.earned], el);
  }

  function drillDown() {
    document.querySelectorAll("tbody.period button.open").forEach(function (b) {
      b.addEventListener("click", function () {
        var lines = b.closest("tbody").querySelector("tr.lines");
        var open = lines.hidden;
        lines.hidden = !open;
        b.setAttribute("aria-expanded", String(open));
      });
    });
  }

  function live() {
    if (!window.EventSource) return;
    var badge = document.getElementById("live");
    var source = new EventSource("/events");
    source.addEventListener("reload", function () {
      if (badge) badge.textContent = "updating";
      // a what-if's answer is a POST: reload the page it came from, not the form
      if (location.pathname === "/whatif") location.href = "/"; else location.reload();
    });
    source.onerror = function () { if (badge) badge.className = "offline"; };
    source.onopen = function () { if (badge) badge.className = ""; };
  }

  document.addEventListener("DOMContentLoaded", function () {
    // the token is kept in a cookie: take it out of the address bar and the history
    if (location.search.indexOf("token=") >= 0) history.replaceState(null, "", location.pathname);
    document.querySelectorAll("[data-chart]").forEach(barChart);
    document.querySelectorAll("[data-fan]").forEach(fanChart);
    drillDown();
    live();
  });
})();
