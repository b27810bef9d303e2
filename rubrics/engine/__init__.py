"""The deterministic scoring engine: pure Python and pydantic, no Django (an import-linter contract holds it).

`rubrics.engine.specs` holds the rubric and red-flag rule shapes that playbook items carry. The public API
(the contract other apps code against) is re-exported here:

    score_attempt(scoring_input, answers) -> AttemptResult
    result_to_json(result) -> str                      # canonical, byte-identical for the same input
    result_data(result) -> dict                        # the same content as plain JSON data
    rubric_version_of(scoring_input) -> str            # the rubric's content hash
    ENGINE_VERSION

Modules: `words` (reading one word: folding, contractions, stems), `text` (reading an answer: tokens,
clauses, negation), `lexicon` (the word lists), `matching` (phrasings), `writing` (writing-rubric kinds),
`scorers` (one per rubric type), `flags` (red-flag rules), `results` (output types, ratings, overall,
recommendation), `inputs` (input types, answers), `attempt` (score_attempt).

The hot modules also run compiled by mypyc from the same source when set-up has built them (`native`).
"""

from rubrics.engine import native

native.choose()  # before any compiled module loads: compiled when up to date with its source, else source

from rubrics.engine.attempt import score_attempt  # noqa: E402
from rubrics.engine.inputs import (  # noqa: E402
    Answer,
    AnswerError,
    CompetencyInput,
    ItemInput,
    OptionInput,
    RedFlagInput,
    ScoringInput,
    rubric_version_of,
)
from rubrics.engine.results import (  # noqa: E402
    ENGINE_VERSION,
    AttemptResult,
    CriterionResult,
    Evidence,
    FlagHit,
    ItemResult,
    result_data,
    result_to_json,
)

__all__ = [
    "ENGINE_VERSION",
    "Answer",
    "AnswerError",
    "AttemptResult",
    "CompetencyInput",
    "CriterionResult",
    "Evidence",
    "FlagHit",
    "ItemInput",
    "ItemResult",
    "OptionInput",
    "RedFlagInput",
    "ScoringInput",
    "result_data",
    "result_to_json",
    "rubric_version_of",
    "score_attempt",
]
