"""Every task of the product gets the reliability defaults of config/celery.py, and speaks JSON only."""

from __future__ import annotations

from celery import Task

from config.celery import ProductTask, Queues, app


def _product_tasks() -> dict[str, Task]:
    app.loader.import_default_modules()  # the tasks.py of every installed app, as a worker loads them
    return {name: task for name, task in app.tasks.items() if not name.startswith(("celery.", "tests."))}


def test_the_product_has_registered_tasks() -> None:
    assert "accounts.tasks.send_account_email" in _product_tasks()


def test_every_task_is_acknowledged_late_and_requeued_when_its_worker_dies() -> None:
    for name, task in _product_tasks().items():
        assert isinstance(task, ProductTask), name
        assert task.acks_late is True, name
        assert task.reject_on_worker_lost is True, name


def test_every_task_has_a_soft_time_limit_before_its_hard_one() -> None:
    for name, task in _product_tasks().items():
        assert task.soft_time_limit is not None and task.time_limit is not None, name
        assert 0 < task.soft_time_limit < task.time_limit, name


def test_every_task_retries_a_capped_number_of_times_with_backoff() -> None:
    for name, task in _product_tasks().items():
        assert task.max_retries is not None and 0 < task.max_retries <= 10, name
        assert task.retry_backoff, name
        assert task.retry_backoff_max is not None and task.retry_backoff_max <= 600, name


def test_tasks_are_sent_and_accepted_as_json_only() -> None:
    assert app.conf.task_serializer == "json"
    assert app.conf.result_serializer == "json"
    assert list(app.conf.accept_content) == ["json"]
    for name, task in _product_tasks().items():
        assert task.serializer == "json", name


def test_queue_names_come_from_one_place() -> None:
    assert [(queue.name, queue.routing_key) for queue in app.conf.task_queues] == [
        (name, name) for name in Queues.ALL
    ]
    assert app.conf.task_default_queue == Queues.DEFAULT
    for name, task in _product_tasks().items():
        # A task without its own queue goes to the default one.
        assert (getattr(task, "queue", None) or app.conf.task_default_queue) in Queues.ALL, name


def test_a_pool_process_freezes_the_heap_it_starts_with_for_the_garbage_collector() -> None:
    import gc

    from celery.signals import worker_process_init

    from config.celery import YOUNG_OBJECTS_PER_COLLECTION, _freeze_the_loaded_heap

    # Connected to what each prefork pool process sends when it starts (called here, not sent: other
    # receivers of the signal belong to a real worker).
    assert any(ref() is _freeze_the_loaded_heap for _, ref in worker_process_init.receivers)
    gc.unfreeze()
    threshold = gc.get_threshold()
    try:
        _freeze_the_loaded_heap()
        assert gc.get_freeze_count() > 0
        assert gc.get_threshold() == (YOUNG_OBJECTS_PER_COLLECTION, *threshold[1:])
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)
