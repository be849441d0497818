// Draws an outcome chart from the JSON in data-chart (see OutcomeChart.java). The x axis is time: points sit at
// their dates (days apart as they were), so a 12-month follow-up is not drawn next to a 2-week one. Sessions are bars
// on a hidden axis.
(function () {
  var DAY = 86400000;
  function day(iso) { return Math.round(Date.parse(iso + 'T00:00:00Z') / DAY); }
  function iso(d) { return new Date(Math.round(d) * DAY).toISOString().slice(0, 10); }
  function draw(canvas) {
    if (!window.Chart) { setTimeout(function () { draw(canvas); }, 50); return; }
    if (canvas.dataset.drawn) { return; }
    canvas.dataset.drawn = '1';
    var data = JSON.parse(canvas.dataset.chart);
    var colours = ['#1f6f8b', '#9a6700', '#2e7d32', '#6a1b9a', '#b3261e'];
    var datasets = data.series.map(function (s, i) {
      var points = [];
      data.labels.forEach(function (label, j) {
        if (s.data[j] !== null && s.data[j] !== undefined) { points.push({ x: day(label), y: s.data[j] }); }
      });
      return { type: 'line', label: s.label, data: points, yAxisID: s.axis,
               borderColor: colours[i % colours.length], backgroundColor: colours[i % colours.length], tension: 0.1 };
    });
    datasets.push({ type: 'bar', label: 'Sessions', yAxisID: 'ys', backgroundColor: 'rgba(120,120,120,0.25)',
                    data: data.sessions.map(function (m) { return { x: day(m.date), y: 1, session: m.label }; }),
                    barThickness: 6 });
    var days = data.labels.map(day);
    var span = days.length ? days[days.length - 1] - days[0] : 0;
    var pad = Math.max(3, Math.round(span * 0.03));
    new Chart(canvas, {
      data: { datasets: datasets },
      options: { responsive: true, maintainAspectRatio: false, animation: false, parsing: true,
        plugins: { tooltip: { callbacks: {
          title: function (items) { return items.length ? iso(items[0].parsed.x) : ''; },
          label: function (ctx) {
            if (ctx.dataset.yAxisID === 'ys') { return ctx.raw.session; }
            return ctx.dataset.label + ': ' + ctx.formattedValue; } } } },
        scales: { x: { type: 'linear', min: days.length ? days[0] - pad : undefined,
                       max: days.length ? days[days.length - 1] + pad : undefined,
                       ticks: { maxTicksLimit: 8, callback: function (v) { return iso(v); } } },
                  y: { position: 'left', min: 0, max: 10, title: { display: true, text: '0-10' } },
                  y1: { position: 'right', min: 0, max: 100, grid: { drawOnChartArea: false }, title: { display: true, text: '0-100' } },
                  ys: { display: false, min: 0, max: 1 } } }
    });
  }
  function scan() { document.querySelectorAll('canvas[data-chart]').forEach(draw); }
  document.addEventListener('DOMContentLoaded', scan);
  document.addEventListener('htmx:afterSettle', scan);
  scan();
})();
