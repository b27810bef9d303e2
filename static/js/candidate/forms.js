// Candidate pages send "Referrer-Policy: no-referrer", and a browser posts a form from such a page with
// "Origin: null", which Django's CSRF check refuses. So these forms post with fetch and an explicit
// same-origin referrer policy, then follow the redirect, or show the page the server answered with.

const NETWORK_PROBLEM =
  "The server could not be reached. Check your connection, then try again: nothing was lost.";

function showProblem(form, text) {
  let note = form.querySelector("[data-form-problem]");
  if (!note) {
    note = document.createElement("p");
    note.className = "form-errors";
    note.setAttribute("role", "alert");
    note.dataset.formProblem = "";
    form.append(note);
  }
  note.textContent = text;
}

async function submitForm(event) {
  const form = event.currentTarget;
  event.preventDefault();
  const button = form.querySelector("button[type=submit]");
  if (button) button.disabled = true;
  try {
    const response = await fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      credentials: "same-origin",
      referrerPolicy: "same-origin",
    });
    if (response.redirected) {
      window.location.assign(response.url);
      return;
    }
    const page = new DOMParser().parseFromString(await response.text(), "text/html");
    const main = page.querySelector("main");
    if (!main) throw new Error("unexpected answer");
    document.querySelector("main").replaceWith(main);
    document.title = page.title;
    bindForms(main);
    const summary = main.querySelector(".error-summary, [role=alert]");
    (summary || main).focus();
  } catch {
    if (button) button.disabled = false;
    showProblem(form, NETWORK_PROBLEM);
  }
}

export function bindForms(root) {
  for (const form of root.querySelectorAll("form[data-fetch-form]")) {
    form.addEventListener("submit", submitForm);
  }
}

bindForms(document);
