// A signature drawn with finger, pen or mouse on a canvas; the form posts it as a PNG data URL.
(function () {
  function setUp(canvas) {
    var input = document.getElementById(canvas.dataset.input);
    var ctx = canvas.getContext('2d');
    var drawing = false, inked = false;
    ctx.lineWidth = 2.5; ctx.lineCap = 'round'; ctx.strokeStyle = '#111';
    function at(e) {
      var r = canvas.getBoundingClientRect();
      return { x: (e.clientX - r.left) * canvas.width / r.width, y: (e.clientY - r.top) * canvas.height / r.height };
    }
    canvas.addEventListener('pointerdown', function (e) {
      drawing = true; canvas.setPointerCapture(e.pointerId);
      var p = at(e); ctx.beginPath(); ctx.moveTo(p.x, p.y); e.preventDefault();
    });
    canvas.addEventListener('pointermove', function (e) {
      if (!drawing) { return; }
      var p = at(e); ctx.lineTo(p.x, p.y); ctx.stroke(); inked = true; e.preventDefault();
    });
    function end() { if (drawing) { drawing = false; if (inked) { input.value = canvas.toDataURL('image/png'); } } }
    canvas.addEventListener('pointerup', end);
    canvas.addEventListener('pointercancel', end);
    var clear = document.getElementById(canvas.dataset.clear);
    if (clear) {
      clear.addEventListener('click', function () {
        ctx.clearRect(0, 0, canvas.width, canvas.height); inked = false; input.value = '';
      });
    }
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('canvas.signature-pad').forEach(setUp);
  });
})();
