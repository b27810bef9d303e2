// The landing page's practice question: feedback only, nothing is sent to the server.
const practice = document.querySelector("[data-practice]");
if (practice) {
  const feedback = practice.querySelector("[data-practice-feedback]");
  practice.querySelector("[data-practice-check]").addEventListener("click", () => {
    const picked = practice.querySelector("input[name=practice]:checked");
    if (!picked) {
      feedback.textContent = "Choose one of the answers first.";
    } else if (picked.value === "a") {
      feedback.textContent =
        "A good first question: the error message tells you where to look. Practice only: nothing was saved.";
    } else {
      feedback.textContent =
        "You can choose any answer here. Asking what error they see usually comes first. Practice only: nothing was saved.";
    }
  });
}
