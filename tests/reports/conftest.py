"""The pipeline fixtures of tests/candidates (real playbooks, one member of each role, eager emails)."""

from tests.candidates.conftest import (  # noqa: F401
    _tasks_run_eagerly,
    admin,
    interviewer,
    manager,
    pipeline,
    recruiter,
    sent_tasks,
)
