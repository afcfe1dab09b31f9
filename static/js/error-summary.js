// Move the focus to the error summary, so that it is read out first (GOV.UK's pattern).
// Without this script the summary is still the first thing at the top of the page.
(function () {
  var summary = document.getElementById("error-summary");
  if (summary) summary.focus();
})();
