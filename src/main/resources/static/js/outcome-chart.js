// Draws an outcome chart from the JSON in data-chart (see OutcomeChart.java). Sessions are bars on a hidden axis.
(function () {
  function draw(canvas) {
    if (!window.Chart) { setTimeout(function () { draw(canvas); }, 50); return; }
    if (canvas.dataset.drawn) { return; }
    canvas.dataset.drawn = '1';
    var data = JSON.parse(canvas.dataset.chart);
    var colours = ['#1f6f8b', '#9a6700', '#2e7d32', '#6a1b9a', '#b3261e'];
    var datasets = data.series.map(function (s, i) {
      return { type: 'line', label: s.label, data: s.data, yAxisID: s.axis, spanGaps: true,
               borderColor: colours[i % colours.length], backgroundColor: colours[i % colours.length], tension: 0.1 };
    });
    var sessionIndex = {};
    data.sessions.forEach(function (m) { sessionIndex[m.date] = m.label; });
    datasets.push({ type: 'bar', label: 'Sessions', yAxisID: 'ys', backgroundColor: 'rgba(120,120,120,0.25)',
                    data: data.labels.map(function (d) { return sessionIndex[d] ? 1 : null; }), barThickness: 6 });
    new Chart(canvas, {
      data: { labels: data.labels, datasets: datasets },
      options: { responsive: true, maintainAspectRatio: false, animation: false,
        plugins: { tooltip: { callbacks: { label: function (ctx) {
          if (ctx.dataset.yAxisID === 'ys') { return sessionIndex[data.labels[ctx.dataIndex]]; }
          return ctx.dataset.label + ': ' + ctx.formattedValue; } } } },
        scales: { y: { position: 'left', min: 0, max: 10, title: { display: true, text: '0-10' } },
                  y1: { position: 'right', min: 0, max: 100, grid: { drawOnChartArea: false }, title: { display: true, text: '0-100' } },
                  ys: { display: false, min: 0, max: 1 } } }
    });
  }
  function scan() { document.querySelectorAll('canvas[data-chart]').forEach(draw); }
  document.addEventListener('DOMContentLoaded', scan);
  document.addEventListener('htmx:afterSettle', scan);
  scan();
})();
