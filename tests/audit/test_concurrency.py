from __future__ import annotations

import threading

import pytest
from django.db import connection

from accounts.tests.factories import OrganizationFactory
from audit.models import AuditEvent
from audit.selectors import audit_chain_verify
from audit.services import audit_record
from audit.types import AuditActor

THREADS = 8
EVENTS_PER_THREAD = 15


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_appends_make_one_unbroken_chain() -> None:
    # A new organization: the threads also race to create its chain head.
    organization = OrganizationFactory.create(slug="busy")
    start = threading.Barrier(THREADS)
    errors: list[BaseException] = []

    def append(worker: int) -> None:
        try:
            start.wait()
            for n in range(EVENTS_PER_THREAD):
                audit_record(
                    organization=organization,
                    action="attempt.saved",
                    actor=AuditActor.for_attempt(str(worker), f"Candidate {worker}"),
                    data={"n": n},
                )
        except BaseException as error:  # reported below, in the test's thread
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=append, args=(worker,)) for worker in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    events = AuditEvent.objects.filter(organization=organization).order_by("seq")
    seqs = list(events.values_list("seq", flat=True))
    assert seqs == list(range(1, THREADS * EVENTS_PER_THREAD + 1))
    verdict = audit_chain_verify(organization=organization)
    assert verdict.ok, verdict.problem
    assert verdict.events_checked == THREADS * EVENTS_PER_THREAD
