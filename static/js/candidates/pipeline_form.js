// The pipeline form's running time estimate: the ticked items' minutes against the time limit, updated as
// items are ticked and the limit typed. Without this script, "Update the estimate" posts the form and the
// server shows the same figures; with it, that button is not needed and is hidden.
const form = document.querySelector("form[data-pipeline-form]");

function formatMinutes(value) {
  return Number.isInteger(value) ? String(value) : value.toFixed(1).replace(/\.0$/, "");
}

function update() {
  const items = [...form.querySelectorAll("input[name=items]")].filter((box) => box.checked);
  const minutes = Math.round(items.reduce((sum, box) => sum + Number(box.dataset.minutes || 0), 0) * 100) / 100;
  const limitInput = form.querySelector("[data-estimate-limit]");
  const limit = Number(limitInput && limitInput.value) || 0;
  const region = form.querySelector("[data-estimate]");
  const count = items.length;
  region.querySelector("[data-estimate-text]").textContent =
    `Estimated time: ${formatMinutes(minutes)} of ${formatMinutes(limit)} minutes (${count} item${count === 1 ? "" : "s"}).`;
  const over = minutes > limit + 1e-9;
  region.classList.toggle("estimate--over", over);
  const warning = region.querySelector("[data-estimate-warning]");
  warning.hidden = !over;
  region.querySelector("[data-estimate-over]").textContent = formatMinutes(Math.max(0, minutes - limit));
}

if (form) {
  const button = form.querySelector("[data-estimate-button]");
  if (button) button.closest("p").hidden = true;
  form.addEventListener("change", (event) => {
    if (event.target.matches("input[name=items], [data-estimate-limit]")) update();
  });
  form.addEventListener("input", (event) => {
    if (event.target.matches("[data-estimate-limit]")) update();
  });
  update();
}
