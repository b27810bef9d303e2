// The pipeline page's candidate list: a "select all on this page" box for the bulk actions, and the
// reason field shown only for the moves that need one. The page works without it (tick boxes one by one;
// the reason field is always there).
const table = document.querySelector("[data-bulk-table]");
const all = document.querySelector("[data-select-all]");

if (table && all) {
  const boxes = () => [...table.querySelectorAll("input[name=application]")];
  all.hidden = false;
  all.closest("[data-select-all-wrap]")?.removeAttribute("hidden");
  all.addEventListener("change", () => {
    for (const box of boxes()) box.checked = all.checked;
  });
  table.addEventListener("change", (event) => {
    if (event.target.name !== "application") return;
    const checked = boxes().filter((box) => box.checked).length;
    all.checked = checked === boxes().length;
    all.indeterminate = checked > 0 && checked < boxes().length;
  });
}

const action = document.querySelector("[data-bulk-action]");
const reason = document.querySelector("[data-bulk-reason]");
if (action && reason) {
  const sync = () => {
    const needed = /move:(rejected|withdrawn)$/.test(action.value);
    reason.hidden = !needed;
    reason.querySelector("input").required = needed;
  };
  action.addEventListener("change", sync);
  sync();
}
