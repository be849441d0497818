// Sends the CSRF token with every htmx request.
document.addEventListener('htmx:configRequest', function (evt) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) { evt.detail.headers[header.content] = token.content; }
});

// A chart panel that fails to load says so in its place (never an empty panel that looks like "nothing recorded").
document.addEventListener('htmx:responseError', function (evt) {
  var target = evt.detail.target;
  if (target && target.classList && target.classList.contains('panel')) {
    var p = document.createElement('p');
    p.className = 'panel-error';
    p.setAttribute('role', 'alert');
    p.textContent = 'This part of the chart could not be loaded (' + evt.detail.xhr.status
        + '). Reload the page; if it stays, tell your administrator.';
    target.replaceChildren(p);
  }
});
