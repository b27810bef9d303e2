"""The deterministic scoring engine: pure Python and pydantic, no Django (an import-linter contract holds it).

`rubrics.engine.specs` holds the rubric and red-flag rule shapes that playbook items carry.
"""
