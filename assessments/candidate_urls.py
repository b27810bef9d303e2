"""The candidate-facing pages (the emailed link, the landing page, the timed test), mounted at /a/.

The link's token is the last pattern, so the fixed paths before it are never read as a token.
"""

from django.urls import URLPattern, URLResolver, path

from assessments import candidate_views as views

app_name = "candidate"

urlpatterns: list[URLPattern | URLResolver] = [
    path("attempt/", views.attempt_home, name="attempt"),
    path("attempt/start/", views.attempt_start_view, name="start"),
    path("attempt/move-here/", views.attempt_move, name="move"),
    path("attempt/submitted/", views.attempt_done, name="done"),
    path("api/clock/", views.api_clock, name="api_clock"),
    path("api/save/", views.api_save, name="api_save"),
    path("api/submit/", views.api_submit, name="api_submit"),
    path("api/activity/", views.api_activity, name="api_activity"),
    path("<str:token>/", views.link_open, name="open"),
]
