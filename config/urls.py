from django.contrib import admin
from django.urls import include, path

from config.dev_outbox import dev_outbox, dev_outbox_enabled
from config.health import health

urlpatterns = [
    path("healthz/", health),
    path("admin/", admin.site.urls),
    path("playbooks/", include("assessments.urls")),
    path("rubrics/", include("rubrics.urls")),
    path("api/", include("api.urls")),
    path("", include("reports.urls")),
    path("pipelines/", include("candidates.urls")),
    path("interviews/", include("interviews.urls")),
    path("a/", include("assessments.candidate_urls")),
    path("", include("accounts.urls")),
]

if dev_outbox_enabled():
    urlpatterns.insert(0, path("dev/outbox/", dev_outbox, name="dev_outbox"))
