"""Print how the independent answers (tests/rubrics/independent/) score, as a markdown table per playbook:
`python -m tests.rubrics._independent_table` (docs/scoring-quality.md shows its output)."""

from __future__ import annotations

from tests.rubrics._inputs import PLAYBOOK_SLUGS
from tests.rubrics.test_independent_answers import _answers, _scored

KINDS = ("good", "partial", "wrong", "tricky")


def main() -> None:
    for slug in PLAYBOOK_SLUGS:
        answers = _answers(slug)
        print(f"\n{slug}\n")
        print("| item | good | partial | wrong | tricky (kind) |")
        print("|---|---|---|---|---|")
        for item in answers["good"]:
            cells = []
            for kind in KINDS:
                score, flags = _scored(slug, item, answers[kind][item])
                cell = f"{score:.2f}" + (f" flag: {', '.join(flags)}" if flags else "")
                if kind == "tricky":
                    cell += f" ({answers['tricky_kind'][item]})"
                cells.append(cell)
            print(f"| {item} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
