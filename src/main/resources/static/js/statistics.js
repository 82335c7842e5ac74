// Samsyn statistics: one line chart per series page, drawn from the data-chart JSON; the page has the same values as a table.
(function () {
  'use strict';

  function draw(canvas) {
    if (canvas.dataset.ready || typeof Chart === 'undefined') { return; }
    canvas.dataset.ready = 'true';
    const data = JSON.parse(canvas.dataset.chart);
    new Chart(canvas, {
      type: 'line',
      data: { labels: data.labels, datasets: [{ label: data.label, data: data.values, borderColor: '#1f4e79', tension: 0 }] },
      options: { animation: false, scales: { y: { beginAtZero: true } } }
    });
  }

  function init() {
    document.querySelectorAll('canvas[data-chart]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
