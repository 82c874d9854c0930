// A printout names the page it came from as the browser shows it: the address with its query
// (a guide's answers) and fragment, read when printing starts, so a printed guide answer leads
// back to that answer. Without this script the footer names the page's path (main.html).
function nameThisPage() {
  for (const address of document.querySelectorAll("[data-print-address]")) {
    address.textContent = window.location.href;
  }
}

window.addEventListener("beforeprint", nameThisPage);
nameThisPage();
