// Sends the CSRF token with every htmx request.
document.addEventListener('htmx:configRequest', function (evt) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) { evt.detail.headers[header.content] = token.content; }
});

// A module panel that does not exist (yet) answers 404: show nothing and raise no error.
document.addEventListener('htmx:beforeSwap', function (evt) {
  var target = evt.detail.target;
  if (evt.detail.xhr && evt.detail.xhr.status === 404 && target && target.classList && target.classList.contains('panel')) {
    evt.detail.shouldSwap = false;
    evt.detail.isError = false;
  }
});
