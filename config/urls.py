from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("playbooks/", include("assessments.urls")),
    path("", include("accounts.urls")),
]
