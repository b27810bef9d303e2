// Shows each interview time in the reader's own time zone, beside the interview's zone and UTC that the
// server wrote (which stay as they are when this script does not run).
const formatter = new Intl.DateTimeFormat(undefined, {
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZoneName: "short",
});
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

for (const target of document.querySelectorAll("[data-local-time-for]")) {
  const moment = new Date(target.dataset.localTimeFor);
  if (Number.isNaN(moment.getTime())) continue;
  target.textContent = ` · your time: ${formatter.format(moment)}${zone ? ` (${zone})` : ""}`;
  target.hidden = false;
}

// On the scheduling form: start from the scheduler's own time zone unless they already chose one.
const zoneSelect = document.querySelector("select[data-default-time-zone]");
if (zoneSelect && zone && !zoneSelect.dataset.chosen) {
  const option = Array.from(zoneSelect.options).find((each) => each.value === zone);
  if (option) zoneSelect.value = zone;
}
