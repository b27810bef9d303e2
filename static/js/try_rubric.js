// "Try this rubric": score an answer without leaving the page. The form works without this script (it
// posts and a result page comes back); here the same post is sent with a header that asks for the result
// alone, which replaces the panel's result area (a polite live region, so screen readers hear it).
const FRAGMENT_HEADER = "X-Try-Rubric";

async function scoreInPlace(form) {
  const result = document.getElementById(form.dataset.result);
  const button = form.querySelector("button[type=submit]");
  if (!result) {
    form.submit();
    return;
  }
  if (result.hasAttribute("aria-busy")) return; // one scoring at a time per panel
  button.disabled = true;
  result.setAttribute("aria-busy", "true");
  try {
    const response = await fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      headers: { [FRAGMENT_HEADER]: "fragment" },
      credentials: "same-origin",
    });
    // A sign-in page after an expired session, or a server error: let the browser show it as a page.
    if (response.redirected || (!response.ok && response.status !== 400)) {
      form.submit();
      return;
    }
    result.innerHTML = await response.text();
  } catch {
    form.submit(); // offline or the request failed: the plain post says what happened
    return;
  } finally {
    button.disabled = false;
    result.removeAttribute("aria-busy");
  }
}

document.addEventListener("submit", (event) => {
  const form = event.target.closest("form[data-try-rubric]");
  if (!form) return;
  event.preventDefault();
  scoreInPlace(form);
});

// Ctrl+Enter (⌘+Enter on a Mac) in the answer scores it; Enter alone still starts a new line.
document.addEventListener("keydown", (event) => {
  if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey)) return;
  const form = event.target.closest && event.target.closest("form[data-try-rubric]");
  if (form && event.target.tagName === "TEXTAREA") {
    event.preventDefault();
    form.requestSubmit();
  }
});
