// Samsyn police events: a bar chart of counts by type, drawn from the data-chart JSON; the page has the same table.
(function () {
  'use strict';

  function draw(canvas) {
    if (canvas.dataset.ready || typeof Chart === 'undefined') { return; }
    canvas.dataset.ready = 'true';
    const data = JSON.parse(canvas.dataset.chart);
    new Chart(canvas, {
      type: 'bar',
      data: { labels: data.labels, datasets: [{ label: canvas.getAttribute('aria-label'), data: data.values, backgroundColor: '#1f4e79' }] },
      options: { animation: false, indexAxis: 'y', scales: { x: { beginAtZero: true } } }
    });
  }

  function init() {
    document.querySelectorAll('#police-events-chart[data-chart]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
