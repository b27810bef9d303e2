// Autosaves the scorecard draft: a few seconds after the last change, when a field loses focus, and
// before the page is left. One save at a time; a change made during a save is sent right after it.
// Without this script the "Save draft" button does the same.
const form = document.querySelector("form[data-autosave-url]");
const status = document.querySelector("[data-autosave-status]");
const INTERVAL_MS = 4000;

if (form && status) {
  let dirty = false;
  let saving = false;
  let stopped = false;

  const say = (text) => {
    status.textContent = text;
  };

  const payload = () => {
    const data = new FormData(form);
    data.delete("action");
    return data;
  };

  const save = async () => {
    if (!dirty || saving || stopped) return;
    saving = true;
    dirty = false;
    say("Saving your draft…");
    try {
      const response = await fetch(form.dataset.autosaveUrl, {
        method: "POST",
        body: payload(),
        credentials: "same-origin",
        headers: { "X-Requested-With": "fetch" },
      });
      const body = await response.json().catch(() => ({}));
      if (response.ok && body.saved) {
        const at = new Date(body.saved_at);
        say(`Draft saved at ${at.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit" })}. Only you can see it.`);
      } else {
        dirty = true;
        say(body.error ? `Not saved: ${body.error}` : "Not saved. Use “Save draft” below.");
        if (response.status === 409) stopped = true;
      }
    } catch {
      dirty = true;
      say("Not saved: the connection dropped. Your text is still here; we will try again.");
    } finally {
      saving = false;
      if (dirty && !stopped) window.setTimeout(save, INTERVAL_MS);
    }
  };

  const changed = () => {
    dirty = true;
  };
  form.addEventListener("input", changed);
  form.addEventListener("change", changed);
  form.addEventListener("focusout", () => save());
  form.addEventListener("submit", () => {
    stopped = true; // the button's own request saves or submits
  });
  window.setInterval(save, INTERVAL_MS);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") save();
  });
}
