// Samsyn action plans: one line chart per indicator goal, drawn from data-labels/data-values; the page has the same
// values as a table.
(function () {
  'use strict';

  function draw(canvas) {
    if (canvas.dataset.ready || typeof Chart === 'undefined' || !canvas.dataset.labels) { return; }
    canvas.dataset.ready = 'true';
    const labels = canvas.dataset.labels.split('|');
    const values = canvas.dataset.values.split('|').map(Number);
    new Chart(canvas, {
      type: 'line',
      data: { labels: labels, datasets: [{ label: canvas.getAttribute('aria-label'), data: values, borderColor: '#1f4e79', tension: 0 }] },
      options: { animation: false, scales: { y: { beginAtZero: true } } }
    });
  }

  function init() {
    document.querySelectorAll('canvas.goal-chart').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
